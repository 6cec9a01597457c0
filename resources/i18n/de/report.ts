<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ReportCommonWords</name>
    <message numerus="yes">
        <source>%n earlier day, then {dates}</source>
        <translation>
            <numerusform>%n früherer Tag, dann {dates}</numerusform>
            <numerusform>%n frühere Tage, dann {dates}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier days, then {dates}</source>
        <translation>
            <numerusform>%n früherer Tag, dann {dates}</numerusform>
            <numerusform>%n frühere Tage, dann {dates}</numerusform>
        </translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>Seite {number}</translation>
    </message>
    <message>
        <source>a later page</source>
        <translation>einer späteren Seite</translation>
    </message>
</context>
<context>
    <name>ReportDocumentWords</name>
    <message>
        <source>Recorded by the patient; not a diagnosis</source>
        <translation>Selbst erfasst; keine Diagnose</translation>
    </message>
    <message>
        <source>Skin Journal summary</source>
        <translation>Skin Journal-Zusammenfassung</translation>
    </message>
    <message>
        <source>the summary could not be drawn on this printer or file</source>
        <translation>Die Zusammenfassung konnte auf diesem Drucker oder in diese Datei nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Skin Journal summary, made {date}</source>
        <translation>Skin Journal-Zusammenfassung vom {date}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>ReportFrontWords</name>
    <message>
        <source>size (mm)</source>
        <translation>Größe (mm)</translation>
    </message>
    <message>
        <source>restricted movement</source>
        <translation>eingeschränkte Beweglichkeit</translation>
    </message>
    <message>
        <source>urination changes</source>
        <translation>veränderte Blasenentleerung</translation>
    </message>
    <message>
        <source>vitamin D</source>
        <translation>Vitamin D</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>tightness</source>
        <translation>Spannung</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>inflamed</source>
        <translation>gerötet, warm oder geschwollen</translation>
    </message>
    <message>
        <source>ulcerated</source>
        <translation>aufgebrochen</translation>
    </message>
    <message>
        <source>discharge</source>
        <translation>kreideartiges Material</translation>
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
        <source>calcium</source>
        <translation>Calcium</translation>
    </message>
    <message>
        <source>phosphate</source>
        <translation>Phosphat</translation>
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
        <source>Beyond noise: a size change larger than the two sizes&apos; combined uncertainty (a size without a recorded method is taken as a ruler reading, &amp;plusmn;1 mm or 30%); a 0-10 rating change larger than the smallest detectable change, 1 point or 15% whichever is larger (Salaffi et al., Eur J Pain 2004).</source>
        <translation>Über der Messungenauigkeit: eine Größenänderung, die größer ist als die gemeinsame Unsicherheit beider Größen (eine Größe ohne erfasste Messmethode gilt als Linealmessung, &amp;plusmn;1 mm oder 30 %); eine Änderung einer Bewertung von 0–10, die größer ist als die kleinste erkennbare Änderung, 1 Punkt oder 15 %, je nachdem, was größer ist (Salaffi et al., Eur J Pain 2004).</translation>
    </message>
    <message>
        <source>Skin journal summary for {name}</source>
        <translation>Zusammenfassung des Hauttagebuchs für {name}</translation>
    </message>
    <message>
        <source>Skin journal summary</source>
        <translation>Zusammenfassung des Hauttagebuchs</translation>
    </message>
    <message>
        <source>Period: {since} to {until}</source>
        <translation>Zeitraum: {since} bis {until}</translation>
    </message>
    <message numerus="yes">
        <source>({basis}, %n day). Made on {date}.</source>
        <translation>
            <numerusform>({basis}, ein Tag). Erstellt am {date}.</numerusform>
            <numerusform>({basis}, %n Tage). Erstellt am {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>({basis}, %n days). Made on {date}.</source>
        <translation>
            <numerusform>({basis}, %n Tag). Erstellt am {date}.</numerusform>
            <numerusform>({basis}, %n Tage). Erstellt am {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything here was recorded at home by the patient.</source>
        <translation>Alles hier wurde zu Hause von der Patientin oder dem Patienten erfasst.</translation>
    </message>
    <message>
        <source>Questions for the doctor</source>
        <translation>Fragen für den Arzttermin</translation>
    </message>
    <message>
        <source>Known conditions</source>
        <translation>Bekannte Erkrankungen</translation>
    </message>
    <message>
        <source>Current supplements and medicines</source>
        <translation>Aktuelle Nahrungsergänzungsmittel und Medikamente</translation>
    </message>
    <message>
        <source>About the patient</source>
        <translation>Zur Person</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>No alert is open at the end of the period, and none was raised or acknowledged in it.</source>
        <translation>Am Ende des Zeitraums ist kein Hinweis offen, und in ihm wurde keiner ausgelöst oder als gesehen markiert.</translation>
    </message>
    <message numerus="yes">
        <source>Warning signs: %n open at the end of the period, {others} more raised or acknowledged in it</source>
        <translation>
            <numerusform>Warnzeichen: %n am Ende des Zeitraums offen, {others} weitere darin ausgelöst oder als gesehen markiert</numerusform>
            <numerusform>Warnzeichen: %n am Ende des Zeitraums offen, {others} weitere darin ausgelöst oder als gesehen markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning signs: %n open at the end of the period</source>
        <translation>
            <numerusform>Warnzeichen: %n am Ende des Zeitraums offen</numerusform>
            <numerusform>Warnzeichen: %n am Ende des Zeitraums offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open alerts first, whenever they were raised; newest and most serious first. Each quotes what was recorded; with each one the journal advised the patient to have it assessed by a doctor.</source>
        <translation>Offene Hinweise zuerst, gleich wann sie ausgelöst wurden; die neuesten und ernstesten zuerst. Jeder gibt wieder, was erfasst wurde; bei jedem hat das Tagebuch geraten, dies ärztlich abklären zu lassen.</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <source>raised before this period</source>
        <translation>vor diesem Zeitraum ausgelöst</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Patient&apos;s note, {date}: {note}</source>
        <translation>Notiz der Person, {date}: {note}</translation>
    </message>
    <message>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Was bemerkt wurde</translation>
    </message>
    <message>
        <source>Entries behind it</source>
        <translation>Zugrunde liegende Einträge</translation>
    </message>
    <message>
        <source>{value} (once)</source>
        <translation>{value} (einmal)</translation>
    </message>
    <message>
        <source>(noise &amp;plusmn;{noise} mm)</source>
        <translation>(Messungenauigkeit &amp;plusmn;{noise} mm)</translation>
    </message>
    <message>
        <source>(noise {noise})</source>
        <translation>(Messungenauigkeit {noise})</translation>
    </message>
    <message>
        <source>Beyond noise:</source>
        <translation>Über der Messungenauigkeit:</translation>
    </message>
    <message>
        <source>within noise</source>
        <translation>innerhalb der Messungenauigkeit</translation>
    </message>
    <message>
        <source>one reading: no change to judge</source>
        <translation>ein Messwert: keine Änderung zu beurteilen</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in period</source>
        <translation>
            <numerusform>%n im Zeitraum</numerusform>
            <numerusform>%n im Zeitraum</numerusform>
        </translation>
    </message>
    <message>
        <source>Sites at a glance</source>
        <translation>Körperstellen im Überblick</translation>
    </message>
    <message>
        <source>No sites were chosen.</source>
        <translation>Es wurden keine Körperstellen ausgewählt.</translation>
    </message>
    <message>
        <source>no entries in this period</source>
        <translation>keine Einträge in diesem Zeitraum</translation>
    </message>
    <message>
        <source>First and latest value in the period; sites with an open alert first, then those with a change beyond measurement noise, then the rest.</source>
        <translation>Erster und letzter Wert im Zeitraum; Stellen mit offenem Hinweis zuerst, dann solche mit einer Änderung über der Messungenauigkeit, dann die übrigen.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Size (mm)</source>
        <translation>Größe (mm)</translation>
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
        <source>Change against the noise</source>
        <translation>Änderung gegenüber der Messungenauigkeit</translation>
    </message>
    <message>
        <source>Labs outside the lab&apos;s range</source>
        <translation>Laborwerte außerhalb des Referenzbereichs</translation>
    </message>
    <message>
        <source>No result in this period was outside its lab&apos;s range.</source>
        <translation>Kein Wert in diesem Zeitraum lag außerhalb seines Referenzbereichs.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The lab&apos;s range</source>
        <translation>Referenzbereich des Labors</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>at least {value}</source>
        <translation>mindestens {value}</translation>
    </message>
    <message>
        <source>at most {value}</source>
        <translation>höchstens {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n site with something to see (an alert, a change beyond noise, a new phase or ultrasound): chart, photos and numbers, half a page each, from {page}.</source>
        <translation>
            <numerusform>Eine Stelle mit Auffälligem (ein Hinweis, eine Änderung über der Messungenauigkeit, eine neue Phase oder ein Ultraschall): Diagramm, Fotos und Zahlen auf einer halben Seite, ab {page}.</numerusform>
            <numerusform>%n Stellen mit Auffälligem (ein Hinweis, eine Änderung über der Messungenauigkeit, eine neue Phase oder ein Ultraschall): Diagramm, Fotos und Zahlen, je eine halbe Seite, ab {page}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sites with something to see (an alert, a change beyond noise, a new phase or ultrasound): chart, photos and numbers, half a page each, from {page}.</source>
        <translation>
            <numerusform>%n Stelle mit Auffälligem (ein Hinweis, eine Änderung über der Messungenauigkeit, eine neue Phase oder ein Ultraschall): Diagramm, Fotos und Zahlen auf einer halben Seite, ab {page}.</numerusform>
            <numerusform>%n Stellen mit Auffälligem (ein Hinweis, eine Änderung über der Messungenauigkeit, eine neue Phase oder ein Ultraschall): Diagramm, Fotos und Zahlen, je eine halbe Seite, ab {page}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No site had an alert or a change beyond measurement noise in this period.</source>
        <translation>Keine Stelle hatte in diesem Zeitraum einen Hinweis oder eine Änderung über der Messungenauigkeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n site with nothing beyond noise and no alert: their line in the table above is all there is.</source>
        <translation>
            <numerusform>Eine Stelle ohne Änderung über der Messungenauigkeit und ohne Hinweis: Ihre Zeile in der Tabelle oben ist alles.</numerusform>
            <numerusform>%n Stellen ohne Änderung über der Messungenauigkeit und ohne Hinweis: Ihre Zeile in der Tabelle oben ist alles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sites with nothing beyond noise and no alert: their line in the table above is all there is.</source>
        <translation>
            <numerusform>%n Stelle ohne Änderung über der Messungenauigkeit und ohne Hinweis: Ihre Zeile in der Tabelle oben ist alles.</numerusform>
            <numerusform>%n Stellen ohne Änderung über der Messungenauigkeit und ohne Hinweis: Ihre Zeilen in der Tabelle oben sind alles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily checks, lab results and charts, care and visits: from {page}.</source>
        <translation>Tageschecks, Laborwerte und Diagramme, Pflege und Maßnahmen, Arztbesuche: ab {page}.</translation>
    </message>
    <message>
        <source>What follows</source>
        <translation>Was folgt</translation>
    </message>
</context>
<context>
    <name>ReportHtmlWords</name>
    <message>
        <source>Sites with something to see</source>
        <translation>Stellen mit Auffälligem</translation>
    </message>
    <message>
        <source>Sites with no entries in this period: {names}.</source>
        <translation>Stellen ohne Einträge in diesem Zeitraum: {names}.</translation>
    </message>
</context>
<context>
    <name>ReportImageWords</name>
    <message>
        <source>photo file
missing</source>
        <translation>Fotodatei
fehlt</translation>
    </message>
</context>
<context>
    <name>ReportLifecycleWords</name>
    <message>
        <source>{phase} from {start} to {end}</source>
        <translation>{phase} vom {start} bis {end}</translation>
    </message>
    <message>
        <source>{phase} from {start} (now)</source>
        <translation>{phase} seit {start} (jetzt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phases:&lt;/b&gt; {phases} (shaded in the chart).</source>
        <translation>&lt;b&gt;Phasen:&lt;/b&gt; {phases} (im Diagramm schattiert).</translation>
    </message>
    <message>
        <source>a deleted site</source>
        <translation>eine gelöschte Stelle</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Stelle:</translation>
    </message>
    <message>
        <source>{size} mm thick</source>
        <translation>{size} mm dick</translation>
    </message>
    <message>
        <source>{size} mm deep</source>
        <translation>{size} mm tief</translation>
    </message>
    <message>
        <source>Ultrasound:</source>
        <translation>Ultraschall:</translation>
    </message>
    <message>
        <source>X-ray:</source>
        <translation>Röntgen:</translation>
    </message>
    <message>
        <source>done</source>
        <translation>durchgeführt</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht durchgeführt</translation>
    </message>
    <message>
        <source>Biopsy:</source>
        <translation>Biopsie:</translation>
    </message>
    <message>
        <source>Type named:</source>
        <translation>Genannte Art:</translation>
    </message>
    <message>
        <source>Finger-to-palm distance measured at home with a ruler; larger means stiffer ({source}).</source>
        <translation>Finger-Hohlhand-Abstand, zu Hause mit einem Lineal gemessen; größer heißt steifer ({source}).</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>Finger</translation>
    </message>
    <message>
        <source>First in period</source>
        <translation>Erster im Zeitraum</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Hand function</source>
        <translation>Handfunktion</translation>
    </message>
    <message>
        <source>{size} mm ({date})</source>
        <translation>{size} mm ({date})</translation>
    </message>
</context>
<context>
    <name>ReportOptionsWords</name>
    <message>
        <source>page size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>{name} is not a paper size here; use A4 or Letter</source>
        <translation>{name} ist hier kein Papierformat; verwenden Sie A4 oder Letter</translation>
    </message>
</context>
<context>
    <name>ReportRecordsWords</name>
    <message>
        <source>Daily checks</source>
        <translation>Tageschecks</translation>
    </message>
    <message>
        <source>No daily checks were recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Tageschecks erfasst.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n day checked of the period&apos;s {days}.</source>
        <translation>
            <numerusform>Ein Tag geprüft von {days} des Zeitraums.</numerusform>
            <numerusform>%n Tage geprüft von {days} des Zeitraums.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days checked of the period&apos;s {days}.</source>
        <translation>
            <numerusform>%n Tag geprüft von {days} des Zeitraums.</numerusform>
            <numerusform>%n Tage geprüft von {days} des Zeitraums.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>No lab results in this period.</source>
        <translation>Keine Laborwerte in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>outside the lab&apos;s range</source>
        <translation>außerhalb des Referenzbereichs</translation>
    </message>
    <message>
        <source>within</source>
        <translation>innerhalb</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Wert</translation>
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
        <source>Lab&apos;s range</source>
        <translation>Referenzbereich</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>at least {value}</source>
        <translation>mindestens {value}</translation>
    </message>
    <message>
        <source>at most {value}</source>
        <translation>höchstens {value}</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Pflege und Maßnahmen</translation>
    </message>
    <message>
        <source>No care was recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Pflege und Maßnahmen erfasst.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Usual amount</source>
        <translation>Übliche Menge</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Times in period</source>
        <translation>Mal im Zeitraum</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Arztbesuche</translation>
    </message>
    <message>
        <source>No visits were recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Arztbesuche erfasst.</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Ärztin oder Arzt</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Visits and findings</source>
        <translation>Arztbesuche und Befunde</translation>
    </message>
</context>
<context>
    <name>ReportSiteWords</name>
    <message>
        <source>near a joint</source>
        <translation>nahe einem Gelenk</translation>
    </message>
    <message>
        <source>type as told by a doctor: {type}</source>
        <translation>Art laut ärztlicher Angabe: {type}</translation>
    </message>
    <message>
        <source>resolved on {date}</source>
        <translation>abgeklungen am {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n entry from {first} to {last}</source>
        <translation>
            <numerusform>Ein Eintrag vom {first} bis {last}</numerusform>
            <numerusform>%n Einträge vom {first} bis {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries from {first} to {last}</source>
        <translation>
            <numerusform>%n Eintrag vom {first} bis {last}</numerusform>
            <numerusform>%n Einträge vom {first} bis {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo</source>
        <translation>
            <numerusform>ein Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>{change}, beyond noise</source>
        <translation>{change}, über der Messungenauigkeit</translation>
    </message>
    <message>
        <source>{change}, within noise</source>
        <translation>{change}, innerhalb der Messungenauigkeit</translation>
    </message>
    <message>
        <source>No size, count, tightness or pain was recorded in this period.</source>
        <translation>In diesem Zeitraum wurden weder Größe, Anzahl, Spannung noch Schmerz erfasst.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>First in period</source>
        <translation>Erster im Zeitraum</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Per month: the slope through every reading, given only from {readings} readings over at least four weeks; otherwise first and latest only.</source>
        <translation>Pro Monat: die Steigung durch alle Messwerte, nur angegeben ab {readings} Messwerten über mindestens vier Wochen; sonst nur erster und letzter Wert.</translation>
    </message>
    <message numerus="yes">
        <source>{sign} on %n entry</source>
        <translation>
            <numerusform>{sign} bei einem Eintrag</numerusform>
            <numerusform>{sign} bei %n Einträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sign} on %n entries</source>
        <translation>
            <numerusform>{sign} bei %n Eintrag</numerusform>
            <numerusform>{sign} bei %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning signs noted:&lt;/b&gt; {signs}.</source>
        <translation>&lt;b&gt;Vermerkte Warnzeichen:&lt;/b&gt; {signs}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alerts on:&lt;/b&gt; {dates} (dashed lines in the chart).</source>
        <translation>&lt;b&gt;Hinweise am:&lt;/b&gt; {dates} (gestrichelte Linien im Diagramm).</translation>
    </message>
    <message>
        <source>No photos in this period.</source>
        <translation>Keine Fotos in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>all %n photo</source>
        <translation>
            <numerusform>das eine Foto</numerusform>
            <numerusform>alle %n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n photos</source>
        <translation>
            <numerusform>alle %n Fotos</numerusform>
            <numerusform>alle %n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}: the first, the latest, every alert date and some between</source>
        <translation>{shown} von {total}: das erste, das letzte, jedes Hinweisdatum und einige dazwischen</translation>
    </message>
    <message>
        <source>{shown} of {total}: the first, the latest and some between</source>
        <translation>{shown} von {total}: das erste, das letzte und einige dazwischen</translation>
    </message>
    <message>
        <source>{chosen}; lines: the length (yellow) and width (blue) measured on the photo, the reference (pink)</source>
        <translation>{chosen}; Linien: die auf dem Foto gemessene Länge (gelb) und Breite (blau), die Referenz (pink)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erstes</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>letztes</translation>
    </message>
    <message>
        <source>{label}, alert</source>
        <translation>{label}, Hinweis</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>entry of {date}</source>
        <translation>Eintrag vom {date}</translation>
    </message>
    <message>
        <source>size {size} mm</source>
        <translation>Größe {size} mm</translation>
    </message>
    <message>
        <source>pain {pain}</source>
        <translation>Schmerz {pain}</translation>
    </message>
    <message>
        <source>photo file missing</source>
        <translation>Fotodatei fehlt</translation>
    </message>
</context>
</TS>
