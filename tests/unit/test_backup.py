"""Backup and restore: the same rows and photo hashes back, and every bad zip refused with
nothing written anywhere (neither the target folder nor its parent changes)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from data_support import fill_journal, table_rows
from journal_helpers import folder_state, run_cli

from journal.core.backup.create import (
    MANIFEST,
    auto_backup_if_due,
    backup_schedule,
    create_backup,
    set_backup_schedule,
)
from journal.core.backup.restore import BackupRefused, inspect_backup, restore_backup
from journal.core.domain.model import Entry, Site
from journal.core.errors import JournalDamaged, JournalLocked
from journal.core.folder.check import check_journal
from journal.core.folder.lock import JournalLock
from journal.core.journal import Journal


@pytest.fixture
def filled(journal, samples):
    fill_journal(journal, samples)
    return journal


@pytest.fixture
def backup_zip(filled, tmp_path) -> Path:
    return create_backup(filled.folder, tmp_path / "backups" / "journal.zip").path


def _photo_hashes(journal: Journal) -> set[str]:
    return {hashlib.sha256(journal.photo_path(p).read_bytes()).hexdigest() for p in journal.store.photos()}


def _tree(folder: Path) -> dict[str, str]:
    """Everything under a folder, so a refusal can be shown to have written nothing."""
    return folder_state(folder) | {
        p.relative_to(folder).as_posix() + "/": "dir" for p in folder.rglob("*") if p.is_dir()
    }


def _rewrite(source: Path, target: Path, change) -> Path:
    """Copy a zip member by member; `change(name, data)` returns new bytes or None to drop it."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info))
            if data is not None:
                new.writestr(info, data)
    return target


def test_backup_then_restore_into_an_empty_folder_gives_the_same_rows_and_photos(
    filled, backup_zip, tmp_path
):
    result = restore_backup(backup_zip, tmp_path / "restored")
    assert result.photos == 5 and result.kept_aside is None
    with Journal.open(tmp_path / "restored") as restored:
        assert table_rows(restored) == table_rows(filled)
        assert _photo_hashes(restored) == _photo_hashes(filled) == {p.sha256 for p in filled.store.photos()}
        assert check_journal(restored).ok


def test_the_backup_has_a_manifest_with_every_hash(filled, backup_zip):
    with zipfile.ZipFile(backup_zip) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        assert manifest["format"] == "skinjournal-backup" and manifest["version"] == 1
        for name, entry in manifest["files"].items():
            assert hashlib.sha256(archive.read(name)).hexdigest() == entry["sha256"]
    assert set(manifest["files"]) == {"journal.sqlite3"} | {
        f"photos/{p.sha256[:2]}/{p.file_name}" for p in filled.store.photos()
    }
    assert backup_zip.stat().st_mode & 0o777 == 0o600


def test_backup_while_a_change_is_being_written_holds_the_committed_state(filled, tmp_path):
    site = filled.store.sites()[0]
    with filled.store.transaction():
        filled.store.add_entry(Entry.new(site_id=site.id, date="2026-09-09", pain=9))
        during = create_backup(filled.folder, tmp_path / "during.zip")
    restore_backup(during.path, tmp_path / "r")
    with Journal.open(tmp_path / "r") as restored:
        assert len(restored.store.entries()) == len(filled.store.entries()) - 1
        assert all(e.date != dt.date(2026, 9, 9) for e in restored.store.entries())


@pytest.mark.parametrize(
    "sample, words",
    [
        ("zip_slip_backup.zip", "outside the journal folder"),
        ("not_a_backup.zip", "not a Skin Journal backup (not a zip file)"),
    ],
)
def test_bad_sample_zips_are_refused_and_nothing_is_written(samples, tmp_path, sample, words):
    parent = tmp_path / "parent"
    parent.mkdir()
    before = _tree(tmp_path)
    with pytest.raises(BackupRefused, match=words.replace("(", r"\(").replace(")", r"\)")):
        restore_backup(samples / "bad" / sample, parent / "journal")
    assert _tree(tmp_path) == before
    assert not Path("/tmp/absolute_escape.txt").exists()


def test_a_zip_without_manifest_is_not_a_backup(backup_zip, tmp_path):
    bare = _rewrite(backup_zip, tmp_path / "bare.zip", lambda name, data: None if name == MANIFEST else data)
    before = _tree(tmp_path)
    with pytest.raises(BackupRefused, match="no manifest.json"):
        restore_backup(bare, tmp_path / "journal")
    assert _tree(tmp_path) == before


