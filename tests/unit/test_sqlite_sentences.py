"""Every SQLite error reaches the person as a sentence (exit status 2, no traceback, the file
unchanged, the newest backup named for damage), and writers wait for each other's lock."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from journal_helpers import run_cli, sha256_file

from journal.core.domain.model import Entry, Site
from journal.core.errors import DiskFull, JournalBusy, JournalDamaged, JournalReadOnly
from journal.core.journal import DB_NAME, Journal
from journal.core.store.sentences import translate

# -- 6. damage of every kind: a sentence, exit 2, the file unchanged ----------------------------------


def _truncate(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])


def _flip_schema_byte(db: Path) -> None:
    data = bytearray(db.read_bytes())
    at = data.index(b"CREATE TABLE labs")
    data[at + 1] = ord("#")  # "CREATE" -> "C#EATE": the stored schema no longer parses
    db.write_bytes(bytes(data))


def _drop_table(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE visits")
    conn.commit()
    conn.close()


def _flip_page_byte(db: Path) -> None:
    data = bytearray(db.read_bytes())
    page = 4096
    data[2 * page] = 0x00  # page 3's type byte: no b-tree page has type 0, SQLite calls it malformed
    db.write_bytes(bytes(data))


DAMAGES = {
    "truncated": _truncate,
    "schema byte flipped": _flip_schema_byte,
    "table dropped": _drop_table,
    "page header flipped": _flip_page_byte,
}


@pytest.fixture
def journal_with_backup(journal_dir: Path) -> tuple[Path, Path]:
    with Journal.open(journal_dir) as journal:
        site = journal.store.add_site(Site.new(name="Left forearm", kind="deposit", region="forearm"))
        assert site.id is not None
        for day in range(1, 28):
            journal.add_entry(
                Entry.new(site_id=site.id, date=f"2026-02-{day:02d}", size_mm="3", note="x" * 200)
            )
    backup = journal_dir / "backups" / "auto-20260301-101500.zip"
    backup.parent.mkdir()
    backup.write_bytes(b"a backup")
    return journal_dir, backup


@pytest.mark.parametrize("damage", DAMAGES)
@pytest.mark.parametrize(
    "command",
    [
        ["entries"],
        ["log", "Left forearm", "--date", "2026-03-01"],
        ["site", "list", "--json"],
        ["alerts"],
        ["daily", "--fatigue"],
    ],
    ids=" ".join,
)
def test_a_damaged_database_gets_a_sentence_naming_the_newest_backup(journal_with_backup, damage, command):
    folder, backup = journal_with_backup
    DAMAGES[damage](folder / DB_NAME)
    before = sha256_file(folder / DB_NAME)
    result = run_cli(folder, *command)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith("skinjournal: ") and "Traceback" not in result.stderr
    assert "damaged" in result.stderr and str(backup) in result.stderr
    assert sha256_file(folder / DB_NAME) == before


@pytest.mark.parametrize("damage", DAMAGES)
def test_check_reports_each_damage_without_a_traceback(journal_with_backup, damage):
    folder, _ = journal_with_backup
    DAMAGES[damage](folder / DB_NAME)
    before = sha256_file(folder / DB_NAME)
    result = run_cli(folder, "check")
    assert result.returncode == 1 and result.stdout.startswith("problem: ")
    assert "Traceback" not in result.stderr
    assert sha256_file(folder / DB_NAME) == before


@pytest.fixture
def read_only_mount(tmp_path: Path):
    """A tmpfs mounted read-only (works as root, where file modes do not stop writes)."""
    mount_point = tmp_path / "mnt"
    mount_point.mkdir()
    if (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount_point)], capture_output=True
        ).returncode
        != 0
    ):
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def _remount_ro(mount_point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)


@pytest.mark.parametrize(
    "command",
    [
        ["log", "Left forearm", "--date", "2026-03-01"],
        ["site", "add", "Knee", "--kind", "deposit", "--region", "knee"],
        ["daily", "--fatigue"],
    ],
    ids=" ".join,
)
def test_a_journal_on_a_read_only_disk_says_so(journal_with_backup, read_only_mount, command):
    folder, _ = journal_with_backup
    import shutil

    target = read_only_mount / "journal"
    shutil.copytree(folder, target)
    _remount_ro(read_only_mount)
    before = sha256_file(target / DB_NAME)
    result = run_cli(target, *command)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "read-only" in result.stderr and "Traceback" not in result.stderr
    assert sha256_file(target / DB_NAME) == before
    # reading still works on a read-only disk
    listing = run_cli(target, "entries", "--json")
    assert listing.returncode == 0, listing.stderr
    assert "2026-02-27" in listing.stdout


def test_a_full_disk_under_the_database_is_a_sentence(journal_with_backup, read_only_mount):
    folder, _ = journal_with_backup
    import shutil

    target = read_only_mount / "journal"
    shutil.copytree(folder, target)
    filler = read_only_mount / "filler"
    with open(filler, "wb", buffering=0) as handle:  # fill the tmpfs to the last block, unbuffered:
        try:  # a buffered file could fail once more when it is closed
            while True:
                handle.write(b"\0" * 65536)
        except OSError:
            pass
    before = sha256_file(target / DB_NAME)
    result = run_cli(target, "log", "Left forearm", "--date", "2026-03-01", "--note", "n" * 9000)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "full" in result.stderr and "Traceback" not in result.stderr
    assert sha256_file(target / DB_NAME) == before


@pytest.mark.parametrize(
    ("code", "kind", "words"),
    [
        (5, JournalBusy, "Another program is saving"),
        (13, DiskFull, "is full"),
        (8, JournalReadOnly, "read-only"),
        (11, JournalDamaged, "newest backup"),
        (26, JournalDamaged, "damaged"),
        (10, Exception, "disk refused"),
        (14, JournalReadOnly, "cannot be opened"),
    ],
)
def test_each_sqlite_error_code_has_its_sentence(tmp_path, code, kind, words):
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "auto-20260301-101500.zip").write_bytes(b"x")
    error = sqlite3.OperationalError("some sqlite words")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    sentence = translate(error, tmp_path)
    assert isinstance(sentence, kind) and words in str(sentence)
    assert str(sentence).rstrip().endswith(".")


# -- 7. writers wait for each other; one that cannot write says so ---------------------------------------

_WRITER = """
import sys
from journal.cli import main
failures = 0
for i in range({n}):
    code = main(["--journal", {folder!r}, "log", "Scalp", "--date", "2026-03-01", "--note", f"{tag} {{i}}"])
    failures += code != 0
