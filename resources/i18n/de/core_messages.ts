<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AlertOperationWords</name>
    <message>
        <source>acknowledged the alert of {date} for {site}</source>
        <translation>Hinweis vom {date} zu {site} als gesehen markiert</translation>
    </message>
    <message>
        <source>acknowledged the alert of {date}</source>
        <translation>Hinweis vom {date} als gesehen markiert</translation>
    </message>
    <message>
        <source>took back the acknowledgement of the alert of {date} for {site}</source>
        <translation>Markierung „gesehen“ beim Hinweis vom {date} zu {site} zurückgenommen</translation>
    </message>
    <message>
        <source>took back the acknowledgement of the alert of {date}</source>
        <translation>Markierung „gesehen“ beim Hinweis vom {date} zurückgenommen</translation>
    </message>
    <message>
        <source>There is no open alert to acknowledge.</source>
        <translation>Es gibt keinen offenen Hinweis, der als gesehen markiert werden könnte.</translation>
    </message>
    <message numerus="yes">
        <source>acknowledged %n alerts</source>
        <translation>
            <numerusform>einen Hinweis als gesehen markiert</numerusform>
            <numerusform>%n Hinweise als gesehen markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>took back the acknowledgement of %n alerts</source>
        <translation>
            <numerusform>Markierung „gesehen“ bei einem Hinweis zurückgenommen</numerusform>
            <numerusform>Markierung „gesehen“ bei %n Hinweisen zurückgenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>No open alert was there to show at the visit of {date}.</source>
        <translation>Beim Arztbesuch vom {date} gab es keinen offenen Hinweis zu zeigen.</translation>
    </message>
    <message>
        <source>acknowledged 1 alert as shown at the visit of {date}</source>
        <translation>einen Hinweis als beim Arztbesuch vom {date} gezeigt markiert</translation>
    </message>
    <message>
        <source>took back the acknowledgement of 1 alert as shown at the visit of {date}</source>
        <translation>Markierung „beim Arztbesuch vom {date} gezeigt“ bei einem Hinweis zurückgenommen</translation>
    </message>
    <message numerus="yes">
        <source>acknowledged %n alerts as shown at the visit of {date}</source>
        <translation>
            <numerusform>einen Hinweis als beim Arztbesuch vom {date} gezeigt markiert</numerusform>
            <numerusform>%n Hinweise als beim Arztbesuch vom {date} gezeigt markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>took back the acknowledgement of %n alerts as shown at the visit of {date}</source>
        <translation>
            <numerusform>Markierung „beim Arztbesuch vom {date} gezeigt“ bei einem Hinweis zurückgenommen</numerusform>
            <numerusform>Markierung „beim Arztbesuch vom {date} gezeigt“ bei %n Hinweisen zurückgenommen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlignmentOperationWords</name>
    <message>
        <source>lined up two photos</source>
        <translation>zwei Fotos aufeinander ausgerichtet</translation>
    </message>
    <message>
        <source>lined up the two photos as before</source>
        <translation>die beiden Fotos wieder wie zuvor ausgerichtet</translation>
    </message>
    <message>
        <source>lined up the two photos again</source>
        <translation>die beiden Fotos erneut ausgerichtet</translation>
    </message>
    <message>
        <source>removed the alignment of two photos</source>
        <translation>Ausrichtung zweier Fotos entfernt</translation>
    </message>
</context>
<context>
    <name>BackupCheckWords</name>
    <message>
        <source>its database has a trigger ({name} on {table}) that Skin Journal never creates</source>
        <translation>ihre Datenbank hat einen Trigger ({name} auf {table}), den Skin Journal nie anlegt</translation>
    </message>
    <message>
        <source>its database has a view ({name}) in place of the table of that name</source>
        <translation>ihre Datenbank hat eine Sicht ({name}) an Stelle der gleichnamigen Tabelle</translation>
    </message>
    <message>
        <source>its database has a view ({name})</source>
        <translation>ihre Datenbank hat eine Sicht ({name})</translation>
    </message>
    <message>
        <source>its database has a {kind} ({name}) that Skin Journal does not have</source>
        <translation>ihre Datenbank hat ein Objekt {kind} ({name}), das Skin Journal nicht hat</translation>
    </message>
    <message>
        <source>its database has a {kind} named {name} where Skin Journal has a {known}</source>
        <translation>ihre Datenbank hat ein Objekt {kind} namens {name}, wo Skin Journal ein Objekt {known} hat</translation>
    </message>
    <message>
        <source>its database lacks the {kind} {name} of the table {table}</source>
        <translation>ihrer Datenbank fehlt {kind} {name} der Tabelle {table}</translation>
    </message>
    <message>
        <source>its database lacks the {kind} {name}</source>
        <translation>ihrer Datenbank fehlt {kind} {name}</translation>
    </message>
    <message>
        <source>its database defines the {kind} {name} differently from Skin Journal</source>
        <translation>ihre Datenbank legt {kind} {name} anders fest als Skin Journal</translation>
    </message>
    <message>
        <source>its database is damaged ({damage})</source>
        <translation>ihre Datenbank ist beschädigt ({damage})</translation>
    </message>
    <message>
        <source>the {table} row {id} is refused ({reason})</source>
        <translation>die Zeile {id} in {table} wird abgelehnt ({reason})</translation>
    </message>
    <message>
        <source>the {table} row {id} stores {field} as {value}, not as Skin Journal stores it</source>
        <translation>die Zeile {id} in {table} speichert {field} als {value}, nicht so, wie Skin Journal es speichert</translation>
    </message>
    <message>
        <source>the setting {key} is not a readable value</source>
        <translation>die Einstellung {key} ist kein lesbarer Wert</translation>
    </message>
    <message>
        <source>an alert cannot be read ({reason})</source>
        <translation>ein Hinweis kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the alert {id} has a rule or status Skin Journal does not know</source>
        <translation>der Hinweis {id} hat eine Regel oder einen Status, die Skin Journal nicht kennt</translation>
    </message>