def test_a_backup_with_one_photo_altered_is_refused_before_anything_is_written(
    backup_zip, tmp_path, journal_dir
):
    def alter(name, data):
        return data[:-10] + bytes(10) if name.startswith("photos/") and name.endswith(".png") else data

    altered = _rewrite(backup_zip, tmp_path / "altered.zip", alter)
    for target, replace in ((tmp_path / "new", False), (journal_dir, True)):
        before = _tree(tmp_path)
        with pytest.raises(BackupRefused, match=r"damaged: photos/.*\.png does not match"):
            restore_backup(altered, target, replace=replace)
        assert _tree(tmp_path) == before


def test_a_newer_backup_format_is_refused(backup_zip, tmp_path):
    def newer(name, data):
        if name != MANIFEST:
            return data
        manifest = json.loads(data)
        manifest["version"] = 99
        return json.dumps(manifest).encode()

    with pytest.raises(BackupRefused, match="newer Skin Journal"):
        inspect_backup(_rewrite(backup_zip, tmp_path / "newer.zip", newer))


def test_a_non_empty_journal_is_replaced_only_when_asked_and_kept_aside(filled, backup_zip, tmp_path):
    other = tmp_path / "other"
    with Journal.open(other) as journal:
        journal.store.add_site(Site.new(name="Only here", kind="area", region="scalp"))
    before = _tree(tmp_path)
    with pytest.raises(BackupRefused, match="already holds a journal.*--replace"):
        restore_backup(backup_zip, other)
    assert _tree(tmp_path) == before
    old_files = folder_state(other)
    result = restore_backup(backup_zip, other, replace=True)
    assert result.kept_aside is not None and result.kept_aside.name.startswith("other.before-restore-")
    assert folder_state(result.kept_aside) == old_files
    with Journal.open(result.kept_aside) as old:
        assert [s.name for s in old.store.sites()] == ["Only here"]
    with Journal.open(other) as restored:
        assert table_rows(restored) == table_rows(filled)
    assert not [p for p in tmp_path.iterdir() if ".restoring-" in p.name]


def test_an_empty_journal_needs_no_replace_but_is_still_kept_aside(backup_zip, tmp_path):
    Journal.open(tmp_path / "fresh").close()
    result = restore_backup(backup_zip, tmp_path / "fresh")
    assert result.kept_aside is not None and (result.kept_aside / "journal.sqlite3").exists()


def test_a_journal_open_in_a_window_is_not_replaced(backup_zip, journal_dir, tmp_path):
    with JournalLock(journal_dir):  # what the window holds while it shows this journal
        before = _tree(tmp_path)
        with pytest.raises(JournalLocked):
            restore_backup(backup_zip, journal_dir, replace=True)
        assert _tree(tmp_path) == before


def test_a_backup_whose_database_is_not_sqlite_leaves_the_target_untouched(tmp_path, samples):
    garbage = (samples / "bad" / "not_sqlite.db").read_bytes()
    fake = tmp_path / "fake.zip"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("journal.sqlite3", garbage)
        archive.writestr(
            MANIFEST,
            json.dumps(
                {
                    "format": "skinjournal-backup",
                    "version": 1,
                    "files": {
                        "journal.sqlite3": {
                            "sha256": hashlib.sha256(garbage).hexdigest(),
                            "size": len(garbage),
                        }
                    },
                }
            ),
        )
    before = _tree(tmp_path)
    with pytest.raises(BackupRefused, match="its database cannot be read"):
        restore_backup(fake, tmp_path / "journal")
    assert _tree(tmp_path) == before  # the staging folder was removed, the target never made


def test_a_damaged_database_is_not_backed_up(samples, tmp_path):
    folder = tmp_path / "damaged"
    folder.mkdir()
    shutil.copy(samples / "bad" / "damaged.db", folder / "journal.sqlite3")
    with pytest.raises(JournalDamaged, match="damaged|cannot be read"):
        create_backup(folder, tmp_path / "out" / "b.zip")
    assert list((tmp_path / "out").iterdir()) == []
    result = run_cli(folder, "backup", "--out", str(tmp_path / "cli.zip"))
    assert result.returncode == 2 and "no backup was made" in result.stderr
    assert not (tmp_path / "cli.zip").exists()


def test_a_missing_photo_is_reported_and_the_rest_is_backed_up(filled, tmp_path):
    lost = filled.store.photos()[0]
    filled.photo_path(lost).unlink()
    result = create_backup(filled.folder, tmp_path / "b.zip")
    assert result.missing_photos == (f"photos/{lost.sha256[:2]}/{lost.file_name}",)
    assert result.photos == 4
    assert inspect_backup(result.path).photos == 4


