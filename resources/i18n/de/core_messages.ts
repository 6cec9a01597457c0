<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <name>DiskFullWords</name>
    <message>
        <source>The disk is full (no space left where {folder} is), so nothing was saved and the journal is as it was. Free some space on that disk and try again.</source>
        <translation>Der Datenträger ist voll (kein Platz mehr dort, wo {folder} liegt); deshalb wurde nichts gespeichert, und das Tagebuch ist wie zuvor. Schaffen Sie auf diesem Datenträger etwas Platz und versuchen Sie es erneut.</translation>
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
</TS>