</context>
<context>
    <name>BackupCreateWords</name>
    <message>
        <source>There is no journal in {folder} to back up.</source>
        <translation>In {folder} gibt es kein Tagebuch, das gesichert werden könnte.</translation>
    </message>
    <message>
        <source>the file {wal} beside it was written for another database; no backup was made</source>
        <translation>die Datei {wal} daneben gehört zu einer anderen Datenbank; es wurde keine Sicherung erstellt</translation>
    </message>
    <message>
        <source>{problem}; no backup was made (keep your earlier backups)</source>
        <translation>{problem}; es wurde keine Sicherung erstellt (bewahren Sie Ihre früheren Sicherungen auf)</translation>
    </message>
    <message>
        <source>Back up every 0 (never) or more days, and keep at least 1 backup.</source>
        <translation>Sichern Sie alle 0 (nie) oder mehr Tage, und behalten Sie mindestens 1 Sicherung.</translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message>
        <source>Daily check ({app})</source>
        <translation>Tagescheck ({app})</translation>
    </message>
    <message>
        <source>How was today? Log fatigue, muscle weakness, changes in urination and stress in the daily check.</source>
        <translation>Wie war der Tag? Tragen Sie Erschöpfung, Muskelschwäche, Veränderungen beim Wasserlassen und Stress im Tagescheck ein.</translation>
    </message>
    <message>
        <source>Check {site} ({app})</source>
        <translation>{site} prüfen ({app})</translation>
    </message>
    <message>
        <source>Time to check {site}: a photo and its values, every day.</source>
        <translation>Zeit, {site} zu prüfen: ein Foto und seine Werte, jeden Tag.</translation>
    </message>
    <message numerus="yes">
        <source>Time to check {site}: a photo and its values, every %n days.</source>
        <translation>
            <numerusform>Zeit, {site} zu prüfen: ein Foto und seine Werte, jeden Tag.</numerusform>
            <numerusform>Zeit, {site} zu prüfen: ein Foto und seine Werte, alle %n Tage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CryptConvertWords</name>
    <message>
        <source>The journal in {folder} is already encrypted; nothing was changed.</source>
        <translation>Das Tagebuch in {folder} ist schon verschlüsselt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>There is no journal in {folder}.</source>
        <translation>In {folder} gibt es kein Tagebuch.</translation>
    </message>
    <message>
        <source>The journal in {folder} is open in this program; close it first.</source>
        <translation>Das Tagebuch in {folder} ist in diesem Programm geöffnet; schließen Sie es zuerst.</translation>
    </message>
    <message>
        <source>The journal in {folder} is in use by another program; close it and try again. Nothing was lost.</source>
        <translation>Das Tagebuch in {folder} wird von einem anderen Programm benutzt; schließen Sie es und versuchen Sie es erneut. Nichts ging verloren.</translation>
    </message>
    <message>
        <source>There is a journal in {folder} already; nothing was changed.</source>
        <translation>In {folder} gibt es schon ein Tagebuch; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>CryptHeaderWords</name>
    <message>
        <source>The journal in {folder} is encrypted, but its key file {file} cannot be read ({reason}); without it the journal cannot be opened.</source>
        <translation>Das Tagebuch in {folder} ist verschlüsselt, aber seine Schlüsseldatei {file} kann nicht gelesen werden ({reason}); ohne sie lässt sich das Tagebuch nicht öffnen.</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>sie ist beschädigt</translation>
    </message>
    <message>
        <source>The journal in {folder} was encrypted by a newer Skin Journal; update the app to open it.</source>
        <translation>Das Tagebuch in {folder} wurde von einem neueren Skin Journal verschlüsselt; aktualisieren Sie die App, um es zu öffnen.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters (a few words are best).</source>
        <translation>Eine Passphrase braucht mindestens 8 Zeichen (am besten ein paar Wörter).</translation>
    </message>
    <message>
        <source>That recovery code does not open the journal in {folder}. Nothing was changed; try again.</source>
        <translation>Dieser Wiederherstellungscode öffnet das Tagebuch in {folder} nicht. Nichts wurde geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The journal in {folder} uses a key derivation this Skin Journal does not know.</source>
        <translation>Das Tagebuch in {folder} nutzt eine Schlüsselableitung, die dieses Skin Journal nicht kennt.</translation>
    </message>
    <message>
        <source>That passphrase does not open the journal in {folder}. Nothing was changed; try again.</source>
        <translation>Diese Passphrase öffnet das Tagebuch in {folder} nicht. Nichts wurde geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The journal in {folder} is encrypted: its passphrase is needed to open it.</source>
        <translation>Das Tagebuch in {folder} ist verschlüsselt: Zum Öffnen wird seine Passphrase gebraucht.</translation>
    </message>
</context>
<context>
    <name>CsvExportWords</name>
    <message>
        <source>{folder} is a file; choose a folder for the CSV files.</source>
        <translation>{folder} ist eine Datei; wählen Sie einen Ordner für die CSV-Dateien.</translation>
    </message>
</context>
<context>
    <name>CsvImportWords</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n bad row(s) or line(s).</source>
        <translation>
            <numerusform>Nichts wurde importiert: eine fehlerhafte Zeile.</numerusform>
            <numerusform>Nichts wurde importiert: %n fehlerhafte Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {what}.</source>
        <translation>Importiert: {what}.</translation>
    </message>
    <message>
        <source>Checked: {what} can be imported (dry run: nothing was written).</source>
        <translation>Geprüft: {what} kann importiert werden (Probelauf: nichts wurde geschrieben).</translation>
    </message>
    <message>
        <source>{source} holds none of {files}.</source>
        <translation>{source} enthält keine der Dateien {files}.</translation>
    </message>
    <message>
        <source>{source} does not exist.</source>
        <translation>{source} gibt es nicht.</translation>
    </message>
    <message>
        <source>More than one file holds {kind}; import them one at a time.</source>
        <translation>Mehr als eine Datei enthält {kind}; importieren Sie sie bitte einzeln.</translation>
    </message>
    <message numerus="yes">
        <source>%n {kind} row(s) skipped: already in this journal, identical.</source>
        <translation>
            <numerusform>Eine Zeile {kind} übersprungen: schon gleich im Tagebuch.</numerusform>
            <numerusform>%n Zeilen {kind} übersprungen: schon gleich im Tagebuch.</numerusform>
        </translation>
    </message>
    <message>
        <source>the site {name} is listed twice</source>
        <translation>die Körperstelle {name} steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>The site {name} is already in this journal: kept as it is.</source>
        <translation>Die Körperstelle {name} ist schon im Tagebuch: Sie bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>{name} is not in this journal: add the site first, or import a sites.csv that lists it</source>
        <translation>{name} ist nicht in diesem Tagebuch: Legen Sie die Körperstelle zuerst an oder importieren Sie eine sites.csv, die sie enthält</translation>
    </message>
    <message>
        <source>the entry key {key} is used twice</source>
        <translation>der Eintragsschlüssel {key} kommt zweimal vor</translation>
    </message>
    <message>
        <source>no entry {key} in the entries file of this import</source>
        <translation>kein Eintrag {key} in der Eintragsdatei dieses Imports</translation>
    </message>
    <message>
        <source>entry {key} is {site} on {day}, not {given_site} on {given_day}</source>
        <translation>Eintrag {key} gehört zu {site} am {day}, nicht zu {given_site} am {given_day}</translation>
    </message>
    <message>
        <source>Photo {name} skipped: the picture is neither in this journal nor in a photos folder beside the CSV files (CSV holds no pictures).</source>
        <translation>Foto {name} übersprungen: Das Bild ist weder in diesem Tagebuch noch in einem Ordner „photos“ neben den CSV-Dateien (CSV-Dateien enthalten keine Bilder).</translation>
    </message>
    <message>
        <source>a different daily check for {day} is already there</source>
        <translation>für {day} gibt es schon einen anderen Tagescheck</translation>
    </message>
    <message>
        <source>{name} is not in this journal: add the site first</source>
        <translation>{name} ist nicht in diesem Tagebuch: Legen Sie die Körperstelle zuerst an</translation>
    </message>
    <message>
        <source>give the name of the site the phase is of</source>
        <translation>geben Sie den Namen der Körperstelle an, zu der die Phase gehört</translation>
    </message>
    <message>
        <source>{name} has a different phase marked on {day} already</source>
        <translation>für {name} ist am {day} schon eine andere Phase markiert</translation>
    </message>
    <message>
        <source>a different {reading} reading of {day} is already there</source>
        <translation>für {day} gibt es schon einen anderen Messwert {reading}</translation>
    </message>
    <message>
        <source>{source} changed while importing; nothing was imported.</source>
        <translation>{source} hat sich während des Imports geändert; nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>CsvReadWords</name>
    <message>
        <source>{file} line {line}: {message}</source>
        <translation>{file} Zeile {line}: {message}</translation>
    </message>
    <message>
        <source>not a regular file (a device, a pipe or a socket); give a CSV file</source>
        <translation>keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket); geben Sie eine CSV-Datei an</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB</source>
        <translation>die Datei ist größer als {size} MB</translation>
    </message>
    <message>
        <source>is a journal&apos;s database file, not a CSV file</source>
        <translation>ist die Datenbankdatei eines Tagebuchs, keine CSV-Datei</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the file is empty (a header row of column names is needed)</source>
        <translation>die Datei ist leer (eine Kopfzeile mit den Spaltennamen ist nötig)</translation>
    </message>
    <message>
        <source>the columns are separated by semicolons or tabs; save the file as &quot;CSV UTF-8&quot; (comma-separated, with a decimal point) and import it again</source>
        <translation>die Spalten sind durch Semikolons oder Tabulatoren getrennt; speichern Sie die Datei als „CSV UTF-8“ (durch Kommas getrennt, mit Dezimalpunkt) und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>cannot tell what this file holds: name it {names}, or give it at least the columns site, date and one value</source>
        <translation>unklar, was diese Datei enthält: Nennen Sie sie {names} oder geben Sie ihr mindestens die Spalten site, date und einen Wert</translation>
    </message>
    <message numerus="yes">
        <source>has %n cell(s) but the header has {count} ({columns})</source>
        <translation>
            <numerusform>hat eine Zelle, die Kopfzeile aber {count} ({columns})</numerusform>
            <numerusform>hat %n Zellen, die Kopfzeile aber {count} ({columns})</numerusform>
        </translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} at position {position}); save the file as &quot;CSV UTF-8&quot; in your spreadsheet and import it again</source>
        <translation>ist kein UTF-8-Text (Byte {byte} an Position {position}); speichern Sie die Datei in Ihrer Tabellenkalkulation als „CSV UTF-8“ und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>a quoted cell is never closed (a &quot; is missing); the rest of the file cannot be read</source>
        <translation>eine Zelle in Anführungszeichen wird nie geschlossen (ein &quot; fehlt); der Rest der Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>text follows a closing quote (a &quot; inside a cell must be written &quot;&quot;)</source>
        <translation>nach einem schließenden Anführungszeichen folgt Text (ein &quot; in einer Zelle muss als &quot;&quot; geschrieben werden)</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({reason})</source>
        <translation>kann nicht als CSV gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>unknown column(s) {unknown} for {kind} (known: {known})</source>
        <translation>unbekannte Spalte(n) {unknown} für {kind} (bekannt: {known})</translation>
    </message>
    <message>
        <source>column(s) {columns} appear more than once</source>
        <translation>Spalte(n) {columns} kommen mehrfach vor</translation>
    </message>
    <message>
        <source>the column(s) {columns} are missing</source>
        <translation>die Spalte(n) {columns} fehlen</translation>
    </message>
    <message>
        <source>no value column: give at least one of {columns} or note</source>
        <translation>keine Wertespalte: Geben Sie mindestens eine von {columns} oder note an</translation>
    </message>
