"""The warning signs, one pure function per rule id, over a site's entries or the person's records.

Each rule walks the data in date order and judges every date only from what was logged up
to that date (never from today's date), so an alert's date is the day its sign first showed
and an old period keeps its alerts. A sign that goes on raises one alert; a new alert comes
when it gets worse (a further growth step, a further rise in pain) or comes back after a
logged day without it (a new ulceration). See `steps.py` for same-day entries and missing values.

Resolved sites: a warning sign logged after the site's `resolved_on` date still raises an
alert, with a sentence saying the site was marked resolved; a status must never hide a
sign the person wrote down.

The two person-level rules (daily checks, labs) live in `person_rules.py`; every rule id has
its function here, and `evaluate` runs them all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence

from journal.core import language
from journal.core.alerts.model import RULE_IDS, AlertWords, Evidence, Finding
from journal.core.alerts.person_rules import lab_out_of_range, systemic_symptoms
from journal.core.alerts.settings import Thresholds
from journal.core.alerts.steps import (
    Reading,
    Rise,
    daily_readings,
    episode_starts,
    high_spells,
    rises,
    sign_days,
    within,
)
from journal.core.alerts.wording import SLOW_COURSE, DayFindings, days_between, join_and, mm, number
from journal.core.domain.model import DailyCheck, Entry, LabResult, Site
from journal.core.measure.uncertainty import combined, size_uncertainty_mm


def _own(site: Site, entries: Iterable[Entry]) -> list[Entry]:
    return sorted((e for e in entries if e.site_id == site.id), key=lambda e: (e.date, e.id or 0))


def size_uncertainty(photo_uncertainty: Mapping[int, float]) -> Callable[[Entry], float]:
    """An entry's size ± (journal/core/measure/uncertainty.py): its photo measurement's when it was
    measured on a photo, else its method's spread. 0 when no method was recorded (sizes typed
    before methods existed): such sizes are judged by the margins alone, as they always were,
    so no warning sign logged earlier is silenced by a noise the journal cannot know."""

    def of(entry: Entry) -> float:
        photo = photo_uncertainty.get(entry.id) if entry.id is not None else None
        return size_uncertainty_mm(entry.size_method, entry.size_mm, photo) or 0.0

    return of


def rapid_growth(
    site: Site, entries: Sequence[Entry], t: Thresholds, photo_uncertainty: Mapping[int, float] | None = None
) -> list[Finding]:
    """Largest diameter up by both margins and by more than the two sizes' combined uncertainty,
    or bump count at least doubled (from `count_min`), compared with any reading logged within the
    window before. `photo_uncertainty`: the ± of photo-measured sizes, by entry id."""
    own = _own(site, entries)
    out = DayFindings("rapid_growth", site)

    def size_grew(before: Reading, after: Reading) -> bool:
        growth = after.value - before.value
        return (
            within(after.value, before.value * (1 + t.growth_percent / 100))
            and within(growth, t.growth_mm)
            and growth > combined(before.uncertainty, after.uncertainty) + 1e-9
        )

    readings = daily_readings(own, "size_mm", size_uncertainty(photo_uncertainty or {}))
    for rise in rises(readings, t.growth_window_days, size_grew):
        old, new = rise.baseline, rise.now
        noise = combined(old.uncertainty, new.uncertainty)
        facts = dict(
            site=site.name,
            new=mm(new.value),
            date=new.date.isoformat(),
            old=mm(old.value),
            old_date=old.date.isoformat(),
            ago=days_between(old.date, new.date),
            growth=mm(new.value - old.value),
        )
        if old.value > 0:
            said = AlertWords.tr(
                "{site} measured {new} across on {date}, up from {old} on {old_date} ({ago}): "
                "+{growth}, +{percent}%."
            ).format(**facts, percent=language.number((new.value - old.value) / old.value * 100, 0))
        else:
            said = AlertWords.tr(
                "{site} measured {new} across on {date}, up from {old} on {old_date} ({ago}): +{growth}."
            ).format(**facts)
        if noise:
            said += " " + AlertWords.tr(
                "That is more than the ±{noise} the two measurements may be off by."
            ).format(noise=mm(noise))
        out.add(new.date, said + _further(rise, mm, GROWTH), _rise_evidence(rise, "size_mm"))

    def count_grew(before: Reading, after: Reading) -> bool:
        return within(after.value, before.value * t.count_factor)

    for rise in rises(daily_readings(own, "count"), t.growth_window_days, count_grew, floor=t.count_min):
        old, new = rise.baseline, rise.now
        said = AlertWords.tr(
            "{new} bumps were counted at {site} on {date}, up from {old} on {old_date} ({ago}): "
            "{factor} times as many."
        ).format(
            new=number(new.value),
            site=site.name,
            date=new.date.isoformat(),
            old=number(old.value),
            old_date=old.date.isoformat(),
            ago=days_between(old.date, new.date),
            factor=language.number(new.value / old.value, 1),
        )
        out.add(new.date, said + _further(rise, _bumps, GROWTH), _rise_evidence(rise, "count", whole=True))
    return out.findings()


# Which sign a further step continues (two sentences, not one with a word put in: German
# inflects the noun).
GROWTH, RISE = "growth", "rise"


def _bumps(value: float) -> str:
    return AlertWords.tr("{count} bumps").format(count=number(value))


def _of_ten(value: float) -> str:
    return AlertWords.tr("{rating} of 10").format(rating=number(value))


def _further(rise: Rise, shown: Callable[[float], str], what: str) -> str:
    """For a further step of an episode already alerted: where the last step stood."""
    if rise.step_from is None:
        return ""
    step = rise.step_from
    if what == GROWTH:
        said = AlertWords.tr("That is a further step from {value} on {date}, when the growth was last noted.")
    else:
        said = AlertWords.tr("That is a further step from {value} on {date}, when the rise was last noted.")
    return " " + said.format(value=shown(step.value), date=step.date.isoformat())


def _rise_evidence(rise: Rise, field: str, whole: bool = False) -> list[Evidence]:
    readings = [rise.baseline, *([rise.step_from] if rise.step_from else []), rise.now]
    return [Evidence(r.date, field, int(r.value) if whole else r.value, r.entry_id) for r in readings]


_SIGN_WORDS = {
    "inflamed": AlertWords.mark("redness, warmth or swelling (inflamed)"),
    "ulcerated": AlertWords.mark("an opening in the skin (ulcerated)"),
}


def pain_inflammation_ulceration(site: Site, entries: Sequence[Entry], t: Thresholds) -> list[Finding]:
    """Pain at or above the threshold, or marked inflamed, or marked ulcerated."""
    own = _own(site, entries)
    parts: dict[dt.date, list[tuple[str, list[Evidence]]]] = {}
    for rise in high_spells(daily_readings(own, "pain"), t.pain_threshold, t.rating_step):
        now = rise.now
        words = AlertWords.tr("pain rated {rating} of 10").format(rating=number(now.value))
        evidence = [Evidence(now.date, "pain", int(now.value), now.entry_id)]
        if rise.baseline != now:
            before = rise.baseline
            words = AlertWords.tr("pain rated {rating} of 10 (up from {before} on {date})").format(
                rating=number(now.value), before=number(before.value), date=before.date.isoformat()
            )
            evidence.insert(0, Evidence(before.date, "pain", int(before.value), before.entry_id))
        parts.setdefault(now.date, []).append((words, evidence))
    for field, words in _SIGN_WORDS.items():
        for day, ticked in _sign_starts(own, field):
            parts.setdefault(day, []).append(
                (AlertWords.tr(words), [Evidence(day, field, True, e.id) for e in ticked])
            )
    out = DayFindings("pain_inflammation_ulceration", site)
    for day, found in parts.items():
        out.add(
            day,
            AlertWords.tr("On {date}, {site} was logged with {signs}.").format(
                date=day.isoformat(), site=site.name, signs=join_and([w for w, _ in found])
            ),
            [ev for _, evidence in found for ev in evidence],
        )
    return out.findings()


def _sign_starts(own: Sequence[Entry], field: str) -> list[tuple[dt.date, list[Entry]]]:
    days = sign_days(own, field)
    starts = set(episode_starts([(day, bool(ticked)) for day, ticked in days]))
    return [(day, ticked) for day, ticked in days if day in starts]


def _sign_rule(
    rule: str, field: str, sentence: Callable[[Site, dt.date], str]
) -> Callable[[Site, Sequence[Entry], Thresholds], list[Finding]]:
    def judge(site: Site, entries: Sequence[Entry], t: Thresholds) -> list[Finding]:
        out = DayFindings(rule, site)
        for day, ticked in _sign_starts(_own(site, entries), field):
            out.add(day, sentence(site, day), [Evidence(day, field, True, e.id) for e in ticked])
        return out.findings()

    judge.__name__ = rule
    return judge


chalky_discharge = _sign_rule(
    "chalky_discharge",
    "discharge",
    lambda site, day: AlertWords.tr(
        "On {date}, {site} was logged as having broken open and let out chalk-like material."
    ).format(date=day.isoformat(), site=site.name),
)
chalky_discharge.__doc__ = "An entry records a lesion that broke open and discharged chalk-like material."

restricted_movement = _sign_rule(
    "restricted_movement",
    "restricted_movement",
    lambda site, day: (
        AlertWords.tr("On {date}, moving the joint near {site} was logged as restricted.")
        if site.near_joint
        else AlertWords.tr("On {date}, movement at {site} was logged as restricted.")
    ).format(date=day.isoformat(), site=site.name),
)
restricted_movement.__doc__ = (
    "An entry records restricted movement (worded for a joint when the site is near one)."
)


def sudden_change(site: Site, entries: Sequence[Entry], t: Thresholds) -> list[Finding]:
    """Tightness rose by at least the margin within the window (a week by default)."""
    out = DayFindings("sudden_change", site, advice=SLOW_COURSE)

    def rose(before: Reading, after: Reading) -> bool:
        return within(after.value - before.value, t.tightness_points)

    for rise in rises(daily_readings(_own(site, entries), "tightness"), t.tightness_window_days, rose):
        old, new = rise.baseline, rise.now
        said = AlertWords.tr(
            "Tightness at {site} was rated {rating} of 10 on {date}, up from {before} on {old_date} ({ago})."
        ).format(
            site=site.name,
            rating=number(new.value),
            date=new.date.isoformat(),
            before=number(old.value),
            old_date=old.date.isoformat(),
            ago=days_between(old.date, new.date),
        )
        out.add(new.date, said + _further(rise, _of_ten, RISE), _rise_evidence(rise, "tightness", whole=True))
    return out.findings()


SITE_RULES: dict[str, Callable[[Site, Sequence[Entry], Thresholds], list[Finding]]] = {
    "rapid_growth": rapid_growth,
    "pain_inflammation_ulceration": pain_inflammation_ulceration,
    "chalky_discharge": chalky_discharge,
    "restricted_movement": restricted_movement,
    "sudden_change": sudden_change,
}


@dataclasses.dataclass(frozen=True)
class JournalData:
    """Everything the rules read, loaded once."""

    sites: Sequence[Site]
    entries: Sequence[Entry]
    checks: Sequence[DailyCheck]
    labs: Sequence[LabResult]
    # The ± of each photo-measured size, by entry id (the newest measurement on its photos).
    photo_uncertainty: Mapping[int, float] = dataclasses.field(default_factory=dict)


def evaluate(data: JournalData, t: Thresholds) -> list[Finding]:
    """Every rule over every site and the person's records: the findings in a stable order."""
    by_site: dict[int | None, list[Entry]] = {}
    for entry in data.entries:
        by_site.setdefault(entry.site_id, []).append(entry)
    found: list[Finding] = []
    for site in data.sites:
        for rule, judge in SITE_RULES.items():
            own = by_site.get(site.id, [])
            if rule == "rapid_growth":
                found += rapid_growth(site, own, t, data.photo_uncertainty)
            else:
                found += judge(site, own, t)
    found += systemic_symptoms(data.checks, t)
    found += lab_out_of_range(data.labs, t)
    order = {rule: i for i, rule in enumerate(RULE_IDS)}
    return sorted(found, key=lambda f: (f.date, order[f.rule], f.site_id or 0))
