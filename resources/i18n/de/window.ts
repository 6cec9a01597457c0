<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionsWords</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Neuer Eintrag…</translation>
    </message>
    <message>
        <source>Log a check of the selected site</source>
        <translation>Eine Kontrolle der gewählten Stelle eintragen</translation>
    </message>
    <message>
        <source>Add &amp;site…</source>
        <translation>&amp;Stelle hinzufügen…</translation>
    </message>
    <message>
        <source>Start following a new place on the skin</source>
        <translation>Eine neue Stelle der Haut beobachten</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>Zusammenfassung &amp;drucken…</translation>
    </message>
    <message>
        <source>Preview and print a summary for a visit</source>
        <translation>Eine Zusammenfassung für einen Arzttermin ansehen und drucken</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the journal as CSV files</source>
        <translation>Das Tagebuch als CSV-Dateien speichern</translation>
    </message>
    <message>
        <source>Export for a &amp;health record (FHIR)…</source>
        <translation>Für eine &amp;Gesundheitsakte exportieren (FHIR)…</translation>
    </message>
    <message>
        <source>Save the journal as one FHIR R4 file that personal health records import</source>
        <translation>Das Tagebuch als eine FHIR-R4-Datei speichern, die persönliche Gesundheitsakten importieren</translation>
    </message>
    <message>
        <source>Reminders for your &amp;calendar…</source>
        <translation>Erinnerungen für Ihren &amp;Kalender…</translation>
    </message>
    <message>
        <source>Save the checks as repeating calendar events, so your calendar reminds you</source>
        <translation>Die Kontrollen als wiederkehrende Kalendertermine speichern, damit Ihr Kalender Sie erinnert</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Add entries from a CSV file</source>
        <translation>Einträge aus einer CSV-Datei hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt si&amp;chern</translation>
    </message>
    <message>
        <source>Copy the journal to its backups folder</source>
        <translation>Das Tagebuch in seinen Ordner für Sicherungen kopieren</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace this journal by a backup</source>
        <translation>Dieses Tagebuch durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>Eintrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected entry</source>
        <translation>Den gewählten Eintrag ändern</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected entry (Undo brings it back)</source>
        <translation>Den gewählten Eintrag löschen (Rückgängig holt ihn zurück)</translation>
    </message>
    <message>
        <source>View &amp;photo</source>
        <translation>&amp;Foto ansehen</translation>
    </message>
    <message>
        <source>Show the entry&apos;s photo with zoom</source>
        <translation>Das Foto des Eintrags vergrößerbar zeigen</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Warning-sign thresholds and the backup schedule</source>
        <translation>Schwellen für Warnzeichen und der Zeitplan der Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Hinweise</translation>
    </message>
    <message>
        <source>&amp;Daily check</source>
        <translation>&amp;Tagescheck</translation>
    </message>
    <message>
        <source>&amp;Labs</source>
        <translation>&amp;Laborwerte</translation>
    </message>
    <message>
        <source>Ca&amp;re log</source>
        <translation>&amp;Pflege</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Arztbesuche</translation>
    </message>
    <message>
        <source>Ha&amp;nd function</source>
        <translation>Ha&amp;ndfunktion</translation>
    </message>
    <message>
        <source>Show a&amp;rchived sites</source>
        <translation>Archivierte Stellen &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Compare photos…</source>
        <translation>&amp;Fotos vergleichen…</translation>
    </message>
    <message>
        <source>Two dates of this site side by side or overlaid</source>
        <translation>Zwei Tage dieser Stelle nebeneinander oder übereinander</translation>
    </message>
    <message>
        <source>Site se&amp;ttings…</source>
        <translation>Einstellungen der &amp;Stelle…</translation>
    </message>
    <message>
        <source>Name, region and reminder interval of the selected site</source>
        <translation>Name, Körperregion und Erinnerungsabstand der gewählten Stelle</translation>
    </message>
    <message>
        <source>Re&amp;name site…</source>
        <translation>Stelle &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Site &amp;phase…</source>
        <translation>&amp;Phase der Stelle…</translation>
    </message>
    <message>
        <source>Mark the phase the selected site entered: active, broke open, healing, healed or removed</source>
        <translation>Die Phase festhalten, in die die gewählte Stelle kam: aktiv, aufgebrochen, heilt ab, abgeheilt oder entfernt</translation>
    </message>
    <message>
        <source>&amp;Hand function…</source>
        <translation>&amp;Handfunktion…</translation>
    </message>
    <message>
        <source>Log how far each fingertip stays from the palm&apos;s crease when the fingers bend</source>
        <translation>Eintragen, wie weit jede Fingerspitze beim Beugen von der Hohlhandfalte entfernt bleibt</translation>
    </message>
    <message>
        <source>Mark site &amp;resolved…</source>
        <translation>Stelle als &amp;verschwunden markieren…</translation>
    </message>
    <message>
        <source>Record that the selected site went away (or is back)</source>
        <translation>Festhalten, dass die gewählte Stelle verschwunden ist (oder wieder da ist)</translation>
    </message>
    <message>
        <source>&amp;Archive site…</source>
        <translation>Stelle a&amp;rchivieren…</translation>
    </message>
    <message>
        <source>Hide the selected site from the list, keeping its entries</source>
        <translation>Die gewählte Stelle aus der Liste ausblenden; ihre Einträge bleiben erhalten</translation>
    </message>
    <message>
        <source>&amp;Delete site…</source>
        <translation>Stelle &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected site with its entries and photos (Undo brings them back)</source>
        <translation>Die gewählte Stelle mit ihren Einträgen und Fotos löschen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>About &amp;you (for the summary)…</source>
        <translation>&amp;Über Sie (für die Zusammenfassung)…</translation>
    </message>
    <message>
        <source>Name, known conditions and medicines printed on the summary&apos;s first page</source>
        <translation>Name, bekannte Erkrankungen und Medikamente auf der ersten Seite der Zusammenfassung</translation>
    </message>
    <message>
        <source>En&amp;crypt…</source>
        <translation>Vers&amp;chlüsseln…</translation>
    </message>
    <message>
        <source>Lock the whole journal with a passphrase</source>
        <translation>Das ganze Tagebuch mit einer Passphrase sperren</translation>
    </message>
    <message>
        <source>Decr&amp;ypt…</source>
        <translation>&amp;Entschlüsseln…</translation>
    </message>
    <message>
        <source>Store the encrypted journal in plain form again</source>
        <translation>Das verschlüsselte Tagebuch wieder unverschlüsselt speichern</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Passphrase ä&amp;ndern…</translation>
    </message>
    <message>
        <source>A new passphrase for the encrypted journal</source>
        <translation>Eine neue Passphrase für das verschlüsselte Tagebuch</translation>
    </message>
    <message>
        <source>Skin Journal &amp;help</source>
        <translation>&amp;Hilfe zu Skin Journal</translation>
    </message>
    <message>
        <source>&amp;Photo tips</source>
        <translation>&amp;Foto-Tipps</translation>
    </message>
    <message>
        <source>&amp;About Skin Journal</source>
        <translation>Ü&amp;ber Skin Journal</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>AlertBannerWords</name>
    <message>
        <source>1 warning sign needs a professional look</source>
        <translation>1 Warnzeichen sollte ärztlich angesehen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n warning signs need a professional look</source>
        <translation>
            <numerusform>%n Warnzeichen sollte ärztlich angesehen werden</numerusform>
            <numerusform>%n Warnzeichen sollten ärztlich angesehen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the alerts</source>
        <translation>Die Hinweise zeigen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Check the warning signs again</source>
        <translation>Die Warnzeichen erneut prüfen</translation>
    </message>
