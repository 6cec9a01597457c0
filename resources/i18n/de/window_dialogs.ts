<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CryptActionsWords</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Encrypt the journal</source>
        <translation>Tagebuch verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypting the journal&apos;s database, photos and backups…</source>
        <translation>Datenbank, Fotos und Sicherungen des Tagebuchs werden verschlüsselt…</translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation>&amp;Entschlüsseln</translation>
    </message>
    <message>
        <source>Decrypt the journal</source>
        <translation>Tagebuch entschlüsseln</translation>
    </message>
    <message>
        <source>Writing the journal back in plain form…</source>
        <translation>Das Tagebuch wird wieder unverschlüsselt geschrieben…</translation>
    </message>
    <message>
        <source>The journal is decrypted: it is stored in plain form again.</source>
        <translation>Das Tagebuch ist entschlüsselt: Es wird wieder unverschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>W&amp;eiter…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Sealing the journal&apos;s key with the new passphrase…</source>
        <translation>Der Schlüssel des Tagebuchs wird mit der neuen Passphrase gesichert…</translation>
    </message>
    <message>
        <source>The passphrase is changed. The recovery code still opens the journal.</source>
        <translation>Die Passphrase ist geändert. Der Wiederherstellungscode öffnet das Tagebuch weiterhin.</translation>
    </message>
</context>
<context>
    <name>CryptDialogsWords</name>
    <message>
        <source>Encrypting locks the journal in {folder} (its database, photos, thumbnails and backups) with a passphrase. Without the passphrase or the recovery code you are shown next, nobody can open the journal again, not even you: the data is gone. There is no other way in.</source>
        <translation>Beim Verschlüsseln wird das Tagebuch in {folder} (Datenbank, Fotos, Vorschaubilder und Sicherungen) mit einer Passphrase gesperrt. Ohne die Passphrase oder den Wiederherstellungscode, den Sie als Nächstes sehen, kann niemand das Tagebuch wieder öffnen, auch Sie nicht: Die Daten sind dann verloren. Einen anderen Weg hinein gibt es nicht.</translation>
    </message>
    <message>
        <source>I understand: without the passphrase or the recovery code the journal is lost</source>
        <translation>Verstanden: Ohne Passphrase oder Wiederherstellungscode ist das Tagebuch verloren</translation>
    </message>
    <message>
        <source>Choose a new passphrase for the journal in {folder}. The recovery code stays the same.</source>
        <translation>Wählen Sie eine neue Passphrase für das Tagebuch in {folder}. Der Wiederherstellungscode bleibt derselbe.</translation>
    </message>
    <message>
        <source>Decrypting writes the journal in {folder} back in plain form: anyone who can read the folder, a copy or a backup made from now on can read your notes and see your photos. Enter the passphrase to decrypt it.</source>
        <translation>Beim Entschlüsseln wird das Tagebuch in {folder} wieder unverschlüsselt geschrieben: Wer den Ordner, eine Kopie oder eine ab jetzt angelegte Sicherung lesen kann, kann Ihre Notizen lesen und Ihre Fotos sehen. Geben Sie die Passphrase ein, um es zu entschlüsseln.</translation>
    </message>
    <message>
        <source>Enter the current passphrase of the journal in {folder} (or its recovery code) first.</source>
        <translation>Geben Sie zuerst die aktuelle Passphrase des Tagebuchs in {folder} (oder seinen Wiederherstellungscode) ein.</translation>
    </message>
    <message>
        <source>This is the journal&apos;s recovery code. It opens the journal if you forget the passphrase. Print it or write it down now and keep it apart from this computer: it is shown only this once, and it is stored nowhere in readable form.</source>
        <translation>Dies ist der Wiederherstellungscode des Tagebuchs. Er öffnet das Tagebuch, wenn Sie die Passphrase vergessen. Drucken Sie ihn jetzt aus oder schreiben Sie ihn auf und bewahren Sie ihn getrennt von diesem Computer auf: Er wird nur dieses eine Mal gezeigt und nirgends lesbar gespeichert.</translation>
    </message>
    <message>
        <source>Protect the new journal</source>
        <translation>Das neue Tagebuch schützen</translation>
    </message>
    <message>
        <source>Encrypt the journal</source>
        <translation>Tagebuch verschlüsseln</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase noch einmal</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Noch &amp;einmal:</translation>
    </message>
    <message>
        <source>At least 8 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Mindestens 8 Zeichen; einige Wörter, die nichts miteinander zu tun haben, sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Verschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Ändern</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Die beiden Passphrasen sind verschieden; geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>Der Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the code, to paste it into a password manager or print it</source>
        <translation>Den Code kopieren, um ihn in einen Passwortmanager einzufügen oder auszudrucken</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Ich habe ihn &amp;aufgeschrieben</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DataActionsWords</name>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien wählen</translation>
    </message>
    <message>
        <source>{folder} already has {files}. Replace the CSV files there?</source>
        <translation>In {folder} gibt es schon {files}. Die CSV-Dateien dort ersetzen?</translation>
    </message>
    <message>
        <source>no records yet</source>
        <translation>noch keine Einträge</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n CSV files into {folder}: {counts}.

The photos themselves are not in CSV files; use Back up to keep them.</source>
        <translation>
            <numerusform>Eine CSV-Datei in {folder} geschrieben: {counts}.

Die Fotos selbst stehen nicht in CSV-Dateien; sichern Sie sie mit „Sichern“.</numerusform>
            <numerusform>%n CSV-Dateien in {folder} geschrieben: {counts}.

