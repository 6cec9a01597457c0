<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArgparseWords</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet ein Argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens ein Argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens ein Argument</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit Argument %s erlaubt</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist nötig</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ausdrückliches Argument %r nicht beachtet</translation>
    </message>
</context>
<context>
    <name>CliAlertsWords</name>
    <message>
        <source>list the warning signs seen in the journal (open ones; --all for acknowledged too)</source>
        <translation>die Warnzeichen im Tagebuch auflisten (offene; --all auch als gesehen markierte)</translation>
    </message>
    <message>
        <source>List the warning signs the logged data shows: what was seen, the entries behind it, and the advice. `alerts ack ID` marks one as seen.</source>
        <translation>Listet die Warnzeichen, die die erfassten Daten zeigen: was bemerkt wurde, die zugrunde liegenden Einträge und den Rat. `alerts ack ID` markiert einen als gesehen.</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>include acknowledged alerts</source>
        <translation>auch als gesehen markierte Hinweise zeigen</translation>
    </message>
    <message>
        <source>only this site&apos;s alerts</source>
        <translation>nur die Hinweise dieser Körperstelle</translation>
    </message>
    <message>
        <source>acknowledge an alert (it stays in the history; acknowledging again adds to it)</source>
        <translation>einen Hinweis als gesehen markieren (er bleibt im Verlauf; erneutes Markieren ergänzt ihn)</translation>
    </message>
    <message>
        <source>the alert&apos;s id (from `skinjournal alerts`)</source>
        <translation>die ID des Hinweises (aus `skinjournal alerts`)</translation>
    </message>
    <message>
        <source>for example &quot;shown to Dr Meyer on 2025-05-02&quot;</source>
        <translation>zum Beispiel „am 2025-05-02 Dr. Meyer gezeigt“</translation>
    </message>
    <message>
        <source>print the acknowledged alert as JSON</source>
        <translation>den als gesehen markierten Hinweis als JSON ausgeben</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s), {acknowledged} acknowledged.</source>
        <translation>
            <numerusform>Ein offener Hinweis, {acknowledged} als gesehen markiert.</numerusform>
            <numerusform>%n offene Hinweise, {acknowledged} als gesehen markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s).</source>
        <translation>
            <numerusform>Ein offener Hinweis.</numerusform>
            <numerusform>%n offene Hinweise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged alert(s) not shown (see `skinjournal alerts --all`).</source>
        <translation>
            <numerusform>Ein als gesehen markierter Hinweis nicht gezeigt (siehe `skinjournal alerts --all`).</numerusform>
            <numerusform>%n als gesehen markierte Hinweise nicht gezeigt (siehe `skinjournal alerts --all`).</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge one with `skinjournal alerts ack ID --note TEXT`.</source>
        <translation>Markieren Sie einen mit `skinjournal alerts ack ID --note TEXT` als gesehen.</translation>
    </message>
    <message>
        <source>Acknowledged alert {id} ({title}, {date}).</source>
        <translation>Hinweis {id} als gesehen markiert ({title}, {date}).</translation>
    </message>
</context>
<context>
    <name>CliBackupWords</name>
    <message>
        <source>save the whole journal (database and photos) in one zip file</source>
        <translation>das ganze Tagebuch (Datenbank und Fotos) in einer ZIP-Datei sichern</translation>
    </message>
    <message>
        <source>Copy the database consistently (safe while the window is open) and every photo into a zip file with a manifest of SHA-256 hashes.</source>
        <translation>Kopiert die Datenbank in sich stimmig (sicher, auch während das Fenster offen ist) und jedes Foto in eine ZIP-Datei mit einer Liste der SHA-256-Hashes.</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>die zu schreibende Sicherungsdatei</translation>
    </message>
    <message>
        <source>bring a journal back from a backup zip</source>
        <translation>ein Tagebuch aus einer Sicherung (ZIP) wiederherstellen</translation>
    </message>
    <message>
        <source>Check every file of the backup against its hash, and its database and photos as the journal checks what is entered, then restore it into the journal folder. A folder that already holds a journal is refused unless --replace is given; the current journal is then kept aside as &lt;folder&gt;.before-restore-&lt;date&gt;.</source>
        <translation>Prüft jede Datei der Sicherung gegen ihren Hash und ihre Datenbank und Fotos so, wie das Tagebuch Eingaben prüft, und stellt sie dann im Ordner des Tagebuchs wieder her. Ein Ordner, der schon ein Tagebuch enthält, wird ohne --replace abgelehnt; das bisherige Tagebuch wird dann als &lt;Ordner&gt;.before-restore-&lt;Datum&gt; beiseitegelegt.</translation>
    </message>
    <message>
        <source>a zip written by `skinjournal backup`</source>
        <translation>eine ZIP-Datei aus `skinjournal backup`</translation>
    </message>
    <message>
        <source>replace the journal that is there (it is kept aside, not deleted)</source>
        <translation>das vorhandene Tagebuch ersetzen (es wird beiseitegelegt, nicht gelöscht)</translation>
    </message>
    <message>
        <source>for a backup of an encrypted journal: give the recovery code instead of the passphrase</source>
        <translation>für die Sicherung eines verschlüsselten Tagebuchs: den Wiederherstellungscode statt der Passphrase angeben</translation>
    </message>
    <message numerus="yes">
        <source>Backed up the journal with %n photo(s) into {file} ({size} MB).</source>
        <translation>
            <numerusform>Das Tagebuch mit einem Foto wurde in {file} gesichert ({size} MB).</numerusform>
            <numerusform>Das Tagebuch mit %n Fotos wurde in {file} gesichert ({size} MB).</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {name} is missing or altered in the journal and was not backed up (see `skinjournal check`).</source>
        <translation>Warnung: {name} fehlt im Tagebuch oder wurde verändert und wurde nicht gesichert (siehe `skinjournal check`).</translation>
    </message>
    <message numerus="yes">
        <source>Restored the journal with %n photo(s) into {folder}.</source>
        <translation>
            <numerusform>Das Tagebuch mit einem Foto wurde in {folder} wiederhergestellt.</numerusform>
            <numerusform>Das Tagebuch mit %n Fotos wurde in {folder} wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal that was there is kept in {folder}.</source>
        <translation>Das bisherige Tagebuch liegt in {folder}.</translation>
    </message>
</context>
<context>
    <name>CliChartWords</name>
    <message>
        <source>draw a site&apos;s chart (size, count, tightness, pain, care, alerts) as a PNG</source>
        <translation>das Diagramm einer Körperstelle (Größe, Anzahl, Spannung, Schmerz, Pflege, Hinweise) als PNG zeichnen</translation>
    </message>
    <message>
        <source>the site&apos;s name</source>
        <translation>der Name der Körperstelle</translation>
    </message>
    <message>
        <source>the PNG file to write (replaced if there)</source>
        <translation>die zu schreibende PNG-Datei (eine vorhandene wird ersetzt)</translation>
    </message>
    <message>
        <source>Wrote the chart of {site} to {file}.</source>
        <translation>Das Diagramm von {site} wurde nach {file} geschrieben.</translation>
    </message>
    <message>
        <source>the chart {file}</source>
        <translation>das Diagramm {file}</translation>
    </message>
</context>
<context>
    <name>CliCheckWords</name>
    <message>
        <source>check the database and every photo file against its hash</source>
        <translation>die Datenbank und jede Fotodatei gegen ihren Hash prüfen</translation>
    </message>
    <message>
        <source>delete the photo files no entry refers to (listed by check)</source>
        <translation>die Fotodateien löschen, auf die kein Eintrag verweist (von check aufgeführt)</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>Problem: {problem}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Anmerkung: {note}</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s) no entry refers to:</source>
        <translation>
            <numerusform>Eine Datei entfernt, auf die kein Eintrag verweist:</numerusform>
            <numerusform>%n Dateien entfernt, auf die kein Eintrag verweist:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Journal OK: database sound, %n photo file(s) match their hashes.</source>
        <translation>
            <numerusform>Tagebuch in Ordnung: Datenbank intakt, eine Fotodatei passt zu ihrem Hash.</numerusform>
            <numerusform>Tagebuch in Ordnung: Datenbank intakt, %n Fotodateien passen zu ihren Hashes.</numerusform>
        </translation>
    </message>
    <message>
        <source>{locked} Its Undo may still need the photo files no entry refers to, so none was removed; close the window and run `skinjournal check --prune` again.</source>
        <translation>{locked} Sein Rückgängig braucht die Fotodateien, auf die kein Eintrag verweist, vielleicht noch; daher wurde keine entfernt. Schließen Sie das Fenster und führen Sie `skinjournal check --prune` noch einmal aus.</translation>
    </message>
