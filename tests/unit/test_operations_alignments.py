"""Saving and removing the alignment of two photos: stored by the pictures, undoable, and kept
through an entry's edit and its undo."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PIL import Image

from journal.core.domain.model import Entry, Site
from journal.core.errors import NotFound, ValidationError
from journal.core.journal import Journal
from journal.core.operations import entries as entry_ops
from journal.core.operations.alignments import align_photos, remove_alignment

A = ((100.0, 120.0), (900.0, 400.0))
B = ((80.0, 60.0), (820.0, 500.0))


def _photo(folder: Path, name: str, colour: tuple[int, int, int]) -> Path:
    path = folder / name
    Image.new("RGB", (1000, 700), colour).save(path, "JPEG")
    return path


@pytest.fixture
def pair(journal: Journal, tmp_path: Path):
    site = journal.store.add_site(Site.new(name="Left elbow", kind="deposit", region="elbow"))
    _e1, (p1,) = journal.add_entry(
        Entry.new(site_id=site.id, date="2026-01-10"), [_photo(tmp_path, "a.jpg", (200, 50, 50))]
    )
    e2, (p2,) = journal.add_entry(
        Entry.new(site_id=site.id, date="2026-03-10"), [_photo(tmp_path, "b.jpg", (50, 50, 200))]
    )
    return p1, p2, e2


def test_an_alignment_is_saved_read_either_way_round_and_undone(journal, pair):
    p1, p2, _ = pair
    outcome = align_photos(journal, p1.id, p2.id, A, B)
    saved = journal.store.alignment_for(p1.sha256, p2.sha256)
    assert saved is not None and saved.first_points == A and saved.second_points == B
    assert "alignments" in outcome.changes
    other_way = journal.store.alignment_for(p2.sha256, p1.sha256)
    assert other_way.first_points == B and other_way.second_points == A

    outcome.undo(journal)
    assert journal.store.alignment_for(p1.sha256, p2.sha256) is None


def test_lining_up_again_replaces_the_pair_and_undo_puts_the_first_back(journal, pair):
    p1, p2, _ = pair
    first = align_photos(journal, p1, p2, A, B).value
    moved = ((110.0, 130.0), (905.0, 410.0))
    second = align_photos(journal, p2, p1, B, moved)  # the other way round: still one pair
    assert journal.store.count_alignments() == 1
    assert journal.store.alignment_for(p1.sha256, p2.sha256).first_points == moved

    redo = second.undo(journal)
    back = journal.store.alignment_for(p1.sha256, p2.sha256)
    assert back.first_points == A and back.created_at == first.created_at
    redo.undo(journal)
    assert journal.store.alignment_for(p1.sha256, p2.sha256).first_points == moved


def test_removing_an_alignment_is_undone_with_the_same_row(journal, pair):
    p1, p2, _ = pair
    saved = align_photos(journal, p1, p2, A, B).value
    removed = remove_alignment(journal, saved.id)
    assert journal.store.alignment_for(p1.sha256, p2.sha256) is None
    again = removed.undo(journal)
    assert again.value.id == saved.id and again.value.first_points == A
    again.undo(journal)
    assert journal.store.alignment_for(p1.sha256, p2.sha256) is None
    with pytest.raises(NotFound):
        remove_alignment(journal, saved.id)


def test_the_alignment_outlasts_an_entry_edit_and_its_undo(journal, pair):
    p1, p2, entry = pair
    align_photos(journal, p1, p2, A, B)
    edited = entry_ops.edit_entry(journal, dataclasses.replace(entry, note="bigger"))
    edited.undo(journal)  # deletes and restores the entry's rows
    assert journal.store.alignment_for(p1.sha256, p2.sha256) is not None


def test_the_alignment_survives_closing_and_reopening_the_journal(journal_dir, tmp_path):
    with Journal.open(journal_dir) as journal:
        site = journal.store.add_site(Site.new(name="Scalp", kind="area", region="scalp"))
        _, (p1,) = journal.add_entry(
            Entry.new(site_id=site.id, date="2026-01-10"), [_photo(tmp_path, "a.jpg", (1, 2, 3))]
        )
        _, (p2,) = journal.add_entry(
            Entry.new(site_id=site.id, date="2026-02-10"), [_photo(tmp_path, "b.jpg", (9, 9, 9))]
        )
        align_photos(journal, p1, p2, A, B)
    with Journal.open(journal_dir) as journal:
        assert journal.store.alignment_for(p1.sha256, p2.sha256).second_points == B


def test_bad_landmarks_are_refused_and_nothing_is_saved(journal, pair):
    p1, p2, _ = pair
    align_photos(journal, p1, p2, A, B)
    with pytest.raises(ValidationError, match="apart"):
        align_photos(journal, p1, p2, ((5.0, 5.0), (6.0, 6.0)), B)
    with pytest.raises(ValidationError, match="itself"):
        align_photos(journal, p1, p1, A, B)
    assert journal.store.alignment_for(p1.sha256, p2.sha256).first_points == A
