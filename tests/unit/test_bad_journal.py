"""A damaged or foreign database file, altered photo files, and a full disk: each gets a clear
message, and nothing already in the journal changes."""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from journal_helpers import cli_json, folder_state, run_cli

from journal.core.domain.model import Entry, Site
from journal.core.errors import JournalDamaged, SaveFailed
from journal.core.folder.check import check_journal
from journal.core.journal import DB_NAME, Journal

BAD_DATABASES = ["damaged.db", "not_sqlite.db"]


def _journal_from(samples: Path, tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "journal"
    folder.mkdir(mode=0o700)
    shutil.copyfile(samples / "bad" / name, folder / DB_NAME)
    return folder


@pytest.mark.parametrize("name", BAD_DATABASES)
def test_a_bad_database_file_is_refused_and_left_byte_identical(samples, tmp_path, name):
    folder = _journal_from(samples, tmp_path, name)
    before = folder_state(folder)
    with pytest.raises(JournalDamaged) as caught:
        Journal.open(folder)
    message = str(caught.value)
    assert str(folder) in message and "Nothing was changed" in message
    assert folder_state(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == [DB_NAME]  # no -wal, no -shm


@pytest.mark.parametrize("name", BAD_DATABASES)
@pytest.mark.parametrize(
    "command",
    [["entries", "--json"], ["site", "list"], ["log", "Scalp", "--date", "2026-03-01", "--tightness", "3"]],
)
def test_the_command_line_refuses_a_bad_database(samples, tmp_path, name, command):
    folder = _journal_from(samples, tmp_path, name)
    before = folder_state(folder)
    result = run_cli(folder, *command)
    assert result.returncode == 2
    assert "skinjournal:" in result.stderr and "Nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert folder_state(folder) == before


@pytest.mark.parametrize("name", BAD_DATABASES)
def test_check_reports_a_bad_database_without_touching_it(samples, tmp_path, name):
    folder = _journal_from(samples, tmp_path, name)
    before = folder_state(folder)
    result = run_cli(folder, "check")
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("problem: ")
    assert "Traceback" not in result.stderr
    assert folder_state(folder) == before


def test_check_of_a_folder_without_a_journal_says_so(tmp_path):
    result = run_cli(tmp_path / "nothing-here", "check")
    assert result.returncode == 2
    assert "no journal in" in result.stderr
    assert not (tmp_path / "nothing-here").exists()


# -- photo files changed behind the journal's back ------------------------------------------------


@pytest.fixture
def journal_with_photos(journal_dir: Path, samples: Path) -> Path:
    with Journal.open(journal_dir) as journal:
        site = journal.store.add_site(Site.new(name="Left forearm", kind="deposit", region="forearm"))
        journal.add_entry(
            Entry.new(site_id=site.id, date="2026-03-01"), [samples / "photos" / "forearm_2026-03-01.jpg"]
        )
        journal.add_entry(
            Entry.new(site_id=site.id, date="2026-04-02"),
            [samples / "photos" / "forearm_2026-04-02_rotated.jpg"],
        )
    return journal_dir


def _photo_files(folder: Path) -> list[Path]:
    return sorted(p for p in (folder / "photos").rglob("*") if p.is_file())


def test_check_passes_on_a_sound_journal(journal_with_photos):
    result = run_cli(journal_with_photos, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Journal OK" in result.stdout and "2 photo file(s)" in result.stdout


def test_check_reports_an_altered_photo_file(journal_with_photos):
    altered = _photo_files(journal_with_photos)[0]
    data = bytearray(altered.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte in the middle of the picture
    altered.write_bytes(bytes(data))
    result = run_cli(journal_with_photos, "check")
    assert result.returncode == 1
    assert "altered or damaged" in result.stdout and altered.name in result.stdout
    assert result.stdout.count("problem:") == 1


def test_check_reports_a_deleted_photo_file(journal_with_photos):
    missing = _photo_files(journal_with_photos)[1]
    missing.unlink()
    result = run_cli(journal_with_photos, "check")
    assert result.returncode == 1
    assert "missing" in result.stdout and missing.name in result.stdout


def test_a_photo_file_without_an_entry_is_a_note_not_a_problem(journal_with_photos):
    with Journal.open(journal_with_photos) as journal:
        journal.store.delete_entry(journal.store.entries()[0].id)
    result = run_cli(journal_with_photos, "check")
    assert result.returncode == 0
    assert "note: 1 photo file(s) belong to no entry" in result.stdout


# -- a full disk -------------------------------------------------------------------------------------


def _no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def site(journal) -> Site:
    return journal.store.add_site(Site.new(name="Scalp crown", kind="area", region="scalp"))


def _files_only(state: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in state.items() if not k.endswith(("-wal", "-shm"))}


@pytest.mark.parametrize("call", ["fsync", "replace"])
def test_a_full_disk_while_saving_a_photo_adds_nothing(journal, site, samples, monkeypatch, call):
    kept, _ = journal.add_entry(Entry.new(site_id=site.id, date="2026-02-01", tightness=5))
    before = folder_state(journal.folder)
    monkeypatch.setattr(os, call, _no_space)  # the operating system call the photo write makes
    with pytest.raises(SaveFailed) as caught:
        journal.add_entry(
            Entry.new(site_id=site.id, date="2026-03-01", tightness=6),
            [samples / "photos" / "elbow_no_exif.png"],
        )
    monkeypatch.undo()
    message = str(caught.value)
    assert "elbow_no_exif.png" in message and "No space left on device" in message
    assert "Nothing was added" in message
    assert journal.store.entries() == [kept] and journal.store.photos() == []
    # no photo, thumbnail or temporary file was left (empty folders may be)
    assert _files_only(folder_state(journal.folder)) == _files_only(before)
    assert check_journal(journal).ok


def test_a_full_disk_under_the_database_adds_nothing(journal, site, samples):
    kept, _ = journal.add_entry(Entry.new(site_id=site.id, date="2026-02-01", tightness=5))
    # SQLite's own limit makes the next page allocation fail exactly as a full disk does (SQLITE_FULL).
    pages = journal.db.execute("PRAGMA page_count").fetchone()[0]
    journal.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(SaveFailed) as caught:
        journal.add_entry(
            Entry.new(site_id=site.id, date="2026-03-01", note="a long note " * 800),
            [samples / "photos" / "elbow_no_exif.png"],
        )
    assert "The disk is full" in str(caught.value) and "nothing was saved" in str(caught.value)
    assert journal.store.entries() == [kept] and journal.store.photos() == []
    journal.db.execute("PRAGMA max_page_count = 1073741823")
    saved, _ = journal.add_entry(Entry.new(site_id=site.id, date="2026-03-01", note="room again"))
    assert journal.store.entries() == [kept, saved]
    assert check_journal(journal).ok


def test_the_command_line_on_a_full_disk_says_so_and_adds_nothing(journal_dir, samples):
    assert (
        run_cli(journal_dir, "site", "add", "Scalp crown", "--kind", "area", "--region", "scalp").returncode
        == 0
    )
    assert run_cli(journal_dir, "log", "Scalp crown", "--date", "2026-02-01").returncode == 0
    entries_before = cli_json(journal_dir, "entries")
    # The real command-line entry point, in a process whose fsync reports a full disk.
    driver = textwrap.dedent(f"""
        import errno, os, sys
        def no_space(*args):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        os.fsync = no_space
        from journal.cli import main
        sys.exit(main(["--journal", {str(journal_dir)!r}, "log", "Scalp crown", "--date", "2026-03-01",
                       "--photo", {str(samples / "photos" / "elbow_no_exif.png")!r}]))
    """)
    result = subprocess.run([sys.executable, "-c", driver], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "No space left on device" in result.stderr and "elbow_no_exif.png" in result.stderr
    assert "Traceback" not in result.stderr
    assert cli_json(journal_dir, "entries") == entries_before
    assert run_cli(journal_dir, "check").returncode == 0


def test_a_photo_already_stored_is_not_rewritten_so_a_full_disk_does_not_matter(
    journal, site, samples, monkeypatch
):
    photo = samples / "photos" / "forearm_2026-03-01.jpg"
    journal.add_entry(Entry.new(site_id=site.id, date=dt.date(2026, 3, 1)), [photo])
    monkeypatch.setattr(os, "fsync", _no_space)
    monkeypatch.setattr(os, "replace", _no_space)
    # the same picture again: its file and thumbnail exist, so only the row is written
    saved, photos = journal.add_entry(Entry.new(site_id=site.id, date=dt.date(2026, 3, 8)), [photo])
    assert len(photos) == 1 and photos[0].entry_id == saved.id


def test_check_mentions_temporary_files_left_by_an_interrupted_save(journal, samples):
    from journal.core.domain.model import Entry, Site

    site = journal.store.add_site(Site.new(name="Knee", kind="deposit", region="knee"))
    _, photos = journal.add_entry(
        Entry.new(site_id=site.id, date="2026-03-01"), [samples / "photos" / "elbow_no_exif.png"]
    )
    leftover = journal.photo_path(photos[0]).parent / ".tmp-abc123.png"
    leftover.write_bytes(b"half a photo")
    report = check_journal(journal)
    assert report.ok  # never part of an entry: not damage
    assert any("1 unfinished temporary file" in note for note in report.notes)