</context>
<context>
    <name>CliDemoWords</name>
    <message>
        <source>fill an empty journal with a synthetic demo story (refuses a journal with records)</source>
        <translation>ein leeres Tagebuch mit einer erfundenen Demo-Geschichte füllen (lehnt ein Tagebuch mit Daten ab)</translation>
    </message>
    <message>
        <source>how long a story (default {years})</source>
        <translation>wie lang die Geschichte ist, in Jahren (Standard: {years})</translation>
    </message>
    <message>
        <source>how many sites (default {sites})</source>
        <translation>wie viele Körperstellen (Standard: {sites})</translation>
    </message>
    <message>
        <source>the same seed gives the same journal (default 1)</source>
        <translation>derselbe Startwert ergibt dasselbe Tagebuch (Standard: 1)</translation>
    </message>
    <message>
        <source>demo: {percent}% of the entries written</source>
        <translation>Demo: {percent} % der Einträge geschrieben</translation>
    </message>
    <message>
        <source>Filled {folder} with a synthetic demo journal: {summary} in {seconds} s.</source>
        <translation>{folder} wurde mit einem künstlichen Demo-Tagebuch gefüllt: {summary} in {seconds} s.</translation>
    </message>
</context>
<context>
    <name>CliDueWords</name>
    <message>
        <source>the sites due for a check (the longest-waiting first), as the window&apos;s reminders show them</source>
        <translation>die Körperstellen, deren Prüfung fällig ist (die am längsten wartenden zuerst), wie die Erinnerungen im Fenster sie zeigen</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>also write reminders for your own calendar: one repeating event per site (its own interval) and one for the daily check</source>
        <translation>auch Erinnerungen für Ihren eigenen Kalender schreiben: einen wiederkehrenden Termin je Körperstelle (in ihrem eigenen Abstand) und einen für den Tagescheck</translation>
    </message>
    <message>
        <source>Wrote {total} reminders to {file}: the daily check and 1 site. Import the file into your calendar; import a newer one to update them.</source>
        <translation>{total} Erinnerungen in {file} geschrieben: der Tagescheck und eine Körperstelle. Importieren Sie die Datei in Ihren Kalender; eine neuere Datei aktualisiert sie.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {total} reminders to {file}: the daily check and %n sites. Import the file into your calendar; import a newer one to update them.</source>
        <translation>
            <numerusform>{total} Erinnerungen in {file} geschrieben: der Tagescheck und eine Körperstelle. Importieren Sie die Datei in Ihren Kalender; eine neuere Datei aktualisiert sie.</numerusform>
            <numerusform>{total} Erinnerungen in {file} geschrieben: der Tagescheck und %n Körperstellen. Importieren Sie die Datei in Ihren Kalender; eine neuere Datei aktualisiert sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>the reminders {file}</source>
        <translation>die Erinnerungen {file}</translation>
    </message>
    <message>
        <source>No check is due.</source>
        <translation>Zurzeit ist keine Kontrolle fällig.</translation>
    </message>
    <message>
        <source>1 site is due for a check; log one with `skinjournal log SITE`.</source>
        <translation>Eine Körperstelle ist zur Kontrolle fällig; erfassen Sie sie mit `skinjournal log SITE`.</translation>
    </message>
    <message numerus="yes">
        <source>%n sites are due for a check; log one with `skinjournal log SITE`.</source>
        <translation>
            <numerusform>Eine Körperstelle ist zur Kontrolle fällig; erfassen Sie sie mit `skinjournal log SITE`.</numerusform>
            <numerusform>%n Körperstellen sind zur Kontrolle fällig; erfassen Sie eine mit `skinjournal log SITE`.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliEncryptionWords</name>
    <message>
        <source>Keep the passphrase and the recovery code below somewhere safe (on paper, not in this folder). Without either of them the journal cannot be opened by anyone, you included: the data is gone.</source>
        <translation>Bewahren Sie die Passphrase und den Wiederherstellungscode unten sicher auf (auf Papier, nicht in diesem Ordner). Ohne beide kann niemand das Tagebuch öffnen, auch Sie nicht: Die Daten sind dann verloren.</translation>
    </message>
    <message>
        <source>encrypt the journal (database, photos, backups) with a passphrase; a new folder gets a new encrypted journal</source>
        <translation>das Tagebuch (Datenbank, Fotos, Sicherungen) mit einer Passphrase verschlüsseln; ein neuer Ordner erhält ein neues verschlüsseltes Tagebuch</translation>
    </message>
    <message>
        <source>turn an encrypted journal back into a plain one</source>
        <translation>ein verschlüsseltes Tagebuch wieder in ein unverschlüsseltes umwandeln</translation>
    </message>
    <message>
        <source>give the recovery code instead of the passphrase</source>
        <translation>den Wiederherstellungscode statt der Passphrase angeben</translation>
    </message>
    <message>
        <source>change the passphrase of an encrypted journal</source>
        <translation>die Passphrase eines verschlüsselten Tagebuchs ändern</translation>
    </message>
    <message>
        <source>give the recovery code instead of the old passphrase</source>
        <translation>den Wiederherstellungscode statt der alten Passphrase angeben</translation>
    </message>
    <message>
        <source>The journal in {folder} is encrypted.</source>
        <translation>Das Tagebuch in {folder} ist verschlüsselt.</translation>
    </message>
    <message>
        <source>Recovery code: {code}</source>
        <translation>Wiederherstellungscode: {code}</translation>
    </message>
    <message>
        <source>The journal in {folder} is no longer encrypted: anyone with the folder can read it.</source>
        <translation>Das Tagebuch in {folder} ist nicht mehr verschlüsselt: Wer den Ordner hat, kann es lesen.</translation>
    </message>
    <message>
        <source>The journal in {folder} is not encrypted; `skinjournal encrypt` gives it a passphrase.</source>
        <translation>Das Tagebuch in {folder} ist nicht verschlüsselt; `skinjournal encrypt` gibt ihm eine Passphrase.</translation>
    </message>
    <message>
        <source>The journal in {folder} has a new passphrase; the recovery code is unchanged.</source>
        <translation>Das Tagebuch in {folder} hat eine neue Passphrase; der Wiederherstellungscode bleibt gleich.</translation>
    </message>