</context>
<context>
    <name>DataOperationWords</name>
    <message>
        <source>checked CSV files</source>
        <translation>CSV-Dateien geprüft</translation>
    </message>
    <message>
        <source>imported CSV files</source>
        <translation>CSV-Dateien importiert</translation>
    </message>
    <message>
        <source>restored the backup {name}</source>
        <translation>Sicherung {name} wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>DiskFullWords</name>
    <message>
        <source>The disk is full (no space left where {folder} is), so nothing was saved and the journal is as it was. Free some space on that disk and try again.</source>
        <translation>Der Datenträger ist voll (kein Platz mehr dort, wo {folder} liegt); deshalb wurde nichts gespeichert, und das Tagebuch ist wie zuvor. Schaffen Sie auf diesem Datenträger etwas Platz und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>EntryOperationWords</name>
    <message>
        <source>new entry: the entry for {site} on {date}</source>
        <translation>neuer Eintrag: der Eintrag für {site} vom {date}</translation>
    </message>
    <message>
        <source>deleted the entry for {site} on {date}</source>
        <translation>Eintrag für {site} vom {date} gelöscht</translation>
    </message>
    <message>
        <source>restored the entry for {site} on {date}</source>
        <translation>Eintrag für {site} vom {date} wiederhergestellt</translation>
    </message>
    <message>
        <source>photo {photo} is not a photo of entry {entry}</source>
        <translation>Foto {photo} gehört nicht zu Eintrag {entry}</translation>
    </message>
    <message>
        <source>changed the entry for {site} on {date}</source>
        <translation>Eintrag für {site} vom {date} geändert</translation>
    </message>