</context>
<context>
    <name>AlertsFeedWords</name>
    <message>
        <source>the alerts could not be saved: {reason}</source>
        <translation>die Hinweise konnten nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <source>Warning signs could not be checked ({reason}).</source>
        <translation>Die Warnzeichen konnten nicht geprüft werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>AlertsModelWords</name>
    <message>
        <source>not tied to a site</source>
        <translation>keiner Stelle zugeordnet</translation>
    </message>
    <message>
        <source>largest size</source>
        <translation>größte Ausdehnung</translation>
    </message>
    <message>
        <source>number of bumps</source>
        <translation>Anzahl der Knötchen</translation>
    </message>
    <message>
        <source>pain (0-10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>tightness (0-10)</source>
        <translation>Spannung (0–10)</translation>
    </message>
    <message>
        <source>red, warm or swollen</source>
        <translation>gerötet, warm oder geschwollen</translation>
    </message>
    <message>
        <source>broke open</source>
        <translation>aufgebrochen</translation>
    </message>
    <message>
        <source>chalk-like material came out</source>
        <translation>kreideartiges Material trat aus</translation>
    </message>
    <message>
        <source>harder to move</source>
        <translation>schwerer beweglich</translation>
    </message>
    <message>
        <source>unusually tired</source>
        <translation>ungewöhnlich müde</translation>
    </message>
    <message>
        <source>muscles felt weak</source>
        <translation>Muskeln fühlten sich schwach an</translation>
    </message>
    <message>
        <source>change in urination</source>
        <translation>Veränderung beim Wasserlassen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{size} mm</source>
        <translation>{size} mm</translation>
    </message>
    <message>
        <source>lab: {name}</source>
        <translation>Laborwert: {name}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>({count} times)</source>
        <translation>({count}-mal)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>gesehen</translation>
    </message>
</context>
<context>
    <name>AlertsPaneWords</name>
    <message>
        <source>Warning signs seen in what you logged, one line per site and sign, the newest first. Each one is worth a professional look. Acknowledge a line once you have seen it, for example after showing it to your doctor.</source>
        <translation>Warnzeichen in Ihren Einträgen, eine Zeile je Stelle und Zeichen, die neuesten zuerst. Lassen Sie jedes davon bitte ärztlich abklären. Markieren Sie eine Zeile als gesehen, sobald Sie sie gesehen haben, zum Beispiel nachdem Sie sie Ihrer Ärztin oder Ihrem Arzt gezeigt haben.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Show acknowledged alerts too</source>
        <translation>Auch gesehene Hinweise zeigen</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Was auffiel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Eingetragen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The entries behind this alert</source>
        <translation>Die Einträge hinter diesem Hinweis</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Als gesehen markiert</translation>
    </message>
    <message>
        <source>Note (optional), for example: shown to Dr ... on ...</source>
        <translation>Notiz (freiwillig), zum Beispiel: Dr. … am … gezeigt</translation>
    </message>
    <message>
        <source>Note for the acknowledgement</source>
        <translation>Notiz zum Als-gesehen-Markieren</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>Den gewählten Hinweis als gesehen markieren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What the journal shows:</source>
        <translation>Was das Tagebuch zeigt:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Looking for warning signs in the journal…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Das Tagebuch wird nach Warnzeichen durchsucht …&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning signs could not be checked.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Warnzeichen konnten nicht geprüft werden.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The reason: {reason}. They will be checked again after your next change, or now with &quot;Check again&quot; on the banner.</source>
        <translation>Der Grund: {reason}. Sie werden nach Ihrer nächsten Änderung erneut geprüft, oder jetzt mit „Erneut prüfen“ im Banner.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No warning signs to show.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Keine Warnzeichen zu zeigen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No alerts in this journal.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Keine Hinweise in diesem Tagebuch.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>({count} times, the latest on {date})</source>
        <translation>({count}-mal, zuletzt am {date})</translation>
    </message>
    <message>
        <source>Acknowledge again</source>
        <translation>Erneut als gesehen markieren</translation>
    </message>
    <message>
        <source>Tick &quot;Show acknowledged alerts too&quot; to see it again.</source>
        <translation>Haken Sie „Auch gesehene Hinweise zeigen“ an, um ihn wieder zu sehen.</translation>
    </message>
    <message>
        <source>Acknowledged: {title}, {date}.</source>
        <translation>Als gesehen markiert: {title}, {date}.</translation>
    </message>
    <message>
        <source>Acknowledged again (the earlier acknowledgements are kept): {title}, {date}.</source>
        <translation>Erneut als gesehen markiert (die früheren Markierungen bleiben erhalten): {title}, {date}.</translation>
    </message>
    <message>
        <source>Open: not yet acknowledged.</source>
        <translation>Offen: noch nicht als gesehen markiert.</translation>
    </message>
    <message>
        <source>Acknowledged once:</source>
        <translation>Einmal als gesehen markiert:</translation>
    </message>
    <message>
        <source>Acknowledged {count} times (latest first):</source>
        <translation>{count}-mal als gesehen markiert (neueste zuerst):</translation>
    </message>
    <message>
        <source>: &quot;{note}&quot;</source>
        <translation>: „{note}“</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(ohne Notiz)</translation>
    </message>
</context>
<context>
    <name>AlertsSourceWords</name>
    <message>
        <source>Warning signs could not be checked ({reason}). They will be checked again after your next change.</source>
        <translation>Die Warnzeichen konnten nicht geprüft werden ({reason}). Sie werden nach Ihrer nächsten Änderung erneut geprüft.</translation>
    </message>
</context>
<context>
    <name>AppWords</name>
    <message>
        <source>The journal folder cannot be used: {reason}</source>
        <translation>Der Ordner des Tagebuchs kann nicht verwendet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>BackgroundWords</name>
    <message>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>CarePaneWords</name>
    <message>
        <source>Care events</source>
        <translation>Pflege und Maßnahmen</translation>
    </message>
    <message>
        <source>Saved care events</source>
        <translation>Gespeicherte Maßnahmen</translation>
    </message>
    <message>
        <source>&lt;b&gt;New care event&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neue Maßnahme&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing the care event of {date}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Maßnahme vom {date} bearbeiten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saved the care event of {date}.</source>
        <translation>Die Maßnahme vom {date} ist gespeichert.</translation>
    </message>
    <message>
        <source>Updated the care event of {date}.</source>
        <translation>Die Maßnahme vom {date} ist geändert.</translation>
    </message>
    <message>
        <source>Deleted the care event of {date}. Undo ({keys}) brings it back.</source>
        <translation>Die Maßnahme vom {date} ist gelöscht. Rückgängig ({keys}) holt sie zurück.</translation>
    </message>
    <message>
        <source>Edit the selected care event</source>
        <translation>Die gewählte Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected care event</source>
        <translation>Die gewählte Maßnahme löschen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>for example: scalp massage, vitamin D</source>
        <translation>zum Beispiel: Kopfhautmassage, Vitamin D</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>for example 1000</source>
        <translation>zum Beispiel 1000</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>for example IU, mg, mcg</source>
        <translation>zum Beispiel IE, mg, µg</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>how long, for massage</source>
        <translation>wie lange, bei Massage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ChartCanvasWords</name>
    <message>
        <source>{date}  care: {what}</source>
        <translation>{date}  Pflege: {what}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Left and right arrow keys read the values one by one.</source>
        <translation>Die Pfeiltasten links und rechts lesen die Werte einzeln vor.</translation>
    </message>
</context>
<context>
    <name>ChartChoiceWords</name>
    <message>
        <source>Site</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <source>Site charted</source>
        <translation>Stelle im Diagramm</translation>
    </message>
    <message>
        <source>Lab test charted</source>
        <translation>Laborwert im Diagramm</translation>
    </message>
    <message>
        <source>Chart of:</source>
        <translation>Diagramm für:</translation>
    </message>
    <message>
        <source>{site} (archived)</source>
        <translation>{site} (archiviert)</translation>
    </message>
</context>
<context>
    <name>ChartsPaneWords</name>
    <message>
        <source>Point at the chart to read a value.</source>
        <translation>Zeigen Sie auf das Diagramm, um einen Wert abzulesen.</translation>
    </message>
    <message>
        <source>Save chart as PNG...</source>
        <translation>Diagramm als PNG speichern …</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>Value under the pointer</source>
        <translation>Wert unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Als &amp;Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show the charted values as a table instead of the chart</source>
        <translation>Die Werte des Diagramms als Tabelle statt als Diagramm zeigen</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Was das Diagramm zeigt</translation>
    </message>
    <message>
        <source>The chart&apos;s values</source>
        <translation>Die Werte des Diagramms</translation>
    </message>
    <message>
        <source>Drawing the chart...</source>
        <translation>Das Diagramm wird gezeichnet …</translation>
    </message>
    <message>
        <source>No finger-to-palm readings yet: add them with Journal &gt; Hand function.</source>
        <translation>Noch keine Finger-Hohlhand-Abstände: tragen Sie sie unter Tagebuch &gt; Handfunktion ein.</translation>
    </message>
    <message>
        <source>No lab results yet: add them under Labs to chart them here.</source>
        <translation>Noch keine Laborwerte: tragen Sie sie unter Laborwerte ein, dann erscheinen sie hier.</translation>
    </message>
    <message>
        <source>Add a site to see its charts.</source>
        <translation>Fügen Sie eine Stelle hinzu, um ihre Diagramme zu sehen.</translation>
    </message>
    <message>
        <source>Left and right arrow keys read the values one by one.</source>
        <translation>Die Pfeiltasten links und rechts lesen die Werte einzeln vor.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The chart was not saved: {reason} ({path}).</source>
        <translation>Das Diagramm wurde nicht gespeichert: {reason} ({path}).</translation>
    </message>
    <message>
        <source>Saved the chart as {path}.</source>
        <translation>Das Diagramm ist als {path} gespeichert.</translation>
    </message>
    <message>
        <source>the chart {path}</source>
        <translation>das Diagramm {path}</translation>
    </message>
</context>
<context>
    <name>ComparePhotosWords</name>
    <message>
        <source>({number} of {count})</source>
        <translation>({number} von {count})</translation>
    </message>
    <message>
        <source>(entry of {date})</source>
        <translation>(Eintrag vom {date})</translation>
    </message>
</context>
<context>
    <name>CompareViewWords</name>
    <message>
        <source>Compare photos of {site} - Skin Journal</source>
        <translation>Fotos von {site} vergleichen – Skin Journal</translation>
    </message>
    <message>
        <source>Earlier photo</source>
        <translation>Früheres Foto</translation>
    </message>
    <message>
        <source>Later photo</source>
        <translation>Späteres Foto</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Übereinander</translation>
    </message>
    <message>
        <source>Compare status</source>
        <translation>Stand des Vergleichs</translation>
    </message>
    <message>
        <source>Both photos overlaid</source>
        <translation>Beide Fotos übereinander</translation>
    </message>
    <message>
        <source>Opacity of the later photo</source>
        <translation>Deckkraft des späteren Fotos</translation>
    </message>
    <message>
        <source>0: only the earlier photo; 100: only the later photo</source>
        <translation>0: nur das frühere Foto; 100: nur das spätere Foto</translation>
    </message>
    <message>
        <source>Drag the later photo to line it up</source>
        <translation>Späteres Foto zum Ausrichten ziehen</translation>
    </message>
    <message>
        <source>Reset position</source>
        <translation>Position zurücksetzen</translation>
    </message>
    <message>
        <source>Line &amp;up…</source>
        <translation>&amp;Ausrichten…</translation>
    </message>
    <message>
        <source>Click the same two landmarks (a freckle, a scar&apos;s end) on each photo to line them up</source>
        <translation>Klicken Sie auf jedem Foto dieselben zwei Merkpunkte an (eine Sommersprosse, das Ende einer Narbe), um die Fotos auszurichten</translation>
    </message>
    <message>
        <source>Save alignment</source>
        <translation>Ausrichtung speichern</translation>
    </message>
    <message>
        <source>Keep this alignment with the two photos (Undo takes it back)</source>
        <translation>Diese Ausrichtung mit den zwei Fotos behalten (Rückgängig nimmt sie zurück)</translation>
    </message>
    <message>
        <source>Forget alignment</source>
        <translation>Ausrichtung verwerfen</translation>
    </message>
    <message>
        <source>Show the two photos without their alignment</source>
        <translation>Die zwei Fotos ohne ihre Ausrichtung zeigen</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Früher:</translation>
    </message>
    <message>
        <source>Later:</source>
        <translation>Später:</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Compare needs photos from two dates of this site; add photos to its entries.</source>
        <translation>Zum Vergleichen braucht es Fotos von zwei Tagen dieser Stelle; fügen Sie ihren Einträgen Fotos hinzu.</translation>
    </message>
    <message>
        <source>Loading the photos...</source>
        <translation>Die Fotos werden geladen …</translation>
    </message>
    <message>
        <source>Lined up by two landmarks (the later photo turned {degrees}° clockwise).</source>
        <translation>An zwei Merkpunkten ausgerichtet (das spätere Foto um {degrees}° im Uhrzeigersinn gedreht).</translation>
    </message>
    <message>
        <source>Lined up by two landmarks (the later photo turned {degrees}° anticlockwise).</source>
        <translation>An zwei Merkpunkten ausgerichtet (das spätere Foto um {degrees}° gegen den Uhrzeigersinn gedreht).</translation>
    </message>
    <message>
        <source>Both photos are calibrated: 1 mm is the same size on screen in both.</source>
        <translation>Beide Fotos sind kalibriert: 1 mm ist auf dem Bildschirm in beiden gleich groß.</translation>
    </message>
    <message>
        <source>Scaled ×{scale} to match the landmarks.</source>
        <translation>Um ×{scale} skaliert, damit die Merkpunkte passen.</translation>
    </message>
    <message>
        <source>Not lined up: the later photo is shown at the earlier one&apos;s width.</source>
        <translation>Nicht ausgerichtet: das spätere Foto wird in der Breite des früheren gezeigt.</translation>
    </message>
    <message>
        <source>Click landmark {number} on the earlier photo (left).</source>
        <translation>Klicken Sie Merkpunkt {number} auf dem früheren Foto (links) an.</translation>
    </message>
    <message>
        <source>Click the same landmark {number} on the later photo (right).</source>
        <translation>Klicken Sie denselben Merkpunkt {number} auf dem späteren Foto (rechts) an.</translation>
    </message>
    <message>
        <source>Save the alignment, or click again to move a landmark.</source>
        <translation>Speichern Sie die Ausrichtung, oder klicken Sie erneut, um einen Merkpunkt zu verschieben.</translation>
    </message>
    <message>
        <source>Not lined up: {reason}</source>
        <translation>Nicht ausgerichtet: {reason}</translation>
    </message>
    <message>
        <source>Lined up; the alignment is kept with these two photos (Undo takes it back).</source>
        <translation>Ausgerichtet; die Ausrichtung bleibt bei diesen zwei Fotos (Rückgängig nimmt sie zurück).</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Nicht geändert: {reason}</translation>
    </message>
</context>
<context>
    <name>DailyPaneWords</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Daily checks</source>
        <translation>Tageschecks</translation>
    </message>
    <message>
        <source>Saved daily checks</source>
        <translation>Gespeicherte Tageschecks</translation>
    </message>
    <message>
        <source>&lt;b&gt;New daily check&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neuer Tagescheck&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing the daily check of {date}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tagescheck vom {date} bearbeiten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saved the daily check of {date}.</source>
        <translation>Der Tagescheck vom {date} ist gespeichert.</translation>
    </message>
    <message>
        <source>Updated the daily check of {date}.</source>
        <translation>Der Tagescheck vom {date} ist geändert.</translation>
    </message>
    <message>
        <source>Deleted the daily check of {date}. Undo ({keys}) brings it back.</source>
        <translation>Der Tagescheck vom {date} ist gelöscht. Rückgängig ({keys}) holt ihn zurück.</translation>
    </message>
    <message>
        <source>Edit the selected daily check</source>
        <translation>Den gewählten Tagescheck bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected daily check</source>
        <translation>Den gewählten Tagescheck löschen</translation>
    </message>
    <message>
        <source>One check per day: a date that already has a check shows it here, and saving changes it. Leave a sign at &quot;not checked&quot; if you did not think about it.</source>
        <translation>Ein Check pro Tag: Hat ein Datum schon einen Check, erscheint er hier, und Speichern ändert ihn. Lassen Sie ein Zeichen auf „nicht geprüft“, wenn Sie nicht darauf geachtet haben.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Unusually tired (fatigue)</source>
        <translation>Ungewöhnlich müde (Erschöpfung)</translation>
    </message>
    <message>
        <source>Muscles felt weak</source>
        <translation>Muskeln fühlten sich schwach an</translation>
    </message>
    <message>
        <source>Change in urination</source>
        <translation>Veränderung beim Wasserlassen</translation>
    </message>
    <message>
        <source>Any change in how often, how much, or the colour</source>
        <translation>Jede Veränderung in Häufigkeit, Menge oder Farbe</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>0 = calm, 10 = the most stressed you can imagine</source>
        <translation>0 = ruhig, 10 = so gestresst, wie Sie es sich nur vorstellen können</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Erschöpfung</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>Urination changes</source>
        <translation>Wasserlassen verändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;New daily check for {date}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neuer Tagescheck für den {date}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{date} already has a daily check: it is shown with your changes added; save to keep them.</source>
        <translation>Der {date} hat schon einen Tagescheck: Er wird mit Ihren Änderungen gezeigt; speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Already logged as yes, and kept: {fields}.</source>
        <translation>Schon mit ja eingetragen und beibehalten: {fields}.</translation>
    </message>
</context>
<context>
    <name>DateEditWords</name>
    <message>
        <source>{typed} is not a date in the form YYYY-MM-DD</source>
        <translation>{typed} ist kein Datum in der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>{date} is too early: this field takes dates from {first}</source>
        <translation>{date} ist zu früh: dieses Feld nimmt Daten ab {first}</translation>
    </message>
    <message>
        <source>{date} is too late: this field takes dates up to {last}</source>
        <translation>{date} ist zu spät: dieses Feld nimmt Daten bis {last}</translation>
    </message>
    <message>
        <source>{why}. The date stays {kept}.</source>
        <translation>{why}. Das Datum bleibt {kept}.</translation>
    </message>
</context>
<context>
    <name>DateRangeWords</name>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Letzte 2 Jahre</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Gezeigter Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster gezeigter Tag</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Letzter gezeigter Tag</translation>
    </message>
</context>
<context>
    <name>FieldsWords</name>
    <message>
        <source>to the bone</source>
        <translation>am Knochen</translation>
    </message>
    <message>
        <source>0 means {low}, 10 means {high}</source>
        <translation>0 heißt {low}, 10 heißt {high}</translation>
    </message>
    <message>
        <source>Less {name}</source>
        <translation>Weniger: {name}</translation>
    </message>
    <message>
        <source>Less {name} (one step)</source>
        <translation>Weniger: {name} (ein Schritt)</translation>
    </message>
    <message>
        <source>More {name}</source>
        <translation>Mehr: {name}</translation>
    </message>
    <message>
        <source>More {name} (one step)</source>
        <translation>Mehr: {name} (ein Schritt)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear {name}</source>
        <translation>{name} leeren</translation>
    </message>
    <message>
        <source>Set {name} back to not checked</source>
        <translation>{name} wieder auf „nicht geprüft“ setzen</translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation>{value} von 10</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
</context>
<context>
    <name>HandPaneWords</name>
    <message>
        <source>Finger-to-palm readings</source>
        <translation>Finger-Hohlhand-Abstände</translation>
    </message>
    <message>
        <source>Saved finger-to-palm readings</source>
        <translation>Gespeicherte Finger-Hohlhand-Abstände</translation>
    </message>
    <message>
        <source>&lt;b&gt;New finger-to-palm reading&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neuer Finger-Hohlhand-Abstand&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing the finger-to-palm reading of {date}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Finger-Hohlhand-Abstand vom {date} bearbeiten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saved the finger-to-palm reading of {date}.</source>
        <translation>Finger-Hohlhand-Abstand vom {date} gespeichert.</translation>
    </message>
    <message>
        <source>Updated the finger-to-palm reading of {date}.</source>
        <translation>Finger-Hohlhand-Abstand vom {date} geändert.</translation>
    </message>
    <message>
        <source>Deleted the finger-to-palm reading of {date}. Undo ({keys}) brings it back.</source>
        <translation>Finger-Hohlhand-Abstand vom {date} gelöscht. Rückgängig ({keys}) holt ihn zurück.</translation>
    </message>
    <message>
        <source>Edit the selected finger-to-palm reading</source>
        <translation>Den gewählten Finger-Hohlhand-Abstand bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected finger-to-palm reading</source>
        <translation>Den gewählten Finger-Hohlhand-Abstand löschen</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Gemessen am</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>Finger</translation>
    </message>
    <message>
        <source>Distance (mm)</source>
        <translation>Abstand (mm)</translation>
    </message>
    <message>
        <source>mm, for example 15</source>
        <translation>mm, zum Beispiel 15</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>ImageLoaderWords</name>
    <message>
        <source>cannot be shown: the file was changed or damaged since it was saved</source>
        <translation>kann nicht gezeigt werden: die Datei wurde seit dem Speichern verändert oder beschädigt</translation>
    </message>
    <message>
        <source>the photo file is missing</source>
        <translation>die Fotodatei fehlt</translation>
    </message>
</context>
<context>
    <name>JournalHostWords</name>
    <message>
        <source>The passphrase file {name} ({variable}) cannot be read ({reason}); type it.</source>
        <translation>Die Passphrasen-Datei {name} ({variable}) kann nicht gelesen werden ({reason}); tippen Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>The passphrase file {name} ({variable}) is empty; type the passphrase.</source>
        <translation>Die Passphrasen-Datei {name} ({variable}) ist leer; tippen Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Journal not opened</source>
        <translation>Tagebuch nicht geöffnet</translation>
    </message>
    <message>
        <source>The journal could not be opened again: {reason}</source>
        <translation>Das Tagebuch konnte nicht wieder geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>Backed up the journal to {path}</source>
        <translation>Das Tagebuch ist gesichert in {path}</translation>
    </message>
</context>
<context>
    <name>KeyringStoreWords</name>
    <message>
        <source>No system keyring can be used: the optional package `keyring` is not installed. The passphrase was not stored anywhere; you will be asked for it next time.</source>
        <translation>Kein Schlüsselbund des Systems nutzbar: das optionale Paket `keyring` ist nicht installiert. Die Passphrase wurde nirgends gespeichert; Sie werden beim nächsten Mal danach gefragt.</translation>
    </message>
    <message>
        <source>No system keyring works on this computer (none is installed or running). The passphrase was not stored anywhere; you will be asked for it next time.</source>
        <translation>Auf diesem Computer funktioniert kein Schlüsselbund des Systems (keiner ist installiert oder läuft). Die Passphrase wurde nirgends gespeichert; Sie werden beim nächsten Mal danach gefragt.</translation>
    </message>
    <message>
        <source>The system keyring refused to store the passphrase ({reason}). It was not stored anywhere; you will be asked for it next time.</source>
        <translation>Der Schlüsselbund des Systems hat das Speichern der Passphrase abgelehnt ({reason}). Sie wurde nirgends gespeichert; Sie werden beim nächsten Mal danach gefragt.</translation>
    </message>
</context>
<context>
    <name>LabsPaneWords</name>
    <message>
        <source>Copy the range printed on the lab report; leave it empty if the report gives none.</source>
        <translation>Übernehmen Sie den Bereich vom Laborbefund; lassen Sie das Feld leer, wenn der Befund keinen nennt.</translation>
    </message>
    <message>
        <source>from {low}</source>
        <translation>ab {low}</translation>
    </message>
    <message>
        <source>up to {high}</source>
        <translation>bis {high}</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>Saved lab results</source>
        <translation>Gespeicherte Laborwerte</translation>
    </message>
    <message>
        <source>&lt;b&gt;New lab result&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neuer Laborwert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing the lab result of {date}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Laborwert vom {date} bearbeiten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saved the lab result of {date}.</source>
        <translation>Der Laborwert vom {date} ist gespeichert.</translation>
    </message>
    <message>
        <source>Updated the lab result of {date}.</source>
        <translation>Der Laborwert vom {date} ist geändert.</translation>
    </message>
    <message>
        <source>Deleted the lab result of {date}. Undo ({keys}) brings it back.</source>
        <translation>Der Laborwert vom {date} ist gelöscht. Rückgängig ({keys}) holt ihn zurück.</translation>
    </message>
    <message>
        <source>Edit the selected lab result</source>
        <translation>Den gewählten Laborwert bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected lab result</source>
        <translation>Den gewählten Laborwert löschen</translation>
    </message>
    <message>
        <source>When you pick a test, the unit and range of its last result are filled in; check them against the report.</source>
        <translation>Wenn Sie einen Test wählen, werden Einheit und Bereich seines letzten Werts eingesetzt; vergleichen Sie sie mit dem Befund.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>pick one, or type the name on the report (for example Magnesium)</source>
        <translation>wählen Sie einen oder tippen Sie den Namen vom Befund (zum Beispiel Magnesium)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>as on the report, for example mmol/L</source>
        <translation>wie auf dem Befund, zum Beispiel mmol/L</translation>
    </message>
    <message>
        <source>Reference low</source>
        <translation>Referenz unten</translation>
    </message>
    <message>
        <source>Reference high</source>
        <translation>Referenz oben</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Outside range</source>
        <translation>Außerhalb</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>außerhalb</translation>
    </message>
    <message>
        <source>Reference range</source>
        <translation>Referenzbereich</translation>
    </message>
    <message>
        <source>LOINC</source>
        <translation>LOINC</translation>
    </message>
    <message>
        <source>About calcium and phosphate results</source>
        <translation>Zu Calcium- und Phosphatwerten</translation>
    </message>
</context>
<context>
    <name>LanguageMenuWords</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language ({name})</source>
        <translation>Sprache des Systems ({name})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Skin Journal will use {language} from its next start.</source>
        <translation>Skin Journal verwendet {language} ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>MainWindowWords</name>
    <message>
        <source>Demo journal (made-up data)</source>
        <translation>Demo-Tagebuch (erfundene Daten)</translation>
    </message>
    <message>
        <source>My journal</source>
        <translation>Mein Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>Hi&amp;nweise</translation>
    </message>
    <message>
        <source>&amp;Daily check</source>
        <translation>Tages&amp;check</translation>
    </message>
    <message>
        <source>&amp;Labs</source>
        <translation>&amp;Laborwerte</translation>
    </message>
    <message>
        <source>Ca&amp;re log</source>
        <translation>&amp;Pflege</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>Arztbes&amp;uche</translation>
    </message>
    <message>
        <source>Ha&amp;nd function</source>
        <translation>Han&amp;dfunktion</translation>
    </message>
</context>
<context>
    <name>PhotoTrayWords</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.JPG *.JPEG *.PNG *.HEIC *.HEIF *.WEBP);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.JPG *.JPEG *.PNG *.HEIC *.HEIF *.WEBP);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>cannot be shown: the file was changed</source>
        <translation>kann nicht gezeigt werden: die Datei wurde verändert</translation>
    </message>
    <message>
        <source>Photos of this entry</source>
        <translation>Fotos dieses Eintrags</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>Fotos &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Paste photo</source>
        <translation>Foto einfügen</translation>
    </message>
    <message>
        <source>Paste a picture from the clipboard (Ctrl+V)</source>
        <translation>Ein Bild aus der Zwischenablage einfügen (Strg+V)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Take the selected photos off this entry when you save (Delete)</source>
        <translation>Die gewählten Fotos beim Speichern von diesem Eintrag nehmen (Entf)</translation>
    </message>
    <message>
        <source>Photo import progress</source>
        <translation>Fortschritt beim Einlesen der Fotos</translation>
    </message>
    <message>
        <source>Drop photos here, or add or paste them.</source>
        <translation>Ziehen Sie Fotos hierher, oder fügen Sie sie hinzu oder ein.</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>{name}, {width}x{height}, saved on this entry</source>
        <translation>{name}, {width}×{height}, an diesem Eintrag gespeichert</translation>
    </message>
    <message>
        <source>{name}: this photo cannot be shown: the file was changed.</source>
        <translation>{name}: dieses Foto kann nicht gezeigt werden: die Datei wurde verändert.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>new, hard to compare</source>
        <translation>neu, schwer vergleichbar</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>{name}, {width}x{height}, new</source>
        <translation>{name}, {width}×{height}, neu</translation>
    </message>
    <message>
        <source>Photo not added</source>
        <translation>Foto nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The entry is unchanged; other photos are not affected.</source>
        <translation>Der Eintrag ist unverändert; andere Fotos sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Preparing photos: {done} of {all}</source>
        <translation>Fotos werden vorbereitet: {done} von {all}</translation>
    </message>
    <message>
        <source>1 saved photo will be taken off this entry when you save (Cancel keeps it; Undo brings it back after saving).</source>
        <translation>1 gespeichertes Foto wird beim Speichern von diesem Eintrag genommen (Abbrechen behält es; Rückgängig holt es nach dem Speichern zurück).</translation>
    </message>
    <message numerus="yes">
        <source>%n saved photos will be taken off this entry when you save (Cancel keeps them; Undo brings them back after saving).</source>
        <translation>
            <numerusform>%n gespeichertes Foto wird beim Speichern von diesem Eintrag genommen (Abbrechen behält es; Rückgängig holt es nach dem Speichern zurück).</numerusform>
            <numerusform>%n gespeicherte Fotos werden beim Speichern von diesem Eintrag genommen (Abbrechen behält sie; Rückgängig holt sie nach dem Speichern zurück).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointEditorWords</name>
    <message>
        <source>Magnifier</source>
        <translation>Lupe</translation>
    </message>
