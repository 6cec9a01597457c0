"""Photo files no row refers to: listed by `check`, removed by `check --prune` and by the core's
prune, never while a row (or a row being added) still needs them."""

from __future__ import annotations

import datetime as dt

import pytest
from journal_helpers import folder_state, run_cli

from journal.core.domain.model import Entry, Site
from journal.core.folder.check import check_journal
from journal.core.folder.lock import JournalLock
from journal.core.journal import Journal
from journal.core.photos.pipeline import prepare_photo
from journal.core.photos.prune import prune_photo_files, unreferenced_photo_files

KEPT, DROPPED, SHARED = "elbow_no_exif.png", "forearm_2026-03-01.jpg", "cmyk_scan.jpg"


@pytest.fixture
def site(journal) -> Site:
    return journal.store.add_site(Site.new(name="Left forearm", kind="deposit", region="forearm"))


def _files(journal) -> set[str]:
    return {
        p.relative_to(journal.folder).as_posix()
        for folder in (journal.files.photos, journal.files.thumbs)
        for p in folder.rglob("*")
        if p.is_file()
    }


def _places(journal, photo) -> set[str]:
    return {
        journal.files.relative(photo.sha256, photo.ext),
        journal.files.thumb_path(photo.sha256).relative_to(journal.folder).as_posix(),
    }


def _journal_with_a_deleted_entry(journal, site, samples):
    """Three entries: one kept, one deleted, and a picture on both a kept and a deleted entry."""
    photos = samples / "photos"
    _, kept = journal.add_entry(
        Entry.new(site_id=site.id, date="2026-03-01"), [photos / KEPT, photos / SHARED]
    )
    dropped_entry, dropped = journal.add_entry(
        Entry.new(site_id=site.id, date="2026-03-02"), [photos / DROPPED, photos / SHARED]
    )
    journal.store.delete_entry(dropped_entry.id)
    return kept, dropped


def test_check_lists_the_files_no_row_refers_to(journal, site, samples):
    kept, dropped = _journal_with_a_deleted_entry(journal, site, samples)
    report = check_journal(journal)
    assert report.ok
    assert report.unreferenced == sorted(_places(journal, dropped[0]))  # not the shared picture
    assert unreferenced_photo_files(journal) == report.unreferenced
    assert any("1 photo file(s) belong to no entry" in note for note in report.notes)


def test_prune_removes_only_unreferenced_files(journal, site, samples):
    kept, dropped = _journal_with_a_deleted_entry(journal, site, samples)
    kept_files = {
        place: (journal.folder / place).read_bytes() for photo in kept for place in _places(journal, photo)
    }
    stray = journal.files.photos / "ab" / "holiday.jpg"  # not named like a stored photo: never touched
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(b"mine")
    removed = prune_photo_files(journal)
    assert removed == sorted(_places(journal, dropped[0]))
    assert _files(journal) == set(kept_files) | {"photos/ab/holiday.jpg"}
    assert all((journal.folder / place).read_bytes() == data for place, data in kept_files.items())
    assert check_journal(journal).unreferenced == [] and check_journal(journal).ok
    assert prune_photo_files(journal) == []


def test_prune_of_named_pictures_leaves_a_referenced_one(journal, site, samples):
    kept, dropped = _journal_with_a_deleted_entry(journal, site, samples)
    shared = next(p for p in kept if p.original_name == SHARED)
    assert prune_photo_files(journal, [shared.sha256, "not-a-sha"]) == []
    assert _places(journal, shared) <= _files(journal)
    assert prune_photo_files(journal, [dropped[0].sha256]) == sorted(_places(journal, dropped[0]))


def test_a_file_pruned_while_its_photo_is_being_added_is_written_back_with_the_row(journal, site, samples):
    # The other process's prune deletes the file after this one wrote it, before its row:
    # the row is added under the write lock, and the file written again under it.
    source = samples / "photos" / DROPPED
    prepared = prepare_photo(source, dt.date(2026, 3, 1))
    original_write = journal.files.write

    def write_then_pruned(photo, missing_only=False):
        original_write(photo, missing_only)
        if not missing_only:
            with Journal.open(journal.folder) as other:
                assert prune_photo_files(other, [photo.sha256])  # no row yet: it goes

    journal.files.write = write_then_pruned
    _, photos = journal.add_prepared_entry(Entry.new(site_id=site.id, date="2026-03-01"), [prepared])
    assert journal.files.verify(photos[0].sha256, photos[0].ext) is None
    assert check_journal(journal).ok


def test_the_command_line_lists_then_prunes(tmp_path, samples):
    journal_dir = tmp_path / "journal"
    with Journal.open(journal_dir) as journal:
        site = journal.store.add_site(Site.new(name="Left forearm", kind="deposit", region="forearm"))
        kept, dropped = _journal_with_a_deleted_entry(journal, site, samples)
        dropped_places = sorted(_places(journal, dropped[0]))
        kept_places = {place for photo in kept for place in _places(journal, photo)}

    listed = run_cli(journal_dir, "check")
    assert listed.returncode == 0, listed.stdout + listed.stderr
    assert "note: 1 photo file(s) belong to no entry" in listed.stdout
    for place in dropped_places:
        assert f"  {place}\n" in listed.stdout
    assert all(place not in listed.stdout for place in kept_places)
    assert all((journal_dir / place).exists() for place in dropped_places)  # check alone removes nothing

    pruned = run_cli(journal_dir, "check", "--prune")
    assert pruned.returncode == 0, pruned.stdout + pruned.stderr
    assert f"Removed {len(dropped_places)} file(s) no entry refers to" in pruned.stdout
    assert not any((journal_dir / place).exists() for place in dropped_places)
    assert all((journal_dir / place).exists() for place in kept_places)

    again = run_cli(journal_dir, "check")
    assert again.returncode == 0 and "belong to no entry" not in again.stdout and "Journal OK" in again.stdout


def test_the_command_line_does_not_prune_while_a_window_has_the_journal_open(tmp_path, samples):
    journal_dir = tmp_path / "journal"
    with Journal.open(journal_dir) as journal:
        site = journal.store.add_site(Site.new(name="Left forearm", kind="deposit", region="forearm"))
        _journal_with_a_deleted_entry(journal, site, samples)
    with JournalLock(journal_dir):  # what an open window holds; its Undo may need the files
        before = folder_state(journal_dir)
        result = run_cli(journal_dir, "check", "--prune")
        assert folder_state(journal_dir) == before
    assert result.returncode == 2
    assert "open in another Skin Journal window" in result.stderr and "none was removed" in result.stderr
    assert "Traceback" not in result.stderr
