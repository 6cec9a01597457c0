"""Schema migrations: empty file, re-run, a journal from a newer app, backups, pragmas, permissions,
and the migrations travelling inside the wheel."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
import sqlite_utils

from journal.core.domain.model import Entry, Site
from journal.core.errors import JournalTooNew
from journal.core.journal import DB_NAME, Journal
from journal.core.store import migrate

ROOT = Path(__file__).resolve().parents[2]


def _shipped() -> list[str]:
    """The migrations in the checkout's top-level migrations/ folder, in order."""
    return [p.stem for p in sorted((ROOT / "migrations").glob("[0-9][0-9][0-9][0-9]_*.sql"))]


def _tables(db_path: Path) -> set[str]:
    with sqlite3.connect(db_path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _applied(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]


def _folder_state(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _journal_with_data(folder: Path) -> None:
    with Journal.open(folder) as journal:
        site = journal.store.add_site(Site.new(name="Scalp crown", kind="area", region="scalp"))
        journal.store.add_entry(Entry.new(site_id=site.id, date="2026-03-01", tightness=6))


def test_an_empty_file_is_migrated_to_the_current_schema(tmp_path):
    folder = tmp_path / "journal"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"")
    with Journal.open(folder) as journal:
        assert migrate.schema_version(journal.db) == _shipped()
        assert journal.store.is_empty()
    assert {"sites", "entries", "photos", "daily_checks", "labs", "care", "visits", "settings"} <= _tables(
        folder / DB_NAME
    )


def test_upgrade_applies_every_numbered_file_and_a_rerun_does_nothing(tmp_path):
    db_path = tmp_path / "plain.sqlite3"
    db = sqlite_utils.Database(db_path)
    expected = _shipped()
    assert expected[0] == "0001_initial"
    assert migrate.upgrade(db, tmp_path / "backups") == expected
    schema = db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    assert migrate.upgrade(db, tmp_path / "backups") == []
    assert db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema
    assert migrate.schema_version(db) == expected
    db.close()
    assert not (tmp_path / "backups").exists()  # no pending migration, so no backup either


def test_reopening_a_journal_changes_neither_schema_nor_data(tmp_path):
    folder = tmp_path / "journal"
    _journal_with_data(folder)
    before = _folder_state(folder)
    with Journal.open(folder) as journal:
        assert len(journal.store.entries()) == 1
    assert _folder_state(folder) == before
    assert not (folder / "backups").exists()


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_a_journal_from_a_newer_app_is_refused_and_left_untouched(tmp_path, journal_mode):
    folder = tmp_path / "journal"
    _journal_with_data(folder)
    conn = sqlite3.connect(folder / DB_NAME)
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('skinjournal', '0099_from_the_future', '2031-01-01 00:00:00')"
        )
    assert conn.execute(f"PRAGMA journal_mode = {journal_mode}").fetchone()[0] == journal_mode
    conn.close()
    before = _folder_state(folder)
    assert sorted(before) == [DB_NAME]  # no -wal or -shm lying around

    with pytest.raises(JournalTooNew) as caught:
        Journal.open(folder)
    message = str(caught.value)
    assert "newer version of Skin Journal" in message and "0099_from_the_future" in message
    assert "nothing was changed" in message.lower()
    assert _folder_state(folder) == before  # byte-identical, and no -wal/-shm left behind


def test_a_journal_holding_data_is_backed_up_before_a_new_migration(tmp_path):
    folder = tmp_path / "journal"
    _journal_with_data(folder)
    extra = tmp_path / "migrations"
    shutil.copytree(migrate.migrations_dir(), extra)
    (extra / "9001_site_colour_tag.sql").write_text(
        "-- a schema change from a later version\n"
        "ALTER TABLE sites ADD COLUMN colour_tag TEXT;\n"
        "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n",
        encoding="utf-8",
    )
    backups = folder / "backups"
    db = sqlite_utils.Database(folder / DB_NAME)
    try:
        assert migrate.upgrade(db, backups, extra) == ["9001_site_colour_tag"]
        assert "colour_tag" in db["sites"].columns_dict
    finally:
        db.close()

    copies = list(backups.glob("*.sqlite3"))
    assert len(copies) == 1
    copy = copies[0]
    assert copy.name.startswith("before-9001_site_colour_tag-")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT name FROM sites").fetchall() == [("Scalp crown",)]
        assert conn.execute("SELECT tightness FROM entries").fetchall() == [(6,)]
        assert "tags" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")] == _shipped()
    conn.close()
    assert _applied(folder / DB_NAME) == [*_shipped(), "9001_site_colour_tag"]