</context>
<context>
    <name>FolderCheckWords</name>
    <message numerus="yes">
        <source>%n photo file(s) belong to no entry (left from deletions or an interruption); `skinjournal check --prune` removes them and their thumbnails</source>
        <translation>
            <numerusform>eine Fotodatei gehört zu keinem Eintrag (übrig nach Löschen oder einer Unterbrechung); `skinjournal check --prune` entfernt sie samt Vorschaubild</numerusform>
            <numerusform>%n Fotodateien gehören zu keinem Eintrag (übrig nach Löschen oder einer Unterbrechung); `skinjournal check --prune` entfernt sie samt Vorschaubildern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thumbnail(s) belong to no photo; `skinjournal check --prune` removes them</source>
        <translation>
            <numerusform>ein Vorschaubild gehört zu keinem Foto; `skinjournal check --prune` entfernt es</numerusform>
            <numerusform>%n Vorschaubilder gehören zu keinem Foto; `skinjournal check --prune` entfernt sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished temporary file(s) from an interrupted save (never part of an entry; safe to delete)</source>
        <translation>
            <numerusform>eine unfertige temporäre Datei von einem unterbrochenen Speichern (nie Teil eines Eintrags; kann gefahrlos gelöscht werden)</numerusform>
            <numerusform>%n unfertige temporäre Dateien von einem unterbrochenen Speichern (nie Teil eines Eintrags; können gefahrlos gelöscht werden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderLockWords</name>
    <message>
        <source>This journal is open in another Skin Journal window.</source>
        <translation>Dieses Tagebuch ist in einem anderen Skin-Journal-Fenster geöffnet.</translation>
    </message>
</context>
<context>
    <name>FolderOutputWords</name>
    <message>
        <source>{out} is a symbolic link, not a regular file; it is left as it is and nothing was written. Give the name of a new or ordinary file.</source>
        <translation>{out} ist eine symbolische Verknüpfung, keine gewöhnliche Datei; sie bleibt, wie sie ist, und es wurde nichts geschrieben. Geben Sie den Namen einer neuen oder gewöhnlichen Datei an.</translation>
    </message>
    <message>
        <source>{out} is a device, not a regular file; it is left as it is and nothing was written. Give the name of a new or ordinary file.</source>
        <translation>{out} ist ein Gerät, keine gewöhnliche Datei; sie bleibt, wie sie ist, und es wurde nichts geschrieben. Geben Sie den Namen einer neuen oder gewöhnlichen Datei an.</translation>
    </message>
    <message>
        <source>{out} is a pipe, not a regular file; it is left as it is and nothing was written. Give the name of a new or ordinary file.</source>
        <translation>{out} ist eine Pipe, keine gewöhnliche Datei; sie bleibt, wie sie ist, und es wurde nichts geschrieben. Geben Sie den Namen einer neuen oder gewöhnlichen Datei an.</translation>
    </message>
    <message>
        <source>{out} is a socket, not a regular file; it is left as it is and nothing was written. Give the name of a new or ordinary file.</source>
        <translation>{out} ist ein Socket, keine gewöhnliche Datei; sie bleibt, wie sie ist, und es wurde nichts geschrieben. Geben Sie den Namen einer neuen oder gewöhnlichen Datei an.</translation>
    </message>
    <message>
        <source>{folder} is not a folder; nothing was written.</source>
        <translation>{folder} ist kein Ordner; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name such as {example}. Nothing was written.</source>
        <translation>{out} ist ein Ordner; geben Sie einen Dateinamen an, etwa {example}. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{out} is a symbolic link; give the folder itself. Nothing was written.</source>
        <translation>{out} ist eine symbolische Verknüpfung; geben Sie den Ordner selbst an. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{out} is not a folder; choose a folder for the files. Nothing was written.</source>
        <translation>{out} ist kein Ordner; wählen Sie einen Ordner für die Dateien. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>FolderPathWords</name>
    <message>
        <source>{path} is a file, not a journal folder</source>
        <translation>{path} ist eine Datei, kein Tagebuchordner</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder for backups</source>
        <translation>{path} ist eine Datei, kein Ordner für Sicherungen</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder for the CSV files</source>
        <translation>{path} ist eine Datei, kein Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder for the photos</source>
        <translation>{path} ist eine Datei, kein Ordner für die Fotos</translation>
    </message>
</context>
<context>
    <name>HandOperationWords</name>
    <message>
        <source>new {hand} {finger} finger reading of {date} ({mm} mm)</source>
        <translation>neue Messung Finger-Hohlhand-Abstand, {finger} {hand}, vom {date} ({mm} mm)</translation>
    </message>
    <message>
        <source>changed the {hand} {finger} finger reading of {date} ({mm} mm)</source>
        <translation>Messung Finger-Hohlhand-Abstand, {finger} {hand}, vom {date} ({mm} mm) geändert</translation>
    </message>
    <message>
        <source>{date} has a {hand} {finger} finger reading of its own (id {id}); change that one instead</source>
        <translation>Für den {date} gibt es schon eine eigene Messung, {finger} {hand} (ID {id}); ändern Sie bitte diese</translation>
    </message>
    <message>
        <source>deleted the {hand} {finger} finger reading of {date} ({mm} mm)</source>
        <translation>Messung Finger-Hohlhand-Abstand, {finger} {hand}, vom {date} ({mm} mm) gelöscht</translation>
    </message>
    <message>
        <source>restored the {hand} {finger} finger reading of {date} ({mm} mm)</source>
        <translation>Messung Finger-Hohlhand-Abstand, {finger} {hand}, vom {date} ({mm} mm) wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>JournalOpenWords</name>
    <message numerus="yes">
        <source>%n damaged row(s) in {tables} cannot be read and are left out; run `skinjournal check` for the list.</source>
        <translation>
            <numerusform>Eine beschädigte Zeile in {tables} kann nicht gelesen werden und wird ausgelassen; `skinjournal check` zeigt die Liste.</numerusform>
            <numerusform>%n beschädigte Zeilen in {tables} können nicht gelesen werden und werden ausgelassen; `skinjournal check` zeigt die Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>no journal in {folder}</source>
        <translation>kein Tagebuch in {folder}</translation>
    </message>
    <message>
        <source>the file {wal} beside it was written for another database (opening would mix the two); move {wal} and {shm} out of the folder to open the journal as it was last saved</source>
        <translation>die Datei {wal} daneben gehört zu einer anderen Datenbank (beim Öffnen würden sich beide vermischen); verschieben Sie {wal} und {shm} aus dem Ordner, um das Tagebuch im zuletzt gespeicherten Stand zu öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hold values no Skin Journal writes ({example}); saving into it could spread the damage</source>
        <translation>
            <numerusform>eine Zeile enthält Werte, die Skin Journal nie schreibt ({example}); Speichern könnte den Schaden ausweiten</numerusform>
            <numerusform>%n Zeilen enthalten Werte, die Skin Journal nie schreibt ({example}); Speichern könnte den Schaden ausweiten</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: is a journal&apos;s database file, not a photo. Nothing was added to the journal.</source>
        <translation>{name}: ist die Datenbankdatei eines Tagebuchs, kein Foto. Dem Tagebuch wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>{name}: could not be saved in {folder} ({reason}). Nothing was added to the journal.</source>
        <translation>{name}: konnte nicht in {folder} gespeichert werden ({reason}). Dem Tagebuch wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The journal in {folder} cannot be read ({reason}).</source>
        <translation>Das Tagebuch in {folder} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{database} is missing or empty, but the folder holds a journal&apos;s photos or backups; a new empty journal is not made over them</source>
        <translation>{database} fehlt oder ist leer, aber der Ordner enthält Fotos oder Sicherungen eines Tagebuchs; ein neues, leeres Tagebuch wird darüber nicht angelegt</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found: {result}</source>
        <translation>Die Prüfung von SQLite ergab: {result}</translation>
    </message>
    <message>
        <source>{database} is an SQLite database of another program, not a Skin Journal (it holds {tables})</source>
        <translation>{database} ist eine SQLite-Datenbank eines anderen Programms, kein Skin-Journal-Tagebuch (sie enthält {tables})</translation>
    </message>
    <message>
        <source>its tables {tables} are missing</source>
        <translation>ihre Tabellen {tables} fehlen</translation>
    </message>
</context>
<context>
    <name>MeasurementOperationWords</name>
    <message>
        <source>There is no photo with id {id}; nothing was measured.</source>
        <translation>Es gibt kein Foto mit der ID {id}; es wurde nichts gemessen.</translation>
    </message>
    <message>
        <source>the point {x},{y} is outside the photo ({width} x {height} pixels)</source>
        <translation>der Punkt {x},{y} liegt außerhalb des Fotos ({width} × {height} Pixel)</translation>
    </message>
    <message>
        <source>measured {size} ± {uncertainty} mm on a photo of the entry for {site} on {date}</source>
        <translation>{size} ± {uncertainty} mm auf einem Foto des Eintrags für {site} vom {date} gemessen</translation>
    </message>
    <message>
        <source>took back the measurement on a photo of the entry for {site} on {date}</source>
        <translation>Messung auf einem Foto des Eintrags für {site} vom {date} zurückgenommen</translation>
    </message>
    <message>
        <source>There is no measurement with id {id}; nothing was changed.</source>
        <translation>Es gibt keine Messung mit der ID {id}; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>removed the measurement on a photo of the entry for {site} on {date}</source>
        <translation>Messung auf einem Foto des Eintrags für {site} vom {date} entfernt</translation>
    </message>
    <message>
        <source>restored the measurement on a photo of the entry for {site} on {date}</source>
        <translation>Messung auf einem Foto des Eintrags für {site} vom {date} wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>PhaseOperationWords</name>
    <message>
        <source>marked {site} {phase} from {date}</source>
        <translation>{site} ab {date} als „{phase}“ markiert</translation>
    </message>
    <message>
        <source>put {site} back to {phase}</source>
        <translation>{site} wieder auf „{phase}“ gesetzt</translation>
    </message>
    <message>
        <source>took away {site}&apos;s {phase} of {date}</source>
        <translation>Phase „{phase}“ von {site} vom {date} entfernt</translation>
    </message>
</context>
<context>
    <name>PhotoCheckWords</name>
    <message>
        <source>it does not start like a PNG file</source>
        <translation>sie beginnt nicht wie eine PNG-Datei</translation>
    </message>
    <message>
        <source>the file ends before its last chunk (IEND)</source>
        <translation>die Datei endet vor ihrem letzten Block (IEND)</translation>
    </message>
    <message>
        <source>the {chunk} chunk runs past the end of the file</source>
        <translation>der Block {chunk} reicht über das Ende der Datei hinaus</translation>
    </message>
    <message>
        <source>the {chunk} chunk fails its checksum</source>
        <translation>die Prüfsumme des Blocks {chunk} stimmt nicht</translation>
    </message>
    <message>
        <source>the picture data does not decompress</source>
        <translation>die Bilddaten lassen sich nicht entpacken</translation>
    </message>
    <message>
        <source>the picture data stops before its end</source>
        <translation>die Bilddaten brechen vor ihrem Ende ab</translation>
    </message>
    <message>
        <source>the picture data of image {item} is damaged ({problem})</source>
        <translation>die Bilddaten von Bild {item} sind beschädigt ({problem})</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it ends inside a unit&apos;s length</source>
        <translation>sie endet mitten in der Längenangabe einer Einheit</translation>
    </message>
    <message>
        <source>a unit is cut short</source>
        <translation>eine Einheit ist abgeschnitten</translation>
    </message>
    <message>
        <source>a unit has its forbidden bit set</source>
        <translation>bei einer Einheit ist das verbotene Bit gesetzt</translation>
    </message>
    <message>
        <source>a unit holds a byte sequence HEVC never writes</source>
        <translation>eine Einheit enthält eine Bytefolge, die HEVC nie schreibt</translation>
    </message>
</context>
<context>
    <name>PhotoDateWords</name>
    <message>
        <source>the photos were taken on days more than a day apart ({days}), so they do not say which day this entry is for</source>
        <translation>die Fotos wurden an Tagen aufgenommen, die mehr als einen Tag auseinanderliegen ({days}); sie sagen daher nicht, zu welchem Tag dieser Eintrag gehört</translation>
    </message>
    <message>
        <source>{name} was taken on {taken}, the entry is dated {dated}</source>
        <translation>{name} wurde am {taken} aufgenommen, der Eintrag ist auf den {dated} datiert</translation>
    </message>
</context>
<context>
    <name>PhotoPipelineWords</name>
    <message>
        <source>JPEG, PNG, HEIC/HEIF or WebP</source>
        <translation>JPEG, PNG, HEIC/HEIF oder WebP</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason}).</source>
        <translation>{name}: kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{name}: not a photo file (it is a folder, a device or a pipe).</source>
        <translation>{name}: keine Fotodatei (es ist ein Ordner, ein Gerät oder eine Pipe).</translation>
    </message>
    <message>
        <source>{name}: the file is empty.</source>
        <translation>{name}: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>{name}: the file is larger than {size} MB.</source>
        <translation>{name}: Die Datei ist größer als {size} MB.</translation>
    </message>
    <message>
        <source>{name}: the picture is too large to open safely.</source>
        <translation>{name}: Das Bild ist zu groß, um es sicher zu öffnen.</translation>
    </message>
    <message>
        <source>{name}: not a photo Skin Journal can read (it accepts {formats}).</source>
        <translation>{name}: kein Foto, das Skin Journal lesen kann (es nimmt {formats}).</translation>
    </message>
    <message>
        <source>{name}: the picture is {width}x{height} pixels, more than the {millions} million Skin Journal opens.</source>
        <translation>{name}: Das Bild hat {width}x{height} Pixel, mehr als die {millions} Millionen, die Skin Journal öffnet.</translation>
    </message>
    <message>
        <source>{name}: the picture is damaged ({damage}).</source>
        <translation>{name}: Das Bild ist beschädigt ({damage}).</translation>
    </message>
    <message>
        <source>{name}: the picture needs more memory to open than there is.</source>
        <translation>{name}: Zum Öffnen braucht das Bild mehr Arbeitsspeicher, als vorhanden ist.</translation>
    </message>
    <message>
        <source>{name}: the picture is damaged or incomplete ({reason}).</source>
        <translation>{name}: Das Bild ist beschädigt oder unvollständig ({reason}).</translation>
    </message>
    <message>
        <source>photo file missing: {path}</source>
        <translation>Fotodatei fehlt: {path}</translation>
    </message>
    <message>
        <source>photo file altered or damaged: {path}</source>
        <translation>Fotodatei verändert oder beschädigt: {path}</translation>
    </message>
