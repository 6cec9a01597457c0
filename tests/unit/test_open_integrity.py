"""Opening a journal: SQLite's locks survive a backup, a damaged or missing database is never
replaced by an empty one, a foreign database or -wal is refused untouched, read-only commands
never write the database file, damaged rows are refused by writers and skipped by readers, and
what interrupted commands leave behind is cleaned."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from journal_helpers import folder_state, run_cli, sha256_file

from journal.core.backup.create import create_backup
from journal.core.domain.model import DailyCheck, Entry, LabResult, Site
from journal.core.errors import JournalDamaged, JournalError
from journal.core.folder.check import check_journal
from journal.core.journal import DB_NAME, Journal
from journal.core.store.sentences import newest_backup

WAL, SHM = f"{DB_NAME}-wal", f"{DB_NAME}-shm"


def _add_site_and_entry(journal: Journal, name: str = "Left forearm", date: str = "2026-03-01") -> Entry:
    site = journal.store.site_by_name(name, missing_ok=True) or journal.store.add_site(
        Site.new(name=name, kind="deposit", region="forearm")
    )
    assert site is not None and site.id is not None
    saved, _ = journal.add_entry(Entry.new(site_id=site.id, date=date, size_mm="4"))
    return saved


def _python(code: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=timeout
    )


# -- 1. a backup in the process that holds the journal keeps SQLite's locks ----------------------


def test_a_backup_in_the_window_process_keeps_the_wal_for_the_open_connection(journal, tmp_path):
    _add_site_and_entry(journal)  # the window's connection, open and in WAL mode
    create_backup(journal.folder, tmp_path / "out" / "backup.zip")
    # Another program writes and closes. If the backup had dropped this process's locks, that
    # program would think itself the last one, checkpoint, and delete the -wal and -shm.
    result = run_cli(journal.folder, "log", "Left forearm", "--date", "2026-03-02", "--size-mm", "5")
    assert result.returncode == 0, result.stderr
    assert (journal.folder / WAL).exists() and (journal.folder / SHM).exists()
    # The window's next save lands, and its next read (a warning-sign check reads) works.
    _add_site_and_entry(journal, date="2026-03-03")
    assert [e.date.isoformat() for e in journal.store.entries()] == ["2026-03-01", "2026-03-02", "2026-03-03"]
    assert check_journal(journal).ok


def test_no_code_of_the_package_opens_the_database_file_itself():
    """Only SQLite opens journal.sqlite3: a plain open() of it anywhere in the package is a bug."""
    package = Path(__file__).resolve().parents[2] / "journal"
    plain_read = re.compile(r"(?<![\w.])open\((self\.)?db_path|db_path\.(read_bytes|read_text|open)\(")
    offenders = []
    for path in package.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if plain_read.search(line):
                offenders.append(f"{path.relative_to(package)}:{number}: {line.strip()}")
    assert offenders == []


# -- 2. a missing or empty database beside a journal's content -----------------------------------


def _content(folder: Path, kind: str) -> Path:
    """A journal folder without a sound database, holding one kind of journal content."""
    folder.mkdir(mode=0o700, parents=True)
    if kind == "photo":
        target = folder / "photos" / "ab" / ("ab" + "0" * 62 + ".jpg")
    elif kind == "thumbnail":
        target = folder / "thumbs" / "ab" / ("ab" + "0" * 62 + ".jpg")
    elif kind == "auto backup":
        target = folder / "backups" / "auto-20260301-101500.zip"
    else:
        target = folder / "backups" / "before-0002_alerts-20260101-090000.sqlite3"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"kept")
    return target


@pytest.mark.parametrize("database", ["deleted", "empty"])
@pytest.mark.parametrize("kind", ["photo", "thumbnail", "auto backup", "upgrade copy"])
def test_a_journal_folder_without_its_database_is_refused_not_made_empty(tmp_path, database, kind):
    folder = tmp_path / "journal"
    planted = _content(folder, kind)
    if database == "empty":
        (folder / DB_NAME).write_bytes(b"")
    before = folder_state(folder)
    with pytest.raises(JournalDamaged) as caught:
        Journal.open(folder)
    message = str(caught.value)
    assert "missing or empty" in message and "Nothing was changed" in message
    if "backups" in planted.parts:
        assert str(planted) in message  # the newest backup, named
    else:
        assert "No backup was found" in message
    assert folder_state(folder) == before


@pytest.mark.parametrize(
    "command",
    [
        ["entries"],
        ["check"],
        ["demo", "--years", "0.25", "--sites", "1"],
        ["log", "Scalp", "--tightness", "3"],
        ["site", "list"],
        ["backup", "--out", "OUT/b.zip"],
    ],
)
def test_the_command_line_refuses_a_journal_folder_whose_database_was_deleted(tmp_path, command):
    folder = tmp_path / "journal"
    backup = _content(folder, "auto backup")
    _content(folder / "photos" / "more", "photo")
    before = folder_state(folder)
    result = run_cli(folder, *[part.replace("OUT", str(tmp_path / "out")) for part in command])
    # `check` reports damage as its finding (exit 1, on stdout); every other command refuses.
    assert result.returncode == (1 if command == ["check"] else 2), result.stdout + result.stderr
    output = result.stdout + result.stderr
    assert "missing or empty" in output and str(backup) in output
    assert "Traceback" not in output
    assert folder_state(folder) == before


def test_the_newest_backup_is_named(tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir()
    old, new = backups / "auto-20260101-000000.zip", backups / "before-0002_alerts-20260301-000000.sqlite3"
    for path, age in ((old, 3600), (new, 60)):
        path.write_bytes(b"x")
        os.utime(path, (time.time() - age, time.time() - age))
    (backups / "notes.txt").write_bytes(b"not a backup")
    assert newest_backup(tmp_path) == new
    assert newest_backup(tmp_path / "nowhere") is None


@pytest.mark.parametrize("state", ["no folder", "empty folder", "empty file"])
def test_only_a_new_folder_gets_a_new_journal(tmp_path, state):
    folder = tmp_path / "journal"
    if state != "no folder":
        folder.mkdir()
    if state == "empty file":
        (folder / DB_NAME).write_bytes(b"")
    with Journal.open(folder) as journal:
        assert journal.store.is_empty()
    assert (folder / DB_NAME).stat().st_size > 0


# -- 3. an SQLite file of another program -------------------------------------------------------


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_another_programs_database_is_refused_untouched(tmp_path, journal_mode):
    folder = tmp_path / "journal"
    folder.mkdir(mode=0o700)
    conn = sqlite3.connect(folder / DB_NAME)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('someone else''s data')")
    conn.commit()
    conn.close()
    digest = sha256_file(folder / DB_NAME)
    with pytest.raises(JournalDamaged, match="another program, not a Skin Journal"):
        Journal.open(folder)
    for command in (
        ["entries"],
        ["log", "Scalp"],
        ["site", "add", "Scalp", "--kind", "area", "--region", "scalp"],
    ):
        result = run_cli(folder, *command)
        assert result.returncode == 2 and "not a Skin Journal" in result.stderr
        assert "Traceback" not in result.stderr
    assert sha256_file(folder / DB_NAME) == digest
    tables = (
        sqlite3.connect(f"file:{folder / DB_NAME}?mode=ro", uri=True)
        .execute("SELECT name FROM sqlite_master")
        .fetchall()
    )
    assert tables == [("notes",)]


# -- 4. a -wal of another database; read-only commands never write the file ------------------------


def _leave_wal(folder: Path, site: str, date: str, copy_to: Path | None = None) -> None:
    """In a child process: open the journal, save an entry and die without closing (as a crash
    does), so the entry is only in the -wal. With `copy_to`, that -wal is copied there instead."""
    result = _python(f"""
        import os, shutil
        from journal.core.journal import Journal
        from journal.core.domain.model import Entry, Site
        j = Journal.open({str(folder)!r})
        s = j.store.site_by_name({site!r}, missing_ok=True) or j.store.add_site(
            Site.new(name={site!r}, kind="area", region="scalp"))
        j.add_entry(Entry.new(site_id=s.id, date={date!r}, tightness="7"))
        if {str(copy_to) if copy_to else None!r}:
            shutil.copyfile(os.path.join({str(folder)!r}, "{WAL}"), {str(copy_to)!r})
        os._exit(0)
    """)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def journal_with_foreign_wal(journal_dir: Path, tmp_path: Path) -> Path:
    with Journal.open(journal_dir) as journal:
        for day in ("2026-01-01", "2026-01-02", "2026-01-03"):
            _add_site_and_entry(journal, date=day)
    other = tmp_path / "other"
    shutil.copytree(journal_dir, other)  # the same schema, even the same page layout
    with Journal.open(other) as journal:
        journal.store.set_setting("journal.mark", "other")  # a journal of its own
    os.unlink(other / DB_NAME)
    Journal.open(other, create=True).close()  # a new one: another identity
    _leave_wal(other, "Scalp crown", "2026-02-01", copy_to=journal_dir / WAL)
    return journal_dir


READ_COMMANDS = [
    ["entries"],
    ["entries", "--json"],
    ["site", "list"],
    ["alerts"],
    ["check"],
    ["settings"],
    ["profile"],
    ["export", "csv", "--out", "OUT"],
    ["backup", "--out", "OUT/b.zip"],
]
WRITE_COMMANDS = [
    ["log", "Left forearm", "--date", "2026-03-01"],
    ["daily", "--date", "2026-03-01", "--fatigue"],
    ["site", "add", "Knee", "--kind", "deposit", "--region", "knee"],
    ["settings", "set", "alerts.pain_threshold", "6"],
]


@pytest.mark.parametrize("command", READ_COMMANDS + WRITE_COMMANDS, ids=" ".join)
def test_a_wal_of_another_journal_is_refused_and_the_database_left_byte_identical(
    journal_with_foreign_wal, tmp_path, command
):
    folder = journal_with_foreign_wal
    before = folder_state(folder)
    command = [part.replace("OUT", str(tmp_path / "out")) for part in command]
    result = run_cli(folder, *command)
    assert result.returncode in (1, 2) if command == ["check"] else result.returncode == 2, result.stderr
    output = result.stdout + result.stderr
    assert "written for another database" in output and "Traceback" not in output
    assert folder_state(folder) == before


def test_the_journals_own_wal_after_a_crash_is_kept_and_read(journal_dir):
    _leave_wal(journal_dir, "Scalp crown", "2026-02-01")
    assert (journal_dir / WAL).stat().st_size > 0
    db_before = sha256_file(journal_dir / DB_NAME)
    result = run_cli(journal_dir, "entries", "--json")
    assert result.returncode == 0, result.stderr
    assert "2026-02-01" in result.stdout  # the crashed process's save is there
    assert sha256_file(journal_dir / DB_NAME) == db_before  # and reading it wrote nothing


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_read_only_commands_never_write_the_database_file(journal_dir, tmp_path, command):
    with Journal.open(journal_dir) as journal:
        _add_site_and_entry(journal)
    _leave_wal(journal_dir, "Scalp crown", "2026-02-01")  # committed, not yet in the database file
    before = sha256_file(journal_dir / DB_NAME)
    wal_before = sha256_file(journal_dir / WAL)
    command = [part.replace("OUT", str(tmp_path / "out")) for part in command]
    result = run_cli(journal_dir, *command)
    assert result.returncode == 0, result.stderr
    if command[0] != "alerts":  # listing alerts brings the alerts table in line (it writes, on purpose)
        assert sha256_file(journal_dir / DB_NAME) == before
        assert sha256_file(journal_dir / WAL) == wal_before


def test_a_read_only_journal_refuses_to_write(journal_dir):
    with Journal.open(journal_dir, readonly=True) as journal, pytest.raises(JournalError):
        journal.store.add_site(Site.new(name="Knee", kind="deposit", region="knee"))


# -- 5. rows no Skin Journal writes ----------------------------------------------------------------


@pytest.fixture
def journal_with_bad_rows(journal_dir: Path) -> tuple[Path, dict[str, int]]:
    with Journal.open(journal_dir) as journal:
        good = _add_site_and_entry(journal, date="2026-03-01")
        bad = _add_site_and_entry(journal, date="2026-03-02")
        lab = journal.store.add_lab(
            LabResult.new(date="2026-03-01", test="calcium", value="2.4", unit="mmol/L")
        )
        journal.store.save_daily(DailyCheck.new(date="2026-03-01", fatigue=True))
    conn = sqlite3.connect(journal_dir / DB_NAME)
    with conn:
        conn.execute("UPDATE entries SET date = '0001-01-01' WHERE id = ?", [bad.id])
        conn.execute("UPDATE labs SET test = 'astrology', date = 'soon' WHERE id = ?", [lab.id])
    conn.close()
    return journal_dir, {"good": good.id or 0, "bad": bad.id or 0, "lab": lab.id or 0}


def test_check_lists_the_damaged_rows_by_table_and_id(journal_with_bad_rows):
    folder, ids = journal_with_bad_rows
    result = run_cli(folder, "check")
    assert result.returncode == 1
    assert f"problem: entries row {ids['bad']}: date not valid" in result.stdout
    # any test name is valid (a test the journal does not know keeps its own name)
    assert f"problem: labs row {ids['lab']}: date not valid" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "command",
    WRITE_COMMANDS
    + [["lab", "--date", "2026-03-01", "--test", "calcium", "--value", "2.5", "--unit", "mmol/L"]],
    ids=" ".join,
)
def test_writers_refuse_a_journal_with_damaged_rows(journal_with_bad_rows, command):
    folder, _ = journal_with_bad_rows
    before = sha256_file(folder / DB_NAME)
    result = run_cli(folder, *command)
    assert result.returncode == 2
    assert "skinjournal check" in result.stderr and "No backup was found" in result.stderr
    assert "Traceback" not in result.stderr
    assert sha256_file(folder / DB_NAME) == before


@pytest.mark.parametrize(
    "command",
    [
        ["entries"],
        ["entries", "--json"],
        ["alerts"],
        ["alerts", "--json"],
        ["export", "csv", "--out", "OUT"],
        ["import", "csv", "OUT", "--dry-run"],
        ["report", "--out", "OUT/summary.pdf"],
    ],
    ids=" ".join,
)
def test_readers_skip_damaged_rows_with_a_warning(journal_with_bad_rows, tmp_path, command):
    folder, _ = journal_with_bad_rows
    if command[0] == "import":
        assert run_cli(folder, "export", "csv", "--out", str(tmp_path / "out")).returncode == 0
    command = [part.replace("OUT", str(tmp_path / "out")) for part in command]
    result = run_cli(folder, *command)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "damaged row(s)" in result.stderr and "skinjournal check" in result.stderr
    assert "0001-01-01" not in result.stdout


def test_a_reader_in_the_core_sees_the_sound_rows_only(journal_with_bad_rows):
    folder, ids = journal_with_bad_rows
    with Journal.open(folder, readonly=True) as journal:
        assert [e.id for e in journal.store.entries()] == [ids["good"]]
        assert journal.store.labs() == []
        assert len(journal.store.daily_checks()) == 1
        assert journal.skipped_rows_warning is not None


def _write_outside(folder: Path, *statements: str) -> None:
    """Another program writing the database with SQLite, as the sqlite3 shell would."""
    conn = sqlite3.connect(folder / DB_NAME)
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def test_a_bad_row_written_after_clean_opens_is_still_refused(journal_dir):
    with Journal.open(journal_dir) as journal:
        old = _add_site_and_entry(journal, date="2026-03-01")
    for _ in range(2):  # opened clean: what was written before is checked and needs no second look
        Journal.open(journal_dir).close()
    _write_outside(journal_dir, f"UPDATE entries SET colour = 'plaid' WHERE id = {old.id}")
    with pytest.raises(JournalDamaged, match=f"entries row {old.id}: colour not valid"):
        Journal.open(journal_dir)


def test_a_journal_whose_write_log_was_removed_is_checked_whole(journal_dir):
    with Journal.open(journal_dir) as journal:
        old = _add_site_and_entry(journal, date="2026-03-01")
    Journal.open(journal_dir).close()
    _write_outside(
        journal_dir,
        "DROP TRIGGER entries_update_logged",
        f"UPDATE entries SET date = '0001-01-01' WHERE id = {old.id}",
    )
    with pytest.raises(JournalDamaged, match=f"entries row {old.id}: date not valid"):
        Journal.open(journal_dir)
    assert f"problem: entries row {old.id}: date not valid" in run_cli(journal_dir, "check").stdout


# -- 8. what interrupted commands leave behind; owner-only modes on every open ---------------------------


def _age(path: Path, seconds: float) -> None:
    for item in (path, *path.rglob("*")) if path.is_dir() else (path,):
        os.utime(item, (time.time() - seconds, time.time() - seconds))


def test_stale_backup_copies_and_temporary_photo_files_are_removed_on_open(journal_dir):
    stale = [journal_dir / ".backup-abc123", journal_dir / "backups" / ".backup-def456"]
    fresh = journal_dir / "backups" / ".backup-running"
    for folder in (*stale, fresh):
        folder.mkdir(parents=True)
        (folder / DB_NAME).write_bytes(b"a copy of the database")
    old_tmp = journal_dir / "photos" / "ab" / ".tmp-x1.jpg"
    new_tmp = journal_dir / "thumbs" / "ab" / ".tmp-x2.jpg"
    old_thumb_tmp = journal_dir / "thumbs" / "cd" / ".tmp-x3.jpg"
    for path in (old_tmp, new_tmp, old_thumb_tmp):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half a photo")
    for path in (*stale, old_tmp, old_thumb_tmp):
        _age(path, 3600)
    Journal.open(journal_dir).close()
    assert not any(path.exists() for path in (*stale, old_tmp, old_thumb_tmp))
    assert fresh.exists() and new_tmp.exists()  # a backup or a save still running is left alone


def test_modes_are_owner_only_after_every_open(journal_dir):
    os.chmod(journal_dir / DB_NAME, 0o644)
    os.chmod(journal_dir, 0o755)
    with Journal.open(journal_dir) as journal:
        _add_site_and_entry(journal)
        for name in (DB_NAME, WAL, SHM):
            assert (journal_dir / name).stat().st_mode & 0o777 == 0o600, name
    assert journal_dir.stat().st_mode & 0o777 == 0o700
    os.chmod(journal_dir / DB_NAME, 0o644)
    with Journal.open(journal_dir, readonly=True):
        assert (journal_dir / DB_NAME).stat().st_mode & 0o777 == 0o600