def test_cli_backup_and_restore(filled, tmp_path):
    folder = filled.folder
    rows = table_rows(filled)
    filled.close()
    result = run_cli(folder, "backup", "--out", str(tmp_path / "b"))
    assert result.returncode == 0, result.stderr
    assert "5 photo(s)" in result.stdout and (tmp_path / "b.zip").exists()
    refused = run_cli(folder, "restore", str(tmp_path / "b.zip"))
    assert refused.returncode == 2 and "--replace" in refused.stderr
    result = run_cli(tmp_path / "new", "restore", str(tmp_path / "b.zip"))
    assert result.returncode == 0, result.stderr
    with Journal.open(tmp_path / "new") as restored:
        assert table_rows(restored) == rows


# -- scheduled backups -------------------------------------------------------------------------


def test_auto_backup_runs_when_due_and_keeps_the_last_n(filled):
    start = dt.datetime(2026, 3, 1, 9, 0, 0)
    made = [auto_backup_if_due(filled, 7, 2, now=start)]
    assert made[0] is not None and made[0].parent == filled.backups_dir
    assert auto_backup_if_due(filled, 7, 2, now=start + dt.timedelta(days=6)) is None
    for week in (1, 2, 3):
        made.append(auto_backup_if_due(filled, 7, 2, now=start + dt.timedelta(days=7 * week)))
    kept = sorted(filled.backups_dir.glob("auto-*.zip"))
    assert kept == made[-2:]
    assert inspect_backup(kept[-1]).photos == 5
    assert auto_backup_if_due(filled, 0, 2, now=start + dt.timedelta(days=99)) is None


def test_no_automatic_backup_of_an_empty_or_demo_journal(journal, tmp_path, monkeypatch):
    start = dt.datetime(2026, 3, 1, 9, 0, 0)
    assert auto_backup_if_due(journal, 7, 2, now=start) is None  # empty: nothing to keep
    assert not journal.backups_dir.exists() or list(journal.backups_dir.iterdir()) == []
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    from journal.core.folder.paths import demo_journal_dir

    with Journal.open(demo_journal_dir()) as demo:
        demo.store.add_site(Site.new(name="Made up", kind="area", region="scalp"))
        assert auto_backup_if_due(demo, 7, 2, now=start) is None  # the demo: made-up data
        assert not demo.backups_dir.exists() or list(demo.backups_dir.glob("auto-*.zip")) == []
    journal.store.add_site(Site.new(name="Mine", kind="area", region="scalp"))
    made = auto_backup_if_due(journal, 7, 2, now=start)
    assert made is not None and made.exists()


def test_the_schedule_is_a_journal_setting(journal):
    assert backup_schedule(journal.store) == (7, 5)
    set_backup_schedule(journal.store, 3, 10)
    assert backup_schedule(journal.store) == (3, 10)
    with pytest.raises(Exception, match="at least 1"):
        set_backup_schedule(journal.store, 3, 0)


def test_records_still_in_the_write_ahead_log_count_as_a_journal(journal, tmp_path):
    from journal.core.backup.restore import holds_journal_data

    assert holds_journal_data(journal.folder) is False  # a journal opened once and never used
    journal.store.add_site(Site.new(name="Only in the log", kind="area", region="scalp"))
    assert holds_journal_data(journal.folder) is True  # the window still has it open: not checkpointed


def test_a_member_larger_than_its_manifest_says_is_refused(backup_zip, tmp_path):
    def grow(name, data):
        return data + b"\0" * 4096 if name == "journal.sqlite3" else data

    with pytest.raises(BackupRefused, match="journal.sqlite3 does not match"):
        inspect_backup(_rewrite(backup_zip, tmp_path / "grown.zip", grow))


def test_a_damaged_backup_schedule_reads_as_the_defaults(journal):
    from journal.core.backup.create import DEFAULT_SCHEDULE, backup_schedule

    for damaged in ("weekly", {"every_days": "soon"}, [7, 5], {"keep_last": None}):
        journal.store.set_setting(_schedule_key(), damaged)
        assert backup_schedule(journal.store) == (
            DEFAULT_SCHEDULE["every_days"],
            DEFAULT_SCHEDULE["keep_last"],
        )


def _schedule_key() -> str:
    from journal.core.backup.create import SCHEDULE_KEY

    return SCHEDULE_KEY
