"""Entry operations: each says what it changed and can be undone and redone, on a real journal."""

from __future__ import annotations

import dataclasses

import pytest

from journal.core.domain.model import Entry, Site
from journal.core.errors import NotFound, ValidationError
from journal.core.operations import entries as ops


@pytest.fixture
def elbow(journal):
    return journal.store.add_site(
        Site.new(name="Left elbow", kind="deposit", region="elbow", near_joint=True)
    )


def test_add_says_what_changed_and_undo_and_redo_go_both_ways(journal, elbow, samples):
    added = ops.add_entry(
        journal,
        Entry.new(site_id=elbow.id, date="2026-03-01", pain=3),
        [samples / "photos" / "forearm_2026-03-01.jpg"],
    )
    entry, photos = added.value
    assert added.label == "new entry: the entry for Left elbow on 2026-03-01"
    assert added.changes.to_plain() == {"entries": [entry.id], "photos": [photos[0].id], "sites": [elbow.id]}
    assert added.changes.alerts_may_change
    assert added.photo_shas == {photos[0].sha256}

    undone = added.undo(journal)
    assert journal.store.entries() == []
    redone = undone.undo(journal)
    assert journal.store.entries() == [entry]
    assert journal.store.photos(entry_id=entry.id) == photos  # the same rows, with their ids
    assert redone.undo is not None


def test_edit_takes_photos_off_and_adds_new_ones_and_undo_puts_the_old_state_back(journal, elbow, samples):
    first = samples / "photos" / "forearm_2026-03-01.jpg"
    second = samples / "photos" / "elbow_no_exif.png"
    entry, photos = ops.add_entry(
        journal, Entry.new(site_id=elbow.id, date="2026-03-01", pain=3), [first]
    ).value
    changed = ops.edit_entry(
        journal, dataclasses.replace(entry, pain=5), add_photos=[second], remove_photo_ids=[photos[0].id]
    )
    now_entry, now_photos = changed.value
    assert now_entry.pain == 5 and [p.original_name for p in now_photos] == ["elbow_no_exif.png"]
    assert {photos[0].id, now_photos[0].id} <= changed.changes.ids["photos"]
    assert changed.photo_shas == {photos[0].sha256, now_photos[0].sha256}

    changed.undo(journal)
    assert journal.store.entry(entry.id).pain == 3
    assert journal.store.photos(entry_id=entry.id) == photos


def test_delete_and_its_undo_keep_the_entry_and_photo_ids(journal, elbow, samples):
    entry, photos = ops.add_entry(
        journal,
        Entry.new(site_id=elbow.id, date="2026-03-01", pain=3),
        [samples / "photos" / "forearm_2026-03-01.jpg"],
    ).value
    deleted = ops.delete_entry(journal, entry.id)
    assert deleted.label == "deleted the entry for Left elbow on 2026-03-01"
    assert journal.store.entries() == []
    deleted.undo(journal)
    assert journal.store.entries() == [entry] and journal.store.photos(entry_id=entry.id) == photos


def test_a_refused_edit_changes_nothing(journal, elbow, samples):
    entry, _ = ops.add_entry(journal, Entry.new(site_id=elbow.id, date="2026-03-01", pain=3)).value
    with pytest.raises(NotFound):
        ops.edit_entry(journal, entry, remove_photo_ids=[999])
    with pytest.raises(ValidationError):
        ops.add_entry(journal, Entry.new(site_id=elbow.id, date="0001-01-01", pain=3))
    assert journal.store.entries() == [entry]
