<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <name>ChartWords</name>
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
    <name>LabTestWords</name>
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
    <name>PreferenceWords</name>
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
