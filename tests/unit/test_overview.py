"""The side list's line per site and the reminders of checks that are due."""

from __future__ import annotations

import dataclasses
import datetime as dt

from journal.core.model import Entry, Site
from journal.core.overview import due_for_check, site_overviews
from journal.core.trends import Direction


def _site(journal, name: str, **kw) -> Site:
    return journal.store.add_site(Site.new(name=name, kind="deposit", region="elbow", **kw))


def test_overview_has_last_check_photo_and_trend(journal, samples) -> None:
    elbow = _site(journal, "Left elbow")
    for day, size in (("2026-03-01", 4.0), ("2026-03-08", 4.0), ("2026-03-15", 5.0)):
        journal.add_entry(Entry.new(site_id=elbow.id, date=day, size_mm=size))
    journal.add_entry(Entry.new(site_id=elbow.id, date="2026-03-10"),
                      [samples / "photos" / "forearm_2026-03-01.jpg"])
    (line,) = site_overviews(journal.store)
    assert line.site.name == "Left elbow"
    assert line.last_checked == dt.date(2026, 3, 15)
    assert line.latest_photo is not None and line.latest_photo.original_name == "forearm_2026-03-01.jpg"
    assert line.trend is not None and line.trend.direction is Direction.UP


def test_site_without_entries_has_no_trend_and_is_due(journal) -> None:
    _site(journal, "Scalp crown")
    (line,) = site_overviews(journal.store)
    assert line.last_entry is None and line.trend is None
    assert line.check_due(dt.date(2026, 5, 1))


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