def test_a_failing_migration_changes_nothing(tmp_path):
    folder = tmp_path / "journal"
    _journal_with_data(folder)
    extra = tmp_path / "migrations"
    shutil.copytree(migrate.migrations_dir(), extra)
    (extra / "9001_broken.sql").write_text(
        "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nALTER TABLE no_such_table ADD COLUMN x TEXT;\n",
        encoding="utf-8",
    )
    db = sqlite_utils.Database(folder / DB_NAME)
    try:
        with pytest.raises(sqlite3.OperationalError):
            migrate.upgrade(db, folder / "backups", extra)
    finally:
        db.close()
    assert "tags" not in _tables(folder / DB_NAME)
    assert _applied(folder / DB_NAME) == _shipped()
    with Journal.open(folder) as journal:
        assert [s.name for s in journal.store.sites()] == ["Scalp crown"]


def test_an_empty_journal_gets_no_backup(tmp_path):
    db = sqlite_utils.Database(tmp_path / "new.sqlite3")
    try:
        migrate.upgrade(db, tmp_path / "backups")
    finally:
        db.close()
    assert not (tmp_path / "backups").exists()


def test_the_connection_is_durable_and_checks_foreign_keys(journal):
    assert journal.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert journal.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert journal.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_the_folder_and_database_are_private_whatever_the_umask(tmp_path):
    folder = tmp_path / "deep" / "journal"
    old = os.umask(0)  # the most permissive umask: the code itself must restrict
    try:
        with Journal.open(folder) as journal:
            journal.store.add_site(Site.new(name="Scalp", kind="area", region="scalp"))
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert modes[DB_NAME] == 0o600
    for name, mode in modes.items():  # the -wal and -shm files too
        assert mode & 0o077 == 0, f"{name} is readable by others ({oct(mode)})"


# -- the migrations ship inside the wheel -----------------------------------------------------------


def _build_wheel(out: Path, work: Path) -> Path:
    """Build from a clean copy of what the wheel is made of, offline (no build isolation)."""
    src = work / "src"
    # No compiled translation is copied: the build hook must make it from the .ts sources.
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    for name in ("journal", "migrations", "resources"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md", "hatch_build.py", "scripts/translations.py"):
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, src / name)
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(src)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, (
        "building the wheel failed (the build backend, hatchling, must be installed in the venv):\n"
        + result.stdout[-2000:]
        + result.stderr[-2000:]
    )
    wheels = list(out.glob("skinjournal-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_an_installed_wheel_creates_and_opens_a_journal_with_its_own_migrations(tmp_path):
    wheel = _build_wheel(tmp_path / "dist", tmp_path / "work")
    names = zipfile.ZipFile(wheel).namelist()
    assert "journal/_migrations/0001_initial.sql" in names
    assert any(n.startswith("journal/_resources/") for n in names)
    assert "journal/_resources/i18n/skinjournal_de.qm" in names  # compiled by the build
    assert not any(n.startswith("migrations/") for n in names)

    # A fresh venv with only the wheel; the dependencies come from this venv's site-packages
    # through a .pth line (a plain path: the editable checkout's own .pth is not processed).
    venv = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60)
    fresh_python = venv / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(fresh_python),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        timeout=120,
        capture_output=True,
    )
    fresh_site = subprocess.run(
        [str(fresh_python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(fresh_site) / "skinjournal_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SKINJOURNAL_DIR")}
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    journal_dir = tmp_path / "wheel-journal"
    script = venv / "bin" / "skinjournal"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(script), "--journal", str(journal_dir), *args],
            cwd=outside,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    added = run("site", "add", "Scalp crown", "--kind", "area", "--region", "scalp")
    assert added.returncode == 0, added.stderr
    listed = run("site", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert '"name": "Scalp crown"' in listed.stdout
    assert _applied(journal_dir / DB_NAME) == _shipped()

    where = subprocess.run(
        [
            str(fresh_python),
            "-c",
            "import json, sys, journal; from journal.core.store import migrate; "
            "print(json.dumps([journal.__file__, str(migrate.migrations_dir()), sys.path]))",
        ],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    package_file, migrations_folder, path = json.loads(where)
    assert package_file.startswith(fresh_site), (
        f"journal was imported from {package_file}, not from the wheel"
    )
    assert Path(migrations_folder) == Path(fresh_site) / "journal" / "_migrations"
    assert str(ROOT) not in path  # the checkout (and its migrations/) is out of reach
