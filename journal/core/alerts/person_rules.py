"""The person-level warning signs (no site): symptoms in the daily checks, lab values out of range.

Like the site rules, each date is judged from the records up to that date; a daily check
that does not tick a sign ends a spell of it, days without a check are skipped.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

from journal.core.alerts.model import AlertWords, Evidence, Finding
from journal.core.alerts.settings import Thresholds
from journal.core.alerts.steps import episode_starts
from journal.core.alerts.wording import DayFindings, number
from journal.core.domain.lab_tests import BY_KEY as NAMED
from journal.core.domain.lab_tests import label as lab_label
from journal.core.domain.model import DailyCheck, LabResult


def systemic_symptoms(checks: Sequence[DailyCheck], t: Thresholds) -> list[Finding]:
    """Fatigue or muscle weakness on at least N daily checks of the last M days; any change in urination."""
    ordered = sorted(checks, key=lambda c: c.date)
    out = DayFindings("systemic_symptoms", None)
    tired = [c for c in ordered if c.fatigue is True or c.weakness is True]
    tired_dates = [c.date for c in tired]
    window = dt.timedelta(days=t.symptom_window_days)
    inside = False
    # The count in the window changes only on a tired day or the day one leaves the window.
    for day in sorted(set(tired_dates) | {d + window for d in tired_dates}):
        start = day - window + dt.timedelta(days=1)
        first, last = bisect.bisect_left(tired_dates, start), bisect.bisect_right(tired_dates, day)
        if last - first >= t.symptom_days and not inside:
            recent = tired[first:last]
            out.add(
                day,
                AlertWords.tr(
                    "Fatigue or muscle weakness was noted on {count} of the daily checks from "
                    "{start} to {end} (the last {days} days)."
                ).format(
                    count=len(recent),
                    start=start.isoformat(),
                    end=day.isoformat(),
                    days=t.symptom_window_days,
                ),
                [Evidence(c.date, f, True) for c in recent for f in ("fatigue", "weakness") if getattr(c, f)],
            )
        inside = last - first >= t.symptom_days
    for day in episode_starts([(c.date, c.urination_changes is True) for c in ordered]):
        out.add(
            day,
            AlertWords.tr("A change in urination was noted in the daily check of {date}.").format(
                date=day.isoformat()
            ),
            [Evidence(day, "urination_changes", True)],
        )
    return out.findings()


def lab_out_of_range(labs: Sequence[LabResult], t: Thresholds) -> list[Finding]:
    """A lab value outside the reference range the lab itself gave (no range given: no alert)."""
    out = DayFindings("lab_out_of_range", None)
    for lab in sorted(labs, key=lambda lab: (lab.date, lab.test, lab.value)):
        if not lab.out_of_range:
            continue
        label = lab_label(lab.test)
        if lab.test == "other":
            said = AlertWords.tr("A lab result (other test) of {date} was {value} {unit}, {where}.")
        else:
            source = "The {test} result of {date} was {value} {unit}, {where}."
            said = AlertWords.tr("The {test} result of {date} was {value} {unit}, {where}.")
            # English lowers a named test inside the sentence ("PTH", "vitamin D"; "HbA1c" as
            # typed); a translation keeps the name as the language writes it (German nouns: capital).
            if said == source and lab.test in NAMED and not label[:2].isupper():
                label = label[0].lower() + label[1:]
        unit = lab.unit
        if lab.low is not None and lab.high is not None:
            where = (
                AlertWords.tr("below the reference range the lab gave ({low} to {high} {unit})")
                if lab.value < lab.low
                else AlertWords.tr("above the reference range the lab gave ({low} to {high} {unit})")
            ).format(low=number(lab.low), high=number(lab.high), unit=unit)
        elif lab.high is not None:
            where = AlertWords.tr("above the upper limit the lab gave ({high} {unit})").format(
                high=number(lab.high), unit=unit
            )
        else:
            where = AlertWords.tr("below the lower limit the lab gave ({low} {unit})").format(
                low=number(lab.low or 0), unit=unit
            )
        out.add(
            lab.date,
            said.format(
                test=label, date=lab.date.isoformat(), value=number(lab.value), unit=unit, where=where
            ),
            [Evidence(lab.date, lab.test, lab.value)],
        )
    return out.findings()
