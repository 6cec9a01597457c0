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
from collections.abc import Mapping, Sequence
from typing import Any

from journal.core.alerts import RULE_IDS, Alert, current_alerts
from journal.core.alerts.model import rule_title
from journal.core.charts.site_extras import site_chart_extras
from journal.core.domain.choices import CARE_KIND_LABELS, shown
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
from journal.core.language import Words
from journal.core.measure.model import Measurement
from journal.core.measure.uncertainty import combined, method_uncertainty_mm, size_uncertainty_mm
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


class SummaryWords(Words):
    """The summary's words for the doctor (the report lays them out)."""


QUESTIONS_KEY = "report_questions"  # the questions for the doctor, kept between printings
DEFAULT_MONTHS = 6
STRIP_SIZE = 4  # four tiles fill the page width at a size a doctor can see (alert dates may add more)
# The smallest detectable change on a 0-10 rating: 1 point or 15% (Salaffi et al., Eur J Pain
# 2004; ../shared/CLINICAL-NOTES.md), taken as the larger of the two. As with a size, a change
# counts only when it is larger than that: on whole-number ratings, 2 points or more, which is
# also the clinically important change (Farrar et al., Pain 2001), so a day-to-day wobble of
# one point between two single ratings is not reported as a change.
RATING_DETECTABLE_POINTS, RATING_DETECTABLE_FRACTION = 1.0, 0.15
RATING_FIELDS = ("tightness", "pain")
# A size typed without saying how it was measured is judged as a ruler reading (the way sizes
# were typed before the journal asked): its noise is the ruler's spread.
ASSUMED_SIZE_METHOD = "ruler"
# Words marked here, translated where the summary is gathered.
STAT_FIELDS = (
    ("size_mm", SummaryWords.mark("Largest size (mm)")),
    ("count", SummaryWords.mark("Count")),
    ("tightness", SummaryWords.mark("Tightness (0-10)")),
    ("pain", SummaryWords.mark("Pain (0-10)")),
)
SYMPTOM_LABELS = {
    "fatigue": SummaryWords.mark("Fatigue"),
    "weakness": SummaryWords.mark("Muscle weakness"),
    "urination_changes": SummaryWords.mark("Changes in urination"),
}
SIGN_LABELS = {
    "inflamed": SummaryWords.mark("inflamed (red, warm or swollen)"),
    "ulcerated": SummaryWords.mark("broke open"),
    "discharge": SummaryWords.mark("chalk-like discharge"),
    "restricted_movement": SummaryWords.mark("restricted movement"),
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
        basis = SummaryWords.tr("since the last visit ({date})").format(date=earlier[-1].date.isoformat())
        return Period(earlier[-1].date, until, basis)
    basis = SummaryWords.tr("the last {count} months").format(count=DEFAULT_MONTHS)
    return Period(months_before(until, DEFAULT_MONTHS), until, basis)


def choose_period(
    store: Store, since: dt.date | None, until: dt.date | None, today: dt.date | None = None
) -> Period:
    if since is None:
        period = default_period(store, until or today)
        since, basis = period.since, period.basis
    else:
        basis = SummaryWords.tr("chosen", "the period the person chose")
    until = until or today or dt.date.today()
    if since > until:
        raise ValidationError(
            "from",
            SummaryWords.tr("the start {since} is after the end {until}").format(
                since=since.isoformat(), until=until.isoformat()
            ),
        )
    return Period(since, until, basis)


# -- pieces that are worth testing on their own ---------------------------------------------
def rating_noise(first: float) -> float:
    """The smallest detectable change of a 0-10 rating that starts at `first`."""
    return max(RATING_DETECTABLE_POINTS, RATING_DETECTABLE_FRACTION * first)


def size_noise(entry: Entry, photo_uncertainty: Mapping[int, float]) -> float | None:
    """The ± of an entry's size: its photo measurement's, else its method's spread (a ruler's
    when no method was recorded)."""
    photo = photo_uncertainty.get(entry.id) if entry.id is not None else None
    own = size_uncertainty_mm(entry.size_method, entry.size_mm, photo)
    return own if own is not None else method_uncertainty_mm(ASSUMED_SIZE_METHOD, entry.size_mm)


def site_stats(
    entries: Sequence[Entry], photo_uncertainty: Mapping[int, float] | None = None
) -> tuple[StatRow, ...]:
    """First and last recorded value of each measure (entries in date order), with the noise
    the change between them is judged against."""
    known = photo_uncertainty or {}
    rows = []
    for field, source in STAT_FIELDS:
        label = SummaryWords.tr(source)
        recorded = [e for e in entries if getattr(e, field) is not None]
        readings = tuple(Reading(e.date, float(getattr(e, field))) for e in recorded)
        noise = first_u = last_u = None
        if recorded and field == "size_mm":
            first_u, last_u = size_noise(recorded[0], known), size_noise(recorded[-1], known)
            if first_u is not None and last_u is not None:
                # The difference of two independent measurements: their uncertainties combined.
                noise = combined(first_u, last_u)
        elif recorded and field in RATING_FIELDS:
            noise = rating_noise(readings[0].value)
        rows.append(
            StatRow(
                field,
                label,
                readings[0] if readings else None,
                readings[-1] if readings else None,
                len(readings),
                values=readings,
                noise=noise,
                first_uncertainty=first_u,
                last_uncertainty=last_u,
            )
        )
    return tuple(rows)


def choose_strip(
    photos: Sequence[tuple[dt.date, Any]], size: int = STRIP_SIZE, keep: Sequence[int] = ()
) -> list[int]:
    """Indexes of the photos for a strip: the first, the latest, every one in `keep` (the
    photos of alert dates, even beyond `size`), and between them the ones nearest to evenly
    spaced dates (so a burst of photos in one week does not fill it)."""
    order = sorted(range(len(photos)), key=lambda i: (photos[i][0], i))
    if len(order) <= size:
        return order
    first, last = photos[order[0]][0], photos[order[-1]][0]
    chosen = list(dict.fromkeys([order[0], order[-1], *keep]))
    span = (last - first).days
    for step in range(1, size - 1):
        if len(chosen) >= size:
            break
        target = first + dt.timedelta(days=span * step / (size - 1))
        free = [i for i in order if i not in chosen]
        chosen.append(min(free, key=lambda i: (abs((photos[i][0] - target).days), i)))
    return sorted(chosen, key=lambda i: (photos[i][0], i))


def how_often(days: Sequence[dt.date]) -> str:
    distinct = sorted(set(days))
    if len(distinct) <= 1:
        if len(days) <= 1:
            return SummaryWords.tr("once")
        return SummaryWords.tr("{count} times on one day").format(count=len(days))
    gap = (distinct[-1] - distinct[0]).days / (len(distinct) - 1)
    if gap <= 1.2:
        return SummaryWords.tr("daily")
    if gap < 6:
        return SummaryWords.tr("about {count} times a week").format(count=round(7 / gap))
    if gap < 10:
        return SummaryWords.tr("about weekly")
    if gap < 26:
        return SummaryWords.tr("about every {count} weeks").format(count=round(gap / 7))
    months = round(gap / DAYS_PER_MONTH)
    if months <= 1:
        return SummaryWords.tr("about monthly")
    return SummaryWords.tr("about every {count} months").format(count=months)


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
                kind=shown(CARE_KIND_LABELS, events[0].kind),
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
    measured = store.latest_measurements()
    sites, quiet = [], []
    for site in chosen:
        summary = _site_summary(journal, site, period, alerts, measured)
        if summary is None:
            quiet.append(site)
        else:
            sites.append(summary)
    sites.sort(key=lambda s: s.attention)
    labs = store.labs(since=period.since, until=period.until)
    tests = Counter(lab.test for lab in labs)
    care = store.care_events(since=period.since, until=period.until)
    return Summary(
        made_on=made_on,
        period=period,
        profile=Profile.from_setting(store.setting(PROFILE_KEY)),
        alerts=tuple(line for line, _ in alerts),
        sites=tuple(sites),  # what needs attention first: SiteSummary.attention
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


def _open_at_end(alert: Alert, until: dt.date) -> bool:
    """Open at the end of the period: raised by then, and not acknowledged by then."""
    if alert.date > until:
        return False
    first_ack = alert.acknowledgements[-1].at[:10] if alert.acknowledgements else None
    return alert.is_open or (first_ack is not None and first_ack > until.isoformat())


def _acknowledged_in(alert: Alert, period: Period) -> bool:
    days = [ack.at[:10] for ack in alert.acknowledgements]
    return any(period.since.isoformat() <= d <= period.until.isoformat() for d in days)


def _alerts(store: Store, period: Period, site_ids: set[int | None]) -> list[tuple[AlertLine, int | None]]:
    """Every alert open at the end of the period whenever it was raised, then the ones raised
    or acknowledged in the period; newest first, the most serious first on one day."""
    severity = {rule: i for i, rule in enumerate(RULE_IDS)}  # the rules' own order, most serious first
    lines = []
    for alert in current_alerts(store, include_acknowledged=True, until=period.until):
        if alert.site_id is not None and alert.site_id not in site_ids:
            continue
        is_open = _open_at_end(alert, period.until)
        if not (is_open or period.contains(alert.date) or _acknowledged_in(alert, period)):
            continue
        evidence = tuple(EvidenceLine(ev.date, ev.field, plain_text(ev.value)) for ev in alert.evidence)
        lines.append(
            (
                AlertLine(
                    date=alert.date,
                    site=alert.site,
                    title=rule_title(alert.rule),
                    message=alert.message,
                    is_open=is_open,
                    evidence=evidence,
                    acknowledgements=tuple(
                        (plain_text(ack.at), ack.note)
                        for ack in alert.acknowledgements
                        if ack.at[:10] <= period.until.isoformat()
                    ),
                    rule=alert.rule,
                    site_id=alert.site_id,
                    before_period=alert.date < period.since,
                ),
                alert.site_id,
            )
        )
    lines.sort(
        key=lambda pair: (
            not pair[0].is_open,
            -pair[0].date.toordinal(),
            severity.get(pair[0].rule, len(severity)),
            pair[0].site or "",
        )
    )
    return lines


def _site_summary(
    journal: Journal,
    site: Site,
    period: Period,
    alerts: Sequence[tuple[AlertLine, int | None]],
    measured: Mapping[int, Measurement],
) -> SiteSummary | None:
    assert site.id is not None
    entries = journal.store.entries(site_id=site.id, since=period.since, until=period.until)
    if not entries:
        return None
    mine = [a for a, sid in alerts if sid == site.id]
    alert_days = {a.date for a in mine if period.contains(a.date)}
    by_id = {e.id: e for e in entries}
    photo_uncertainty = {
        entry_id: m.length_uncertainty_mm for entry_id, m in measured.items() if entry_id in by_id
    }
    # A photo is dated by the day it was taken (its camera's date), which may differ from its
    # entry's; a photo stored without a date is dated by its entry.
    photos = [
        (p.taken_on or by_id[p.entry_id].date, p)
        for p in journal.store.photos(site_id=site.id)
        if p.entry_id in by_id
    ]
    # The photo of each alert date: one of that day's entries' photos (the first).
    keep = list(
        {
            by_id[p.entry_id].date: i
            for i, (_, p) in reversed(list(enumerate(photos)))
            if by_id[p.entry_id].date in alert_days
        }.values()
    )
    chosen = choose_strip(photos, keep=keep)
    on_photo: dict[int, Measurement] = {}
    photo_ids = [pid for i in chosen if (pid := photos[i][1].id) is not None]
    for m in journal.store.measurements_of_photos(photo_ids):
        on_photo[m.photo_id] = m  # newest last: the newest wins
    strip = []
    for i in chosen:
        taken, photo = photos[i]
        entry = by_id[photo.entry_id]
        strip.append(
            StripPhoto(
                taken,
                journal.photo_path(photo),
                photo,
                entry.date,
                size_mm=entry.size_mm,
                size_uncertainty=size_uncertainty_mm(
                    entry.size_method, entry.size_mm, photo_uncertainty.get(entry.id) if entry.id else None
                ),
                pain=entry.pain,
                alert=entry.date in alert_days,
                measurement=on_photo.get(photo.id) if photo.id is not None else None,
            )
        )
    signs = tuple(
        (SummaryWords.tr(SIGN_LABELS[name]), n)
        for name in ENTRY_WARNING_FIELDS
        if (n := sum(1 for e in entries if getattr(e, name)))
    )
    extras = site_chart_extras(journal.store, site.id)
    return SiteSummary(
        site=site,
        entries=tuple(entries),
        stats=site_stats(entries, photo_uncertainty),
        strip=tuple(strip),
        photo_total=len(photos),
        alert_dates=tuple(sorted(alert_days)),
        signs=signs,
        photo_uncertainty=photo_uncertainty,
        open_alerts=sum(1 for a in mine if a.is_open),
        period_alerts=sum(1 for a in mine if period.contains(a.date)),
        chart_extras=extras,
        milestones=sum(1 for p in extras.phases if period.contains(p.date))
        + sum(1 for day, _mm in extras.ultrasound if period.contains(day)),
    )


def _daily(store: Store, period: Period) -> DailySummary:
    checks = store.daily_checks(since=period.since, until=period.until)
    symptoms = tuple(
        SymptomDays(
            field, SummaryWords.tr(SYMPTOM_LABELS[field]), tuple(c.date for c in checks if getattr(c, field))
        )
        for field in DAILY_SYMPTOM_FIELDS
    )
    return DailySummary(days_checked=len(checks), symptoms=symptoms)
