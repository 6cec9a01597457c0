"""'Same as last time' (journal/core/operations/last_time.py): a site's previous entry and its values."""

from __future__ import annotations

import datetime as dt

import pytest

from journal.core.domain.model import Entry, Site
from journal.core.operations.last_time import last_time, same_as


@pytest.fixture
def elbow(journal) -> Site:
    return journal.store.add_site(
        Site.new(name="Left elbow", kind="deposit", region="elbow", near_joint=True)
    )


def _add(journal, site, day, **values) -> Entry:
    entry, _photos = journal.add_entry(Entry.new(site_id=site.id, date=day, **values))
    return entry


def test_the_newest_entry_of_the_site_or_the_one_before_the_edited_one(journal, elbow) -> None:
    other = journal.store.add_site(Site.new(name="Right knee", kind="deposit", region="knee"))
    assert last_time(journal, elbow.id) is None
    first = _add(journal, elbow, "2026-01-03", size_mm=4.1, pain=3)
    second = _add(journal, elbow, "2026-02-03", size_mm=4.4, pain=2)
    _add(journal, other, "2026-03-03", size_mm=9.0)
    same_day = _add(journal, elbow, "2026-02-03", size_mm=4.6)  # added later on the same day
    assert last_time(journal, elbow.id) == same_day
    assert last_time(journal, elbow.id, editing=same_day) == second
    assert last_time(journal, elbow.id, editing=first) is None
    assert last_time(journal, elbow.id, editing=journal.store.entries(other.id)[0]) == same_day


def test_only_the_values_are_copied_not_the_date_note_or_id(journal, elbow) -> None:
    previous = _add(
        journal,
        elbow,
        "2026-01-03",
        size_mm=4.1,
        count=2,
        pain=3,
        inflamed=True,
        colour="white",
        note="itchy",
    )
    copied = same_as(previous, elbow.id, dt.date(2026, 2, 1))
    assert (copied.date, copied.note, copied.id, copied.site_id) == (
        dt.date(2026, 2, 1),
        None,
        None,
        elbow.id,
    )
    assert all(getattr(copied, f) == getattr(previous, f) for f in Entry.VALUE_FIELDS)
    saved, _ = journal.add_entry(Entry.new(**{**copied.__dict__, "id": None}))
    assert saved.size_mm == 4.1 and len(journal.store.photos(entry_id=saved.id)) == 0


def test_a_size_measured_on_the_previous_photo_is_copied_without_its_method(journal, elbow) -> None:
    previous = _add(journal, elbow, "2026-01-03", size_mm=4.1, size_method="photo")
    copied = same_as(previous, elbow.id, dt.date(2026, 2, 1))
    assert (copied.size_mm, copied.size_method) == (4.1, None)
    ruler = _add(journal, elbow, "2026-01-04", size_mm=4.0, size_method="ruler")
    assert same_as(ruler, elbow.id, dt.date(2026, 2, 1)).size_method == "ruler"