</context>
<context>
    <name>RecordFieldsWords</name>
    <message>
        <source>not noted</source>
        <translation>nicht notiert</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(bitte wählen)</translation>
    </message>
</context>
<context>
    <name>RecordFormWords</name>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem bei {field}</translation>
    </message>
</context>
<context>
    <name>RecordPaneWords</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
</context>
<context>
    <name>RemindersPanelWords</name>
    <message>
        <source>Checks due</source>
        <translation>Fällige Kontrollen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the checks that are due</source>
        <translation>Die fälligen Kontrollen ausblenden</translation>
    </message>
    <message>
        <source>Log now</source>
        <translation>Jetzt eintragen</translation>
    </message>
    <message>
        <source>Log a check of {site} now</source>
        <translation>Jetzt eine Kontrolle von {site} eintragen</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>1 site is due for a check</source>
        <translation>1 Stelle ist zur Kontrolle fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n sites are due for a check</source>
        <translation>
            <numerusform>%n Stelle ist zur Kontrolle fällig</numerusform>
            <numerusform>%n Stellen sind zur Kontrolle fällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteListModelWords</name>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <source>1 open alert</source>
        <translation>1 offener Hinweis</translation>
    </message>
    <message numerus="yes">
        <source>%n open alerts</source>
        <translation>
            <numerusform>%n offener Hinweis</numerusform>
            <numerusform>%n offene Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved on {date}</source>
        <translation>verschwunden seit {date}</translation>
    </message>