Die Fotos selbst stehen nicht in CSV-Dateien; sichern Sie sie mit „Sichern“.</numerusform>
        </translation>
    </message>
    <message>
        <source>the CSV files in {folder}</source>
        <translation>die CSV-Dateien in {folder}</translation>
    </message>
    <message>
        <source>Writing the CSV files…</source>
        <translation>Die CSV-Dateien werden geschrieben…</translation>
    </message>
    <message>
        <source>Export for a health record (FHIR)</source>
        <translation>Für eine Gesundheitsakte exportieren (FHIR)</translation>
    </message>
    <message>
        <source>FHIR bundle (*.json)</source>
        <translation>FHIR-Bundle (*.json)</translation>
    </message>
    <message>
        <source>Put the photos themselves in the file too? It becomes much larger. Without them, the file lists each photo with its date and place on the skin.</source>
        <translation>Die Fotos selbst auch in die Datei aufnehmen? Sie wird dann viel größer. Ohne sie nennt die Datei jedes Foto mit Datum und Stelle auf der Haut.</translation>
    </message>
    <message>
        <source>Wrote {total} records to {file}: {counts}.</source>
        <translation>{total} Datensätze in {file} geschrieben: {counts}.</translation>
    </message>
    <message>
        <source>Kept in words only, without a standard code:</source>
        <translation>Nur in Worten festgehalten, ohne Standardcode:</translation>
    </message>
    <message>
        <source>the FHIR bundle {file} with the pictures in it</source>
        <translation>das FHIR-Bundle {file} mit den Bildern darin</translation>
    </message>
    <message>
        <source>the FHIR bundle {file}</source>
        <translation>das FHIR-Bundle {file}</translation>
    </message>
    <message>
        <source>Writing the FHIR bundle…</source>
        <translation>Das FHIR-Bundle wird geschrieben…</translation>
    </message>
    <message>
        <source>Reminders for your calendar</source>
        <translation>Erinnerungen für Ihren Kalender</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Kalenderdatei (*.ics)</translation>
    </message>
    <message>
        <source>Open the file with your calendar to add them; save and open a newer one after changing a site&apos;s interval. The reminders carry your site names: a calendar that syncs shares them with its service.</source>
        <translation>Öffnen Sie die Datei mit Ihrem Kalender, um sie hinzuzufügen; speichern und öffnen Sie eine neuere, nachdem Sie den Abstand einer Körperstelle geändert haben. Die Erinnerungen tragen die Namen Ihrer Körperstellen: Ein Kalender, der synchronisiert, teilt sie mit seinem Dienst.</translation>
    </message>
    <message>
        <source>Saved {count} repeating reminders in {file}: the daily check and 1 site, each at its own interval.</source>
        <translation>{count} wiederkehrende Erinnerungen in {file} gespeichert: der Tagescheck und eine Körperstelle, jede in ihrem eigenen Abstand.</translation>
    </message>
    <message numerus="yes">
        <source>Saved {count} repeating reminders in {file}: the daily check and %n sites, each at its own interval.</source>
        <translation>
            <numerusform>{count} wiederkehrende Erinnerungen in {file} gespeichert: der Tagescheck und eine Körperstelle, jede in ihrem eigenen Abstand.</numerusform>
            <numerusform>{count} wiederkehrende Erinnerungen in {file} gespeichert: der Tagescheck und %n Körperstellen, jede in ihrem eigenen Abstand.</numerusform>
        </translation>
    </message>
    <message>
        <source>the reminders {file}</source>
        <translation>die Erinnerungen {file}</translation>
    </message>
    <message>
        <source>Writing the reminders…</source>
        <translation>Die Erinnerungen werden geschrieben…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Choose CSV files to import (a whole exported folder: select all its files)</source>
        <translation>CSV-Dateien zum Importieren wählen (ein ganzer exportierter Ordner: alle seine Dateien auswählen)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>These files hold nothing new to import.</source>
        <translation>Diese Dateien enthalten nichts Neues zum Importieren.</translation>
    </message>
    <message>
        <source>Every row is fine. Import {what}?</source>
        <translation>Jede Zeile ist in Ordnung. {what} importieren?</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <source>… and {count} more (see Show Details)</source>
        <translation>… und {count} weitere (siehe „Details einblenden“)</translation>
    </message>
    <message>
        <source>Back up the journal</source>
        <translation>Tagebuch sichern</translation>
    </message>
    <message>
        <source>Skin Journal backup (*.zip)</source>
        <translation>Skin-Journal-Sicherung (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the journal and %n photo(s) in {file} ({size}).</source>
        <translation>
            <numerusform>Das Tagebuch und ein Foto in {file} gespeichert ({size}).</numerusform>
            <numerusform>Das Tagebuch und %n Fotos in {file} gespeichert ({size}).</numerusform>
        </translation>
    </message>
    <message>
        <source>These photo files were missing or altered and are not in the backup:</source>
        <translation>Diese Fotodateien fehlten oder waren verändert und sind nicht in der Sicherung:</translation>
    </message>
    <message>
        <source>Copying the database and every photo…</source>
        <translation>Die Datenbank und alle Fotos werden kopiert…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a Skin Journal backup</source>
        <translation>Eine Skin-Journal-Sicherung wählen</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>einem unbekannten Datum</translation>
    </message>
    <message numerus="yes">
        <source>Restore the backup made on {date} (%n photos) into {folder}?</source>
        <translation>
            <numerusform>Die Sicherung vom {date} (ein Foto) in {folder} wiederherstellen?</numerusform>
            <numerusform>Die Sicherung vom {date} (%n Fotos) in {folder} wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal there now is not deleted: it is kept as {name}.before-restore-&lt;date&gt; beside it.</source>
        <translation>Das Tagebuch, das jetzt dort liegt, wird nicht gelöscht: Es bleibt daneben als {name}.before-restore-&lt;Datum&gt; erhalten.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Restored the journal with %n photo(s).</source>
        <translation>
            <numerusform>Das Tagebuch mit einem Foto wiederhergestellt.</numerusform>
            <numerusform>Das Tagebuch mit %n Fotos wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous journal is kept in {folder}.</source>
        <translation>Das bisherige Tagebuch bleibt in {folder} erhalten.</translation>
    </message>
    <message>
        <source>Checking every file of the backup…</source>
        <translation>Jede Datei der Sicherung wird geprüft…</translation>
    </message>
    <message>
        <source>Scheduled backup</source>
        <translation>Geplante Sicherung</translation>
    </message>
    <message>
        <source>The scheduled backup could not be made: {reason}</source>
        <translation>Die geplante Sicherung konnte nicht angelegt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>DemoProgressWords</name>
    <message>
        <source>Making the demo journal (made-up data)…</source>
        <translation>Das Demo-Tagebuch wird angelegt (erfundene Daten)…</translation>
    </message>
    <message>
        <source>Demo journal</source>
        <translation>Demo-Tagebuch</translation>
    </message>
    <message>
        <source>Making the demo journal (made-up data): drawing its photos and entries, {percent}% done…</source>
        <translation>Das Demo-Tagebuch wird angelegt (erfundene Daten): Fotos und Einträge werden gezeichnet, {percent} % erledigt…</translation>
    </message>
</context>
<context>
    <name>EntryEditorWords</name>
    <message>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Körperstelle</translation>
    </message>
    <message>
        <source>Date of the check</source>
        <translation>Datum der Kontrolle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anything else worth remembering (optional)</source>
        <translation>Was sonst noch wichtig ist (freiwillig)</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Körperstelle:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Sam&amp;e as last time</source>
        <translation>Wie b&amp;eim letzten Mal</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>&amp;Measure on photo…</source>
        <translation>Auf dem Foto &amp;messen…</translation>
    </message>
    <message>
        <source>Open the selected saved photo to set its scale from a ruler or a coin and measure the bump</source>
        <translation>Das ausgewählte gespeicherte Foto öffnen, den Maßstab an einem Lineal oder einer Münze festlegen und das Knötchen messen</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>This site has no earlier entry.</source>
        <translation>Diese Körperstelle hat noch keinen früheren Eintrag.</translation>
    </message>
    <message>
        <source>Fill in the values of the check of {date} to confirm or change (not its date, note or photos)</source>
        <translation>Die Werte der Kontrolle vom {date} eintragen, um sie zu bestätigen oder zu ändern (nicht Datum, Notiz oder Fotos)</translation>
    </message>
    <message>
        <source>Filled in from the check of {date}: confirm or change each value.</source>
        <translation>Aus der Kontrolle vom {date} übernommen: Bestätigen oder ändern Sie jeden Wert.</translation>
    </message>
    <message>
        <source>the day {name} was taken (its camera&apos;s date)</source>
        <translation>der Tag, an dem {name} aufgenommen wurde (Datum der Kamera)</translation>
    </message>
    <message>
        <source>Photo from another day</source>
        <translation>Foto von einem anderen Tag</translation>
    </message>
    <message>
        <source>This photo was taken on {day}, the entry is dated {entry_day}. Use the photo&apos;s date?</source>
        <translation>Dieses Foto wurde am {day} aufgenommen, der Eintrag ist auf den {entry_day} datiert. Das Datum des Fotos verwenden?</translation>
    </message>
    <message>
        <source>&quot;Keep the entry&apos;s date&quot; adds the photo with its own date; &quot;Cancel&quot; leaves the photo out.</source>
        <translation>„Datum des Eintrags behalten“ fügt das Foto mit seinem eigenen Datum hinzu; „Abbrechen“ lässt das Foto weg.</translation>
    </message>
    <message>
        <source>&amp;Use the photo&apos;s date</source>
        <translation>Datum des &amp;Fotos verwenden</translation>
    </message>
    <message>
        <source>&amp;Keep the entry&apos;s date</source>
        <translation>Datum des &amp;Eintrags behalten</translation>
    </message>
    <message>
        <source>Waiting for the photos to be prepared</source>
        <translation>Die Fotos werden noch vorbereitet</translation>
    </message>
    <message>
        <source>Entry not saved</source>
        <translation>Eintrag nicht gespeichert</translation>
    </message>
    <message>
        <source>The entry could not be saved: {error}

Nothing was changed.</source>
        <translation>Der Eintrag konnte nicht gespeichert werden: {error}

Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>EntryFormWords</name>
    <message>
        <source>Tightness</source>
        <translation>Spannung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Verschiebbarkeit</translation>
    </message>
    <message>
        <source>Size in millimetres</source>
        <translation>Größe in Millimetern</translation>
    </message>
    <message>
        <source>Width across in millimetres</source>
        <translation>Breite quer in Millimetern</translation>
    </message>
    <message>
        <source>Size measured with</source>
        <translation>Größe gemessen mit</translation>
    </message>
    <message>
        <source>How size and width were measured: a photo measurement (calibrated on a ruler or coin in the picture) is the most exact; a ruler held against a bump is off by about 1 mm or 30%.</source>
        <translation>Wie Größe und Breite gemessen wurden: Eine Messung auf dem Foto (am Lineal oder an einer Münze im Bild kalibriert) ist am genauesten; ein an das Knötchen gehaltenes Lineal liegt um etwa 1 mm oder 30% daneben.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>yes, seen</source>
        <translation>ja, gesehen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>How it is</source>
        <translation>Wie es ist</translation>
    </message>
    <message>
        <source>&amp;Tightness:</source>
        <translation>S&amp;pannung:</translation>
    </message>
    <message>
        <source>&amp;Mobility:</source>
        <translation>&amp;Verschiebbarkeit:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Width across:</source>
        <translation>&amp;Breite quer:</translation>
    </message>
    <message>
        <source>Measured w&amp;ith:</source>
        <translation>Gemessen m&amp;it:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>A&amp;nzahl:</translation>
    </message>
    <message>
        <source>Colo&amp;ur:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Pain:</source>
        <translation>Sc&amp;hmerz:</translation>
    </message>
    <message>
        <source>S&amp;hiny:</source>
        <translation>Glän&amp;zend:</translation>
    </message>
    <message>
        <source>Pa&amp;le:</source>
        <translation>Bl&amp;ass:</translation>
    </message>
    <message>
        <source>Hair thi&amp;nning:</source>
        <translation>Haar d&amp;ünner:</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>If you see any of these, have a professional look at it soon.</source>
        <translation>Wenn Sie eines davon bemerken, lassen Sie es bitte bald ärztlich abklären.</translation>
    </message>
    <message>
        <source>&amp;Broke open:</source>
        <translation>Auf&amp;gebrochen:</translation>
    </message>
    <message>
        <source>Chalk-li&amp;ke material came out:</source>
        <translation>Kreideartiges Material trat a&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Red, warm or swollen:</source>
        <translation>Gerötet, warm oder ges&amp;chwollen:</translation>
    </message>
    <message>
        <source>Harder to mo&amp;ve the joint:</source>
        <translation>Gelenk sch&amp;werer beweglich:</translation>
    </message>
    <message>
        <source>Looking after broken skin</source>
        <translation>Pflege aufgebrochener Haut</translation>
    </message>
</context>
<context>
    <name>ErrorDialogWords</name>
    <message>
        <source>Skin Journal met an unexpected error and could not finish what you asked.

Everything you saved before is kept. The details (without any of your data) are in the app&apos;s log; &quot;Copy details&quot; copies them if you want to report the problem.</source>
        <translation>In Skin Journal ist ein unerwarteter Fehler aufgetreten; was Sie angefordert haben, konnte nicht abgeschlossen werden.

Alles, was Sie vorher gespeichert haben, bleibt erhalten. Die Einzelheiten (ohne Ihre Daten) stehen im Protokoll der App; „Details kopieren“ kopiert sie, falls Sie den Fehler melden möchten.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>LifecycleHandWords</name>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Phase of {site}</source>
        <translation>Phase von {site}</translation>
    </message>
    <message>
        <source>{phase} from {date}</source>
        <translation>{phase} ab {date}</translation>
    </message>
    <message>
        <source>no phase marked yet</source>
        <translation>noch keine Phase vermerkt</translation>
    </message>
    <message>
        <source>So far: {phases}.</source>
        <translation>Bisher: {phases}.</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Phases marked for {site}</source>
        <translation>Markierte Phasen für {site}</translation>
    </message>
    <message>
        <source>Remove the selected mark</source>
        <translation>Ausgewählte Markierung entfernen</translation>
    </message>
    <message>
        <source>Remove the selected phase mark</source>
        <translation>Ausgewählte Phasenmarkierung entfernen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mark a phase&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eine Phase markieren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Ab:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Not removed: {reason}</source>
        <translation>Nicht entfernt: {reason}</translation>
    </message>
    <message>
        <source>Took away {phase} of {date}. Undo ({keys}) brings it back.</source>
        <translation>„{phase}“ vom {date} entfernt. Rückgängig ({keys}) stellt es wieder her.</translation>
    </message>
    <message>
        <source>Hand function: finger-to-palm distance</source>
        <translation>Handfunktion: Finger-Hohlhand-Abstand</translation>
    </message>
    <message>
        <source>mm, for example 15</source>
        <translation>mm, zum Beispiel 15</translation>
    </message>
    <message>
        <source>Distance in mm</source>
        <translation>Abstand in mm</translation>
    </message>
    <message>
        <source>Hand:</source>
        <translation>Hand:</translation>
    </message>
    <message>
        <source>Finger:</source>
        <translation>Finger:</translation>
    </message>
    <message>
        <source>Measured on:</source>
        <translation>Gemessen am:</translation>
    </message>
    <message>
        <source>Distance (mm):</source>
        <translation>Abstand (mm):</translation>
    </message>
</context>
<context>
    <name>MeasurePanelWords</name>
    <message>
        <source>Ruler</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>Coin</source>
        <translation>Münze</translation>
    </message>
    <message>
        <source>Object of known size</source>
        <translation>Gegenstand bekannter Größe</translation>
    </message>
    <message>
        <source>Click two marks on the ruler, as far apart as you can, and type the distance between them.</source>
        <translation>Klicken Sie auf zwei Striche des Lineals, so weit auseinander wie möglich, und geben Sie ihren Abstand ein.</translation>
    </message>
    <message>
        <source>Click two opposite edges of the coin, straight across its middle.</source>
        <translation>Klicken Sie auf zwei gegenüberliegende Ränder der Münze, gerade durch ihre Mitte.</translation>
    </message>
    <message>
        <source>Click the two ends of the object and type its length.</source>
        <translation>Klicken Sie auf die beiden Enden des Gegenstands und geben Sie seine Länge ein.</translation>
    </message>
    <message>
        <source>Click the two ends of the bump&apos;s longest diameter.</source>
        <translation>Klicken Sie auf die beiden Enden des längsten Durchmessers des Knötchens.</translation>
    </message>
    <message>
        <source>Click the two ends of its width, across the longest diameter (you can skip this).</source>
        <translation>Klicken Sie auf die beiden Enden seiner Breite, quer zum längsten Durchmesser (das können Sie auslassen).</translation>
    </message>
    <message>
        <source>Drag a point, or click it and move it with the arrow keys (Shift: 10 pixels). Save when it looks right.</source>
        <translation>Ziehen Sie einen Punkt, oder klicken Sie ihn an und verschieben Sie ihn mit den Pfeiltasten (Umschalt: 10 Pixel). Speichern Sie, wenn es stimmt.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>Scale from</source>
        <translation>Maßstab aus</translation>
    </message>
    <message>
        <source>Distance between the two points in mm</source>
        <translation>Abstand zwischen den beiden Punkten in mm</translation>
    </message>
    <message>
        <source>Set &amp;scale</source>
        <translation>Maß&amp;stab setzen</translation>
    </message>
    <message>
        <source>Click the two ends of the reference on the photo</source>
        <translation>Klicken Sie auf die beiden Enden der Referenz im Foto</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Länge</translation>
    </message>
    <message>
        <source>Click the two ends of the bump&apos;s longest diameter</source>
        <translation>Klicken Sie auf die beiden Enden des längsten Durchmessers des Knötchens</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>&amp;Breite</translation>
    </message>
    <message>
        <source>Click the two ends of the bump&apos;s width, across the length</source>
        <translation>Klicken Sie auf die beiden Enden der Breite des Knötchens, quer zur Länge</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Take every point off and start again</source>
        <translation>Alle Punkte entfernen und neu beginnen</translation>
    </message>
    <message>
        <source>What to click</source>
        <translation>Was anzuklicken ist</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Sa&amp;ve measurement</source>
        <translation>Messung s&amp;peichern</translation>
    </message>
    <message>
        <source>Set the entry&apos;s size from this measurement (Undo takes it back)</source>
        <translation>Die Größe des Eintrags aus dieser Messung übernehmen (Rückgängig nimmt es zurück)</translation>
    </message>
    <message>
        <source>Remove saved</source>
        <translation>Gespeicherte entfernen</translation>
    </message>
    <message>
        <source>Forget the measurement saved on this photo (the entry&apos;s size stays)</source>
        <translation>Die auf diesem Foto gespeicherte Messung verwerfen (die Größe des Eintrags bleibt)</translation>
    </message>
    <message>
        <source>Scale from:</source>
        <translation>Maßstab aus:</translation>
    </message>
    <message>
        <source>Coin:</source>
        <translation>Münze:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Abstand:</translation>
    </message>
    <message>
        <source>Start with Set scale: a ruler, a coin or an object of known size.</source>
        <translation>Beginnen Sie mit „Maßstab setzen“: ein Lineal, eine Münze oder ein Gegenstand bekannter Größe.</translation>
    </message>
    <message>
        <source>set the scale first: click the two ends of the reference</source>
        <translation>setzen Sie zuerst den Maßstab: Klicken Sie auf die beiden Enden der Referenz</translation>
    </message>
    <message>
        <source>click the two ends of the bump&apos;s longest diameter</source>
        <translation>klicken Sie auf die beiden Enden des längsten Durchmessers des Knötchens</translation>
    </message>
    <message>
        <source>Scale: {reference} over {pixels} pixels ({mm_per_pixel} mm per pixel).</source>
        <translation>Maßstab: {reference} über {pixels} Pixel ({mm_per_pixel} mm pro Pixel).</translation>
    </message>
    <message>
        <source>Length {length}.</source>
        <translation>Länge {length}.</translation>
    </message>
    <message>
        <source>Length {length}, width {width}.</source>
        <translation>Länge {length}, Breite {width}.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Saved: the entry&apos;s size is now {size} mm (Undo takes it back).</source>
        <translation>Gespeichert: Die Größe des Eintrags ist jetzt {size} mm (Rückgängig nimmt es zurück).</translation>
    </message>
    <message>
        <source>Saved: the entry&apos;s size is now {size} mm, width {width} mm (Undo takes it back).</source>
        <translation>Gespeichert: Die Größe des Eintrags ist jetzt {size} mm, die Breite {width} mm (Rückgängig nimmt es zurück).</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>Nicht entfernt: {error}</translation>
    </message>
    <message>
        <source>The saved measurement was removed (Undo brings it back).</source>
        <translation>Die gespeicherte Messung wurde entfernt (Rückgängig holt sie zurück).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialogWords</name>
    <message>
        <source>The journal in {folder} is encrypted. Enter its passphrase to open it.</source>
        <translation>Das Tagebuch in {folder} ist verschlüsselt. Geben Sie seine Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Skin Journal locked itself after a while without use: the keys and pictures were cleared from memory. Enter the passphrase to go on with the journal in {folder}.</source>
        <translation>Skin Journal hat sich nach einer Weile ohne Nutzung gesperrt: Schlüssel und Bilder wurden aus dem Speicher gelöscht. Geben Sie die Passphrase ein, um mit dem Tagebuch in {folder} weiterzumachen.</translation>
    </message>
    <message>
        <source>Skin Journal is locked</source>
        <translation>Skin Journal ist gesperrt</translation>
    </message>
    <message>
        <source>Encrypted journal</source>
        <translation>Verschlüsseltes Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Use the &amp;recovery code instead</source>
        <translation>Stattdessen den &amp;Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>The code shown once when the journal was encrypted</source>
        <translation>Der Code, der beim Verschlüsseln des Tagebuchs einmal gezeigt wurde</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keyring</source>
        <translation>Im &amp;Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Stored by your system&apos;s keyring, not by Skin Journal; off unless ticked</source>
        <translation>Gespeichert vom Schlüsselbund Ihres Systems, nicht von Skin Journal; nur wenn angehakt</translation>
    </message>
    <message>
        <source>Opening the journal</source>
        <translation>Das Tagebuch wird geöffnet</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Wiederherstellungs&amp;code:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation>Geben Sie zuerst den Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Geben Sie zuerst die Passphrase ein.</translation>
    </message>
    <message>
        <source>Opening with the passphrase stored in the system keyring…</source>
        <translation>Wird mit der im Schlüsselbund des Systems gespeicherten Passphrase geöffnet…</translation>
    </message>
    <message>
        <source>Opening with the passphrase in {file}…</source>
        <translation>Wird mit der Passphrase aus {file} geöffnet…</translation>
    </message>
    <message>
        <source>Passphrase not remembered</source>
        <translation>Passphrase nicht gemerkt</translation>
    </message>
    <message>
        <source>The passphrase stored in the system keyring no longer opens the journal; type it.</source>
        <translation>Die im Schlüsselbund des Systems gespeicherte Passphrase öffnet das Tagebuch nicht mehr; bitte geben Sie sie ein.</translation>
    </message>
    <message>
        <source>The passphrase in {file} (SKINJOURNAL_PASSPHRASE_FILE) was refused: {reason}</source>
        <translation>Die Passphrase aus {file} (SKINJOURNAL_PASSPHRASE_FILE) wurde abgelehnt: {reason}</translation>
    </message>
</context>
<context>
    <name>PhotoImportWords</name>
    <message>
        <source>the pasted picture</source>
        <translation>das eingefügte Bild</translation>
    </message>
    <message>
        <source>{name}: could not be imported ({error}).</source>
        <translation>{name}: konnte nicht importiert werden ({error}).</translation>
    </message>
    <message>
        <source>the pasted picture could not be read.</source>
        <translation>das eingefügte Bild konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>PhotoViewerWords</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>{title} - Skin Journal</source>
        <translation>{title} - Skin Journal</translation>
    </message>
    <message>
        <source>Loading the photo...</source>
        <translation>Das Foto wird geladen…</translation>
    </message>
    <message>
        <source>Photo status</source>
        <translation>Fotostatus</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Messen</translation>
    </message>
    <message>
        <source>Set the scale from a ruler or a coin and measure the bump</source>
        <translation>Den Maßstab an einem Lineal oder einer Münze festlegen und das Knötchen messen</translation>
    </message>
    <message>
        <source>{width} x {height} pixels</source>
        <translation>{width} × {height} Pixel</translation>
    </message>
</context>
<context>
    <name>ProfileDialogWords</name>
    <message>
        <source>This appears only on the first page of the summary you print or save as a PDF, for your doctor. It stays on this computer. Every field is optional.</source>
        <translation>Dies steht nur auf der ersten Seite der Zusammenfassung, die Sie für Ihre Ärztin oder Ihren Arzt drucken oder als PDF speichern. Es bleibt auf diesem Computer. Jedes Feld ist freiwillig.</translation>
    </message>
    <message>
        <source>About you (for the summary)</source>
        <translation>Über Sie (für die Zusammenfassung)</translation>
    </message>
    <message>
        <source>as it should appear on the summary</source>
        <translation>so, wie er auf der Zusammenfassung stehen soll</translation>
    </message>
    <message>
        <source>One per line, in the words your doctor used</source>
        <translation>Eine pro Zeile, in den Worten Ihrer Ärztin oder Ihres Arztes</translation>
    </message>
    <message>
        <source>One per line, with the dose: for example Vitamin K2 100 mcg daily</source>
        <translation>Eines pro Zeile, mit der Dosis: zum Beispiel Vitamin K2 100 µg täglich</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Known &amp;conditions:</source>
        <translation>Bekannte &amp;Erkrankungen:</translation>
    </message>
    <message>
        <source>&amp;Supplements and medicines:</source>
        <translation>Nahrungsergänzung und &amp;Medikamente:</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem bei {field}</translation>
    </message>
    <message>
        <source>{reason}. Nothing was saved.</source>
        <translation>{reason}. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{error} Nothing was saved.</source>
        <translation>{error} Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ReportDialogWords</name>
    <message>
        <source>Summary for the doctor</source>
        <translation>Zusammenfassung für den Arzttermin</translation>
    </message>
    <message>
        <source>What you want to ask at the visit; printed on the first page.</source>
        <translation>Was Sie beim Arzttermin fragen möchten; steht auf der ersten Seite.</translation>
    </message>
    <message>
        <source>Default: {basis}.</source>
        <translation>Vorgabe: {basis}.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>V&amp;on</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>S&amp;ites</source>
        <translation>&amp;Körperstellen</translation>
    </message>
    <message>
        <source>&amp;Questions for
the doctor</source>
        <translation>&amp;Fragen für den
Arzttermin</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>P&amp;apier</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Summary for the doctor: print preview</source>
        <translation>Zusammenfassung für den Arzttermin: Druckvorschau</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n pages to the printer.</source>
        <translation>
            <numerusform>Eine Seite an den Drucker geschickt.</numerusform>
            <numerusform>%n Seiten an den Drucker geschickt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Zusammenfassung als PDF speichern</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {reason}. Nothing was written.</source>
        <translation>Das PDF konnte nicht gespeichert werden: {reason}. Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n pages to {file}.</source>
        <translation>
            <numerusform>Eine Seite in {file} gespeichert.</numerusform>
            <numerusform>%n Seiten in {file} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>the summary {file}</source>
        <translation>die Zusammenfassung {file}</translation>
    </message>
    <message>
        <source>Choose at least one site.</source>
        <translation>Wählen Sie mindestens eine Körperstelle.</translation>
    </message>
    <message>
        <source>The summary could not be drawn ({error}).</source>
        <translation>Die Zusammenfassung konnte nicht erstellt werden ({error}).</translation>
    </message>
    <message>
        <source>Drawing the charts and photos…</source>
        <translation>Diagramme und Fotos werden gezeichnet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not done:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;Nicht erledigt:&lt;/b&gt; {problem}</translation>
    </message>
</context>
<context>
    <name>SettingsBackupsWords</name>
    <message>
        <source>Make &amp;automatic backups</source>
        <translation>&amp;Automatische Sicherungen anlegen</translation>
    </message>
    <message>
        <source>Off: no automatic backups (File &gt; Back up now still works)</source>
        <translation>Aus: keine automatischen Sicherungen („Datei &gt; Jetzt sichern“ geht weiterhin)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source>Make a backup &amp;every</source>
        <translation>&amp;Eine Sicherung alle</translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation>Die letzten &amp;behalten</translation>
    </message>
    <message>
        <source>Backups folder: {folder}</source>
        <translation>Ordner der Sicherungen: {folder}</translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation>Es wurde noch keine automatische Sicherung angelegt.</translation>
    </message>
    <message>
        <source>Last automatic backup: {when}. Automatic backups in the folder now: {kept}.</source>
        <translation>Letzte automatische Sicherung: {when}. Automatische Sicherungen jetzt im Ordner: {kept}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialogWords</name>
    <message>
        <source>An alert is raised when the logged data passes these margins. The defaults follow the warning signs in the documents and allow for how much measurements at home wobble, so that noise does not raise alerts; change them only for a reason, for example after talking with your doctor.</source>
        <translation>Ein Hinweis erscheint, wenn die eingetragenen Werte diese Grenzen überschreiten. Die Vorgaben folgen den Warnzeichen aus den Unterlagen und berücksichtigen, wie stark Messungen zu Hause schwanken, damit Messungenauigkeit keine Hinweise auslöst; ändern Sie sie nur mit gutem Grund, zum Beispiel nach einem Gespräch mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> bumps</source>
        <translation> Knötchen</translation>
    </message>
    <message>
        <source> of 10</source>
        <translation> von 10</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source> checks</source>
        <translation> Kontrollen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>Vorgaben &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Put every warning-sign margin back to its default (saved when you click Save)</source>
        <translation>Jede Warnzeichen-Grenze auf ihre Vorgabe zurücksetzen (gespeichert, wenn Sie auf „Speichern“ klicken)</translation>
    </message>
    <message>
        <source>{reason}. Nothing was saved.</source>
        <translation>{reason}. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>SettingsFieldsWords</name>
    <message>
        <source>Problem with {setting}</source>
        <translation>Problem bei {setting}</translation>
    </message>
</context>
<context>
    <name>SettingsPrivacyWords</name>
    <message>
        <source>Locking closes the window, clears the journal&apos;s keys and the decoded photos from memory, and asks for the passphrase again. It applies to an encrypted journal (Journal &gt; Encrypt…); a window with an entry being edited waits until the editor is closed.</source>
        <translation>Das Sperren schließt das Fenster, löscht die Schlüssel des Tagebuchs und die entschlüsselten Fotos aus dem Speicher und fragt erneut nach der Passphrase. Es gilt für ein verschlüsseltes Tagebuch („Tagebuch &gt; Verschlüsseln…“); ein Fenster, in dem gerade ein Eintrag bearbeitet wird, wartet, bis der Editor geschlossen ist.</translation>
    </message>
    <message>
        <source>This journal is not encrypted, so there is no passphrase to ask for: the setting waits until it is.</source>
        <translation>Dieses Tagebuch ist nicht verschlüsselt, es gibt also keine Passphrase, nach der gefragt werden könnte: Die Einstellung wartet, bis es verschlüsselt ist.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> Minuten ohne Nutzung</translation>
    </message>
    <message>
        <source>Lock after minutes idle</source>
        <translation>Sperren nach Minuten ohne Nutzung</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Sperren nach</translation>
    </message>
</context>
<context>
    <name>SiteActionsWords</name>
    <message>
        <source>Rename site</source>
        <translation>Körperstelle umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Nicht abgeklungen</translation>
    </message>
    <message>
        <source>Mark {site} as still there?</source>
        <translation>{site} als noch vorhanden markieren?</translation>
    </message>
    <message>
        <source>Mark {site} as resolved</source>
        <translation>{site} als abgeklungen markieren</translation>
    </message>
    <message>
        <source>It went away on:</source>
        <translation>Abgeklungen am:</translation>
    </message>
    <message>
        <source>Archive site</source>
        <translation>Körperstelle archivieren</translation>
    </message>
    <message>
        <source>Archive {site}? Its entries and photos are kept; it leaves the list and the reminders (View &gt; Show archived sites brings it back).</source>
        <translation>{site} archivieren? Einträge und Fotos bleiben erhalten; die Stelle verschwindet aus der Liste und den Erinnerungen („Ansicht &gt; Archivierte Körperstellen zeigen“ holt sie zurück).</translation>
    </message>
    <message>
        <source>Delete {site}? Edit &gt; Undo brings it back while the window is open; to keep its history out of sight instead, archive it.</source>
        <translation>{site} löschen? „Bearbeiten &gt; Rückgängig“ holt sie zurück, solange das Fenster offen ist; wenn Sie den Verlauf nur aus dem Blick haben möchten, archivieren Sie die Stelle stattdessen.</translation>
    </message>
    <message>
        <source>Delete {site} and its 1 entry with their photos? Edit &gt; Undo brings it back while the window is open; to keep its history out of sight instead, archive it.</source>
        <translation>{site} und ihren einen Eintrag samt Fotos löschen? „Bearbeiten &gt; Rückgängig“ holt alles zurück, solange das Fenster offen ist; wenn Sie den Verlauf nur aus dem Blick haben möchten, archivieren Sie die Stelle stattdessen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete {site} and its %n entries with their photos? Edit &gt; Undo brings it back while the window is open; to keep its history out of sight instead, archive it.</source>
        <translation>
            <numerusform>{site} und ihren einen Eintrag samt Fotos löschen? „Bearbeiten &gt; Rückgängig“ holt alles zurück, solange das Fenster offen ist; wenn Sie den Verlauf nur aus dem Blick haben möchten, archivieren Sie die Stelle stattdessen.</numerusform>
            <numerusform>{site} und ihre %n Einträge samt Fotos löschen? „Bearbeiten &gt; Rückgängig“ holt alles zurück, solange das Fenster offen ist; wenn Sie den Verlauf nur aus dem Blick haben möchten, archivieren Sie die Stelle stattdessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete site</source>
        <translation>Körperstelle löschen</translation>
    </message>
    <message>
        <source>Site not deleted</source>
        <translation>Körperstelle nicht gelöscht</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Site not changed</source>
        <translation>Körperstelle nicht geändert</translation>
    </message>
</context>
<context>
    <name>SiteDialogWords</name>
    <message>
        <source>deposit</source>
        <translation>Ablagerung</translation>
    </message>
    <message>
        <source>area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>a bump or cluster you can measure</source>
        <translation>ein Knötchen oder eine Gruppe, die Sie messen können</translation>
    </message>
    <message>
        <source>an area judged by feel (e.g. scalp)</source>
        <translation>eine Fläche, die Sie nach Gefühl beurteilen (z. B. Kopfhaut)</translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation>Einstellungen der Körperstelle</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Körperstelle hinzufügen</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Name der Körperstelle</translation>
    </message>
    <message>
        <source>for example: Left elbow, Scalp crown</source>
        <translation>zum Beispiel: Linker Ellbogen, Scheitel</translation>
    </message>
    <message>
        <source>Kind of site</source>
        <translation>Art der Körperstelle</translation>
    </message>
    <message>
        <source>{kind}: {words}</source>
        <translation>{kind}: {words}</translation>
    </message>
    <message>
        <source>Body region</source>
        <translation>Körperregion</translation>
    </message>
    <message>
        <source>Close to a joint</source>
        <translation>Nahe an einem Gelenk</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Remind me to check after this many days</source>
        <translation>Nach so vielen Tagen an eine Kontrolle erinnern</translation>
    </message>
    <message>
        <source>Type named by a doctor</source>
        <translation>Ärztlich genannte Art</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>keine genannt</translation>
    </message>
    <message>
        <source>Gone since</source>
        <translation>Weg seit</translation>
    </message>
    <message>
        <source>Date it went away</source>
        <translation>Datum, an dem sie abgeklungen ist</translation>
    </message>
    <message>
        <source>Archived (kept, but hidden from the list)</source>
        <translation>Archiviert (aufbewahrt, aber nicht in der Liste)</translation>
    </message>
    <message>
        <source>Notes about the site</source>
        <translation>Notizen zur Körperstelle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Re&amp;mind after:</source>
        <translation>&amp;Erinnern nach:</translation>
    </message>
    <message>
        <source>&amp;Type named by a doctor:</source>
        <translation>Ärztlich genannter &amp;Typ:</translation>
    </message>
    <message>
        <source>Resol&amp;ved:</source>
        <translation>Abge&amp;klungen:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Site not saved</source>
        <translation>Körperstelle nicht gespeichert</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>UndoStepsWords</name>
    <message>
        <source>Could not undo &quot;{what}&quot;: {error}</source>
        <translation>„{what}“ konnte nicht rückgängig gemacht werden: {error}</translation>
    </message>
    <message>
        <source>Could not redo &quot;{what}&quot;: {error}</source>
        <translation>„{what}“ konnte nicht wiederholt werden: {error}</translation>
    </message>
</context>
<context>
    <name>UndoViewWords</name>
    <message>
        <source>Undone: {what}. Redo with {keys}.</source>
        <translation>Rückgängig gemacht: {what}. Wiederholen mit {keys}.</translation>
    </message>
    <message>
        <source>Redone: {what}. Undo with {keys}.</source>
        <translation>Wiederholt: {what}. Rückgängig mit {keys}.</translation>
    </message>
</context>
<context>
    <name>WelcomeWords</name>
    <message>
        <source>&amp;Start an encrypted journal…</source>
        <translation>Verschlüsseltes Tagebuch &amp;beginnen…</translation>
    </message>
    <message>
        <source>&amp;Protect this journal with a passphrase</source>
        <translation>Dieses Tagebuch mit einer Passphrase &amp;schützen</translation>
    </message>
    <message>
        <source>Your journal is then encrypted on this computer. Without the passphrase or the recovery code you are shown next, nobody can open it, not even you: the data is gone.</source>
        <translation>Ihr Tagebuch wird dann auf diesem Computer verschlüsselt. Ohne die Passphrase oder den Wiederherstellungscode, den Sie als Nächstes sehen, kann es niemand öffnen, auch Sie nicht: Die Daten sind dann verloren.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to {name}&lt;/h2&gt;&lt;p&gt;A private journal for skin changes that are slow to see: photos of the same places over weeks and months, how tight or painful they feel, their size, and any warning signs you notice.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It is a journal, not a diagnosis.&lt;/b&gt; It does not tell you what you have or what to do about it. When you log a warning sign, it reminds you to have a professional look at it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data stays on this computer&lt;/b&gt;, in &lt;code&gt;{folder}&lt;/code&gt;. Skin Journal never connects to the network.&lt;/p&gt;&lt;p&gt;You can look around a demo journal first (made-up data, kept apart from yours), or start your own, empty journal now.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei {name}&lt;/h2&gt;&lt;p&gt;Ein privates Tagebuch für Hautveränderungen, die man nur langsam sieht: Fotos derselben Stellen über Wochen und Monate, wie gespannt oder schmerzhaft sie sich anfühlen, ihre Größe und alle Warnzeichen, die Ihnen auffallen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Es ist ein Tagebuch, keine Diagnose.&lt;/b&gt; Es sagt Ihnen nicht, was Sie haben oder was dagegen zu tun ist. Wenn Sie ein Warnzeichen eintragen, erinnert es Sie daran, es ärztlich abklären zu lassen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ihre Daten bleiben auf diesem Computer&lt;/b&gt;, in &lt;code&gt;{folder}&lt;/code&gt;. Skin Journal verbindet sich nie mit dem Netzwerk.&lt;/p&gt;&lt;p&gt;Sie können sich zuerst in einem Demo-Tagebuch umsehen (erfundene Daten, getrennt von Ihren) oder jetzt Ihr eigenes, leeres Tagebuch beginnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to {name}</source>
        <translation>Willkommen bei {name}</translation>
    </message>
    <message>
        <source>Open the &amp;demo journal</source>
        <translation>&amp;Demo-Tagebuch öffnen</translation>
    </message>
    <message>
        <source>Look around with made-up data, kept apart from your journal</source>
        <translation>Sich mit erfundenen Daten umsehen, getrennt von Ihrem Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Start an empty journal</source>
        <translation>Ein &amp;leeres Tagebuch beginnen</translation>
    </message>
</context>
<context>
    <name>WindowCommandsWords</name>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>An entry belongs to a site. Add your first site now?</source>
        <translation>Ein Eintrag gehört zu einer Körperstelle. Jetzt Ihre erste Körperstelle hinzufügen?</translation>
    </message>
    <message>
        <source>Entry saved.</source>
        <translation>Eintrag gespeichert.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>Undo with {keys}.</source>
        <translation>Rückgängig mit {keys}.</translation>
    </message>
    <message>
        <source>Entry not deleted</source>
        <translation>Eintrag nicht gelöscht</translation>
    </message>
    <message>
        <source>Entry of {date} deleted. Undo with {keys}.</source>
        <translation>Eintrag vom {date} gelöscht. Rückgängig mit {keys}.</translation>
    </message>
    <message>
        <source>This entry has no photo.</source>
        <translation>Dieser Eintrag hat kein Foto.</translation>
    </message>
    <message>
        <source>Saved: it will be on the first page of the next summary.</source>
        <translation>Gespeichert: Es steht auf der ersten Seite der nächsten Zusammenfassung.</translation>
    </message>
    <message>
        <source>Preferences saved; alerts follow the new margins.</source>
        <translation>Einstellungen gespeichert; die Hinweise folgen den neuen Grenzen.</translation>
    </message>
    <message>
        <source>Log a check of a site with File &gt; New entry (Ctrl+N): every value is optional but the date, and &quot;Not checked&quot; means you did not look. &quot;Same as last time&quot; fills in what you logged the time before, to confirm or change.

The tabs show the selected site&apos;s entries, its charts (with &quot;Show as table&quot; and a sentence that says what the chart shows), the warning signs to have looked at, and your daily checks, labs, care and visits.

Keyboard: Tab and Shift+Tab move between the controls and out of any table; the arrow keys move inside a table, a slider or a chart; Alt and the underlined letter jump to a field; Ctrl+Z undoes the last change.

It is a journal, not a diagnosis: when something worries you, have a professional look at it.</source>
        <translation>Tragen Sie eine Kontrolle einer Körperstelle mit „Datei &gt; Neuer Eintrag“ (Strg+N) ein: Jeder Wert außer dem Datum ist freiwillig, und „nicht geprüft“ heißt, dass Sie nicht nachgesehen haben. „Wie beim letzten Mal“ übernimmt, was Sie beim vorigen Mal eingetragen haben, zum Bestätigen oder Ändern.

Die Reiter zeigen die Einträge der ausgewählten Körperstelle, ihre Diagramme (mit „Als Tabelle zeigen“ und einem Satz, der sagt, was das Diagramm zeigt), die Warnzeichen, die abgeklärt werden sollten, und Ihre Tageschecks, Laborwerte, Pflege und Maßnahmen sowie Arztbesuche.

Tastatur: Tab und Umschalt+Tab wechseln zwischen den Bedienelementen und aus jeder Tabelle heraus; die Pfeiltasten bewegen sich innerhalb einer Tabelle, eines Schiebereglers oder eines Diagramms; Alt und der unterstrichene Buchstabe springen zu einem Feld; Strg+Z macht die letzte Änderung rückgängig.

Es ist ein Tagebuch, keine Diagnose: Wenn Sie etwas beunruhigt, lassen Sie es bitte ärztlich abklären.</translation>
    </message>
    <message>
        <source>Skin Journal help</source>
        <translation>Hilfe zu Skin Journal</translation>
    </message>
    <message>
        <source>Photo tips</source>
        <translation>Tipps für Fotos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;A private journal of slow changes in the skin: photos, ratings and the warning signs you noticed, over months and years.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It is a journal, not a diagnosis.&lt;/b&gt; It does not name a condition or suggest a treatment. When it shows a warning sign, it quotes what you logged; have a professional look at it.&lt;/p&gt;&lt;p&gt;Your journal stays on this computer, in &lt;code&gt;{folder}&lt;/code&gt;. Skin Journal never connects to the network; data leaves only in exports you make.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Ein privates Tagebuch langsamer Veränderungen der Haut: Fotos, Bewertungen und die Warnzeichen, die Ihnen aufgefallen sind, über Monate und Jahre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Es ist ein Tagebuch, keine Diagnose.&lt;/b&gt; Es benennt keine Erkrankung und schlägt keine Behandlung vor. Wenn es ein Warnzeichen zeigt, gibt es wieder, was Sie eingetragen haben; lassen Sie es bitte ärztlich abklären.&lt;/p&gt;&lt;p&gt;Ihr Tagebuch bleibt auf diesem Computer, in &lt;code&gt;{folder}&lt;/code&gt;. Skin Journal verbindet sich nie mit dem Netzwerk; Daten verlassen es nur in Exporten, die Sie selbst anlegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
</context>
</TS>