</context>
<context>
    <name>PhotoPruneWords</name>
    <message>
        <source>The journal in {folder} is busy ({reason}); no photo file was removed. Try again in a moment.</source>
        <translation>Das Tagebuch in {folder} ist beschäftigt ({reason}); keine Fotodatei wurde entfernt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>PhotoQualityWords</name>
    <message>
        <source>the same light each time: bright, even daylight, no flash</source>
        <translation>jedes Mal dasselbe Licht: helles, gleichmäßiges Tageslicht, kein Blitz</translation>
    </message>
    <message>
        <source>hold the camera still and let it focus on the skin</source>
        <translation>die Kamera ruhig halten und auf die Haut scharfstellen lassen</translation>
    </message>
    <message>
        <source>add the camera&apos;s own file: a copy sent through a messaging app is smaller and has lost the day it was taken</source>
        <translation>die Originaldatei der Kamera hinzufügen: Eine über einen Messenger verschickte Kopie ist kleiner und hat das Aufnahmedatum verloren</translation>
    </message>
    <message>
        <source>add each photo to the entry of the day it was taken</source>
        <translation>jedes Foto dem Eintrag des Tages hinzufügen, an dem es aufgenommen wurde</translation>
    </message>
    <message>
        <source>For photos you can compare over time: the same distance and the same light each time, a plain background, a ruler in the same plane as the skin, and for the scalp the hair parted so the skin shows.</source>
        <translation>Für Fotos, die sich über die Zeit vergleichen lassen: jedes Mal derselbe Abstand und dasselbe Licht, ein ruhiger Hintergrund, ein Lineal in derselben Ebene wie die Haut und an der Kopfhaut das Haar so gescheitelt, dass die Haut zu sehen ist.</translation>
    </message>
    <message>
        <source>{guidance}

Light: {light}.
Sharpness: {focus}.
Files: {files}.
Dates: {dates}.</source>
        <translation>{guidance}

Licht: {light}.
Schärfe: {focus}.
Dateien: {files}.
Daten: {dates}.</translation>
    </message>
    <message>
        <source>{name} {problem}. Tip: {tip}.</source>
        <translation>{name} {problem}. Tipp: {tip}.</translation>
    </message>
    <message>
        <source>is very dark, so the skin&apos;s shades and edges are hard to see</source>
        <translation>ist sehr dunkel, sodass Farbtöne und Ränder der Haut schwer zu erkennen sind</translation>
    </message>
    <message>
        <source>is washed out (much of it is near white), so the skin&apos;s shades are lost</source>
        <translation>ist überbelichtet (vieles ist fast weiß), sodass die Farbtöne der Haut verloren gehen</translation>
    </message>
    <message>
        <source>looks blurred, so small changes may not show</source>
        <translation>wirkt unscharf, sodass kleine Veränderungen vielleicht nicht zu sehen sind</translation>
    </message>
    <message>
        <source>is only {width}x{height} pixels, too few to measure a small bump on</source>
        <translation>hat nur {width}x{height} Pixel, zu wenige, um daran ein kleines Knötchen zu messen</translation>
    </message>
    <message>
        <source>carries no camera date, so the day it was taken is not known (it takes the entry&apos;s date)</source>
        <translation>trägt kein Kameradatum, der Aufnahmetag ist also nicht bekannt (es erhält das Datum des Eintrags)</translation>
    </message>
    <message>
        <source>was taken on {taken}, the entry is dated {dated} (more than a day apart); the photo keeps its own date</source>
        <translation>wurde am {taken} aufgenommen, der Eintrag ist auf den {dated} datiert (mehr als einen Tag auseinander); das Foto behält sein eigenes Datum</translation>
    </message>
</context>
<context>
    <name>PlainCopyWords</name>
    <message>
        <source>The journal is encrypted, but this export is not: {written} can be read by anyone who can open it. Delete the export when you no longer need it.</source>
        <translation>Das Tagebuch ist verschlüsselt, dieser Export aber nicht: {written} kann jeder lesen, der die Datei öffnen kann. Löschen Sie den Export, wenn Sie ihn nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>The journal is encrypted, but this export is not: {written} can be read by anyone who can open them. Delete the export when you no longer need it.</source>
        <translation>Das Tagebuch ist verschlüsselt, dieser Export aber nicht: {written} kann jeder lesen, der die Dateien öffnen kann. Löschen Sie den Export, wenn Sie ihn nicht mehr brauchen.</translation>
    </message>