</context>
<context>
    <name>SitesPaneWords</name>
    <message>
        <source>Sites</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>The body sites you follow; choose one to see its entries</source>
        <translation>Die Körperstellen, die Sie beobachten; wählen Sie eine, um ihre Einträge zu sehen</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Stellen</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>Stelle hinzufügen…</translation>
    </message>
    <message>
        <source>No sites yet. Add the first place on your skin you want to follow.</source>
        <translation>Noch keine Stellen. Fügen Sie die erste Stelle Ihrer Haut hinzu, die Sie beobachten möchten.</translation>
    </message>
</context>
<context>
    <name>TimelineModelWords</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Tightness</source>
        <translation>Spannung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Other observations</source>
        <translation>Weitere Beobachtungen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>kein Foto</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 Foto</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>{column}: not checked</source>
        <translation>{column}: nicht geprüft</translation>
    </message>
    <message>
        <source>{column}: {value} of 10 (0 {low}, 10 {high})</source>
        <translation>{column}: {value} von 10 (0 {low}, 10 {high})</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
</context>
<context>
    <name>TimelinePaneWords</name>
    <message>
        <source>Entries of the selected site, newest first</source>
        <translation>Einträge der gewählten Stelle, neueste zuerst</translation>
    </message>
    <message>
        <source>No site selected</source>
        <translation>Keine Stelle gewählt</translation>
    </message>
    <message>
        <source>Choose a site on the left, or add one.</source>
        <translation>Wählen Sie links eine Stelle, oder fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved on {date}</source>
        <translation>verschwunden seit {date}</translation>
    </message>
