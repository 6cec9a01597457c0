<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AlertSettingWords</name>
    <message>
        <source>On top of that, growth must be larger than the two sizes&apos; combined uncertainty (the square root of the sum of their squared ± values): about ±1 mm or 30% for a ruler, ±0.5 mm or 10% for a calliper, ±2 mm or 50% for an estimate, and for a size measured on a photo the ± its calibration gives, often a few tenths of a millimetre. So two photo measurements can show real growth that two ruler readings of the same sizes cannot. Sizes logged without saying how they were measured are judged by these margins alone.</source>
        <translation>Außerdem muss das Wachstum größer sein als die gemeinsame Messungenauigkeit beider Größen (die Wurzel aus der Summe ihrer quadrierten ±-Werte): etwa ±1 mm oder 30 % mit einem Lineal, ±0,5 mm oder 10 % mit einer Schieblehre, ±2 mm oder 50 % bei einer Schätzung, und bei einer auf einem Foto gemessenen Größe das ±, das ihre Kalibrierung ergibt, oft wenige Zehntelmillimeter. Zwei Fotomessungen können daher echtes Wachstum zeigen, wo zwei Linealmessungen derselben Größen es nicht können. Größen, bei denen nicht angegeben ist, wie sie gemessen wurden, werden allein nach diesen Grenzen beurteilt.</translation>
    </message>
    <message>
        <source>Rapid growth: at least this many percent larger</source>
        <translation>Schnelles Wachstum: mindestens so viel Prozent größer</translation>
    </message>
    <message>
        <source>Paper-ruler measurements of small lesions vary by tens of percent, so a single measuring step must not raise an alert; growth counts only when it passes both this percentage and the millimetre margin. {uncertainty}</source>
        <translation>Messungen kleiner Hautveränderungen mit einem Papierlineal schwanken um einige zehn Prozent, daher darf ein einzelner Messschritt keinen Hinweis auslösen; Wachstum zählt nur, wenn es sowohl diesen Prozentsatz als auch die Grenze in Millimetern überschreitet. {uncertainty}</translation>
    </message>
    <message>
        <source>Rapid growth: and at least this many millimetres larger</source>
        <translation>Schnelles Wachstum: und mindestens so viele Millimeter größer</translation>
    </message>
    <message>
        <source>Paper-ruler measurements of small lesions vary by tens of percent, so a single measuring step must not raise an alert; for a 2 mm bump 30% is only 0.6 mm, well inside a ruler&apos;s wobble, so growth must also pass this margin in millimetres. {uncertainty}</source>
        <translation>Messungen kleiner Hautveränderungen mit einem Papierlineal schwanken um einige zehn Prozent, daher darf ein einzelner Messschritt keinen Hinweis auslösen; bei einem 2-mm-Knötchen sind 30 % nur 0,6 mm, weit innerhalb der Ungenauigkeit eines Lineals, daher muss Wachstum auch diese Grenze in Millimetern überschreiten. {uncertainty}</translation>
    </message>
    <message>
        <source>Rapid growth: compared with sizes logged this many days before</source>
        <translation>Schnelles Wachstum: verglichen mit Größen, die so viele Tage vorher eingetragen wurden</translation>
    </message>
    <message>
        <source>The documents call growth over weeks rapid and growth over many months not; 6 weeks also covers people who measure once a month, since the previous month&apos;s size is always inside the window.</source>
        <translation>Die Unterlagen nennen Wachstum über Wochen schnell, Wachstum über viele Monate nicht; 6 Wochen passen auch für Menschen, die einmal im Monat messen, da die Größe des Vormonats immer im Zeitraum liegt.</translation>
    </message>
    <message>
        <source>Rapid growth: bump count multiplied by at least</source>
        <translation>Schnelles Wachstum: Anzahl der Knötchen mindestens vervielfacht um</translation>
    </message>
    <message>
        <source>Counting small bumps is uncertain by one or two, so only a count that at least doubles within the window (from the minimum count below) is treated as rapid growth.</source>
        <translation>Beim Zählen kleiner Knötchen liegt man leicht um eins oder zwei daneben, daher gilt nur eine Anzahl, die sich im Zeitraum mindestens verdoppelt (ab der Mindestanzahl unten), als schnelles Wachstum.</translation>
    </message>
    <message>
        <source>Rapid growth: counts are compared from this many bumps</source>
        <translation>Schnelles Wachstum: Anzahlen werden ab so vielen Knötchen verglichen</translation>
    </message>
    <message>
        <source>Going from 1 bump to 2 is one new bump, often a counting difference; doubling counts only from this many bumps.</source>
        <translation>Von 1 auf 2 Knötchen ist nur ein neues Knötchen, oft ein Zählunterschied; eine Verdopplung zählt erst ab so vielen Knötchen.</translation>
    </message>
    <message>
        <source>Pain: a rating at or above</source>
        <translation>Schmerz: ein Wert von mindestens</translation>
    </message>
    <message>
        <source>The documents list pain as a warning sign. A 0-10 rating wobbles from day to day (its meaningful change is about 2 points), so the low ratings of ordinary days do not raise an alert.</source>
        <translation>Die Unterlagen nennen Schmerz als Warnzeichen. Ein Wert auf der Skala 0–10 schwankt von Tag zu Tag (eine bedeutsame Änderung sind etwa 2 Punkte), daher lösen die niedrigen Werte gewöhnlicher Tage keinen Hinweis aus.</translation>
    </message>
    <message>
        <source>Pain: a further rise this many points above the last alert raises a new one</source>
        <translation>Schmerz: ein weiterer Anstieg um so viele Punkte über den letzten Hinweis löst einen neuen aus</translation>
    </message>
    <message>
        <source>A 0-10 rating&apos;s meaningful change is about 2 points: while pain stays at or above the threshold, a new alert is raised only when it rises this much above the rating of the last alert, not on one point of wobble.</source>
        <translation>Eine bedeutsame Änderung auf der Skala 0–10 sind etwa 2 Punkte: Solange der Schmerz auf oder über der Schwelle bleibt, gibt es einen neuen Hinweis nur, wenn er um so viel über den Wert des letzten Hinweises steigt, nicht bei einem Punkt Schwankung.</translation>
    </message>
    <message>
        <source>Daily checks: fatigue or weakness on at least this many checks</source>
        <translation>Tageschecks: Müdigkeit oder Schwäche bei mindestens so vielen Checks</translation>
    </message>
    <message>
        <source>One tired day is ordinary; fatigue or muscle weakness on many of the recent daily checks is the persistent kind the documents list as a warning sign.</source>
        <translation>Ein müder Tag ist gewöhnlich; Müdigkeit oder Muskelschwäche bei vielen der letzten Tageschecks ist die anhaltende Art, die die Unterlagen als Warnzeichen nennen.</translation>
    </message>
    <message>
        <source>Daily checks: within the last this many days</source>
        <translation>Tageschecks: innerhalb der letzten so vielen Tage</translation>
    </message>
    <message>
        <source>Two weeks is long enough to tell persistent fatigue or weakness from a bad few days.</source>
        <translation>Zwei Wochen reichen, um anhaltende Müdigkeit oder Schwäche von ein paar schlechten Tagen zu unterscheiden.</translation>
    </message>
    <message>
        <source>Sudden change: tightness rose by at least this many points</source>
        <translation>Plötzliche Änderung: Spannung um mindestens so viele Punkte gestiegen</translation>
    </message>
    <message>
        <source>A 0-10 rating&apos;s meaningful change is about 2 points, so one step of wobble must not raise an alert; 3 points is more than that. The documents describe a slow course, so a sudden change is worth a professional look.</source>
        <translation>Eine bedeutsame Änderung auf der Skala 0–10 sind etwa 2 Punkte, daher darf ein Schritt Schwankung keinen Hinweis auslösen; 3 Punkte sind mehr als das. Die Unterlagen beschreiben einen langsamen Verlauf, daher ist eine plötzliche Änderung eine ärztliche Abklärung wert.</translation>
    </message>
    <message>
        <source>Sudden change: within this many days</source>
        <translation>Plötzliche Änderung: innerhalb so vieler Tage</translation>
    </message>
    <message>
        <source>Tightness changes over months; a rise of several points within a week is sudden.</source>
        <translation>Die Spannung ändert sich über Monate; ein Anstieg um mehrere Punkte innerhalb einer Woche ist plötzlich.</translation>
    </message>
    <message>
        <source>no such alert setting (known: {keys})</source>
        <translation>keine solche Hinweis-Einstellung (bekannt: {keys})</translation>
    </message>
    <message>
        <source>{days} days cannot fit in a window of {window} days</source>
        <translation>{days} Tage passen nicht in einen Zeitraum von {window} Tagen</translation>
    </message>
