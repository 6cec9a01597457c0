"""The side list's line per site and the reminders of checks that are due."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from journal.core.charts.overview import due_for_check, site_overviews
from journal.core.charts.trends import Direction
from journal.core.domain.model import Entry, Site


def _site(journal, name: str, **kw) -> Site:
    return journal.store.add_site(Site.new(name=name, kind="deposit", region="elbow", **kw))


def test_overview_has_last_check_photo_and_trend(journal, samples) -> None:
    elbow = _site(journal, "Left elbow")
    for day, size in (("2026-03-01", 4.0), ("2026-03-08", 4.0), ("2026-03-15", 5.0)):
        journal.add_entry(Entry.new(site_id=elbow.id, date=day, size_mm=size))
    journal.add_entry(
        Entry.new(site_id=elbow.id, date="2026-03-10"), [samples / "photos" / "forearm_2026-03-01.jpg"]
    )
    (line,) = site_overviews(journal.store)
    assert line.site.name == "Left elbow"
    assert line.last_checked == dt.date(2026, 3, 15)
    assert line.latest_photo is not None and line.latest_photo.original_name == "forearm_2026-03-01.jpg"
    assert line.trend is not None and line.trend.direction is Direction.UP


def test_site_without_entries_has_no_trend_and_is_not_due_yet(journal) -> None:
    """A site just made is waiting for its first check, not overdue; its first entry starts the count."""
    scalp = _site(journal, "Scalp crown", reminder_days=7)
    (line,) = site_overviews(journal.store)
    assert line.last_entry is None and line.trend is None
    assert not line.check_due(dt.date.today())
    assert due_for_check([line], dt.date.today()) == []
    journal.add_entry(Entry.new(site_id=scalp.id, date="2026-04-01"))
    (line,) = site_overviews(journal.store)
    assert not line.check_due(dt.date(2026, 4, 7))
    assert line.check_due(dt.date(2026, 4, 8))


def test_reminders_follow_each_sites_interval(journal) -> None:
    weekly = _site(journal, "Weekly", reminder_days=7)
    monthly = _site(journal, "Monthly", reminder_days=30)
    for site in (weekly, monthly):
        journal.add_entry(Entry.new(site_id=site.id, date="2026-04-01"))
    lines = site_overviews(journal.store)
    assert due_for_check(lines, dt.date(2026, 4, 7)) == []
    assert [o.site.name for o in due_for_check(lines, dt.date(2026, 4, 8))] == ["Weekly"]
    assert [o.site.name for o in due_for_check(lines, dt.date(2026, 5, 1))] == ["Monthly", "Weekly"]


def test_resolved_and_archived_sites_are_not_reminded(journal) -> None:
    gone = _site(journal, "Gone", resolved_on="2026-01-10")
    old = _site(journal, "Old")
    journal.store.update_site(dataclasses.replace(old, archived=True))
    lines = site_overviews(journal.store, include_archived=True)
    assert {o.site.name for o in lines} == {"Gone", "Old"}
    assert due_for_check(lines, dt.date(2026, 6, 1)) == []
    assert [o.site.name for o in site_overviews(journal.store)] == ["Gone"]
    assert gone.id is not None


def test_store_picks_the_newest_photo_and_recent_values_per_site(journal, samples) -> None:
    elbow = _site(journal, "Left elbow")
    knee = _site(journal, "Right knee")
    first, _ = journal.add_entry(
        Entry.new(site_id=elbow.id, date="2026-01-01", size_mm=1.0),
        [samples / "photos" / "elbow_no_exif.png"],
    )
    newest, _ = journal.add_entry(
        Entry.new(site_id=elbow.id, date="2026-02-01"),
        [samples / "photos" / "forearm_2026-03-01.jpg", samples / "photos" / "cmyk_scan.jpg"],
    )
    for day, size in enumerate([2.0, 3.0, 4.0, 5.0, 6.0], start=1):
        journal.add_entry(Entry.new(site_id=knee.id, date=f"2026-03-0{day}", size_mm=size, tightness=day))
    photos = journal.store.latest_photo_by_site()
    assert set(photos) == {elbow.id}
    assert photos[elbow.id].entry_id == newest.id and photos[elbow.id].original_name == "cmyk_scan.jpg"
    assert photos[elbow.id] == journal.store.latest_photos()[elbow.id]  # the same answer as the full scan

    recent = journal.store.recent_measured_entries(("size_mm", "tightness"), 4)
    assert [e.size_mm for e in recent[knee.id]] == [3.0, 4.0, 5.0, 6.0]  # the newest four, oldest first
    assert [e.id for e in recent[elbow.id]] == [first.id]
    with pytest.raises(ValueError):
        journal.store.recent_measured_entries(("size_mm; DROP TABLE entries",), 4)


def test_overview_trend_equals_the_trend_of_all_entries(journal) -> None:
    from journal.core.charts.trends import trend

    site = _site(journal, "Scalp crown")
    for week, (tight, size) in enumerate([(3, None), (4, 2.0), (None, None), (6, 2.1), (7, None), (7, 2.9)]):
        journal.add_entry(
            Entry.new(
                site_id=site.id,
                date=dt.date(2026, 1, 1) + dt.timedelta(weeks=week),
                tightness=tight,
                size_mm=size,
            )
        )
    (line,) = site_overviews(journal.store)
    assert line.trend == trend(journal.store.entries(site.id))
