"""The demo journal's person-level records: daily checks, labs, care and visits.

The daily checks hold a few tired days, never more than three in any fourteen, so the
demo shows symptoms logged without reaching a pattern worth a warning. Exactly one lab
value lies (slightly) outside the lab's reference range.
"""

from __future__ import annotations

import datetime as dt
import random

from journal.core.demo.story import FAST_GROWTH_WEEKS, SitePlan, Timeline, true_size
from journal.core.domain.model import CareEvent, DailyCheck, LabResult, Visit

MAX_FATIGUE_IN_14_DAYS = 3
DAILY_CHECK_CHANCE = 0.88
DAILY_NOTES = ("Slept badly.", "Long day at work.", "Good walk in the afternoon.", "Headache in the evening.")


def _within_14(days: list[dt.date], day: dt.date) -> int:
    return sum(1 for d in days if (day - d).days < 14)


def daily_checks(timeline: Timeline, rng: random.Random) -> list[DailyCheck]:
    checks: list[DailyCheck] = []
    tired: list[dt.date] = []
    weak: list[dt.date] = []
    run_left = 0
    upset = timeline.date(timeline.ulcer_week)
    for day in timeline.days():
        if run_left == 0 and rng.random() < 1 / 150:
            run_left = 3  # a short run of tired days every few months
        feels_tired = run_left > 0 or rng.random() < 0.02
        run_left = max(0, run_left - 1)
        if rng.random() > DAILY_CHECK_CHANCE:
            continue  # a day without a check
        fatigue = feels_tired and _within_14(tired, day) < MAX_FATIGUE_IN_14_DAYS
        weakness = rng.random() < 0.005 and _within_14(weak, day) == 0
        if fatigue:
            tired.append(day)
        if weakness:
            weak.append(day)
        stress = 3 + rng.gauss(0, 1.2) + (2.5 if 0 <= (day - upset).days < 10 else 0)
        note = "Tired all day." if fatigue and rng.random() < 0.5 else None
        if note is None and rng.random() < 0.04:
            note = rng.choice(DAILY_NOTES)
        checks.append(
            DailyCheck(
                date=day,
                fatigue=fatigue,
                weakness=weakness,
                urination_changes=False,
                stress=min(10, max(0, round(stress))),
                note=note,
            )
        )
    return checks


# test: (unit, the lab's reference low and high, where this person's values usually lie, decimals)
LAB_PANEL = {
    "calcium": ("mmol/L", 2.15, 2.55, (2.28, 2.45), 2),
    "phosphate": ("mmol/L", 0.81, 1.45, (0.95, 1.30), 2),
    "vitamin_d": ("nmol/L", 50.0, 125.0, (58.0, 95.0), 0),
    "creatinine": ("µmol/L", 45.0, 90.0, (58.0, 78.0), 0),
}
SLIGHTLY_HIGH_CALCIUM = 2.58


def labs(timeline: Timeline, rng: random.Random) -> list[LabResult]:
    """A blood test every 13 weeks: calcium and phosphate, vitamin D every second, creatinine yearly."""
    draws = []
    day = timeline.start + dt.timedelta(days=10)
    while day <= timeline.end:
        draws.append(day)
        day += dt.timedelta(weeks=13)
    growth = timeline.date(timeline.growth_week)
    flagged = min(draws, key=lambda d: abs((d - growth).days))
    results = []
    for i, day in enumerate(draws):
        tests = ["calcium", "phosphate"] + ["vitamin_d"] * (i % 2 == 0) + ["creatinine"] * (i % 4 == 0)
        for test in tests:
            unit, low, high, (usual_low, usual_high), decimals = LAB_PANEL[test]
            value = round(rng.uniform(usual_low, usual_high), decimals)
            note = None
            if test == "calcium" and day == flagged:
                value, note = SLIGHTLY_HIGH_CALCIUM, "Flagged slightly high by the lab."
            results.append(
                LabResult(date=day, test=test, value=value, unit=unit, low=low, high=high, note=note)
            )
    return results


def care_events(timeline: Timeline, rng: random.Random) -> list[CareEvent]:
    """Scalp massage most days, vitamin K2 almost daily once started, magnesium, skin care, sunscreen."""
    k2_from = timeline.date(round(0.2 * (timeline.weeks - 1)))
    events = []
    for day in timeline.days():
        if rng.random() < 0.55:
            events.append(
                CareEvent(
                    date=day, kind="massage", what="Scalp massage", minutes=rng.choice((5, 10, 10, 15, 20))
                )
            )
        if day >= k2_from and rng.random() < 0.9:
            events.append(
                CareEvent(date=day, kind="supplement", what="Vitamin K2 (MK-7)", amount=100.0, unit="mcg")
            )
        if rng.random() < 0.6:
            events.append(CareEvent(date=day, kind="supplement", what="Magnesium", amount=300.0, unit="mg"))
        if rng.random() < 0.4:
            events.append(
                CareEvent(date=day, kind="skin_care", what="Unscented moisturiser on forearm and finger")
            )
        if 5 <= day.month <= 9 and rng.random() < 0.35:
            events.append(CareEvent(date=day, kind="sun_protection", what="SPF 50 on face and scalp"))
    return events


def visits(timeline: Timeline, plans: list[SitePlan]) -> list[Visit]:
    by_story = {p.story: p for p in plans if p.story}

    def size(story: str, week: int) -> float:
        return true_size(by_story[story], timeline, week)

    def thickness(week: int) -> float:
        return 2.2 + 0.4 * timeline.fraction(week)

    first = round(0.2 * (timeline.weeks - 1))
    found = f"Ultrasound dermal thickness {thickness(first):.1f} mm at the scalp crown"
    if "ulceration" in by_story:
        found += f"; forearm nodule {size('ulceration', first):.1f} mm"
    result = [
        Visit(
            date=timeline.date(first) + dt.timedelta(days=3),
            clinician="Dermatology clinic",
            findings=found + ".",
            note="Asked to keep the weekly photos.",
        )
    ]
    if timeline.weeks > 3 * 52:  # long journals: a routine check once a year
        for week in range(first + 52, timeline.weeks - 8, 52):
            if abs(week - timeline.growth_week) < 8:
                continue  # the finger's visit is close by
            result.append(
                Visit(
                    date=timeline.date(week) + dt.timedelta(days=2),
                    clinician="Dermatology clinic",
                    findings=f"Routine check. Ultrasound dermal thickness {thickness(week):.1f} mm "
                    "at the scalp crown.",
                )
            )
    if "fast_growth" in by_story:
        week = timeline.growth_week + FAST_GROWTH_WEEKS
        day = min(timeline.end, timeline.date(week) + dt.timedelta(days=5))
        result.append(
            Visit(
                date=day,
                clinician="GP",
                findings=f"Finger nodule {size('fast_growth', week):.1f} mm "
                "beside the middle joint, firm; X-ray requested.",
            )
        )
    if "ulceration" in by_story:
        day = timeline.date(timeline.ulcer_week) + dt.timedelta(days=3)
        result.append(
            Visit(
                date=day,
                clinician="Dermatology clinic",
                findings="Forearm: small opening with chalky material, no spreading redness; "
                "wound care explained.",
            )
        )
    return sorted(result, key=lambda v: v.date)