</context>
<context>
    <name>CliEntriesWords</name>
    <message>
        <source>log one observation of a site</source>
        <translation>eine Beobachtung einer Körperstelle erfassen</translation>
    </message>
    <message>
        <source>the site&apos;s name</source>
        <translation>der Name der Körperstelle</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: the day the photos were taken, else today)</source>
        <translation>YYYY-MM-DD (Standard: der Aufnahmetag der Fotos, sonst heute)</translation>
    </message>
    <message>
        <source>a photo (repeatable)</source>
        <translation>ein Foto (mehrfach möglich)</translation>
    </message>
    <message>
        <source>list, change or delete logged entries (entries SITE lists one site&apos;s)</source>
        <translation>erfasste Einträge auflisten, ändern oder löschen (entries STELLE listet die einer Stelle)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>list the entries (the default)</source>
        <translation>die Einträge auflisten (Standard)</translation>
    </message>
    <message>
        <source>only this site</source>
        <translation>nur diese Körperstelle</translation>
    </message>
    <message>
        <source>change an entry&apos;s values (the id is in `entries --json`)</source>
        <translation>die Werte eines Eintrags ändern (die ID steht in `entries --json`)</translation>
    </message>
    <message>
        <source>Changes only the values given; an empty value (&apos;&apos;) clears one, and --no-inflamed and the like record &quot;no&quot;. Photos are added and removed with `skinjournal photos`.</source>
        <translation>Ändert nur die angegebenen Werte; ein leerer Wert (&apos;&apos;) löscht einen, und --no-inflamed und ähnliche erfassen „nein“. Fotos fügen Sie mit `skinjournal photos` hinzu und entfernen sie damit.</translation>
    </message>
    <message>
        <source>the entry&apos;s id</source>
        <translation>die ID des Eintrags</translation>
    </message>
    <message>
        <source>a new date, YYYY-MM-DD</source>
        <translation>ein neues Datum, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>delete an entry and its photos</source>
        <translation>einen Eintrag und seine Fotos löschen</translation>
    </message>
    <message>
        <source>0 soft and pliable .. 10 stuck to the bone</source>
        <translation>0 weich und geschmeidig .. 10 am Knochen fest</translation>
    </message>
    <message>
        <source>how freely the skin moves</source>
        <translation>Verschiebbarkeit der Haut</translation>
    </message>
    <message>
        <source>largest bump diameter in mm (0.1 steps)</source>
        <translation>größter Durchmesser des Knötchens in mm (Schritte von 0.1)</translation>
    </message>
    <message>
        <source>width across the bump in mm, at right angles (0.1 steps)</source>
        <translation>Breite des Knötchens in mm, im rechten Winkel (Schritte von 0.1)</translation>
    </message>
    <message>
        <source>how size and width were measured: {methods} (photo: see `skinjournal measure`)</source>
        <translation>wie Größe und Breite gemessen wurden: {methods} (photo: siehe `skinjournal measure`)</translation>
    </message>
    <message>
        <source>number of bumps</source>
        <translation>Anzahl der Knötchen</translation>
    </message>
    <message>
        <source>white, yellow, skin (skin-coloured) or red</source>
        <translation>white (weiß), yellow (gelb), skin (hautfarben) oder red (rot)</translation>
    </message>
    <message>
        <source>0 none .. 10 worst</source>
        <translation>0 keiner .. 10 am stärksten</translation>
    </message>
    <message>
        <source>{help} (--no-{flag}: not so)</source>
        <translation>{help} (--no-{flag}: nicht so)</translation>
    </message>
    <message>
        <source>free text about this observation</source>
        <translation>freier Text zu dieser Beobachtung</translation>
    </message>
    <message>
        <source>the skin looks shiny</source>
        <translation>die Haut sieht glänzend aus</translation>
    </message>
    <message>
        <source>the skin looks pale</source>
        <translation>die Haut sieht blass aus</translation>
    </message>
    <message>
        <source>the hair is thinning here</source>
        <translation>das Haar wird hier dünner</translation>
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
        <source>harder to move (the joint nearby)</source>
        <translation>schwerer beweglich (das Gelenk in der Nähe)</translation>
    </message>
    <message>
        <source>If it belongs to another day, log it with that --date.</source>
        <translation>Gehört es zu einem anderen Tag, erfassen Sie es mit diesem --date.</translation>
    </message>
    <message numerus="yes">
        <source>Logged {site} on {date} (the day the photos were taken) with %n photo(s) (entry {id}).</source>
        <translation>
            <numerusform>{site} am {date} erfasst (dem Tag der Aufnahmen), mit einem Foto (Eintrag {id}).</numerusform>
            <numerusform>{site} am {date} erfasst (dem Tag der Aufnahmen), mit %n Fotos (Eintrag {id}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged {site} on {date} (the day the photos were taken) (entry {id}).</source>
        <translation>{site} am {date} erfasst (dem Tag der Aufnahmen) (Eintrag {id}).</translation>
    </message>
    <message numerus="yes">
        <source>Logged {site} on {date} with %n photo(s) (entry {id}).</source>
        <translation>
            <numerusform>{site} am {date} mit einem Foto erfasst (Eintrag {id}).</numerusform>
            <numerusform>{site} am {date} mit %n Fotos erfasst (Eintrag {id}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged {site} on {date} (entry {id}).</source>
        <translation>{site} am {date} erfasst (Eintrag {id}).</translation>
    </message>
    <message>
        <source>warning: {warning} {hint}</source>
        <translation>Warnung: {warning} {hint}</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <source>date: {problem}. Give the entry&apos;s date with --date; nothing was logged.</source>
        <translation>Datum: {problem}. Geben Sie das Datum des Eintrags mit --date an; nichts wurde erfasst.</translation>
    </message>
    <message>
        <source>There is no entry with id {id} (see `skinjournal entries --json`); nothing was changed.</source>
        <translation>Es gibt keinen Eintrag mit der ID {id} (siehe `skinjournal entries --json`); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one value, e.g. --pain 3 or --note &quot;...&quot;; nothing was changed.</source>
        <translation>Nichts zu ändern: Geben Sie mindestens einen Wert an, z. B. --pain 3 oder --note &quot;...&quot;; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{done} (entry {id}).</source>
        <translation>{done} (Eintrag {id}).</translation>
    </message>
    <message numerus="yes">
        <source>{done} with its %n photo(s).</source>
        <translation>
            <numerusform>{done}, mit seinem Foto.</numerusform>
            <numerusform>{done}, mit seinen %n Fotos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliExportCsvWords</name>
    <message>
        <source>write the journal&apos;s data to files for other programs</source>
        <translation>die Daten des Tagebuchs für andere Programme in Dateien schreiben</translation>
    </message>
    <message>
        <source>one CSV file per record type ({files})</source>
        <translation>eine CSV-Datei je Art von Aufzeichnung ({files})</translation>
    </message>
    <message>
        <source>Write one CSV file per record type with a header row, ISO dates and a decimal point. Text that a spreadsheet would run as a formula is prefixed with a quote. Photos are not in CSV files: photos.csv lists them; --photos copies the pictures beside it.</source>
        <translation>Schreibt eine CSV-Datei je Datenart mit Kopfzeile, ISO-Datumsangaben und Dezimalpunkt. Text, den eine Tabellenkalkulation als Formel ausführen würde, erhält ein vorangestelltes Anführungszeichen. Fotos stehen nicht in den CSV-Dateien: photos.csv listet sie auf; --photos kopiert die Bilder daneben.</translation>
    </message>
    <message>
        <source>folder for the files (made if missing)</source>
        <translation>Ordner für die Dateien (wird angelegt, wenn er fehlt)</translation>
    </message>
    <message>
        <source>start each file with the byte order mark Excel needs</source>
        <translation>jede Datei mit der Byte-Reihenfolge-Markierung beginnen, die Excel braucht</translation>
    </message>
    <message>
        <source>also copy every picture into DIR/{folder}/ (so `import csv` can bring them)</source>
        <translation>zusätzlich jedes Bild nach DIR/{folder}/ kopieren (damit `import csv` sie mitbringen kann)</translation>
    </message>
    <message>
        <source>Wrote {files} CSV files into {folder}: {counts}.</source>
        <translation>{files} CSV-Dateien in {folder} geschrieben: {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n picture(s) into {folder}.</source>
        <translation>
            <numerusform>Ein Bild nach {folder} kopiert.</numerusform>
            <numerusform>%n Bilder nach {folder} kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the picture {name} is missing from the journal (see `skinjournal check`).</source>
        <translation>Warnung: Das Bild {name} fehlt im Tagebuch (siehe `skinjournal check`).</translation>
    </message>
    <message>
        <source>The pictures themselves are not in CSV files (add --photos, or use `skinjournal backup`).</source>
        <translation>Die Bilder selbst stehen nicht in CSV-Dateien (fügen Sie --photos hinzu oder verwenden Sie `skinjournal backup`).</translation>
    </message>
    <message>
        <source>the pictures in {folder}</source>
        <translation>die Bilder in {folder}</translation>
    </message>
</context>
<context>
    <name>CliExportFhirWords</name>
    <message>
        <source>one FHIR R4 bundle (JSON) for a personal health record</source>
        <translation>ein FHIR-R4-Bundle (JSON) für eine persönliche Gesundheitsakte</translation>
    </message>
    <message>
        <source>Write the journal as one FHIR R4 Bundle (type collection) in JSON, the form personal health records import: you (only what About you holds), lab results with LOINC codes and their reference ranges, each entry&apos;s values with the body site, photos, daily checks, care and visits. What has no standard code keeps its words; the command says which.</source>
        <translation>Schreibt das Tagebuch als ein FHIR-R4-Bundle (Typ collection) in JSON, die Form, die persönliche Gesundheitsakten importieren: Sie selbst (nur was „Über Sie“ enthält), Laborwerte mit LOINC-Codes und ihren Referenzbereichen, die Werte jedes Eintrags mit der Körperstelle, Fotos, Tageschecks, Pflege und Maßnahmen sowie Arztbesuche. Was keinen Standardcode hat, behält seine Wörter; der Befehl sagt, welche.</translation>
    </message>
    <message>
        <source>the file to write (replaced)</source>
        <translation>die zu schreibende Datei (wird ersetzt)</translation>
    </message>
    <message>
        <source>first day (default: the first record)</source>
        <translation>erster Tag (Standard: der erste Datensatz)</translation>
    </message>
    <message>
        <source>last day (default: the last record)</source>
        <translation>letzter Tag (Standard: der letzte Datensatz)</translation>
    </message>
    <message>
        <source>embed: put each picture in the file (large); none: list the photos without them (default)</source>
        <translation>embed: jedes Bild in die Datei aufnehmen (groß); none: die Fotos ohne Bilder auflisten (Standard)</translation>
    </message>
    <message>
        <source>Wrote a FHIR R4 bundle of {total} resources to {file}: {counts}.</source>
        <translation>Ein FHIR-R4-Bundle mit {total} Ressourcen in {file} geschrieben: {counts}.</translation>
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
</context>
<context>
    <name>CliHandWords</name>
    <message>
        <source>finger-to-palm distances: how far each fingertip stays from the palm&apos;s crease</source>
        <translation>Finger-Hohlhand-Abstände: wie weit jede Fingerspitze von der Handfurche entfernt bleibt</translation>
    </message>
    <message>
        <source>log a finger-to-palm distance</source>
        <translation>einen Finger-Hohlhand-Abstand erfassen</translation>
    </message>
    <message>
        <source>left or right</source>
        <translation>left (links) oder right (rechts)</translation>
    </message>
    <message>
        <source>fingertip to the distal palmar crease, in mm (0 if it reaches)</source>
        <translation>Fingerspitze bis zur distalen Hohlhandfurche, in mm (0, wenn sie sie erreicht)</translation>
    </message>
    <message>
        <source>the day it was measured (default today)</source>
        <translation>der Tag der Messung (Standard: heute)</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>freier Text</translation>
    </message>
    <message>
        <source>list the readings, with their ids</source>
        <translation>die Messungen mit ihren IDs auflisten</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>change a reading: give only what changes (the rest is kept)</source>
        <translation>einen Messwert ändern: nur angeben, was sich ändert (der Rest bleibt)</translation>
    </message>
    <message>
        <source>the day it was measured</source>
        <translation>der Tag der Messung</translation>
    </message>
    <message>
        <source>free text (&apos;&apos; to clear)</source>
        <translation>freier Text (&apos;&apos; zum Leeren)</translation>
    </message>
    <message>
        <source>delete a reading</source>
        <translation>eine Messung löschen</translation>
    </message>
    <message>
        <source>the reading&apos;s id (hand list)</source>
        <translation>die ID der Messung (hand list)</translation>
    </message>
</context>
<context>
    <name>CliImportCsvWords</name>
    <message>
        <source>read data from files made by `export` or by hand</source>
        <translation>Daten aus Dateien lesen, die `export` oder Sie selbst erstellt haben</translation>
    </message>
    <message>
        <source>CSV files written by `export csv`, or an entries file made by hand</source>
        <translation>CSV-Dateien aus `export csv` oder eine von Hand erstellte Eintragsdatei</translation>
    </message>
    <message>
        <source>Import a folder written by `export csv`, or one CSV file. An entries file made by hand needs the columns site, date and at least one value; its sites must be in the journal (or in a sites.csv imported with it). Every row is checked first: if any is bad, nothing is imported and each bad line is listed.</source>
        <translation>Importiert einen Ordner aus `export csv` oder eine CSV-Datei. Eine von Hand erstellte Eintragsdatei braucht die Spalten site, date und mindestens einen Wert; ihre Körperstellen müssen im Tagebuch stehen (oder in einer mit importierten sites.csv). Jede Zeile wird zuerst geprüft: Ist eine fehlerhaft, wird nichts importiert und jede fehlerhafte Zeile aufgeführt.</translation>
    </message>
    <message>
        <source>a CSV file, or a folder of them as `export csv` writes</source>
        <translation>eine CSV-Datei oder ein Ordner davon, wie `export csv` ihn schreibt</translation>
    </message>
    <message>
        <source>only check and report; write nothing</source>
        <translation>nur prüfen und berichten; nichts schreiben</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>... und {count} weitere</translation>
    </message>
</context>
<context>
    <name>CliMeasureWords</name>
    <message>
        <source>measure a bump on a photo against a ruler, a coin or an object of known size</source>
        <translation>ein Knötchen auf einem Foto an einem Lineal, einer Münze oder einem Gegenstand bekannter Größe messen</translation>
    </message>
    <message>
        <source>Points are pixels of the stored photo (origin top-left; `photos list` gives its size). The size goes into the photo&apos;s entry (size, width, measured on a photo) with its uncertainty. Coins: {coins}.</source>
        <translation>Punkte sind Pixel des gespeicherten Fotos (Ursprung oben links; `photos list` nennt seine Größe). Die Größe kommt mit ihrer Unsicherheit in den Eintrag des Fotos (Größe, Breite, auf einem Foto gemessen). Münzen: {coins}.</translation>
    </message>
    <message>
        <source>the photo&apos;s id (see `skinjournal photos list`)</source>
        <translation>die ID des Fotos (siehe `skinjournal photos list`)</translation>
    </message>
    <message>
        <source>what gives the scale: {forms}</source>
        <translation>was den Maßstab gibt: {forms}</translation>
    </message>
    <message>
        <source>the bump&apos;s longest diameter</source>
        <translation>der größte Durchmesser des Knötchens</translation>
    </message>
    <message>
        <source>the width across it</source>
        <translation>die Breite quer dazu</translation>
    </message>
    <message>
        <source>There is no photo with id {id} (see `skinjournal photos list`); nothing was measured.</source>
        <translation>Es gibt kein Foto mit der ID {id} (siehe `skinjournal photos list`); nichts wurde gemessen.</translation>
    </message>
    <message>
        <source>Measured {size} across, width {width} on photo {photo} (photo measurement, against a {reference}); saved to {entry} (entry {entry_id}, measurement {measurement_id}).</source>
        <translation>{size} Durchmesser und {width} Breite auf Foto {photo} gemessen (Messung auf dem Foto, gegen: {reference}); gespeichert in {entry} (Eintrag {entry_id}, Messung {measurement_id}).</translation>
    </message>
    <message>
        <source>Measured {size} across on photo {photo} (photo measurement, against a {reference}); saved to {entry} (entry {entry_id}, measurement {measurement_id}).</source>
        <translation>{size} Durchmesser auf Foto {photo} gemessen (Messung auf dem Foto, gegen: {reference}); gespeichert in {entry} (Eintrag {entry_id}, Messung {measurement_id}).</translation>
    </message>
</context>
<context>
    <name>CliMenuEntryWords</name>
    <message>
        <source>add Skin Journal to this desktop&apos;s application menu (Linux)</source>
        <translation>Skin Journal in das Anwendungsmenü dieses Desktops aufnehmen (Linux)</translation>
    </message>
    <message>
        <source>Add Skin Journal and its icon to the application menu of a Linux desktop, for this user only (in ~/.local/share). The entry starts the program you run this command with.</source>
        <translation>Nimmt Skin Journal mit seinem Symbol in das Anwendungsmenü eines Linux-Desktops auf, nur für diesen Benutzer (in ~/.local/share). Der Menüeintrag startet das Programm, mit dem Sie diesen Befehl ausführen.</translation>
    </message>
    <message>
        <source>take the menu entry and the icons away again</source>
        <translation>den Menüeintrag und die Symbole wieder entfernen</translation>
    </message>
    <message>
        <source>menu-entry is for Linux desktops; on Windows and macOS the bundle is started from its own folder or app.</source>
        <translation>menu-entry ist für Linux-Desktops; unter Windows und macOS wird das Paket aus seinem eigenen Ordner oder als App gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s): the menu entry and icons.</source>
        <translation>
            <numerusform>Eine Datei entfernt: der Menüeintrag und die Symbole.</numerusform>
            <numerusform>%n Dateien entfernt: der Menüeintrag und die Symbole.</numerusform>
        </translation>
    </message>
    <message>
        <source>There was no Skin Journal menu entry to remove.</source>
        <translation>Es gab keinen Menüeintrag von Skin Journal zu entfernen.</translation>
    </message>
    <message>
        <source>Added Skin Journal to the application menu: {file}</source>
        <translation>Skin Journal wurde dem Anwendungsmenü hinzugefügt: {file}</translation>
    </message>
    <message>
        <source>It starts: {command}</source>
        <translation>Er startet: {command}</translation>
    </message>
</context>
<context>
    <name>CliPassphraseWords</name>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Wiederherstellungscode: </translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation>neue Passphrase</translation>
    </message>
    <message>
        <source>recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>The passphrase file {file} ({variable}) cannot be read ({problem}); nothing was changed.</source>
        <translation>Die Passphrase-Datei {file} ({variable}) kann nicht gelesen werden ({problem}); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>No passphrase was given ({what}); nothing was changed.</source>
        <translation>Es wurde keine Passphrase angegeben ({what}); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Again, to be sure: </source>
        <translation>Zur Sicherheit noch einmal: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Die beiden Passphrasen sind verschieden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
</context>
<context>
    <name>CliPersonWords</name>
    <message>
        <source>the daily check of how you feel (one per date; a second one adds to it)</source>
        <translation>der Tagescheck, wie es Ihnen geht (einer je Datum; ein zweiter ergänzt ihn)</translation>
    </message>
    <message>
        <source>Adds what you give to the daily check of the date. A sign left out stays as it was (&quot;not checked&quot; if never given); --no-fatigue and the like record &quot;no&quot;.</source>
        <translation>Fügt Ihre Angaben dem Tagescheck des Datums hinzu. Ein ausgelassenes Zeichen bleibt, wie es war („nicht geprüft“, wenn nie angegeben); --no-fatigue und ähnliche erfassen „nein“.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default today)</source>
        <translation>YYYY-MM-DD (Standard: heute)</translation>
    </message>
    <message>
        <source>persistent fatigue (--no-fatigue: checked, none)</source>
        <translation>anhaltende Erschöpfung (--no-fatigue: geprüft, keine)</translation>
    </message>
    <message>
        <source>muscle weakness (--no-weakness: checked, none)</source>
        <translation>Muskelschwäche (--no-weakness: geprüft, keine)</translation>
    </message>
    <message>
        <source>changes in urination (--no-urination-changes: checked, none)</source>
        <translation>veränderte Blasenentleerung (--no-urination-changes: geprüft, keine)</translation>
    </message>
    <message>
        <source>0 .. 10</source>
        <translation>0 .. 10</translation>
    </message>
    <message>
        <source>free text about the day (added below a note already there)</source>
        <translation>freier Text zum Tag (unter eine schon vorhandene Notiz gesetzt)</translation>
    </message>
    <message>
        <source>let what you give change a sign already logged as yes, and replace the note</source>
        <translation>Ihre Angaben dürfen ein schon mit Ja erfasstes Zeichen ändern und die Notiz ersetzen</translation>
    </message>
    <message>
        <source>a blood test result</source>
        <translation>ein Laborwert aus dem Blut</translation>
    </message>
    <message>
        <source>the date the sample was taken, YYYY-MM-DD</source>
        <translation>das Datum der Probenentnahme, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the result as a number</source>
        <translation>das Ergebnis als Zahl</translation>
    </message>
    <message>
        <source>as printed by the lab, e.g. mmol/L</source>
        <translation>wie vom Labor angegeben, z. B. mmol/L</translation>
    </message>
    <message>
        <source>the lab&apos;s reference low</source>
        <translation>die Untergrenze des Referenzbereichs</translation>
    </message>
    <message>
        <source>the lab&apos;s reference high</source>
        <translation>die Obergrenze des Referenzbereichs</translation>
    </message>
    <message>
        <source>free text, e.g. fasting</source>
        <translation>freier Text, z. B. nüchtern</translation>
    </message>
    <message>
        <source>care you tried: massage, supplement, skin care ... (care list|edit|delete)</source>
        <translation>Pflege und Maßnahmen, die Sie versucht haben: Massage, Nahrungsergänzung, Hautpflege … (care list|edit|delete)</translation>
    </message>
    <message>
        <source>{kinds} (needed to add one)</source>
        <translation>{kinds} (nötig, um eine hinzuzufügen)</translation>
    </message>
    <message>
        <source>e.g. &quot;Vitamin K2&quot; (needed to add one)</source>
        <translation>z. B. „Vitamin K2“ (zum Hinzufügen nötig)</translation>
    </message>
    <message>
        <source>how much, e.g. 100 (needs --unit)</source>
        <translation>wie viel, z. B. 100 (braucht --unit)</translation>
    </message>
    <message>
        <source>the unit of --amount, e.g. mcg</source>
        <translation>die Einheit von --amount, z. B. mcg</translation>
    </message>
    <message>
        <source>how long, for massage and the like</source>
        <translation>wie lange, bei Massage und Ähnlichem</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>freier Text</translation>
    </message>
    <message>
        <source>list, change or delete lab results (add one with `lab`)</source>
        <translation>Laborwerte auflisten, ändern oder löschen (hinzufügen mit `lab`)</translation>
    </message>
    <message>
        <source>a visit to a clinician</source>
        <translation>ein Arztbesuch</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>who you saw</source>
        <translation>bei wem Sie waren</translation>
    </message>
    <message>
        <source>e.g. ultrasound dermal thickness 2.1 mm</source>
        <translation>z. B. Hautdicke im Ultraschall 2.1 mm</translation>
    </message>
    <message>
        <source>list, change or delete visits (add one with `visit`)</source>
        <translation>Arztbesuche auflisten, ändern oder löschen (hinzufügen mit `visit`)</translation>
    </message>
    <message>
        <source>Nothing to save: give at least one of --fatigue, --weakness, --urination-changes (or their --no- forms), --stress or --note.</source>
        <translation>Nichts zu speichern: Geben Sie mindestens eines von --fatigue, --weakness, --urination-changes (oder ihre --no--Formen), --stress oder --note an.</translation>
    </message>
    <message>
        <source>{problem}. Give --replace to change it.</source>
        <translation>{problem}. Geben Sie --replace an, um es zu ändern.</translation>
    </message>
    <message>
        <source>Saved the daily check for {date}: {values}.</source>
        <translation>Tagescheck für {date} gespeichert: {values}.</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation>Erschöpfung</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>Muskelschwäche</translation>
    </message>
    <message>
        <source>urination changes</source>
        <translation>Veränderungen beim Wasserlassen</translation>
    </message>
    <message>
        <source>{sign} yes</source>
        <translation>{sign} ja</translation>
    </message>
    <message>
        <source>{sign} no</source>
        <translation>{sign} nein</translation>
    </message>
    <message>
        <source>stress {level}</source>
        <translation>Stress {level}</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>eine Notiz</translation>
    </message>
    <message>
        <source>Saved {test} {value} {unit} on {date}.</source>
        <translation>{test} {value} {unit} am {date} gespeichert.</translation>
    </message>
    <message>
        <source>To add a care event give --kind and --what, e.g. care --kind supplement --what &quot;Vitamin K2&quot;; nothing was saved.</source>
        <translation>Um eine Maßnahme hinzuzufügen, geben Sie --kind und --what an, z. B. care --kind supplement --what &quot;Vitamin K2&quot;; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Saved {what} on {date}.</source>
        <translation>{what} am {date} gespeichert.</translation>
    </message>
    <message>
        <source>Saved the visit on {date}.</source>
        <translation>Arztbesuch am {date} gespeichert.</translation>
    </message>
    <message>
        <source>a new date, YYYY-MM-DD</source>
        <translation>ein neues Datum, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a new note (&apos;&apos; clears it)</source>
        <translation>eine neue Notiz (&apos;&apos; löscht sie)</translation>
    </message>
    <message>
        <source>list every lab result, with its id</source>
        <translation>alle Laborwerte mit ihrer ID auflisten</translation>
    </message>
    <message>
        <source>change a lab result (only the values given)</source>
        <translation>einen Laborwert ändern (nur die angegebenen Werte)</translation>
    </message>
    <message>
        <source>the lab result&apos;s id (see `labs list`)</source>
        <translation>die ID des Laborwerts (siehe `labs list`)</translation>
    </message>
    <message>
        <source>delete a lab result</source>
        <translation>einen Laborwert löschen</translation>
    </message>
    <message>
        <source>There is no lab result with id {id} (see `skinjournal labs list`); nothing was changed.</source>
        <translation>Es gibt keinen Laborwert mit der ID {id} (siehe `skinjournal labs list`); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>as printed by the lab</source>
        <translation>wie vom Labor angegeben</translation>
    </message>
    <message>
        <source>the lab&apos;s reference low (&apos;&apos; clears it)</source>
        <translation>die Untergrenze des Referenzbereichs (&apos;&apos; löscht sie)</translation>
    </message>
    <message>
        <source>the lab&apos;s reference high (&apos;&apos; clears it)</source>
        <translation>die Obergrenze des Referenzbereichs (&apos;&apos; löscht sie)</translation>
    </message>
    <message>
        <source>list every care event, with its id</source>
        <translation>alle Maßnahmen der Pflege mit ihrer ID auflisten</translation>
    </message>
    <message>
        <source>change a care event (only the values given)</source>
        <translation>eine Maßnahme ändern (nur die angegebenen Werte)</translation>
    </message>
    <message>
        <source>the care event&apos;s id (see `care list`)</source>
        <translation>die ID der Maßnahme (siehe `care list`)</translation>
    </message>
    <message>
        <source>delete a care event</source>
        <translation>eine Maßnahme löschen</translation>
    </message>
    <message>
        <source>There is no care event with id {id} (see `skinjournal care list`); nothing was changed.</source>
        <translation>Es gibt keine Maßnahme mit der ID {id} (siehe `skinjournal care list`); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>e.g. &quot;Vitamin K2&quot;</source>
        <translation>z. B. „Vitamin K2“</translation>
    </message>
    <message>
        <source>how much (&apos;&apos; clears it)</source>
        <translation>wie viel (&apos;&apos; löscht den Wert)</translation>
    </message>
    <message>
        <source>the unit of the amount</source>
        <translation>die Einheit der Menge</translation>
    </message>
    <message>
        <source>how long (&apos;&apos; clears it)</source>
        <translation>wie lange (&apos;&apos; löscht den Wert)</translation>
    </message>
    <message>
        <source>list every visit, with its id</source>
        <translation>alle Arztbesuche mit ihrer ID auflisten</translation>
    </message>
    <message>
        <source>change a visit (only the values given)</source>
        <translation>einen Arztbesuch ändern (nur die angegebenen Werte)</translation>
    </message>
    <message>
        <source>the visit&apos;s id (see `visits list`)</source>
        <translation>die ID des Arztbesuchs (siehe `visits list`)</translation>
    </message>
    <message>
        <source>delete a visit</source>
        <translation>einen Arztbesuch löschen</translation>
    </message>
    <message>
        <source>There is no visit with id {id} (see `skinjournal visits list`); nothing was changed.</source>
        <translation>Es gibt keinen Arztbesuch mit der ID {id} (siehe `skinjournal visits list`); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>who you saw (&apos;&apos; clears it)</source>
        <translation>bei wem Sie waren (&apos;&apos; löscht es)</translation>
    </message>
    <message>
        <source>what they found (&apos;&apos; clears it)</source>
        <translation>der Befund (&apos;&apos; löscht ihn)</translation>
    </message>
    <message>
        <source>list every daily check, with its id</source>
        <translation>alle Tageschecks mit ihrer ID auflisten</translation>
    </message>
    <message>
        <source>change a daily check (only the values given)</source>
        <translation>einen Tagescheck ändern (nur die angegebenen Werte)</translation>
    </message>
    <message>
        <source>the daily check&apos;s id (see `daily list`)</source>
        <translation>die ID des Tageschecks (siehe `daily list`)</translation>
    </message>
    <message>
        <source>delete a daily check</source>
        <translation>einen Tagescheck löschen</translation>
    </message>
    <message>
        <source>There is no daily check with id {id} (see `skinjournal daily list`); nothing was changed.</source>
        <translation>Es gibt keinen Tagescheck mit der ID {id} (siehe `skinjournal daily list`); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>persistent fatigue (--no-fatigue: none)</source>
        <translation>anhaltende Erschöpfung (--no-fatigue: keine)</translation>
    </message>
    <message>
        <source>muscle weakness (--no-weakness: none)</source>
        <translation>Muskelschwäche (--no-weakness: keine)</translation>
    </message>
    <message>
        <source>changes in urination (--no-urination-changes: none)</source>
        <translation>Veränderungen beim Wasserlassen (--no-urination-changes: keine)</translation>
    </message>
    <message>
        <source>0 .. 10 (&apos;&apos; clears it)</source>
        <translation>0 .. 10 (&apos;&apos; löscht den Wert)</translation>
    </message>
    <message>
        <source>the day&apos;s note, replacing it</source>
        <translation>die Notiz des Tages, ersetzt die bisherige</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one new value (see `{command} edit --help`); nothing was changed.</source>
        <translation>Nichts zu ändern: Geben Sie mindestens einen neuen Wert an (siehe `{command} edit --help`); nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>CliPhotosWords</name>
    <message>
        <source>add photos to a logged entry, remove one, or list them</source>
        <translation>Fotos zu einem erfassten Eintrag hinzufügen, eines entfernen oder sie auflisten</translation>
    </message>
    <message>
        <source>add photos to an entry already logged (its id is in `entries --json`)</source>
        <translation>Fotos zu einem schon erfassten Eintrag hinzufügen (seine ID steht in `entries --json`)</translation>
    </message>
    <message>
        <source>the entry&apos;s id</source>
        <translation>die ID des Eintrags</translation>
    </message>
    <message>
        <source>photo files (JPEG, PNG, HEIC ...)</source>
        <translation>Fotodateien (JPEG, PNG, HEIC …)</translation>
    </message>
    <message>
        <source>take one photo off its entry (its id is in `photos list`)</source>
        <translation>ein Foto von seinem Eintrag entfernen (seine ID steht in `photos list`)</translation>
    </message>
    <message>
        <source>the photo&apos;s id</source>
        <translation>die ID des Fotos</translation>
    </message>
    <message>
        <source>list the photos, with their ids and files</source>
        <translation>die Fotos mit ihren IDs und Dateien auflisten</translation>
    </message>
    <message>
        <source>only this entry&apos;s photos</source>
        <translation>nur die Fotos dieses Eintrags</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>`skinjournal photos remove ID` takes it off this entry.</source>
        <translation>`skinjournal photos remove ID` nimmt es von diesem Eintrag.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n photo(s) to {entry} (entry {id}); the same picture was there already.</source>
        <translation>
            <numerusform>Ein Foto zu {entry} hinzugefügt (Eintrag {id}); dasselbe Bild war schon da.</numerusform>
            <numerusform>%n Fotos zu {entry} hinzugefügt (Eintrag {id}); dasselbe Bild war schon da.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n photo(s) to {entry} (entry {id}).</source>
        <translation>
            <numerusform>Ein Foto zu {entry} hinzugefügt (Eintrag {id}).</numerusform>
            <numerusform>%n Fotos zu {entry} hinzugefügt (Eintrag {id}).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no photo with id {id} (see `skinjournal photos list`); nothing was changed.</source>
        <translation>Es gibt kein Foto mit der ID {id} (siehe `skinjournal photos list`); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Removed photo {id} from {entry}.</source>
        <translation>Foto {id} von {entry} entfernt.</translation>
    </message>
</context>
<context>
    <name>CliProfileWords</name>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>who the printed summary is for: name, known conditions, supplements and medicines</source>
        <translation>für wen die gedruckte Zusammenfassung ist: Name, bekannte Erkrankungen, Nahrungsergänzungsmittel und Medikamente</translation>
    </message>
    <message>
        <source>Shown only on the first page of the summary you print; it stays in this journal. Without options, show what is saved. An empty value (&quot;&quot;) clears a field.</source>
        <translation>Erscheint nur auf der ersten Seite der gedruckten Zusammenfassung; es bleibt in diesem Tagebuch. Ohne Optionen wird gezeigt, was gespeichert ist. Ein leerer Wert (&quot;&quot;) leert ein Feld.</translation>
    </message>
    <message>
        <source>your name as it should appear on the summary (optional)</source>
        <translation>Ihr Name, wie er auf der Zusammenfassung stehen soll (freiwillig)</translation>
    </message>
    <message>
        <source>known conditions as your doctor named them, separated by &quot;;&quot;</source>
        <translation>bekannte Erkrankungen, wie Ihre Ärztin oder Ihr Arzt sie genannt hat, getrennt durch „;“</translation>
    </message>
    <message>
        <source>current supplements and medicines with doses, separated by &quot;;&quot;</source>
        <translation>aktuelle Nahrungsergänzungsmittel und Medikamente mit Dosis, getrennt durch „;“</translation>
    </message>
    <message>
        <source>print the profile as JSON</source>
        <translation>das Profil als JSON ausgeben</translation>
    </message>
    <message>
        <source>{reason}; nothing was changed</source>
        <translation>{reason}; nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>CliReportWords</name>
    <message>
        <source>write the summary for a doctor visit as a PDF (no display needed)</source>
        <translation>die Zusammenfassung für den Arzttermin als PDF schreiben (kein Bildschirm nötig)</translation>
    </message>
    <message>
        <source>Write the summary for the doctor as a PDF: alerts, each site&apos;s table, chart and photos, daily checks, labs, care and visits. Default period: since the last visit, else the last 6 months.</source>
        <translation>Schreibt die Zusammenfassung für den Arzttermin als PDF: Hinweise, Tabelle, Diagramm und Fotos jeder Körperstelle, Tageschecks, Laborwerte, Pflege und Maßnahmen, Arztbesuche. Standardzeitraum: seit dem letzten Arztbesuch, sonst die letzten 6 Monate.</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>die zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <source>first day of the period</source>
        <translation>erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>last day of the period (default today)</source>
        <translation>letzter Tag des Zeitraums (Standard: heute)</translation>
    </message>
    <message>
        <source>only this site (repeatable; default all)</source>
        <translation>nur diese Körperstelle (mehrfach möglich; Standard: alle)</translation>
    </message>
    <message>
        <source>your questions for the doctor (default: the ones saved in the window)</source>
        <translation>Ihre Fragen für den Arzttermin (Standard: die im Fenster gespeicherten)</translation>
    </message>
    <message>
        <source>paper size (default: from your locale)</source>
        <translation>Papierformat (Standard: nach Ihrer Spracheinstellung)</translation>
    </message>
    <message>
        <source>Wrote the summary of {since} to {until} ({pages} pages, {sites} sites, {alerts} alerts) to {file}.</source>
        <translation>Die Zusammenfassung von {since} bis {until} ({pages} Seiten, {sites} Körperstellen, {alerts} Hinweise) wurde nach {file} geschrieben.</translation>
    </message>
    <message>
        <source>the summary {file}</source>
        <translation>die Zusammenfassung {file}</translation>
    </message>
</context>
<context>
    <name>CliSettingsWords</name>
    <message>
        <source>show or change the warning-sign thresholds and the backup schedule</source>
        <translation>die Schwellen der Warnzeichen und den Sicherungsplan zeigen oder ändern</translation>
    </message>
    <message>
        <source>Without an action, list every setting with its value, its default and the reason for the default. `settings set KEY VALUE` changes one; `settings reset KEY` puts it back.</source>
        <translation>Ohne Aktion wird jede Einstellung mit ihrem Wert, ihrem Standardwert und dem Grund dafür aufgelistet. `settings set KEY VALUE` ändert eine; `settings reset KEY` setzt sie zurück.</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>change one setting (refused, and nothing changed, when out of range)</source>
        <translation>eine Einstellung ändern (außerhalb des erlaubten Bereichs abgelehnt, nichts geändert)</translation>
    </message>
    <message>
        <source>the setting&apos;s key, e.g. alerts.pain_threshold (see `skinjournal settings`)</source>
        <translation>der Schlüssel der Einstellung, z. B. alerts.pain_threshold (siehe `skinjournal settings`)</translation>
    </message>
    <message>
        <source>the new value, a number</source>
        <translation>der neue Wert, eine Zahl</translation>
    </message>
    <message>
        <source>put one setting back to its default</source>
        <translation>eine Einstellung auf ihren Standardwert zurücksetzen</translation>
    </message>
    <message>
        <source>the setting&apos;s key (see `skinjournal settings`)</source>
        <translation>der Schlüssel der Einstellung (siehe `skinjournal settings`)</translation>
    </message>
    <message>
        <source>Change one with `skinjournal settings set KEY VALUE`; `skinjournal settings reset KEY` puts back the default.</source>
        <translation>Ändern Sie eine mit `skinjournal settings set KEY VALUE`; `skinjournal settings reset KEY` stellt den Standardwert wieder her.</translation>
    </message>
    <message>
        <source>{reason}; nothing was changed</source>
        <translation>{reason}; nichts wurde geändert</translation>
    </message>
    <message>
        <source>(the default)</source>
        <translation>(der Standardwert)</translation>
    </message>
    <message>
        <source>(default {default})</source>
        <translation>(Standard {default})</translation>
    </message>
</context>
<context>
    <name>CliSitesWords</name>
    <message>
        <source>add, list, change or delete tracked body sites</source>
        <translation>beobachtete Körperstellen hinzufügen, auflisten, ändern oder löschen</translation>
    </message>
    <message>
        <source>start tracking a body site</source>
        <translation>eine Körperstelle zu beobachten beginnen</translation>
    </message>
    <message>
        <source>a name you will recognise, e.g. &quot;Left forearm&quot;</source>
        <translation>ein Name, den Sie wiedererkennen, z. B. „Linker Unterarm“</translation>
    </message>
    <message>
        <source>deposit: a bump or cluster; area: a scalp or skin area judged by feel</source>
        <translation>deposit: ein Knötchen oder eine Gruppe davon; area: eine Kopfhaut- oder Hautfläche, nach Gefühl beurteilt</translation>
    </message>
    <message>
        <source>where on the body</source>
        <translation>wo am Körper</translation>
    </message>
    <message>
        <source>the site is close to a joint</source>
        <translation>die Körperstelle liegt nahe einem Gelenk</translation>
    </message>
    <message>
        <source>only if a doctor named it</source>
        <translation>nur, wenn eine Ärztin oder ein Arzt sie genannt hat</translation>
    </message>
    <message>
        <source>remind after this many days (default 7)</source>
        <translation>nach so vielen Tagen erinnern (Standard: 7)</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>freier Text</translation>
    </message>
    <message>
        <source>list the sites</source>
        <translation>die Körperstellen auflisten</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>rename, resolve or archive a site</source>
        <translation>eine Körperstelle umbenennen, als abgeklungen markieren oder archivieren</translation>
    </message>
    <message>
        <source>the site&apos;s current name</source>
        <translation>der jetzige Name der Körperstelle</translation>
    </message>
    <message>
        <source>give the site a new name</source>
        <translation>der Körperstelle einen neuen Namen geben</translation>
    </message>
    <message>
        <source>the date it went away (&apos;&apos; to clear)</source>
        <translation>das Datum, an dem sie verschwand (&apos;&apos; löscht es)</translation>
    </message>
    <message>
        <source>hide it from the overview (its entries are kept)</source>
        <translation>sie in der Übersicht ausblenden (ihre Einträge bleiben erhalten)</translation>
    </message>
    <message>
        <source>remind after this many days</source>
        <translation>nach so vielen Tagen erinnern</translation>
    </message>
    <message>
        <source>mark the phase a site entered: active, broke open, healing, healed or removed</source>
        <translation>die Phase einer Körperstelle vermerken: aktiv, aufgebrochen, heilt ab, abgeheilt oder entfernt</translation>
    </message>
    <message>
        <source>the site&apos;s name</source>
        <translation>der Name der Körperstelle</translation>
    </message>
    <message>
        <source>active, broke_open (&apos;broke open&apos;), healing, healed or removed</source>
        <translation>active (aktiv), broke_open (aufgebrochen), healing (heilt ab), healed (abgeheilt) oder removed (entfernt)</translation>
    </message>
    <message>
        <source>the day it entered the phase (default today)</source>
        <translation>der Tag, an dem die Phase begann (Standard: heute)</translation>
    </message>
    <message>
        <source>take away the phase mark of a site on one day (site list --json shows them)</source>
        <translation>die Phasenmarkierung einer Stelle an einem Tag entfernen (site list --json zeigt sie)</translation>
    </message>
    <message>
        <source>the day of the mark</source>
        <translation>der Tag der Markierung</translation>
    </message>
    <message>
        <source>delete a site (refused while it has entries, unless --with-entries)</source>
        <translation>eine Körperstelle löschen (abgelehnt, solange sie Einträge hat, außer mit --with-entries)</translation>
    </message>
    <message>
        <source>delete its entries and their photos too (archiving keeps them: site edit --archive)</source>
        <translation>auch ihre Einträge und deren Fotos löschen (Archivieren behält sie: site edit --archive)</translation>
    </message>
    <message>
        <source>Added site {name} ({kind}, {region}).</source>
        <translation>Körperstelle {name} hinzugefügt ({kind}, {region}).</translation>
    </message>
    <message>
        <source>{site} has no phase marked on {date}</source>
        <translation>{site} hat am {date} keine markierte Phase</translation>
    </message>
    <message>
        <source>Updated site {name}.</source>
        <translation>Körperstelle {name} aktualisiert.</translation>
    </message>
</context>
<context>
    <name>CliVisitFindingsWords</name>
    <message>
        <source>the site the findings are about (needed for an ultrasound; &apos;&apos; clears it)</source>
        <translation>die Körperstelle, um die es im Befund geht (nötig für einen Ultraschall; &apos;&apos; löscht sie)</translation>
    </message>
    <message>
        <source>thickness on ultrasound, in mm (&apos;&apos; clears it)</source>
        <translation>Dicke im Ultraschall, in mm (&apos;&apos; löscht den Wert)</translation>
    </message>
    <message>
        <source>how deep under the skin&apos;s surface, in mm (&apos;&apos; clears it)</source>
        <translation>wie tief unter der Hautoberfläche, in mm (&apos;&apos; löscht den Wert)</translation>
    </message>
    <message>
        <source>what the X-ray showed, in the doctor&apos;s words (&apos;&apos; clears it)</source>
        <translation>was das Röntgenbild zeigte, in ärztlichen Worten (&apos;&apos; löscht es)</translation>
    </message>
    <message>
        <source>a biopsy was done (--no-biopsy: none was done)</source>
        <translation>eine Biopsie wurde durchgeführt (--no-biopsy: keine)</translation>
    </message>
    <message>
        <source>the biopsy&apos;s result, in the doctor&apos;s words (&apos;&apos; clears it)</source>
        <translation>das Ergebnis der Biopsie, in ärztlichen Worten (&apos;&apos; löscht es)</translation>
    </message>
</context>
<context>
    <name>CommandLineCommonWords</name>
    <message>
        <source>warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>CommandLineWords</name>
    <message>
        <source>{app}: a private journal of skin changes. Without a command it opens the window.</source>
        <translation>{app}: ein privates Tagebuch über Hautveränderungen. Ohne Befehl öffnet es das Fenster.</translation>
    </message>
    <message>
        <source>journal folder (default: $SKINJOURNAL_DIR, else the platform&apos;s data folder)</source>
        <translation>Ordner des Tagebuchs (Standard: $SKINJOURNAL_DIR, sonst der Datenordner des Systems)</translation>
    </message>
    <message>
        <source>use the demo journal (a separate folder, filled with a synthetic story on first use)</source>
        <translation>das Demo-Tagebuch verwenden (ein eigener Ordner, beim ersten Mal mit einer erfundenen Geschichte gefüllt)</translation>
    </message>
    <message>
        <source>check this installation offscreen on a temporary journal (yours is not touched), then exit</source>
        <translation>diese Installation ohne Bildschirm an einem vorübergehenden Tagebuch prüfen (Ihres bleibt unberührt), dann beenden</translation>
    </message>
    <message>
        <source>no command given; `skinjournal --help` lists them.</source>
        <translation>kein Befehl angegeben; `skinjournal --help` listet sie auf.</translation>
    </message>
    <message>
        <source>interrupted; the journal keeps what was saved before.</source>
        <translation>unterbrochen; das Tagebuch behält, was vorher gespeichert war.</translation>
    </message>
    <message>
        <source>an unexpected error stopped this command; what was saved before is kept.</source>
        <translation>ein unerwarteter Fehler hat diesen Befehl beendet; was vorher gespeichert war, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Details (without your data), also in {file}:</source>
        <translation>Einzelheiten (ohne Ihre Daten), auch in {file}:</translation>
    </message>
    <message>
        <source>Details (without your data):</source>
        <translation>Einzelheiten (ohne Ihre Daten):</translation>
    </message>
</context>
<context>
    <name>SelfTestWords</name>
    <message>
        <source>{app} {version} self-test (bundle, Python {python}, {system} {machine})</source>
        <translation>{app} {version} Selbsttest (Paket, Python {python}, {system} {machine})</translation>
    </message>
    <message>
        <source>{app} {version} self-test (Python package, Python {python}, {system} {machine})</source>
        <translation>{app} {version} Selbsttest (Python-Paket, Python {python}, {system} {machine})</translation>
    </message>
    <message>
        <source>Self-test FAILED: this installation is incomplete or damaged.</source>
        <translation>Selbsttest FEHLGESCHLAGEN: Diese Installation ist unvollständig oder beschädigt.</translation>
    </message>
    <message>
        <source>network: {attempts}</source>
        <translation>Netzwerk: {attempts}</translation>
    </message>
    <message>
        <source>network: no connection or name look-up attempted</source>
        <translation>Netzwerk: keine Verbindung und keine Namensauflösung versucht</translation>
    </message>
    <message>
        <source>Self-test passed: {count} checks in {seconds} s.</source>
        <translation>Selbsttest bestanden: {count} Prüfungen in {seconds} s.</translation>
    </message>
    <message>
        <source>no migration files in {folder}</source>
        <translation>keine Migrationsdateien in {folder}</translation>
    </message>
    <message>
        <source>missing from {folder}: {files}</source>
        <translation>fehlt in {folder}: {files}</translation>
    </message>
    <message numerus="yes">
        <source>%n migration file(s), icon and desktop entry in {folder}</source>
        <translation>
            <numerusform>eine Migrationsdatei, Symbol und Desktop-Eintrag in {folder}</numerusform>
            <numerusform>%n Migrationsdateien, Symbol und Desktop-Eintrag in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>migrations applied {applied}, expected {known}</source>
        <translation>angewandte Migrationen {applied}, erwartet {known}</translation>
    </message>
    <message>
        <source>reopening the journal still finds migrations to apply: {pending}</source>
        <translation>beim erneuten Öffnen findet das Tagebuch noch anzuwendende Migrationen: {pending}</translation>
    </message>
    <message>
        <source>the new journal fails its integrity check: {problems}</source>
        <translation>das neue Tagebuch besteht seine Integritätsprüfung nicht: {problems}</translation>
    </message>
    <message>
        <source>created in a temporary folder; migrations applied: {names}</source>
        <translation>in einem temporären Ordner angelegt; angewandte Migrationen: {names}</translation>
    </message>
    <message>
        <source>{count} photos stored for one imported file</source>
        <translation>{count} Fotos für eine importierte Datei gespeichert</translation>
    </message>
    <message>
        <source>photo date {found}, the file says {wanted}</source>
        <translation>Fotodatum {found}, die Datei sagt {wanted}</translation>
    </message>
    <message>
        <source>the stored photo {file} is missing</source>
        <translation>das gespeicherte Foto {file} fehlt</translation>
    </message>
    <message>
        <source>stored photo is {found}, expected {wanted}</source>
        <translation>gespeichertes Foto ist {found}, erwartet {wanted}</translation>
    </message>
    <message>
        <source>the stored photo still carries EXIF data</source>
        <translation>das gespeicherte Foto enthält noch EXIF-Daten</translation>
    </message>
    <message>
        <source>thumbnail is {size}, larger than 320 px</source>
        <translation>Vorschaubild ist {size}, größer als 320 px</translation>
    </message>
    <message>
        <source>{photo} JPEG stored without EXIF, thumbnail {thumbnail}; {heic}</source>
        <translation>JPEG mit {photo} ohne EXIF gespeichert, Vorschaubild {thumbnail}; {heic}</translation>
    </message>
    <message>
        <source>the chart is only {size} px</source>
        <translation>das Diagramm ist nur {size} px groß</translation>
    </message>
    <message>
        <source>the chart has {colours} colours: nothing was drawn</source>
        <translation>das Diagramm hat {colours} Farben: nichts wurde gezeichnet</translation>
    </message>
    <message>
        <source>site chart of {entries} entries drawn by QtAgg: {size} px, {colours} colours</source>
        <translation>Diagramm einer Körperstelle mit {entries} Einträgen von QtAgg gezeichnet: {size} px, {colours} Farben</translation>
    </message>
    <message>
        <source>no PDF file was written</source>
        <translation>keine PDF-Datei wurde geschrieben</translation>
    </message>
    <message>
        <source>the summary file does not start with %PDF-</source>
        <translation>die Datei der Zusammenfassung beginnt nicht mit %PDF-</translation>
    </message>
    <message>
        <source>the summary PDF is truncated (no %%EOF at the end)</source>
        <translation>die PDF der Zusammenfassung ist abgeschnitten (kein %%EOF am Ende)</translation>
    </message>
    <message>
        <source>the summary has {pages} pages</source>
        <translation>die Zusammenfassung hat {pages} Seiten</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), {size} kB, a complete PDF</source>
        <translation>
            <numerusform>eine Seite, {size} kB, eine vollständige PDF</numerusform>
            <numerusform>%n Seiten, {size} kB, eine vollständige PDF</numerusform>
        </translation>
    </message>
    <message>
        <source>application name {found}, expected {wanted}</source>
        <translation>Anwendungsname {found}, erwartet {wanted}</translation>
    </message>
    <message>
        <source>the application sets no organisation name</source>
        <translation>die Anwendung setzt keinen Organisationsnamen</translation>
    </message>
    <message>
        <source>desktop file name {found}, expected {wanted}</source>
        <translation>Name der Desktop-Datei {found}, erwartet {wanted}</translation>
    </message>
    <message>
        <source>the application icon did not load</source>
        <translation>das Anwendungssymbol wurde nicht geladen</translation>
    </message>
    <message>
        <source>the main window did not show</source>
        <translation>das Hauptfenster wurde nicht angezeigt</translation>
    </message>
    <message>
        <source>tabs missing from the window (modules not installed?): {tabs}</source>
        <translation>im Fenster fehlen Reiter (Module nicht installiert?): {tabs}</translation>
    </message>
    <message>
        <source>the {tab} tab has no pane</source>
        <translation>der Reiter {tab} hat keinen Inhalt</translation>
    </message>
    <message>
        <source>the main window painted nothing</source>
        <translation>das Hauptfenster hat nichts gezeichnet</translation>
    </message>
    <message>
        <source>shown offscreen ({size} px), {tabs} tabs built; name, desktop entry and icon set</source>
        <translation>ohne Bildschirm angezeigt ({size} px), {tabs} Reiter aufgebaut; Name, Desktop-Eintrag und Symbol gesetzt</translation>
    </message>
    <message>
        <source>5000 Qt calls lost {lost} references to None: the window would crash in use</source>
        <translation>5000 Qt-Aufrufe verloren {lost} Referenzen auf None: das Fenster würde im Gebrauch abstürzen</translation>
    </message>
    <message>
        <source>PySide6 {version}: 5000 calls lost {lost} references to None</source>
        <translation>PySide6 {version}: 5000 Aufrufe verloren {lost} Referenzen auf None</translation>
    </message>
    <message>
        <source>{folder} cannot be written, so matplotlib rebuilds its font list at every start</source>
        <translation>{folder} ist nicht beschreibbar, daher baut matplotlib seine Schriftenliste bei jedem Start neu auf</translation>
    </message>
    <message>
        <source>the font cache is in {found}, not in {wanted}: matplotlib rebuilds it at every start</source>
        <translation>der Schriften-Cache liegt in {found}, nicht in {wanted}: matplotlib baut ihn bei jedem Start neu auf</translation>
    </message>
    <message>
        <source>no matplotlib font list in {folder}</source>
        <translation>keine Schriftenliste von matplotlib in {folder}</translation>
    </message>
    <message>
        <source>font list kept in {folder}</source>
        <translation>Schriftenliste in {folder} aufbewahrt</translation>
    </message>
    <message>
        <source>pi-heif has no HEVC decoder: HEIC photos from phones would be refused</source>
        <translation>pi-heif hat keinen HEVC-Decoder: HEIC-Fotos von Handys würden abgelehnt</translation>
    </message>
    <message>
        <source>the HEIC opener is not registered</source>
        <translation>der HEIC-Öffner ist nicht registriert</translation>
    </message>
    <message>
        <source>HEIC decoding by libheif {version}</source>
        <translation>HEIC-Dekodierung durch libheif {version}</translation>
    </message>
    <message>
        <source>Qt started on {platform}, not offscreen</source>
        <translation>Qt startete auf {platform}, nicht ohne Bildschirm (offscreen)</translation>
    </message>
    <message>
        <source>installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>journal and migrations</source>
        <translation>Tagebuch und Migrationen</translation>
    </message>
    <message>
        <source>photo import</source>
        <translation>Fotoimport</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>summary PDF</source>
        <translation>PDF der Zusammenfassung</translation>
    </message>
    <message>
        <source>Qt binding</source>
        <translation>Qt-Anbindung</translation>
    </message>
    <message>
        <source>main window</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <source>matplotlib font cache</source>
        <translation>Schriften-Cache von matplotlib</translation>
    </message>
</context>
</TS>