</context>
<context>
    <name>AlertWords</name>
    <message>
        <source>Rapid growth</source>
        <translation>Schnelles Wachstum</translation>
    </message>
    <message>
        <source>Pain, inflammation or an open sore</source>
        <translation>Schmerz, Entzündung oder eine offene Stelle</translation>
    </message>
    <message>
        <source>Chalk-like discharge</source>
        <translation>Kreideartiger Austritt</translation>
    </message>
    <message>
        <source>Restricted movement</source>
        <translation>Eingeschränkte Beweglichkeit</translation>
    </message>
    <message>
        <source>Fatigue, weakness or urination changes</source>
        <translation>Müdigkeit, Schwäche oder veränderte Blasenentleerung</translation>
    </message>
    <message>
        <source>Sudden change in tightness</source>
        <translation>Plötzliche Änderung der Spannung</translation>
    </message>
    <message>
        <source>Lab value outside its reference range</source>
        <translation>Laborwert außerhalb des Referenzbereichs</translation>
    </message>
    <message>
        <source>This is a warning sign that calls for prompt medical attention: please have it assessed by a doctor.</source>
        <translation>Dies ist ein Warnzeichen, das zeitnah ärztliche Aufmerksamkeit braucht: Lassen Sie dies bitte ärztlich abklären.</translation>
    </message>
    <message>
        <source>Fatigue or muscle weakness was noted on {count} of the daily checks from {start} to {end} (the last {days} days).</source>
        <translation>Müdigkeit oder Muskelschwäche wurde in {count} der Tageschecks vom {start} bis {end} notiert (die letzten {days} Tage).</translation>
    </message>
    <message>
        <source>A change in urination was noted in the daily check of {date}.</source>
        <translation>Im Tagescheck vom {date} wurde eine veränderte Blasenentleerung notiert.</translation>
    </message>
    <message>
        <source>A lab result (other test) of {date} was {value} {unit}, {where}.</source>
        <translation>Ein Laborwert (anderer Test) vom {date} lag bei {value} {unit}, {where}.</translation>
    </message>
    <message>
        <source>The {test} result of {date} was {value} {unit}, {where}.</source>
        <translation>Der Laborwert {test} vom {date} lag bei {value} {unit}, {where}.</translation>
    </message>
    <message>
        <source>below the reference range the lab gave ({low} to {high} {unit})</source>
        <translation>unter dem Referenzbereich, den das Labor angegeben hat ({low} bis {high} {unit})</translation>
    </message>
    <message>
        <source>above the reference range the lab gave ({low} to {high} {unit})</source>
        <translation>über dem Referenzbereich, den das Labor angegeben hat ({low} bis {high} {unit})</translation>
    </message>
    <message>
        <source>above the upper limit the lab gave ({high} {unit})</source>
        <translation>über der Obergrenze, die das Labor angegeben hat ({high} {unit})</translation>
    </message>
    <message>
        <source>below the lower limit the lab gave ({low} {unit})</source>
        <translation>unter der Untergrenze, die das Labor angegeben hat ({low} {unit})</translation>
    </message>
    <message>
        <source>{site} measured {new} across on {date}, up from {old} on {old_date} ({ago}): +{growth}, +{percent}%.</source>
        <translation>{site} maß am {date} {new} im Durchmesser, nach {old} am {old_date} ({ago}): +{growth}, +{percent} %.</translation>
    </message>
    <message>
        <source>{site} measured {new} across on {date}, up from {old} on {old_date} ({ago}): +{growth}.</source>
        <translation>{site} maß am {date} {new} im Durchmesser, nach {old} am {old_date} ({ago}): +{growth}.</translation>
    </message>
    <message>
        <source>That is more than the ±{noise} the two measurements may be off by.</source>
        <translation>Das ist mehr als die ±{noise}, um die die beiden Messungen abweichen können.</translation>
    </message>
    <message>
        <source>{new} bumps were counted at {site} on {date}, up from {old} on {old_date} ({ago}): {factor} times as many.</source>
        <translation>Am {date} wurden an {site} {new} Knötchen gezählt, nach {old} am {old_date} ({ago}): {factor}-mal so viele.</translation>
    </message>
    <message>
        <source>{count} bumps</source>
        <translation>{count} Knötchen</translation>
    </message>
    <message>
        <source>{rating} of 10</source>
        <translation>{rating} von 10</translation>
    </message>
    <message>
        <source>That is a further step from {value} on {date}, when the growth was last noted.</source>
        <translation>Das ist ein weiterer Schritt nach {value} am {date}, als das Wachstum zuletzt vermerkt wurde.</translation>
    </message>
    <message>
        <source>That is a further step from {value} on {date}, when the rise was last noted.</source>
        <translation>Das ist ein weiterer Schritt nach {value} am {date}, als der Anstieg zuletzt vermerkt wurde.</translation>
    </message>
    <message>
        <source>redness, warmth or swelling (inflamed)</source>
        <translation>Rötung, Wärme oder Schwellung (entzündet)</translation>
    </message>
    <message>
        <source>an opening in the skin (ulcerated)</source>
        <translation>eine offene Stelle in der Haut (aufgebrochen)</translation>
    </message>
    <message>
        <source>pain rated {rating} of 10</source>
        <translation>Schmerz mit {rating} von 10 bewertet</translation>
    </message>
    <message>
        <source>pain rated {rating} of 10 (up from {before} on {date})</source>
        <translation>Schmerz mit {rating} von 10 bewertet (nach {before} am {date})</translation>
    </message>
    <message>
        <source>On {date}, {site} was logged with {signs}.</source>
        <translation>Am {date} wurde für {site} festgehalten: {signs}.</translation>
    </message>
    <message>
        <source>On {date}, {site} was logged as having broken open and let out chalk-like material.</source>
        <translation>Am {date} wurde für {site} festgehalten, dass die Stelle aufgebrochen ist und kreideartiges Material austrat.</translation>
    </message>
    <message>
        <source>On {date}, moving the joint near {site} was logged as restricted.</source>
        <translation>Am {date} wurde festgehalten, dass das Gelenk bei {site} schwerer beweglich war.</translation>
    </message>
    <message>
        <source>On {date}, movement at {site} was logged as restricted.</source>
        <translation>Am {date} wurde festgehalten, dass die Beweglichkeit bei {site} eingeschränkt war.</translation>
    </message>
    <message>
        <source>Tightness at {site} was rated {rating} of 10 on {date}, up from {before} on {old_date} ({ago}).</source>
        <translation>Die Spannung bei {site} wurde am {date} mit {rating} von 10 bewertet, nach {before} am {old_date} ({ago}).</translation>
    </message>
    <message>
        <source>The documents describe a slow course, so a sudden change is worth a professional look: please have it assessed by a doctor.</source>
        <translation>Die Unterlagen beschreiben einen langsamen Verlauf, daher verdient eine plötzliche Änderung einen fachkundigen Blick: Lassen Sie dies bitte ärztlich abklären.</translation>
    </message>
    <message>
        <source>{size} mm</source>
        <translation>{size} mm</translation>
    </message>
    <message numerus="yes">
        <source>%n day earlier</source>
        <translation>
            <numerusform>einen Tag zuvor</numerusform>
            <numerusform>%n Tage zuvor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days earlier</source>
        <translation>
            <numerusform>einen Tag zuvor</numerusform>
            <numerusform>%n Tage zuvor</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>{site} was marked resolved on {date}, but this was logged after that.</source>
        <translation>{site} wurde am {date} als abgeheilt markiert, dies wurde aber danach festgehalten.</translation>
    </message>