</context>
<context>
    <name>VisitsPaneWords</name>
    <message>
        <source>{size} mm thick</source>
        <translation>{size} mm dick</translation>
    </message>
    <message>
        <source>{size} mm deep</source>
        <translation>{size} mm tief</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht gemacht</translation>
    </message>
    <message>
        <source>done: {result}</source>
        <translation>gemacht: {result}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gemacht</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Arztbesuche</translation>
    </message>
    <message>
        <source>Saved visits</source>
        <translation>Gespeicherte Arztbesuche</translation>
    </message>
    <message>
        <source>&lt;b&gt;New visit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neuer Arztbesuch&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing the visit of {date}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Arztbesuch vom {date} bearbeiten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saved the visit of {date}.</source>
        <translation>Der Arztbesuch vom {date} ist gespeichert.</translation>
    </message>
    <message>
        <source>Updated the visit of {date}.</source>
        <translation>Der Arztbesuch vom {date} ist geändert.</translation>
    </message>
    <message>
        <source>Deleted the visit of {date}. Undo ({keys}) brings it back.</source>
        <translation>Der Arztbesuch vom {date} ist gelöscht. Rückgängig ({keys}) holt ihn zurück.</translation>
    </message>
    <message>
        <source>Edit the selected visit</source>
        <translation>Den gewählten Arztbesuch bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected visit</source>
        <translation>Den gewählten Arztbesuch löschen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Gesehen von</translation>
    </message>
    <message>
        <source>for example: Dr Meier, dermatology</source>
        <translation>zum Beispiel: Dr. Meier, Dermatologie</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>About the site</source>
        <translation>Zur Stelle</translation>
    </message>
    <message>
        <source>The site the findings below are about.</source>
        <translation>Die Stelle, um die es bei den Befunden unten geht.</translation>
    </message>
    <message>
        <source>Ultrasound: thickness in mm</source>
        <translation>Ultraschall: Dicke in mm</translation>
    </message>
    <message>
        <source>for example 2.1</source>
        <translation>zum Beispiel 2,1</translation>
    </message>
    <message>
        <source>Ultrasound: depth in mm</source>
        <translation>Ultraschall: Tiefe in mm</translation>
    </message>
    <message>
        <source>under the skin&apos;s surface</source>
        <translation>unter der Hautoberfläche</translation>
    </message>
    <message>
        <source>X-ray showed</source>
        <translation>Röntgen zeigte</translation>
    </message>
    <message>
        <source>in the doctor&apos;s words</source>
        <translation>in den Worten der Ärztin oder des Arztes</translation>
    </message>
    <message>
        <source>Biopsy done</source>
        <translation>Biopsie gemacht</translation>
    </message>
    <message>
        <source>Biopsy result</source>
        <translation>Ergebnis der Biopsie</translation>
    </message>
    <message>
        <source>Type the doctor named</source>
        <translation>Ärztlich genannte Form</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation>Ultraschall</translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation>Röntgen</translation>
    </message>
    <message>
        <source>Biopsy</source>
        <translation>Biopsie</translation>
    </message>
    <message>
        <source>Type named</source>
        <translation>Genannte Form</translation>
    </message>
    <message>
        <source>Acknowledge alerts shown here</source>
        <translation>Hinweise hier als gesehen markieren</translation>
    </message>
    <message>
        <source>Acknowledge all alerts shown at the selected visit</source>
        <translation>Alle beim gewählten Arztbesuch gezeigten Hinweise als gesehen markieren</translation>
    </message>
    <message>
        <source>Mark every warning sign that was open on the visit&apos;s day as shown at this visit (one step: Undo takes it back)</source>
        <translation>Jedes am Tag des Besuchs offene Warnzeichen als bei diesem Besuch gezeigt markieren (ein Schritt: Rückgängig nimmt ihn zurück)</translation>
    </message>
    <message>
        <source>Acknowledged 1 alert as shown at the visit of {date}.</source>
        <translation>1 Hinweis als beim Arztbesuch vom {date} gezeigt markiert.</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alerts as shown at the visit of {date}.</source>
        <translation>
            <numerusform>%n Hinweis als beim Arztbesuch vom {date} gezeigt markiert.</numerusform>
            <numerusform>%n Hinweise als beim Arztbesuch vom {date} gezeigt markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordingWords</name>
    <message>
        <source>Broke open</source>
        <translation>Aufgebrochen</translation>
    </message>
    <message>
        <source>Chalk-like material came out</source>
        <translation>Kreideartiges Material trat aus</translation>
    </message>
    <message>
        <source>Red, warm or swollen</source>
        <translation>Gerötet, warm oder geschwollen</translation>
    </message>
    <message>
        <source>Harder to move the joint</source>
        <translation>Gelenk schwerer beweglich</translation>
    </message>
    <message>
        <source>soft, pliable</source>
        <translation>weich, geschmeidig</translation>
    </message>
    <message>
        <source>stuck to the bone</source>
        <translation>am Knochen fest</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>kein Schmerz</translation>
    </message>
    <message>
        <source>worst pain</source>
        <translation>stärkster Schmerz</translation>
    </message>
    <message>
        <source>Shiny</source>
        <translation>Glänzend</translation>
    </message>
    <message>
        <source>Pale</source>
        <translation>Blass</translation>
    </message>
    <message>
        <source>Hair thinning</source>
        <translation>Haar dünner</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>mobility: {value}</source>
        <translation>Verschiebbarkeit: {value}</translation>
    </message>
    <message>
        <source>colour: {value}</source>
        <translation>Farbe: {value}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>ZoomViewWords</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the photo to the window (Ctrl+0)</source>
        <translation>Das Foto in das Fenster einpassen (Strg+0)</translation>
    </message>
    <message>
        <source>Show the photo&apos;s real pixels (Ctrl+1)</source>
        <translation>Die echten Pixel des Fotos zeigen (Strg+1)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Verkleinern (Strg+Minus)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Vergrößern (Strg+Plus)</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Vergrößerung</translation>
    </message>
</context>
</TS>
