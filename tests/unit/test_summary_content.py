"""What the doctor summary says, checked without Qt: the period, the numbers, the photos chosen."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from journal.core.alerts import acknowledge, current_alerts
from journal.core.domain.model import CareEvent, DailyCheck, Entry, LabResult, Site, Visit
from journal.core.errors import NotFound, ValidationError
from journal.core.journal import Journal
from journal.core.summary.content import (
    PROFILE_KEY,
    choose_period,
    choose_strip,
    default_period,
    gather_summary,
    how_often,
    months_before,
    site_stats,
)
from journal.core.summary.tree import Reading, StatRow

TODAY = dt.date(2026, 8, 31)


def add_site(journal: Journal, name: str, **raw: object) -> Site:
    return journal.store.add_site(Site.new(name=name, **{"kind": "deposit", "region": "forearm", **raw}))


def log(journal: Journal, site: Site, date: str, photos: list[Path] | None = None, **raw: object) -> Entry:
    entry, _ = journal.add_entry(Entry.new(site_id=site.id, date=date, **raw), photos or [])
    return entry


# -- the period ------------------------------------------------------------------------
def test_default_period_without_visits_is_the_last_six_months(journal: Journal) -> None:
    period = default_period(journal.store, TODAY)
    # 31 August minus six months has no 31st: the end of February.
    assert (period.since, period.until) == (dt.date(2026, 2, 28), TODAY)
    assert period.basis == "the last 6 months"


def test_default_period_starts_at_the_last_visit_before_today(journal: Journal) -> None:
    for day in ("2026-01-10", "2026-06-02", "2026-08-31"):
        journal.store.add_visit(Visit.new(date=day, clinician="Dr Meyer"))
    period = default_period(journal.store, TODAY)
    # A visit logged for today is the one this summary is for: the period starts at the one before.
    assert period.since == dt.date(2026, 6, 2)
    assert "last visit (2026-06-02)" in period.basis


def test_a_chosen_end_moves_the_default_start_with_it(journal: Journal) -> None:
    period = choose_period(journal.store, None, dt.date(2026, 3, 15), today=TODAY)
    assert (period.since, period.until) == (dt.date(2025, 9, 15), dt.date(2026, 3, 15))


def test_a_start_after_the_end_is_refused(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="after the end"):
        choose_period(journal.store, dt.date(2026, 5, 1), dt.date(2026, 4, 1), today=TODAY)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        ("2026-08-31", 6, "2026-02-28"),
        ("2024-08-31", 6, "2024-02-29"),
        ("2026-03-15", 6, "2025-09-15"),
        ("2026-01-31", 1, "2025-12-31"),
    ],
)
def test_months_before(day: str, months: int, expected: str) -> None:
    assert months_before(dt.date.fromisoformat(day), months) == dt.date.fromisoformat(expected)


# -- the numbers -----------------------------------------------------------------------
def test_stats_take_the_first_and_last_recorded_value_of_each_measure(journal: Journal) -> None:
    site = add_site(journal, "Left forearm")
    log(journal, site, "2026-01-01", size_mm=4.0, pain=2)
    log(journal, site, "2026-02-01", count=3, pain=5)
    log(journal, site, "2026-01-31", size_mm=5.0)
    log(journal, site, "2026-04-01", size_mm=7.0, count=5)
    stats = {row.field: row for row in site_stats(journal.store.entries(site_id=site.id))}

    size = stats["size_mm"]
    assert size.first == Reading(dt.date(2026, 1, 1), 4.0) and size.last == Reading(dt.date(2026, 4, 1), 7.0)
    assert size.change == pytest.approx(3.0)
    # Three sizes on a straight line: 3 mm over 90 days, an average month being 365.25 / 12 days.
    assert size.per_month == pytest.approx(3.0 / (90 / 30.4375))
    # Two counts: first and latest only, never a rate.
    assert stats["count"].change == 2 and stats["count"].per_month is None
    assert stats["pain"].last == Reading(dt.date(2026, 2, 1), 5.0)
    assert stats["tightness"].first is None and stats["tightness"].change is None


def _row(*readings: tuple[str, float]) -> StatRow:
    values = tuple(Reading(dt.date.fromisoformat(d), v) for d, v in readings)
    return StatRow("size_mm", "", values[0], values[-1], len(values), values=values)


def test_a_rate_needs_three_readings_over_four_weeks() -> None:
    one = _row(("2026-01-01", 4.0))
    assert one.change is None and one.per_month is None
    two_far_apart = _row(("2026-01-01", 4.0), ("2026-07-01", 7.0))  # "+2.90 per month" from two points: no
    assert two_far_apart.change == 3.0 and two_far_apart.per_month is None
    three_in_27_days = _row(("2026-01-01", 4.0), ("2026-01-14", 4.5), ("2026-01-28", 5.0))
    assert three_in_27_days.per_month is None
    three_in_28_days = _row(("2026-01-01", 4.0), ("2026-01-15", 4.5), ("2026-01-29", 5.0))
    assert three_in_28_days.per_month == pytest.approx(1.0 / (28 / 30.4375))
    # The slope through every reading, not first-to-latest: a high middle reading pulls it.
    shrinking = _row(("2026-01-01", 6.0), ("2026-04-01", 4.0), ("2026-07-01", 3.0))
    assert shrinking.per_month == pytest.approx(-1.5 / (90.5 / 30.4375), rel=0.02)


def test_a_size_change_is_judged_against_the_two_sizes_uncertainty(journal: Journal) -> None:
    ruler, calliper, typed = (
        add_site(journal, "Ruler"),
        add_site(journal, "Calliper"),
        add_site(journal, "Typed"),
    )
    for site, method in ((ruler, "ruler"), (calliper, "calliper"), (typed, None)):
        log(journal, site, "2026-03-01", size_mm=4.0, size_method=method)
        log(journal, site, "2026-05-01", size_mm=5.5, size_method=method)
    summary = gather_summary(journal, since=dt.date(2026, 3, 1), until=TODAY, today=TODAY)
    by_name = {s.site.name: s.stat("size_mm") for s in summary.sites}
    # Ruler: ±1.2 and ±1.65 mm combined is 2.04 mm, more than the 1.5 mm change.
    assert by_name["Ruler"].noise == pytest.approx(math.hypot(1.2, 1.65))
    assert by_name["Ruler"].beyond_noise is False
    # Calliper: ±0.5 and ±0.55 mm combined is 0.74 mm: the same 1.5 mm is a real change.
    assert by_name["Calliper"].noise == pytest.approx(math.hypot(0.5, 0.55))
    assert by_name["Calliper"].beyond_noise is True
    # A size typed without a method is judged as a ruler reading.
    assert by_name["Typed"].noise == pytest.approx(by_name["Ruler"].noise)
    # What needs attention comes first; the steady sites get a line each, not a page.
    assert [s.site.name for s in summary.sites] == ["Calliper", "Ruler", "Typed"]
    assert [s.site.name for s in summary.detailed_sites] == ["Calliper"]
    assert [s.site.name for s in summary.steady_sites] == ["Ruler", "Typed"]


def test_a_rating_change_counts_from_the_smallest_detectable_change(journal: Journal) -> None:
    site = add_site(journal, "Scalp", kind="area", region="scalp")
    log(journal, site, "2026-03-01", tightness=8, pain=2)
    log(journal, site, "2026-04-01", tightness=9, pain=3)
    summary = gather_summary(journal, since=dt.date(2026, 3, 1), until=TODAY, today=TODAY)
    [only] = summary.sites
    # Pain 2 -> 3: one point is no larger than the smallest detectable change. Tightness 8 -> 9:
    # 15% of 8 is 1.2 points, larger than one point, and the change is smaller still.
    assert only.stat("pain").noise == 1.0 and only.stat("pain").beyond_noise is False
    assert only.stat("tightness").noise == pytest.approx(1.2) and only.stat("tightness").beyond_noise is False
    assert not only.has_something_to_see
    log(journal, site, "2026-05-01", tightness=10, pain=4)
    again = gather_summary(journal, since=dt.date(2026, 3, 1), until=TODAY, today=TODAY)
    # Pain 2 -> 4 and tightness 8 -> 10: two points, larger than the noise.
    assert again.sites[0].stat("pain").beyond_noise and again.sites[0].stat("tightness").beyond_noise
    assert again.sites[0].has_something_to_see


def test_the_summary_counts_only_the_period(journal: Journal) -> None:
    site = add_site(journal, "Left forearm")
    log(journal, site, "2025-12-01", size_mm=2.0)  # before the period
    log(journal, site, "2026-03-01", size_mm=4.0)
    log(journal, site, "2026-06-01", size_mm=5.5, inflamed=True)
    summary = gather_summary(journal, since=dt.date(2026, 3, 1), until=dt.date(2026, 8, 1), today=TODAY)
    [only] = summary.sites
    assert len(only.entries) == 2
    assert only.stat("size_mm").first == Reading(dt.date(2026, 3, 1), 4.0)
    assert only.stat("size_mm").per_month is None  # two sizes: first and latest only
    assert only.signs == (("inflamed (red, warm or swollen)", 1),)


# -- the photo strip -----------------------------------------------------------------------
def _dated(*days: str) -> list[tuple[dt.date, str]]:
    return [(dt.date.fromisoformat(d), f"photo {d}") for d in days]


def test_strip_keeps_every_photo_when_there_are_few() -> None:
    photos = _dated("2026-03-01", "2026-01-01", "2026-02-01")
    assert choose_strip(photos) == [1, 2, 0]  # in date order


def test_strip_has_the_first_the_latest_and_evenly_spread_ones_between() -> None:
    photos = _dated(*(f"2026-{m:02d}-01" for m in range(1, 13)))  # monthly, January to December
    chosen = choose_strip(photos, size=5)
    days = [photos[i][0] for i in chosen]
    assert days[0] == dt.date(2026, 1, 1) and days[-1] == dt.date(2026, 12, 1)
    assert len(set(chosen)) == 5 and days == sorted(days)
    # 334 days in four steps: targets 25 March, 17 June, 8 September; the nearest photos win.
    assert days[1:4] == [dt.date(2026, 4, 1), dt.date(2026, 7, 1), dt.date(2026, 9, 1)]


def test_a_burst_of_photos_in_one_week_does_not_fill_the_strip() -> None:
    burst = [f"2026-01-0{d}" for d in range(1, 8)]
    photos = _dated(*burst, "2026-04-01", "2026-07-01", "2026-10-01")
    days = [photos[i][0] for i in choose_strip(photos, size=5)]
    assert days[-3:] == [dt.date(2026, 4, 1), dt.date(2026, 7, 1), dt.date(2026, 10, 1)]
    assert sum(1 for d in days if d.month == 1) == 2


def test_the_gathered_strip_points_at_the_stored_photo_files(journal: Journal, samples: Path) -> None:
    site = add_site(journal, "Left forearm")
    photo = samples / "photos" / "elbow_no_exif.png"  # no camera date: each copy is dated by its entry
    for month in range(1, 9):
        log(journal, site, f"2026-{month:02d}-10", photos=[photo], size_mm=3.0 + month / 10)
    summary = gather_summary(journal, since=dt.date(2026, 1, 1), until=dt.date(2026, 8, 31), today=TODAY)
    [only] = summary.sites
    assert only.photo_total == 8 and len(only.strip) == 4
    assert only.strip[0].date == dt.date(2026, 1, 10) and only.strip[-1].date == dt.date(2026, 8, 10)
    assert all(p.path.is_file() for p in only.strip)


# -- what else goes in ---------------------------------------------------------------------
def test_alerts_of_the_period_open_first_acknowledged_kept(journal: Journal) -> None:
    forearm, elbow = add_site(journal, "Left forearm"), add_site(journal, "Right elbow", region="elbow")
    log(journal, forearm, "2026-04-01", discharge=True)
    log(journal, elbow, "2025-06-01", discharge=True)  # before the period
    log(journal, elbow, "2025-09-01", discharge=False, size_mm=3.0)
    log(journal, elbow, "2026-03-01", discharge=True)
    elbow_alert = next(
        a for a in current_alerts(journal.store) if a.site == "Right elbow" and a.date == dt.date(2026, 3, 1)
    )
    acknowledge(journal.store, elbow_alert.id, "shown to Dr Meyer")

    # Until today: the acknowledgement (made now) falls inside the period.
    today = max(TODAY, dt.date.today())
    summary = gather_summary(journal, since=dt.date(2026, 1, 1), until=today, today=today)
    # Every alert open at the end of the period, whenever it was raised, newest first; then the
    # ones raised (or acknowledged) in it.
    assert [(a.site, a.date.isoformat(), a.is_open, a.before_period) for a in summary.alerts] == [
        ("Left forearm", "2026-04-01", True, False),
        ("Right elbow", "2025-06-01", True, True),
        ("Right elbow", "2026-03-01", False, False),
    ]
    assert summary.alerts[2].ack_note == "shown to Dr Meyer"
    [elbow] = [s for s in summary.sites if s.site.name == "Right elbow"]
    assert (elbow.open_alerts, elbow.period_alerts) == (1, 1)
    assert summary.alerts[0].title == "Chalk-like discharge"
    assert summary.alerts[0].evidence[0].date == dt.date(2026, 4, 1)
    # On paper the closing advice is said once, above the table.
    assert "Left forearm" in summary.alerts[0].seen and "assessed by a doctor" not in summary.alerts[0].seen

    only_forearm = gather_summary(
        journal, since=dt.date(2026, 1, 1), until=TODAY, site_names=["left forearm"]
    )
    assert [a.site for a in only_forearm.alerts] == ["Left forearm"]


def test_an_alert_acknowledged_after_the_period_was_open_at_its_end(journal: Journal) -> None:
    site = add_site(journal, "Left forearm")
    today = dt.date.today()
    log(journal, site, (today - dt.timedelta(days=40)).isoformat(), discharge=True)
    [alert] = current_alerts(journal.store)
    acknowledge(journal.store, alert.id, "shown to Dr Meyer")  # today, after the period below
    until = today - dt.timedelta(days=10)
    summary = gather_summary(journal, since=until - dt.timedelta(days=10), until=until, today=until)
    [line] = summary.alerts
    assert line.is_open and line.before_period and line.acknowledgements == ()
    # The same alert in a period that reaches today: acknowledged in it.
    now = gather_summary(journal, since=today - dt.timedelta(days=5), until=today, today=today)
    assert [(a.is_open, a.ack_note) for a in now.alerts] == [(False, "shown to Dr Meyer")]


def test_alerts_newest_first_and_the_most_serious_first_on_one_day(journal: Journal) -> None:
    hand, knee = add_site(journal, "Hand", region="hand"), add_site(journal, "Knee", region="knee")
    log(journal, knee, "2026-05-01", inflamed=True)
    log(journal, hand, "2026-06-01", discharge=True, inflamed=True)
    summary = gather_summary(journal, since=dt.date(2026, 5, 1), until=TODAY, today=TODAY)
    # Pain, inflammation or an open sore comes before chalk-like discharge in the rules' order.
    assert [(a.site, a.date.isoformat(), a.rule) for a in summary.alerts] == [
        ("Hand", "2026-06-01", "pain_inflammation_ulceration"),
        ("Hand", "2026-06-01", "chalky_discharge"),
        ("Knee", "2026-05-01", "pain_inflammation_ulceration"),
    ]


def test_the_strip_holds_the_photo_of_every_alert_date(journal: Journal, samples: Path) -> None:
    site = add_site(journal, "Left forearm")
    photo = samples / "photos" / "elbow_no_exif.png"
    for month in range(1, 11):
        inflamed = month in (3, 4, 7)
        log(journal, site, f"2026-{month:02d}-10", photos=[photo], size_mm=3.0, pain=1, inflamed=inflamed)
    summary = gather_summary(journal, since=dt.date(2026, 1, 1), until=dt.date(2026, 10, 31), today=TODAY)
    [only] = summary.sites
    days = [p.date.isoformat() for p in only.strip]
    alert_days = [d.isoformat() for d in only.alert_dates]
    assert alert_days and all(d in days for d in alert_days)
    assert days[0] == "2026-01-10" and days[-1] == "2026-10-10" and days == sorted(days)
    assert [p.alert for p in only.strip] == [d in alert_days for d in days]
    assert only.strip[0].size_mm == 3.0 and only.strip[0].pain == 1


def test_a_strip_photo_carries_its_measurement(journal: Journal, samples: Path) -> None:
    from journal.core.measure.model import Measurement, Reference

    site = add_site(journal, "Left forearm")
    log(journal, site, "2026-03-01", photos=[samples / "photos" / "elbow_no_exif.png"], size_mm=4.0)
    [photo] = journal.store.photos(site_id=site.id)
    ref = Reference.new(kind="ruler", segment=[10, 10, 110, 10], length_mm=10)
    journal.store.add_measurement(Measurement.new(photo.id, ref, [20, 30, 60, 30]))
    summary = gather_summary(journal, since=dt.date(2026, 1, 1), until=TODAY, today=TODAY)
    [shown] = summary.sites[0].strip
    assert shown.measurement is not None and shown.measurement.length_mm == pytest.approx(4.0)
    assert shown.size_uncertainty == pytest.approx(shown.measurement.length_uncertainty_mm) or (
        shown.size_uncertainty is None  # the entry's size was typed, not measured on the photo
    )


def test_chosen_sites_unknown_name_and_quiet_sites(journal: Journal) -> None:
    forearm = add_site(journal, "Left forearm")
    add_site(journal, "Scalp crown", kind="area", region="scalp")
    add_site(journal, "Old knee", region="knee", archived=True)
    log(journal, forearm, "2026-05-01", size_mm=3.0)
    summary = gather_summary(journal, since=dt.date(2026, 1, 1), until=TODAY)
    assert [s.site.name for s in summary.sites] == ["Left forearm"]
    assert [s.name for s in summary.quiet_sites] == ["Scalp crown"]  # the archived one stays out
    with pytest.raises(NotFound, match="Elbow"):
        gather_summary(journal, site_names=["Elbow"])


def test_daily_checks_labs_care_visits_profile_and_questions(journal: Journal) -> None:
    store = journal.store
    for day in range(1, 31):
        store.save_daily(DailyCheck.new(date=f"2026-06-{day:02d}", fatigue=day % 10 == 0, weakness=day == 3))
    store.add_lab(
        LabResult.new(date="2026-06-05", test="calcium", value=2.7, unit="mmol/L", low=2.2, high=2.6)
    )
    store.add_lab(
        LabResult.new(date="2026-07-05", test="calcium", value=2.5, unit="mmol/L", low=2.2, high=2.6)
    )
    store.add_lab(LabResult.new(date="2026-07-05", test="pth", value=40, unit="ng/L"))
    store.add_care(
        CareEvent.new(date="2025-11-01", kind="supplement", what="Vitamin K2", amount=100, unit="mcg")
    )
    for day in range(1, 31):
        store.add_care(
            CareEvent.new(
                date=f"2026-06-{day:02d}", kind="supplement", what="Vitamin K2", amount=100, unit="mcg"
            )
        )
    store.add_visit(Visit.new(date="2026-06-20", clinician="Dr Meyer", findings="ultrasound 2.1 mm"))
    store.set_setting(
        PROFILE_KEY,
        {
            "name": "  Anna ",
            "conditions": ["Limited scleroderma"],
            "medicines": "Vitamin K2 100 mcg\nMagnesium 300 mg",
        },
    )

    summary = gather_summary(
        journal, since=dt.date(2026, 6, 1), until=dt.date(2026, 7, 31), questions="  Is this growing?  \n"
    )
    assert summary.daily.days_checked == 30
    assert {s.field: len(s.days) for s in summary.daily.symptoms} == {
        "fatigue": 3,
        "weakness": 1,
        "urination_changes": 0,
    }
    assert len(summary.labs) == 3 and summary.lab_tests_charted == ("calcium",)  # pth has one result
    [care] = summary.care
    # Since when: the first time ever, before the period; how often: within it.
    assert (care.what, care.times, care.since, care.how_often, care.dose) == (
        "Vitamin K2",
        30,
        dt.date(2025, 11, 1),
        "daily",
        "100 mcg",
    )
    assert [v.findings for v in summary.visits] == ["ultrasound 2.1 mm"]
    assert summary.profile.name == "Anna" and summary.profile.medicines == (
        "Vitamin K2 100 mcg",
        "Magnesium 300 mg",
    )
    assert summary.questions == "Is this growing?"


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ([1], "once"),
        ([1, 1], "2 times on one day"),
        (list(range(1, 20)), "daily"),
        ([1, 3, 5, 7, 9], "about 4 times a week"),
        ([1, 8, 15, 22], "about weekly"),
        ([1, 15, 29, 43], "about every 2 weeks"),
        ([1, 32, 62], "about monthly"),
        ([1, 91, 181], "about every 3 months"),
    ],
)
def test_how_often(days: list[int], expected: str) -> None:
    assert how_often([dt.date(2026, 1, 1) + dt.timedelta(days=d) for d in days]) == expected


def test_a_profile_stored_in_any_shape_never_breaks_the_summary(journal: Journal) -> None:
    for value in (
        None,
        "just text",
        ["a list"],
        {"name": 3, "conditions": None},
        {"medicines": [1, " ", "Zinc"]},
    ):
        journal.store.set_setting(PROFILE_KEY, value)
        profile = gather_summary(journal).profile
        assert profile.name is None
    assert profile.medicines == ("Zinc",)