</context>
<context>
    <name>AlignWords</name>
    <message>
        <source>two landmarks are needed, each a point x, y</source>
        <translation>zwei Orientierungspunkte sind nötig, jeder ein Punkt x, y</translation>
    </message>
    <message>
        <source>a landmark is not a point on the photo</source>
        <translation>ein Orientierungspunkt liegt nicht auf dem Foto</translation>
    </message>
    <message>
        <source>the two landmarks are less than {least} pixels apart; pick two points further from each other</source>
        <translation>die beiden Orientierungspunkte liegen weniger als {least} Pixel auseinander; wählen Sie zwei Punkte, die weiter voneinander entfernt sind</translation>
    </message>
    <message>
        <source>the scale must be a positive number</source>
        <translation>der Maßstab muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>two photos are needed to line them up</source>
        <translation>zum Ausrichten sind zwei Fotos nötig</translation>
    </message>
    <message>
        <source>a photo cannot be lined up with itself; pick two photos</source>
        <translation>ein Foto kann nicht an sich selbst ausgerichtet werden; wählen Sie zwei Fotos</translation>
    </message>
    <message>
        <source>two landmarks are needed on each photo</source>
        <translation>auf jedem Foto sind zwei Orientierungspunkte nötig</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
    <message>
        <source>No entries in this period</source>
        <translation>Keine Einträge in diesem Zeitraum</translation>
    </message>
    <message>
        <source>largest size (mm)</source>
        <translation>größter Durchmesser (mm)</translation>
    </message>
    <message>
        <source>size (mm)</source>
        <translation>Größe (mm)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>± how far the size may be off</source>
        <translation>± mögliche Abweichung der Größe</translation>
    </message>
    <message>
        <source>size by {method}</source>
        <translation>Größe per {method}</translation>
    </message>
    <message>
        <source>tightness (0-10)</source>
        <translation>Spannung (0–10)</translation>
    </message>
    <message>
        <source>pain (0-10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>care</source>
        <translation>Pflege</translation>
    </message>
    <message>
        <source>warning sign (alert)</source>
        <translation>Warnzeichen (Hinweis)</translation>
    </message>
    <message>
        <source>lab&apos;s reference range</source>
        <translation>Referenzbereich des Labors</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>outside the lab&apos;s range</source>
        <translation>außerhalb des Laborbereichs</translation>
    </message>
    <message>
        <source>No results in this period</source>
        <translation>Keine Ergebnisse in diesem Zeitraum</translation>
    </message>
    <message>
        <source>thickness on ultrasound (mm)</source>
        <translation>Dicke im Ultraschall (mm)</translation>
    </message>
    <message>
        <source>Finger-to-palm distance (larger is stiffer)</source>
        <translation>Finger-Hohlhand-Abstand (größer ist steifer)</translation>
    </message>
    <message>
        <source>No readings in this period</source>
        <translation>Keine Messungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>largest size</source>
        <translation>größter Durchmesser</translation>
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
        <source>Largest size (mm)</source>
        <translation>Größter Durchmesser (mm)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Tightness (0-10)</source>
        <translation>Spannung (0–10)</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>{what} {first} on {first_date}</source>
        <translation>{what} {first} am {first_date}</translation>
    </message>
    <message>
        <source>{what} {first} on {first_date} and on {last_date}</source>
        <translation>{what} {first} am {first_date} und am {last_date}</translation>
    </message>
    <message>
        <source>{what} {first} at the start and the end</source>
        <translation>{what} {first} am Anfang und am Ende</translation>
    </message>
    <message>
        <source>{what} from {first} to {last}</source>
        <translation>{what} von {first} auf {last}</translation>
    </message>
    <message>
        <source>{what} from {first} on {first_date} to {last} on {last_date}</source>
        <translation>{what} von {first} am {first_date} auf {last} am {last_date}</translation>
    </message>
    <message>
        <source>nothing logged in this period</source>
        <translation>in diesem Zeitraum nichts festgehalten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>no results in this period</source>
        <translation>keine Ergebnisse in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%n result, {values}</source>
        <translation>
            <numerusform>ein Ergebnis, {values}</numerusform>
            <numerusform>%n Ergebnisse, {values}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results, {values}</source>
        <translation>
            <numerusform>ein Ergebnis, {values}</numerusform>
            <numerusform>%n Ergebnisse, {values}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside the lab&apos;s range</source>
        <translation>
            <numerusform>eines außerhalb des Laborbereichs</numerusform>
            <numerusform>%n außerhalb des Laborbereichs</numerusform>
        </translation>
    </message>
    <message>
        <source>all within the lab&apos;s range</source>
        <translation>alle im Laborbereich</translation>
    </message>
    <message>
        <source>Result ({unit})</source>
        <translation>Ergebnis ({unit})</translation>
    </message>
    <message>
        <source>Lab&apos;s range</source>
        <translation>Laborbereich</translation>
    </message>
    <message>
        <source>Outside range</source>
        <translation>Außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no readings in this period</source>
        <translation>keine Messungen in diesem Zeitraum</translation>
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
</context>
<context>
    <name>ChoiceWords</name>
    <message>
        <source>scalp</source>
        <translation>Kopfhaut</translation>
    </message>
    <message>
        <source>face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>finger</source>
        <translation>Finger</translation>
    </message>
    <message>
        <source>forearm</source>
        <translation>Unterarm</translation>
    </message>
    <message>
        <source>elbow</source>
        <translation>Ellenbogen</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>trunk</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>moves freely</source>
        <translation>frei verschiebbar</translation>
    </message>
    <message>
        <source>reduced</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>stuck</source>
        <translation>am Knochen fest</translation>
    </message>
    <message>
        <source>white</source>
        <translation>weiß</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>skin-coloured</source>
        <translation>hautfarben</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Nahrungsergänzung</translation>
    </message>
    <message>
        <source>Skin care</source>
        <translation>Hautpflege</translation>
    </message>
    <message>
        <source>Sun protection</source>
        <translation>Sonnenschutz</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>CoinWords</name>
    <message>
        <source>1 euro cent</source>
        <translation>1 Euro-Cent</translation>
    </message>
    <message>
        <source>2 euro cent</source>
        <translation>2 Euro-Cent</translation>
    </message>
    <message>
        <source>5 euro cent</source>
        <translation>5 Euro-Cent</translation>
    </message>
    <message>
        <source>10 euro cent</source>
        <translation>10 Euro-Cent</translation>
    </message>
    <message>
        <source>20 euro cent</source>
        <translation>20 Euro-Cent</translation>
    </message>
    <message>
        <source>50 euro cent</source>
        <translation>50 Euro-Cent</translation>
    </message>
    <message>
        <source>1 euro</source>
        <translation>1 Euro</translation>
    </message>
    <message>
        <source>2 euro</source>
        <translation>2 Euro</translation>
    </message>
    <message>
        <source>US 1 cent (penny)</source>
        <translation>US 1 Cent (Penny)</translation>
    </message>
    <message>
        <source>US 5 cents (nickel)</source>
        <translation>US 5 Cent (Nickel)</translation>
    </message>
    <message>
        <source>US 10 cents (dime)</source>
        <translation>US 10 Cent (Dime)</translation>
    </message>
    <message>
        <source>US 25 cents (quarter)</source>
        <translation>US 25 Cent (Quarter)</translation>
    </message>
    <message>
        <source>UK 1 penny</source>
        <translation>UK 1 Penny</translation>
    </message>
    <message>
        <source>UK 2 pence</source>
        <translation>UK 2 Pence</translation>
    </message>
    <message>
        <source>UK 5 pence</source>
        <translation>UK 5 Pence</translation>
    </message>
    <message>
        <source>UK 10 pence</source>
        <translation>UK 10 Pence</translation>
    </message>
    <message>
        <source>UK 20 pence (seven-sided: across the curved edges)</source>
        <translation>UK 20 Pence (siebeneckig: über die gerundeten Kanten gemessen)</translation>
    </message>
    <message>
        <source>UK 50 pence (seven-sided: across the curved edges)</source>
        <translation>UK 50 Pence (siebeneckig: über die gerundeten Kanten gemessen)</translation>
    </message>
    <message>
        <source>UK 1 pound</source>
        <translation>UK 1 Pfund</translation>
    </message>
    <message>
        <source>UK 2 pounds</source>
        <translation>UK 2 Pfund</translation>
    </message>
    <message>
        <source>{value} is not a coin this journal knows (known: {keys})</source>
        <translation>{value} ist keine Münze, die dieses Tagebuch kennt (bekannt: {keys})</translation>
    </message>
</context>
<context>
    <name>HandWords</name>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Zeigefinger</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>Mittelfinger</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>Ringfinger</translation>
    </message>
    <message>
        <source>little</source>
        <translation>kleiner Finger</translation>
    </message>
    <message>
        <source>Bend the fingers of one hand as far as they go, as in making a loose fist, and measure with a ruler from the tip of each finger to the crease of the palm nearest the fingers (the distal palmar crease). 0 mm means the fingertip reaches the crease; larger means stiffer.</source>
        <translation>Beugen Sie die Finger einer Hand so weit es geht, wie bei einer lockeren Faust, und messen Sie mit einem Lineal von der Spitze jedes Fingers bis zur Handfalte, die den Fingern am nächsten liegt (der distalen Hohlhandfalte). 0 mm heißt, die Fingerspitze erreicht die Falte; je größer, desto steifer.</translation>
    </message>
    <message>
        <source>{hand} {finger}</source>
        <translation>{finger} {hand}</translation>
    </message>
    <message>
        <source>{how_to} ({source}.)</source>
        <translation>{how_to} ({source}.)</translation>
    </message>
    <message>
        <source>give the distance in mm (0 if the fingertip reaches the crease)</source>
        <translation>geben Sie den Abstand in mm an (0, wenn die Fingerspitze die Falte erreicht)</translation>
    </message>
    <message>
        <source>{hand} {finger} finger</source>
        <translation>{finger} {hand}</translation>
    </message>
</context>
<context>
    <name>LabTestWords</name>
    <message>
        <source>Calcium</source>
        <translation>Calcium</translation>
    </message>
    <message>
        <source>Ionised calcium</source>
        <translation>Ionisiertes Calcium</translation>
    </message>
    <message>
        <source>Phosphate</source>
        <translation>Phosphat</translation>
    </message>
    <message>
        <source>Vitamin D</source>
        <translation>Vitamin D</translation>
    </message>
    <message>
        <source>PTH</source>
        <translation>PTH</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Kreatinin</translation>
    </message>
    <message>
        <source>Albumin</source>
        <translation>Albumin</translation>
    </message>
    <message>
        <source>Creatine kinase (CK)</source>
        <translation>Kreatinkinase (CK)</translation>
    </message>
    <message>
        <source>a value is required: one of {choices}, or the test&apos;s name as on the report</source>
        <translation>ein Wert ist nötig: einer von {choices} oder der Name des Tests wie auf dem Befund</translation>
    </message>
    <message>
        <source>a test&apos;s name is at most {count} characters</source>
        <translation>der Name eines Tests hat höchstens {count} Zeichen</translation>
    </message>
    <message>
        <source>{value} does not look like a test&apos;s name: start it with a letter</source>
        <translation>{value} sieht nicht wie der Name eines Tests aus: Beginnen Sie ihn mit einem Buchstaben</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Deposits in the skin often come with normal blood calcium and phosphate, so a normal result does not rule them out.</source>
        <translation>Ablagerungen in der Haut gehen oft mit normalem Calcium und Phosphat im Blut einher; ein normaler Wert schließt sie also nicht aus.</translation>
    </message>
</context>
<context>
    <name>LabUnitWords</name>
    <message>
        <source>{test} ({unit}), with {units} converted</source>
        <translation>{test} ({unit}), {units} umgerechnet</translation>
    </message>
    <message>
        <source>{test} ({unit})</source>
        <translation>{test} ({unit})</translation>
    </message>
</context>
<context>
    <name>MeasureModelWords</name>
    <message>
        <source>give the two end points as x1,y1,x2,y2 (pixels of the photo)</source>
        <translation>geben Sie die beiden Endpunkte als x1,y1,x2,y2 an (Pixel des Fotos)</translation>
    </message>
    <message>
        <source>the end points must be numbers (pixels of the photo)</source>
        <translation>die Endpunkte müssen Zahlen sein (Pixel des Fotos)</translation>
    </message>
    <message>
        <source>the end points must be pixels inside the photo (0 or more)</source>
        <translation>die Endpunkte müssen Pixel innerhalb des Fotos sein (0 oder mehr)</translation>
    </message>
    <message>
        <source>{value} is not a kind of reference (ruler, coin or object)</source>
        <translation>{value} ist keine Art von Referenz (ruler, coin oder object)</translation>
    </message>
    <message>
        <source>give the reference&apos;s length in mm</source>
        <translation>geben Sie die Länge der Referenz in mm an</translation>
    </message>
    <message>
        <source>the reference&apos;s length must be above 0 and at most {most} mm</source>
        <translation>die Länge der Referenz muss über 0 und höchstens {most} mm sein</translation>
    </message>
    <message>
        <source>the reference spans {pixels} pixels on the photo; it needs at least {least} (click its two ends further apart)</source>
        <translation>die Referenz ist auf dem Foto {pixels} Pixel lang; nötig sind mindestens {least} (klicken Sie ihre beiden Enden weiter auseinander)</translation>
    </message>
    <message>
        <source>coin {coin} ({mm} mm)</source>
        <translation>Münze {coin} ({mm} mm)</translation>
    </message>
    <message>
        <source>ruler of {mm} mm</source>
        <translation>Lineal von {mm} mm</translation>
    </message>
    <message>
        <source>object of {mm} mm</source>
        <translation>Gegenstand von {mm} mm</translation>
    </message>
    <message>
        <source>the two end points are the same point; click both ends</source>
        <translation>die beiden Endpunkte sind derselbe Punkt; klicken Sie beide Enden an</translation>
    </message>
    <message>
        <source>measures {size} mm, more than the 100 mm a size may be; check the reference</source>
        <translation>misst {size} mm, mehr als die 100 mm, die eine Größe haben darf; prüfen Sie die Referenz</translation>
    </message>
</context>
<context>
    <name>MeasureParseWords</name>
    <message>
        <source>{value} is not two points: write X1,Y1,X2,Y2 in pixels of the photo, e.g. 120,340,410,352</source>
        <translation>{value} sind nicht zwei Punkte: schreiben Sie X1,Y1,X2,Y2 in Pixeln des Fotos, z. B. 120,340,410,352</translation>
    </message>
    <message>
        <source>{value}: write a coin as coin:KEY:X1,Y1,X2,Y2, e.g. coin:eur-1:10,10,200,10</source>
        <translation>{value}: schreiben Sie eine Münze als coin:KEY:X1,Y1,X2,Y2, z. B. coin:eur-1:10,10,200,10</translation>
    </message>
    <message>
        <source>{value}: give the {kind}&apos;s length in mm after =, e.g. {kind}:10,10,200,10=10mm</source>
        <translation>{value}: geben Sie die Länge von {kind} in mm nach = an, z. B. {kind}:10,10,200,10=10mm</translation>
    </message>
    <message>
        <source>{value} is not a reference: write {forms}</source>
        <translation>{value} ist keine Referenz: schreiben Sie {forms}</translation>
    </message>
</context>
<context>
    <name>ModelWords</name>
    <message>
        <source>a site is required</source>
        <translation>eine Körperstelle ist nötig</translation>
    </message>
    <message>
        <source>the entry this photo belongs to is required</source>
        <translation>der Eintrag, zu dem dieses Foto gehört, ist nötig</translation>
    </message>
    <message>
        <source>{value} is not a SHA-256 hash (64 hexadecimal digits)</source>
        <translation>{value} ist kein SHA-256-Hash (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>the reference low {low} is above the high {high}</source>
        <translation>die Untergrenze {low} liegt über der Obergrenze {high}</translation>
    </message>
    <message>
        <source>an amount needs a unit (for example mcg or mg)</source>
        <translation>eine Menge braucht eine Einheit (zum Beispiel mcg oder mg)</translation>
    </message>
    <message>
        <source>{value} is not a site of this journal</source>
        <translation>{value} ist keine Körperstelle dieses Tagebuchs</translation>
    </message>
    <message>
        <source>a biopsy result needs the biopsy marked as done</source>
        <translation>ein Biopsie-Ergebnis setzt voraus, dass die Biopsie als durchgeführt markiert ist</translation>
    </message>
    <message>
        <source>say which site the ultrasound was of, so it can be charted</source>
        <translation>geben Sie an, welche Körperstelle per Ultraschall untersucht wurde, damit sie im Diagramm erscheint</translation>
    </message>
</context>
<context>
    <name>OverviewWords</name>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>checked today</source>
        <translation>heute geprüft</translation>
    </message>
    <message>
        <source>checked yesterday</source>
        <translation>gestern geprüft</translation>
    </message>
    <message numerus="yes">
        <source>checked %n days ago</source>
        <translation>
            <numerusform>vor %n Tag geprüft</numerusform>
            <numerusform>vor %n Tagen geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>last checked {date}</source>
        <translation>zuletzt geprüft am {date}</translation>
    </message>
</context>
<context>
    <name>PhaseWords</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>broke open</source>
        <translation>aufgebrochen</translation>
    </message>
    <message>
        <source>healing</source>
        <translation>heilt ab</translation>
    </message>
    <message>
        <source>healed</source>
        <translation>abgeheilt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>{value} is not a phase; say one of: {phases}</source>
        <translation>{value} ist keine Phase; nennen Sie eine von: {phases}</translation>
    </message>
</context>
<context>
    <name>PreferenceWords</name>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Automatic backup: every this many days (0: off)</source>
        <translation>Automatische Sicherung: alle so viele Tage (0: aus)</translation>
    </message>
    <message>
        <source>When the window opens and the last automatic backup is at least this old, a new one is made in the background: the database and every photo in one zip file in the journal&apos;s backups folder. Turned off, none is made; File &gt; Back up now still works, and a backup is always made before the journal&apos;s format is upgraded.</source>
        <translation>Wenn das Fenster öffnet und die letzte automatische Sicherung mindestens so alt ist, wird im Hintergrund eine neue angelegt: die Datenbank und jedes Foto in einer ZIP-Datei im Sicherungsordner des Tagebuchs. Ausgeschaltet wird keine angelegt; Datei &gt; Jetzt sichern funktioniert weiterhin, und vor einer Umstellung des Tagebuchformats wird immer eine Sicherung angelegt.</translation>
    </message>
    <message>
        <source>Automatic backup: keep this many</source>
        <translation>Automatische Sicherung: so viele behalten</translation>
    </message>
    <message>
        <source>Photos make backups large, so only the newest automatic backups are kept: each time a new one is made, the oldest beyond this number are deleted. Backups you save yourself are never deleted.</source>
        <translation>Fotos machen Sicherungen groß, daher werden nur die neuesten automatischen Sicherungen behalten: Bei jeder neuen werden die ältesten über dieser Anzahl gelöscht. Sicherungen, die Sie selbst speichern, werden nie gelöscht.</translation>
    </message>
    <message>
        <source>no such setting (known: {keys})</source>
        <translation>diese Einstellung gibt es nicht (bekannt: {keys})</translation>
    </message>
</context>
<context>
    <name>ProfileWords</name>
    <message>
        <source>{count} characters is too long (at most {most})</source>
        <translation>{count} Zeichen sind zu lang (höchstens {most})</translation>
    </message>
    <message>
        <source>{count} lines is too many (at most {most})</source>
        <translation>{count} Zeilen sind zu viele (höchstens {most})</translation>
    </message>
</context>
<context>
    <name>ServiceWords</name>
    <message>
        <source>no alert with id {id} (see `skinjournal alerts --all`)</source>
        <translation>kein Hinweis mit der ID {id} (siehe `skinjournal alerts --all`)</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>Largest size (mm)</source>
        <translation>Größter Durchmesser (mm)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Tightness (0-10)</source>
        <translation>Spannung (0–10)</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Müdigkeit</translation>
    </message>
    <message>
        <source>Muscle weakness</source>
        <translation>Muskelschwäche</translation>
    </message>
    <message>
        <source>Changes in urination</source>
        <translation>Veränderte Blasenentleerung</translation>
    </message>
    <message>
        <source>inflamed (red, warm or swollen)</source>
        <translation>entzündet (gerötet, warm oder geschwollen)</translation>
    </message>
    <message>
        <source>broke open</source>
        <translation>aufgebrochen</translation>
    </message>
    <message>
        <source>chalk-like discharge</source>
        <translation>kreideartiges Material trat aus</translation>
    </message>
    <message>
        <source>restricted movement</source>
        <translation>Gelenk schwerer beweglich</translation>
    </message>
    <message>
        <source>since the last visit ({date})</source>
        <translation>seit dem letzten Arztbesuch ({date})</translation>
    </message>
    <message>
        <source>the last {count} months</source>
        <translation>die letzten {count} Monate</translation>
    </message>
    <message>
        <source>chosen</source>
        <comment>the period the person chose</comment>
        <translation>selbst gewählt</translation>
    </message>
    <message>
        <source>the start {since} is after the end {until}</source>
        <translation>der Beginn {since} liegt nach dem Ende {until}</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>{count} times on one day</source>
        <translation>{count}-mal an einem Tag</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>about {count} times a week</source>
        <translation>etwa {count}-mal pro Woche</translation>
    </message>
    <message>
        <source>about weekly</source>
        <translation>etwa wöchentlich</translation>
    </message>
    <message>
        <source>about every {count} weeks</source>
        <translation>etwa alle {count} Wochen</translation>
    </message>
    <message>
        <source>about monthly</source>
        <translation>etwa monatlich</translation>
    </message>
    <message>
        <source>about every {count} months</source>
        <translation>etwa alle {count} Monate</translation>
    </message>
</context>
<context>
    <name>TrendWords</name>
    <message>
        <source>Size went up: {latest} mm now, {earlier} mm on average before</source>
        <translation>Größe gestiegen: jetzt {latest} mm, vorher im Mittel {earlier} mm</translation>
    </message>
    <message>
        <source>Size went down: {latest} mm now, {earlier} mm on average before</source>
        <translation>Größe gesunken: jetzt {latest} mm, vorher im Mittel {earlier} mm</translation>
    </message>
    <message>
        <source>Size stayed about the same: {latest} mm now, {earlier} mm on average before</source>
        <translation>Größe etwa gleich geblieben: jetzt {latest} mm, vorher im Mittel {earlier} mm</translation>
    </message>
    <message>
        <source>Tightness went up: {latest} now, {earlier} on average before</source>
        <translation>Spannung gestiegen: jetzt {latest}, vorher im Mittel {earlier}</translation>
    </message>
    <message>
        <source>Tightness went down: {latest} now, {earlier} on average before</source>
        <translation>Spannung gesunken: jetzt {latest}, vorher im Mittel {earlier}</translation>
    </message>
    <message>
        <source>Tightness stayed about the same: {latest} now, {earlier} on average before</source>
        <translation>Spannung etwa gleich geblieben: jetzt {latest}, vorher im Mittel {earlier}</translation>
    </message>
</context>
<context>
    <name>UncertaintyWords</name>
    <message>
        <source>photo measurement</source>
        <translation>Fotomessung</translation>
    </message>
    <message>
        <source>ruler</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>calliper</source>
        <translation>Schieblehre</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
</context>
<context>
    <name>ValidateWords</name>
    <message>
        <source>a date is required (YYYY-MM-DD)</source>
        <translation>ein Datum ist nötig (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>{value} is not a date in the form YYYY-MM-DD</source>
        <translation>{value} ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>{value} is not a real date (use YYYY-MM-DD)</source>
        <translation>{value} ist kein gültiges Datum (bitte JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>{date} is too early: the journal takes dates from {earliest} on</source>
        <translation>{date} ist zu früh: Das Tagebuch nimmt Daten ab {earliest} an</translation>
    </message>
    <message>
        <source>{date} is in the future: the journal takes dates up to {latest}</source>
        <translation>{date} liegt in der Zukunft: Das Tagebuch nimmt Daten bis {latest} an</translation>
    </message>
    <message>
        <source>a value is required (one of: {choices})</source>
        <translation>ein Wert ist nötig (einer von: {choices})</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} ist keiner von: {choices}</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} ist keine Zahl</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>{value} must be a whole number</source>
        <translation>{value} muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no upper bound</comment>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>{value} is out of range ({low} to {high})</source>
        <translation>{value} liegt außerhalb des Bereichs ({low} bis {high})</translation>
    </message>
    <message>
        <source>{value} must be in steps of {step}</source>
        <translation>{value} muss in Schritten von {step} angegeben werden</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>ein Wert ist nötig</translation>
    </message>
    <message>
        <source>{value} is not yes/no</source>
        <translation>{value} ist weder ja noch nein</translation>
    </message>
    <message>
        <source>is longer than {count} characters</source>
        <translation>ist länger als {count} Zeichen</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
</context>
</TS>