</context>
<context>
    <name>RecordOperationWords</name>
    <message>
        <source>new lab result {test} of {date}</source>
        <translation>neuer Laborwert {test} vom {date}</translation>
    </message>
    <message>
        <source>changed the lab result {test} of {date}</source>
        <translation>Laborwert {test} vom {date} geändert</translation>
    </message>
    <message>
        <source>deleted the lab result {test} of {date}</source>
        <translation>Laborwert {test} vom {date} gelöscht</translation>
    </message>
    <message>
        <source>restored the lab result {test} of {date}</source>
        <translation>Laborwert {test} vom {date} wiederhergestellt</translation>
    </message>
    <message>
        <source>new care event {what} of {date}</source>
        <translation>neue Maßnahme {what} vom {date}</translation>
    </message>
    <message>
        <source>changed the care event {what} of {date}</source>
        <translation>Maßnahme {what} vom {date} geändert</translation>
    </message>
    <message>
        <source>deleted the care event {what} of {date}</source>
        <translation>Maßnahme {what} vom {date} gelöscht</translation>
    </message>
    <message>
        <source>restored the care event {what} of {date}</source>
        <translation>Maßnahme {what} vom {date} wiederhergestellt</translation>
    </message>
    <message>
        <source>new visit of {date}</source>
        <translation>neuer Arztbesuch vom {date}</translation>
    </message>
    <message>
        <source>changed the visit of {date}</source>
        <translation>Arztbesuch vom {date} geändert</translation>
    </message>
    <message>
        <source>deleted the visit of {date}</source>
        <translation>Arztbesuch vom {date} gelöscht</translation>
    </message>
    <message>
        <source>restored the visit of {date}</source>
        <translation>Arztbesuch vom {date} wiederhergestellt</translation>
    </message>
    <message>
        <source>new visit of {date} with {clinician}</source>
        <translation>neuer Arztbesuch vom {date} bei {clinician}</translation>
    </message>
    <message>
        <source>changed the visit of {date} with {clinician}</source>
        <translation>Arztbesuch vom {date} bei {clinician} geändert</translation>
    </message>
    <message>
        <source>deleted the visit of {date} with {clinician}</source>
        <translation>Arztbesuch vom {date} bei {clinician} gelöscht</translation>
    </message>
    <message>
        <source>restored the visit of {date} with {clinician}</source>
        <translation>Arztbesuch vom {date} bei {clinician} wiederhergestellt</translation>
    </message>
    <message>
        <source>new daily check of {date}</source>
        <translation>neuer Tagescheck vom {date}</translation>
    </message>
    <message>
        <source>changed the daily check of {date}</source>
        <translation>Tagescheck vom {date} geändert</translation>
    </message>
    <message>
        <source>deleted the daily check of {date}</source>
        <translation>Tagescheck vom {date} gelöscht</translation>
    </message>
    <message>
        <source>restored the daily check of {date}</source>
        <translation>Tagescheck vom {date} wiederhergestellt</translation>
    </message>
    <message>
        <source>there is no site with id {id}</source>
        <translation>es gibt keine Körperstelle mit der ID {id}</translation>
    </message>
    <message>
        <source>{date} has a daily check of its own (id {id}); edit that one instead</source>
        <translation>Für den {date} gibt es schon einen eigenen Tagescheck (ID {id}); bearbeiten Sie bitte diesen</translation>
    </message>
</context>
<context>
    <name>RestoreMoveWords</name>
    <message>
        <source>Another restore into {target} is under way; nothing was restored. Try again when it has finished.</source>
        <translation>In {target} läuft schon eine andere Wiederherstellung; nichts wurde wiederhergestellt. Versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>A restore into {folder} is under way in another Skin Journal process. Try again when it has finished.</source>
        <translation>Ein anderes Skin-Journal-Programm stellt gerade in {folder} wieder her. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>A restore into {folder} was interrupted, and {folder} has been filled since. The restored journal is in {staging}; move one of the two away, then open the journal again.</source>
        <translation>Eine Wiederherstellung in {folder} wurde unterbrochen, und {folder} wurde seither gefüllt. Das wiederhergestellte Tagebuch liegt in {staging}; verschieben Sie einen der beiden Ordner, und öffnen Sie das Tagebuch dann erneut.</translation>
    </message>
