"""The person-level warning signs (no site): symptoms in the daily checks, lab values out of range.

Like the site rules, each date is judged from the records up to that date; a daily check
that does not tick a sign ends a spell of it, days without a check are skipped.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

from journal.core.alerts.model import Evidence, Finding
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
                (
                    f"Fatigue or muscle weakness was noted on {len(recent)} of the daily checks from "
                    f"{start.isoformat()} to {day.isoformat()} (the last {t.symptom_window_days} days)."
                ),
                [Evidence(c.date, f, True) for c in recent for f in ("fatigue", "weakness") if getattr(c, f)],
            )
        inside = last - first >= t.symptom_days
    for day in episode_starts([(c.date, c.urination_changes is True) for c in ordered]):
        out.add(
            day,
            f"A change in urination was noted in the daily check of {day.isoformat()}.",
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
        if lab.test in NAMED and not label[:2].isupper():  # "PTH", "vitamin D"; "HbA1c" as typed
            label = label[0].lower() + label[1:]
        name = "A lab result (other test)" if lab.test == "other" else f"The {label} result"
        value = f"{number(lab.value)} {lab.unit}"
        if lab.low is not None and lab.high is not None:
            where = ("below" if lab.value < lab.low else "above") + (
                f" the reference range the lab gave ({number(lab.low)} to {number(lab.high)} {lab.unit})"
            )
        elif lab.high is not None:
            where = f"above the upper limit the lab gave ({number(lab.high)} {lab.unit})"
        else:
            where = f"below the lower limit the lab gave ({number(lab.low or 0)} {lab.unit})"
        out.add(
            lab.date,
            f"{name} of {lab.date.isoformat()} was {value}, {where}.",
            [Evidence(lab.date, lab.test, lab.value)],
        )
    return out.findings()
