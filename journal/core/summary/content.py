"""What the doctor summary says, gathered from the journal as plain data (no Qt).

`gather_summary` reads the period's records once and returns a `Summary` tree: the period,
the alerts raised in it, a table of first and last values per site, the photos chosen for
each site's strip, the daily checks, labs, care and visits, and the person's own words.
The report package lays this out on paper; the numbers are decided here, where they can be
tested without a printer. Nothing here interprets a value: the summary quotes what was
recorded and how it changed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import Any

from journal.core.alerts import RULE_TITLES, current_alerts
from journal.core.charts.site_extras import site_chart_extras
from journal.core.domain.choices import CARE_KIND_LABELS
from journal.core.domain.model import (
    DAILY_SYMPTOM_FIELDS,
    ENTRY_WARNING_FIELDS,
    CareEvent,
    Entry,
    Site,
    plain_text,
)
from journal.core.domain.profile import (
    PROFILE_KEY,  # the person enters it through journal.core.domain.profile
)
from journal.core.errors import ValidationError
from journal.core.journal import Journal
from journal.core.store import Store
from journal.core.summary.tree import (
    DAYS_PER_MONTH,
    AlertLine,
    CareLine,
    DailySummary,
    EvidenceLine,
    Period,
    Profile,
    Reading,
    SiteSummary,
    StatRow,
    StripPhoto,
    Summary,
    SymptomDays,
)

QUESTIONS_KEY = "report_questions"  # the questions for the doctor, kept between printings
DEFAULT_MONTHS = 6
STRIP_SIZE = 5
STAT_FIELDS = (
    ("size_mm", "Largest size (mm)"),
    ("count", "Count"),
    ("tightness", "Tightness (0-10)"),
    ("pain", "Pain (0-10)"),
)
SYMPTOM_LABELS = {
    "fatigue": "Fatigue",
    "weakness": "Muscle weakness",
    "urination_changes": "Changes in urination",
}
SIGN_LABELS = {
    "inflamed": "inflamed (red, warm or swollen)",
    "ulcerated": "broke open",
    "discharge": "chalk-like discharge",
    "restricted_movement": "restricted movement",
}


# -- the period -----------------------------------------------------------------------
def months_before(day: dt.date, months: int) -> dt.date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    for candidate_day in range(day.day, 0, -1):  # 31 August - 6 months -> 28/29 February
        try:
            return dt.date(year, month + 1, candidate_day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def default_period(store: Store, today: dt.date | None = None) -> Period:
    """Since the last visit before today, else the last six months; until today."""
    until = today or dt.date.today()
    earlier = store.visits(until=until - dt.timedelta(days=1))
    if earlier:
        return Period(earlier[-1].date, until, f"since the last visit ({earlier[-1].date.isoformat()})")
    return Period(months_before(until, DEFAULT_MONTHS), until, f"the last {DEFAULT_MONTHS} months")


def choose_period(
    store: Store, since: dt.date | None, until: dt.date | None, today: dt.date | None = None
) -> Period:
    if since is None:
        period = default_period(store, until or today)
        since, basis = period.since, period.basis
    else:
        basis = "chosen"
    until = until or today or dt.date.today()
    if since > until:
        raise ValidationError("from", f"the start {since.isoformat()} is after the end {until.isoformat()}")
    return Period(since, until, basis)


# -- pieces that are worth testing on their own ---------------------------------------------
def site_stats(entries: Sequence[Entry]) -> tuple[StatRow, ...]:
    """First and last recorded value of each measure (entries in date order)."""
    rows = []
    for field, label in STAT_FIELDS:
        readings = [
            Reading(e.date, float(getattr(e, field))) for e in entries if getattr(e, field) is not None
        ]
        rows.append(
            StatRow(
                field,
                label,
                readings[0] if readings else None,
                readings[-1] if readings else None,
                len(readings),
            )
        )
    return tuple(rows)


def choose_strip(photos: Sequence[tuple[dt.date, Any]], size: int = STRIP_SIZE) -> list[int]:
    """Indexes of the photos for a strip: the first, the latest, and between them the ones
    nearest to evenly spaced dates (so a burst of photos in one week does not fill it)."""
    order = sorted(range(len(photos)), key=lambda i: (photos[i][0], i))
    if len(order) <= size:
        return order
    first, last = photos[order[0]][0], photos[order[-1]][0]
    chosen = [order[0], order[-1]]
    span = (last - first).days
    for step in range(1, size - 1):
        target = first + dt.timedelta(days=span * step / (size - 1))
        free = [i for i in order if i not in chosen]
        chosen.append(min(free, key=lambda i: (abs((photos[i][0] - target).days), i)))
    return sorted(chosen, key=lambda i: (photos[i][0], i))


def how_often(days: Sequence[dt.date]) -> str:
    distinct = sorted(set(days))
    if len(distinct) <= 1:
        return "once" if len(days) <= 1 else f"{len(days)} times on one day"
    gap = (distinct[-1] - distinct[0]).days / (len(distinct) - 1)
    if gap <= 1.2:
        return "daily"
    if gap < 6:
        return f"about {round(7 / gap)} times a week"
    if gap < 10:
        return "about weekly"
    if gap < 26:
        return f"about every {round(gap / 7)} weeks"
    months = round(gap / DAYS_PER_MONTH)
    return "about monthly" if months <= 1 else f"about every {months} months"


def care_lines(in_period: Sequence[CareEvent], everything: Sequence[CareEvent]) -> tuple[CareLine, ...]:
    first_ever: dict[tuple[str, str], dt.date] = {}
    for event in everything:
        key = (event.kind, event.what.casefold())
        first_ever[key] = min(first_ever.get(key, event.date), event.date)
    groups: dict[tuple[str, str], list[CareEvent]] = {}
    for event in in_period:
        groups.setdefault((event.kind, event.what.casefold()), []).append(event)
    lines = []
    for key, events in groups.items():
        dates = [e.date for e in events]
        lines.append(
            CareLine(
                kind=CARE_KIND_LABELS.get(events[0].kind, events[0].kind),
                what=events[-1].what,
                times=len(events),
                since=first_ever.get(key, min(dates)),
                last=max(dates),
                how_often=how_often(dates),
                dose=_usual_dose(events),
            )
        )
    return tuple(sorted(lines, key=lambda line: (line.kind, line.what.casefold())))


def _usual_dose(events: Sequence[CareEvent]) -> str | None:
    doses = Counter(f"{e.amount:g} {e.unit}" for e in events if e.amount is not None and e.unit)
    minutes = Counter(f"{e.minutes} min" for e in events if e.minutes)
    parts = [doses.most_common(1)[0][0]] if doses else []
    parts += [minutes.most_common(1)[0][0]] if minutes else []
    return ", ".join(parts) or None


# -- gathering ------------------------------------------------------------------------
def gather_summary(
    journal: Journal,
    since: dt.date | None = None,
    until: dt.date | None = None,
    site_names: Sequence[str] | None = None,
    questions: str | None = None,
    today: dt.date | None = None,
) -> Summary:
    store = journal.store
    made_on = today or dt.date.today()
    period = choose_period(store, since, until, made_on)
    chosen = _chosen_sites(store, site_names, period)
    chosen_ids = {s.id for s in chosen}
    alerts = _alerts(store, period, chosen_ids)
    sites, quiet = [], []
    for site in chosen:
        summary = _site_summary(journal, site, period, alerts)
        if summary is None:
            quiet.append(site)
        else:
            sites.append(summary)
    labs = store.labs(since=period.since, until=period.until)
    tests = Counter(lab.test for lab in labs)
    care = store.care_events(since=period.since, until=period.until)
    return Summary(
        made_on=made_on,
        period=period,
        profile=Profile.from_setting(store.setting(PROFILE_KEY)),
        alerts=tuple(line for line, _ in alerts),
        sites=tuple(sites),
        quiet_sites=tuple(quiet),
        daily=_daily(store, period),
        labs=tuple(labs),
        lab_tests_charted=tuple(test for test in dict.fromkeys(lab.test for lab in labs) if tests[test] >= 2),
        care=care_lines(care, store.care_events(until=period.until)),
        visits=tuple(store.visits(since=period.since, until=period.until)),
        questions=(questions or "").strip() or None,
        hand=tuple(store.finger_palm(since=period.since, until=period.until)),
        site_names={s.id: s.name for s in store.sites() if s.id is not None},
    )


def _chosen_sites(store: Store, names: Sequence[str] | None, period: Period) -> list[Site]:
    if names:
        found = [store.site_by_name(name) for name in dict.fromkeys(n.strip() for n in names if n.strip())]
        return [s for s in found if s is not None]
    # Archived sites stay out unless something was recorded for them in the period.
    return [
        s
        for s in store.sites()
        if not s.archived or store.entries(site_id=s.id, since=period.since, until=period.until)
    ]


def _alerts(store: Store, period: Period, site_ids: set[int | None]) -> list[tuple[AlertLine, int | None]]:
    raised = current_alerts(store, include_acknowledged=True, since=period.since, until=period.until)
    lines = []
    for alert in raised:
        if alert.site_id is not None and alert.site_id not in site_ids:
            continue
        evidence = tuple(EvidenceLine(ev.date, ev.field, plain_text(ev.value)) for ev in alert.evidence)
        lines.append(
            (
                AlertLine(
                    date=alert.date,
                    site=alert.site,
                    title=RULE_TITLES.get(alert.rule, alert.rule),
                    message=alert.message,
                    is_open=alert.status == "open",
                    evidence=evidence,
                    acknowledgements=tuple((plain_text(ack.at), ack.note) for ack in alert.acknowledgements),
                ),
                alert.site_id,
            )
        )
    # Open alerts first; within each group, in the order they happened.
    lines.sort(key=lambda pair: (not pair[0].is_open, pair[0].date, pair[0].site or ""))
    return lines


def _site_summary(
    journal: Journal, site: Site, period: Period, alerts: Sequence[tuple[AlertLine, int | None]]
) -> SiteSummary | None:
    assert site.id is not None
    entries = journal.store.entries(site_id=site.id, since=period.since, until=period.until)
    if not entries:
        return None
    # A photo is dated by the day it was taken (its camera's date), which may differ from its
    # entry's; a photo stored without a date is dated by its entry.
    entry_dates = {e.id: e.date for e in entries}
    photos = [
        (p.taken_on or entry_dates[p.entry_id], p)
        for p in journal.store.photos(site_id=site.id)
        if p.entry_id in entry_dates
    ]
    strip = tuple(
        StripPhoto(
            photos[i][0], journal.photo_path(photos[i][1]), photos[i][1], entry_dates[photos[i][1].entry_id]
        )
        for i in choose_strip(photos)
    )
    signs = tuple(
        (SIGN_LABELS[name], n)
        for name in ENTRY_WARNING_FIELDS
        if (n := sum(1 for e in entries if getattr(e, name)))
    )
    return SiteSummary(
        site=site,
        entries=tuple(entries),
        stats=site_stats(entries),
        strip=strip,
        photo_total=len(photos),
        alert_dates=tuple(sorted({a.date for a, sid in alerts if sid == site.id})),
        signs=signs,
        photo_uncertainty={
            entry_id: m.length_uncertainty_mm
            for entry_id, m in journal.store.latest_measurements().items()
            if entry_id in entry_dates
        },
        chart_extras=site_chart_extras(journal.store, site.id),
    )


def _daily(store: Store, period: Period) -> DailySummary:
    checks = store.daily_checks(since=period.since, until=period.until)
    symptoms = tuple(
        SymptomDays(field, SYMPTOM_LABELS[field], tuple(c.date for c in checks if getattr(c, field)))
        for field in DAILY_SYMPTOM_FIELDS
    )
    return DailySummary(days_checked=len(checks), symptoms=symptoms)