</context>
<context>
    <name>RestoreWords</name>
    <message>
        <source>{name} is not a Skin Journal backup (it has no {manifest}). Nothing was restored.</source>
        <translation>{name} ist keine Skin-Journal-Sicherung (sie hat keine {manifest}). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{backup} is damaged: {name} does not match the hash recorded when the backup was made. Nothing was restored.</source>
        <translation>{backup} ist beschädigt: {name} passt nicht zur Prüfsumme, die beim Erstellen der Sicherung festgehalten wurde. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{path} is a named pipe, not a backup file. Nothing was restored.</source>
        <translation>{path} ist eine benannte Pipe, keine Sicherungsdatei. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{path} is a device, not a backup file. Nothing was restored.</source>
        <translation>{path} ist ein Gerät, keine Sicherungsdatei. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file. Nothing was restored.</source>
        <translation>{path} ist ein Ordner, keine Sicherungsdatei. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{path} is a socket, not a backup file. Nothing was restored.</source>
        <translation>{path} ist ein Socket, keine Sicherungsdatei. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{path} is a link, not a backup file. Nothing was restored.</source>
        <translation>{path} ist eine Verknüpfung, keine Sicherungsdatei. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{path} is not a regular file, not a backup file. Nothing was restored.</source>
        <translation>{path} ist keine gewöhnliche Datei und keine Sicherungsdatei. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}). Nothing was restored.</source>
        <translation>{path} kann nicht gelesen werden ({reason}). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is a backup made before its journal was encrypted, sealed since with that journal&apos;s key, and cannot be restored as it is: `skinjournal decrypt` on that journal turns it back into a plain backup that can be restored (encrypt again afterwards). Nothing was restored.</source>
        <translation>{name} ist eine Sicherung von vor der Verschlüsselung ihres Tagebuchs, seither mit dessen Schlüssel versiegelt, und lässt sich so nicht wiederherstellen: `skinjournal decrypt` auf diesem Tagebuch macht daraus wieder eine einfache Sicherung, die sich wiederherstellen lässt (danach erneut verschlüsseln). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is not a Skin Journal backup (not a zip file). Nothing was restored.</source>
        <translation>{name} ist keine Skin-Journal-Sicherung (keine ZIP-Datei). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is not a Skin Journal backup (its zip structure is damaged). Nothing was restored.</source>
        <translation>{name} ist keine Skin-Journal-Sicherung (ihr ZIP-Aufbau ist beschädigt). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} has entries that point outside the journal folder or are not plain files ({entries}). Nothing was restored.</source>
        <translation>{name} hat Einträge, die aus dem Tagebuchordner hinauszeigen oder keine einfachen Dateien sind ({entries}). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is not a Skin Journal backup: it has encrypted entries ({entries}), and Skin Journal never encrypts a backup. Nothing was restored.</source>
        <translation>{name} ist keine Skin-Journal-Sicherung: Sie hat verschlüsselte Einträge ({entries}), und Skin Journal verschlüsselt eine Sicherung nie. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is not a Skin Journal backup: entries are compressed in a way Skin Journal never uses ({entries}). Nothing was restored.</source>
        <translation>{name} ist keine Skin-Journal-Sicherung: Einträge sind auf eine Art komprimiert, die Skin Journal nie verwendet ({entries}). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is not a Skin Journal backup (its {manifest} cannot be read). Nothing was restored.</source>
        <translation>{name} ist keine Skin-Journal-Sicherung (ihre {manifest} kann nicht gelesen werden). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is not a Skin Journal backup (its {manifest} is far larger than any backup&apos;s). Nothing was restored.</source>
        <translation>{name} ist keine Skin-Journal-Sicherung (ihre {manifest} ist weit größer als die jeder Sicherung). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is not a Skin Journal backup (its {manifest} is not ours). Nothing was restored.</source>
        <translation>{name} ist keine Skin-Journal-Sicherung (ihre {manifest} stammt nicht von Skin Journal). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is not a Skin Journal backup (its {manifest} gives no format version). Nothing was restored.</source>
        <translation>{name} ist keine Skin-Journal-Sicherung (ihre {manifest} nennt keine Formatversion). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>This backup was made by a newer Skin Journal (format {version}); install the newer version to restore it. Nothing was restored.</source>
        <translation>Diese Sicherung wurde von einem neueren Skin Journal erstellt (Format {version}); installieren Sie die neuere Version, um sie wiederherzustellen. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is not a Skin Journal backup (it holds no journal database). Nothing was restored.</source>
        <translation>{name} ist keine Skin-Journal-Sicherung (sie enthält keine Tagebuch-Datenbank). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is not a Skin Journal backup (its {manifest} gives {entry} no size and hash). Nothing was restored.</source>
        <translation>{name} ist keine Skin-Journal-Sicherung (ihre {manifest} nennt für {entry} keine Größe und Prüfsumme). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is not a Skin Journal backup (its {manifest} gives {entry} a size that is not a number of bytes ({size})). Nothing was restored.</source>
        <translation>{name} ist keine Skin-Journal-Sicherung (ihre {manifest} nennt für {entry} eine Größe, die keine Anzahl Bytes ist ({size})). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is not a Skin Journal backup (its {manifest} gives {entry} a hash that is not a SHA-256). Nothing was restored.</source>
        <translation>{name} ist keine Skin-Journal-Sicherung (ihre {manifest} nennt für {entry} eine Prüfsumme, die kein SHA-256 ist). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is not a Skin Journal backup (it holds the same name twice). Nothing was restored.</source>
        <translation>{name} ist keine Skin-Journal-Sicherung (sie enthält denselben Namen zweimal). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{backup} is not a Skin Journal backup (unexpected entry {entry}). Nothing was restored.</source>
        <translation>{backup} ist keine Skin-Journal-Sicherung (unerwarteter Eintrag {entry}). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is not a Skin Journal backup (its manifest does not match its contents: {entries}). Nothing was restored.</source>
        <translation>{name} ist keine Skin-Journal-Sicherung (ihr Inhaltsverzeichnis passt nicht zum Inhalt: {entries}). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{target} is a file, not a journal folder. Nothing was restored.</source>
        <translation>{target} ist eine Datei, kein Tagebuchordner. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{target} already holds a journal. Nothing was restored. To replace it, restore with --replace: the current journal is then kept aside as {name}.before-restore-&lt;date&gt;.</source>
        <translation>{target} enthält schon ein Tagebuch. Nichts wurde wiederhergestellt. Um es zu ersetzen, stellen Sie mit --replace wieder her: Das bisherige Tagebuch wird dann als {name}.before-restore-&lt;Datum&gt; beiseitegelegt.</translation>
    </message>
    <message>
        <source>Not enough free space beside {target} ({free} MB free, the journal needs {needed} MB). Nothing was restored.</source>
        <translation>Neben {target} ist nicht genug Platz frei ({free} MB frei, das Tagebuch braucht {needed} MB). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is damaged: its {header} cannot be read. Nothing was restored.</source>
        <translation>{name} ist beschädigt: Ihre Datei {header} kann nicht gelesen werden. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} cannot be restored: its key file {header} is damaged, and without it the journal in it cannot be opened. Nothing was restored.</source>
        <translation>{name} kann nicht wiederhergestellt werden: Ihre Schlüsseldatei {header} ist beschädigt, und ohne sie lässt sich das Tagebuch darin nicht öffnen. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} cannot be restored: it was made while its journal was being decrypted. Nothing was restored.</source>
        <translation>{name} kann nicht wiederhergestellt werden: Sie wurde erstellt, während ihr Tagebuch entschlüsselt wurde. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} is a backup of an encrypted journal: its passphrase is needed to restore it. Nothing was restored.</source>
        <translation>{name} ist die Sicherung eines verschlüsselten Tagebuchs: Zum Wiederherstellen wird seine Passphrase gebraucht. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>That recovery code does not open the backup {name}. Nothing was restored; try again.</source>
        <translation>Dieser Wiederherstellungscode öffnet die Sicherung {name} nicht. Nichts wurde wiederhergestellt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup {name}. Nothing was restored; try again.</source>
        <translation>Diese Passphrase öffnet die Sicherung {name} nicht. Nichts wurde wiederhergestellt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {reason}. Nothing was restored.</source>
        <translation>{name} kann nicht wiederhergestellt werden: {reason}. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>its database cannot be read ({reason})</source>
        <translation>ihre Datenbank kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>its database is damaged</source>
        <translation>ihre Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>{name} is not sealed, and an encrypted journal&apos;s photos always are</source>
        <translation>{name} ist nicht versiegelt, die Fotos eines verschlüsselten Tagebuchs sind es aber immer</translation>
    </message>
    <message>
        <source>{name} was changed or damaged since the backup was made</source>
        <translation>{name} wurde seit dem Erstellen der Sicherung verändert oder beschädigt</translation>
    </message>
    <message>
        <source>{name} does not hold the picture its name says</source>
        <translation>{name} enthält nicht das Bild, das sein Name angibt</translation>
    </message>
    <message>
        <source>The backup file changed while it was being restored. Nothing was restored.</source>
        <translation>Die Sicherungsdatei hat sich während der Wiederherstellung geändert. Nichts wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>SealedWords</name>
    <message>
        <source>{label} is not a sealed file of this journal, or it was cut short.</source>
        <translation>{label} ist keine versiegelte Datei dieses Tagebuchs oder wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>{label} was changed or damaged since it was saved; it is not shown.</source>
        <translation>{label} wurde seit dem Speichern verändert oder beschädigt; es wird nicht gezeigt.</translation>
    </message>
    <message>
        <source>{label} was changed, damaged or cut short since it was saved.</source>
        <translation>{label} wurde seit dem Speichern verändert, beschädigt oder abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>SettingsOperationWords</name>
    <message>
        <source>changed the settings {names}</source>
        <translation>Einstellungen {names} geändert</translation>
    </message>
    <message>
        <source>changed the setting {names}</source>
        <translation>Einstellung {names} geändert</translation>
    </message>
    <message>
        <source>put {key} back to its default</source>
        <translation>{key} auf den Standardwert zurückgesetzt</translation>
    </message>
    <message>
        <source>changed the profile</source>
        <translation>Profil geändert</translation>
    </message>
