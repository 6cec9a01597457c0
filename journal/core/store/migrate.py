"""Schema migrations: the numbered SQL files of `migrations/`, applied with sqlite-utils.

sqlite-utils' `Migrations` runs each one in a transaction and records it in the
`_sqlite_migrations` table; this module only finds the files, refuses a database
written by a newer app, and copies a journal that holds data before changing it.
Whether there is anything to do is read from that record with one query, so a journal
that is up to date opens without loading sqlite-utils.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from journal.core.errors import JournalTooNew
from journal.core.folder.paths import ensure_private_dir
from journal.core.language import Words
from journal.core.store import Store
from journal.core.store.cipher import is_connection
from journal.core.store.connection import copy_target, database_folder
from journal.core.store.lazy_sqlite_utils import database, migrations

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations


class StoreMigrateWords(Words):
    "The refusal of a journal saved by a newer Skin Journal."


MIGRATION_SET = "skinjournal"
MIGRATION_FILES = "[0-9][0-9][0-9][0-9]_*.sql"
MIGRATIONS_TABLE = "_sqlite_migrations"  # where sqlite-utils' Migrations records what it applied


def migrations_dir() -> Path:
    """The installed wheel carries the files inside the package; a checkout keeps them at the top."""
    package = Path(__file__).resolve().parents[2]  # journal/, from journal/core/store/
    for candidate in (package / "_migrations", package.parent / "migrations"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the migrations folder is missing from this installation")


def split_statements(sql: str) -> list[str]:
    """Split a script into statements (executescript would commit mid-transaction)."""
    statements: list[str] = []
    current = ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip() and not all(
        part.strip().startswith("--") or not part.strip() for part in current.splitlines()
    ):
        raise ValueError(f"unterminated SQL statement: {current.strip()[:80]}")
    return statements


def _runner(path: Path) -> Callable[[Database], None]:
    statements = split_statements(path.read_text(encoding="utf-8"))

    def run(db: Database) -> None:
        for statement in statements:
            db.execute(statement)

    run.__name__ = path.stem
    return run


def migration_files(folder: Path | None = None) -> list[Path]:
    return sorted((folder or migrations_dir()).glob(MIGRATION_FILES))


def load_migrations(folder: Path | None = None) -> Migrations:
    return _load(migration_files(folder))


def _load(files: list[Path]) -> Migrations:
    loaded = migrations(MIGRATION_SET)
    for path in files:
        loaded(name=path.stem)(_runner(path))
    return loaded


def applied_names(conn: sqlite3.Connection) -> list[str]:
    """The migrations recorded in the database, in the order they were applied: the rows
    sqlite-utils' `Migrations` writes, read without loading it."""
    return Store(conn).applied_migrations(MIGRATION_SET, MIGRATIONS_TABLE)


def schema_version(db: sqlite3.Connection | Database) -> list[str]:
    return applied_names(_connection(db))


def upgrade(db: sqlite3.Connection | Database, backup_dir: Path, folder: Path | None = None) -> list[str]:
    """Apply pending migrations; return their names. Refuses a database from a newer app."""
    conn = _connection(db)
    files = migration_files(folder)
    applied = _refuse_unknown(conn, [path.stem for path in files])
    pending = [path.stem for path in files if path.stem not in applied]
    if not pending:
        return []
    if applied:
        backup_before_migration(conn, backup_dir, pending[0])
    _load(files).apply(database(conn) if is_connection(db) else cast("Database", db))
    return pending


def pending_names(conn: sqlite3.Connection, folder: Path | None = None) -> list[str]:
    applied = set(applied_names(conn))
    return [path.stem for path in migration_files(folder) if path.stem not in applied]


_CREATED = re.compile(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?[\"`\[]?(\w+)", re.IGNORECASE)
_DROPPED = re.compile(r"DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?[\"`\[]?(\w+)", re.IGNORECASE)


def expected_tables(applied: list[str], folder: Path | None = None) -> set[str]:
    """The tables the applied migrations leave (read from their SQL), with the migrations record."""
    tables = {MIGRATIONS_TABLE}
    for path in migration_files(folder):
        if path.stem in applied:
            sql = path.read_text(encoding="utf-8")
            tables |= set(_CREATED.findall(sql))
            tables -= set(_DROPPED.findall(sql))
    return tables


def refuse_if_too_new(db: sqlite3.Connection | Database, folder: Path | None = None) -> None:
    """Raise JournalTooNew if the database records a migration this version does not have.
    Read-only, so a refused journal is left exactly as it was."""
    _refuse_unknown(_connection(db), [path.stem for path in migration_files(folder)])


def _connection(db: sqlite3.Connection | Database) -> sqlite3.Connection:
    return cast(sqlite3.Connection, db) if is_connection(db) else cast("Database", db).conn


def _refuse_unknown(conn: sqlite3.Connection, known: list[str]) -> list[str]:
    """The names of the applied migrations, once none of them is unknown to this version."""
    applied = applied_names(conn)
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise JournalTooNew(
            StoreMigrateWords.tr(
                "This journal was saved by a newer version of Skin Journal (it has schema changes this version "
                "does not know: {changes}). Install the newer version to open it; nothing was changed."
            ).format(changes=", ".join(unknown))
        )
    return applied


def backup_before_migration(conn: sqlite3.Connection, backup_dir: Path, first_pending: str) -> Path:
    ensure_private_dir(backup_dir, "folder for backups")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"before-{first_pending}-{stamp}.sqlite3"
    copy = copy_target(Path(database_folder(conn)) / "journal.sqlite3", target)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    target.chmod(0o600)
    return target