sys.exit(1 if failures else 0)
"""


def test_three_writers_at_once_all_land(journal_dir):
    with Journal.open(journal_dir) as journal:
        journal.store.add_site(Site.new(name="Scalp", kind="area", region="scalp"))
    n = 60
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER.format(n=n, folder=str(journal_dir), tag=tag)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("a", "b")
    ]
    errors: list[BaseException] = []

    def in_process() -> None:
        try:
            with Journal.open(journal_dir) as journal:
                site = journal.store.site_by_name("Scalp")
                assert site is not None and site.id is not None
                for i in range(n):
                    journal.add_entry(Entry.new(site_id=site.id, date="2026-03-02", note=f"c {i}"))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    thread = threading.Thread(target=in_process)
    thread.start()
    outputs = [w.communicate(timeout=600) for w in writers]
    thread.join(timeout=600)
    assert errors == []
    for writer, (_out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
        assert "Traceback" not in err and "locked" not in err
    with Journal.open(journal_dir, readonly=True) as journal:
        notes = sorted(e.note or "" for e in journal.store.entries())
    assert notes == sorted(f"{tag} {i}" for tag in "abc" for i in range(n))


def test_a_writer_that_cannot_get_the_lock_says_so(journal_dir):
    with Journal.open(journal_dir) as journal:
        journal.store.add_site(Site.new(name="Scalp", kind="area", region="scalp"))
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
        import sqlite3, sys
        conn = sqlite3.connect({str(journal_dir / DB_NAME)!r}, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        print("holding", flush=True)
        sys.stdin.read()
    """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        before = sha256_file(journal_dir / DB_NAME)
        # The real command line, with a short wait so the test does not sit out the full timeout.
        driver = textwrap.dedent(f"""
            import sys
            import journal.core.store.connection as db_files
            db_files.BUSY_TIMEOUT_S = 0.5
            from journal.cli import main
            sys.exit(main(["--journal", {str(journal_dir)!r}, "log", "Scalp", "--date", "2026-03-01"]))
        """)
        result = subprocess.run([sys.executable, "-c", driver], capture_output=True, text=True, timeout=60)
        assert result.returncode == 2
        assert "Another program is saving to the journal" in result.stderr and "try again" in result.stderr
        assert "Traceback" not in result.stderr
        assert sha256_file(journal_dir / DB_NAME) == before
    finally:
        holder.kill()
        holder.wait()
    assert run_cli(journal_dir, "log", "Scalp", "--date", "2026-03-01").returncode == 0