</context>
<context>
    <name>SiteOperationWords</name>
    <message>
        <source>new site: {name}</source>
        <translation>neue Körperstelle: {name}</translation>
    </message>
    <message>
        <source>renamed {old} to {new}</source>
        <translation>{old} in {new} umbenannt</translation>
    </message>
    <message>
        <source>archived {name}</source>
        <translation>{name} archiviert</translation>
    </message>
    <message>
        <source>brought back {name}</source>
        <translation>{name} aus dem Archiv zurückgeholt</translation>
    </message>
    <message>
        <source>marked {name} resolved on {date}</source>
        <translation>{name} als am {date} abgeschlossen markiert</translation>
    </message>
    <message>
        <source>marked {name} not resolved</source>
        <translation>{name} als nicht abgeschlossen markiert</translation>
    </message>
    <message>
        <source>changed {name}</source>
        <translation>{name} geändert</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n entry; delete them with it (--with-entries) or archive the site instead</source>
        <translation>
            <numerusform>{name} hat einen Eintrag; löschen Sie ihn mit (--with-entries) oder archivieren Sie die Körperstelle stattdessen</numerusform>
            <numerusform>{name} hat %n Einträge; löschen Sie sie mit (--with-entries) oder archivieren Sie die Körperstelle stattdessen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n entries; delete them with it (--with-entries) or archive the site instead</source>
        <translation>
            <numerusform>{name} hat einen Eintrag; löschen Sie ihn mit (--with-entries) oder archivieren Sie die Körperstelle stattdessen</numerusform>
            <numerusform>{name} hat %n Einträge; löschen Sie sie mit (--with-entries) oder archivieren Sie die Körperstelle stattdessen</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted {name}</source>
        <translation>{name} gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>deleted {name} and its %n entry</source>
        <translation>
            <numerusform>{name} samt einem Eintrag gelöscht</numerusform>
            <numerusform>{name} samt %n Einträgen gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted {name} and its %n entries</source>
        <translation>
            <numerusform>{name} samt einem Eintrag gelöscht</numerusform>
            <numerusform>{name} samt %n Einträgen gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>restored {name}</source>
        <translation>{name} wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>StoreAlertWords</name>
    <message>
        <source>no alert with id {id}</source>
        <translation>kein Hinweis mit der ID {id}</translation>
    </message>
    <message>
        <source>alert {id} has no acknowledgement</source>
        <translation>Hinweis {id} ist nicht als gesehen markiert</translation>
    </message>
    <message>
        <source>no acknowledgement with id {id}</source>
        <translation>keine Markierung „gesehen“ mit der ID {id}</translation>
    </message>
</context>
<context>
    <name>StoreAlignmentWords</name>
    <message>
        <source>no photo alignment with id {id}</source>
        <translation>keine Foto-Ausrichtung mit der ID {id}</translation>
    </message>
</context>
<context>
    <name>StoreHandWords</name>
    <message>
        <source>no finger-to-palm reading with id {id}</source>
        <translation>keine Messung des Finger-Hohlhand-Abstands mit der ID {id}</translation>
    </message>
</context>
<context>
    <name>StoreMeasurementWords</name>
    <message>
        <source>There is no photo with id {id}.</source>
        <translation>Es gibt kein Foto mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no measurement with id {id}.</source>
        <translation>Es gibt keine Messung mit der ID {id}.</translation>
    </message>
</context>
<context>
    <name>StoreMigrateWords</name>
    <message>
        <source>This journal was saved by a newer version of Skin Journal (it has schema changes this version does not know: {changes}). Install the newer version to open it; nothing was changed.</source>
        <translation>Dieses Tagebuch wurde von einer neueren Version von Skin Journal gespeichert (es hat Schemaänderungen, die diese Version nicht kennt: {changes}). Installieren Sie die neuere Version, um es zu öffnen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>StorePhaseWords</name>
    <message>
        <source>no site phase with id {id}</source>
        <translation>keine Phase einer Körperstelle mit der ID {id}</translation>
    </message>
</context>
<context>
    <name>StoreRecordWords</name>
    <message>
        <source>no {table} record with id {id}</source>
        <translation>kein Datensatz in {table} mit der ID {id}</translation>
    </message>
</context>
<context>
    <name>StoreSentencesWords</name>
    <message>
        <source>No backup was found in {folder}; if you keep one elsewhere, bring it back with `skinjournal restore FILE.zip --replace`.</source>
        <translation>In {folder} wurde keine Sicherung gefunden; wenn Sie anderswo eine aufbewahren, holen Sie sie mit `skinjournal restore FILE.zip --replace` zurück.</translation>
    </message>
    <message>
        <source>The newest backup found is {backup}; bring it back with `skinjournal restore {backup} --replace`.</source>
        <translation>Die neueste gefundene Sicherung ist {backup}; holen Sie sie mit `skinjournal restore {backup} --replace` zurück.</translation>
    </message>
    <message>
        <source>The newest backup found is {backup} (a copy of the database taken before an upgrade); copy it over journal.sqlite3 to go back to it.</source>
        <translation>Die neueste gefundene Sicherung ist {backup} (eine vor einem Update angelegte Kopie der Datenbank); kopieren Sie sie über journal.sqlite3, um zu ihr zurückzukehren.</translation>
    </message>
    <message>
        <source>The journal database in {folder} is damaged: {detail}. Nothing was changed. {advice} `skinjournal check` tells more.</source>
        <translation>Die Tagebuch-Datenbank in {folder} ist beschädigt: {detail}. Nichts wurde geändert. {advice} `skinjournal check` sagt mehr.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Another program is saving to the journal in {folder} and kept it busy; try again in a moment. {nothing}</source>
        <translation>Ein anderes Programm speichert gerade in das Tagebuch in {folder} und hat es belegt; versuchen Sie es gleich noch einmal. {nothing}</translation>
    </message>
    <message>
        <source>The journal in {folder} cannot be written: the file or its folder is read-only, or belongs to another user ({reason}). {nothing}</source>
        <translation>In das Tagebuch in {folder} kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt oder gehört einem anderen Benutzer ({reason}). {nothing}</translation>
    </message>
    <message>
        <source>The journal in {folder} cannot be written: the disk or the folder is read-only ({reason}). {nothing}</source>
        <translation>In das Tagebuch in {folder} kann nicht geschrieben werden: Der Datenträger oder der Ordner ist schreibgeschützt ({reason}). {nothing}</translation>
    </message>
    <message>
        <source>The journal database in {folder} cannot be opened ({reason}); check that the folder exists and that you may read and write it. {nothing}</source>
        <translation>Die Tagebuch-Datenbank in {folder} lässt sich nicht öffnen ({reason}); prüfen Sie, ob es den Ordner gibt und ob Sie darin lesen und schreiben dürfen. {nothing}</translation>
    </message>
    <message>
        <source>The disk refused to read or write the journal in {folder} ({reason}). {nothing} Check the disk (is it full, removed or failing?) and try again.</source>
        <translation>Der Datenträger hat das Lesen oder Schreiben des Tagebuchs in {folder} verweigert ({reason}). {nothing} Prüfen Sie den Datenträger (ist er voll, entfernt oder defekt?) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The journal in {folder} refused the change ({reason}). {nothing}</source>
        <translation>Das Tagebuch in {folder} hat die Änderung abgelehnt ({reason}). {nothing}</translation>
    </message>
    <message>
        <source>it does not hold what Skin Journal expects ({reason})</source>
        <translation>sie enthält nicht, was Skin Journal erwartet ({reason})</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>sie kann nicht gelesen werden ({reason})</translation>
    </message>
</context>
<context>
    <name>StoreSiteWords</name>
    <message>
        <source>a site named {name} already exists</source>
        <translation>eine Körperstelle namens {name} gibt es schon</translation>
    </message>
    <message>
        <source>no site named {name} (see `skinjournal site list`)</source>
        <translation>keine Körperstelle namens {name} (siehe `skinjournal site list`)</translation>
    </message>
</context>
<context>
    <name>StoredFileWords</name>
    <message>
        <source>{name} is not a {kind} picture</source>
        <translation>{name} ist kein {kind}-Bild</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <translation>{name} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{name} still carries {carried} (camera details, possibly where it was taken); photos stored by Skin Journal never do</source>
        <translation>{name} enthält noch {carried} (Kameraangaben, womöglich den Aufnahmeort); von Skin Journal gespeicherte Fotos enthalten so etwas nie</translation>
    </message>
    <message>
        <source>{name} is refused as a photo ({reason})</source>
        <translation>{name} wird als Foto abgelehnt ({reason})</translation>
    </message>
    <message>
        <source>{name} cannot be decoded ({error})</source>
        <translation>{name} lässt sich nicht dekodieren ({error})</translation>
    </message>
    <message>
        <source>EXIF data</source>
        <translation>EXIF-Daten</translation>
    </message>
    <message>
        <source>XMP data</source>
        <translation>XMP-Daten</translation>
    </message>
</context>
</TS>
