"""Schema migrations: the numbered SQL files of `migrations/`, applied with sqlite-utils.

sqlite-utils' `Migrations` runs each one in a transaction and records it in the
`_sqlite_migrations` table; this module only finds the files, refuses a database
written by a newer app, and copies a journal that holds data before changing it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

from journal.core.errors import JournalTooNew
from journal.core.sqlite import Migrations, sqlite_utils

MIGRATION_SET = "skinjournal"


def migrations_dir() -> Path:
    """The installed wheel carries the files inside the package; a checkout keeps them at the top."""
    package = Path(__file__).resolve().parent.parent
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


def _runner(path: Path) -> Callable[[sqlite_utils.Database], None]:
    statements = split_statements(path.read_text(encoding="utf-8"))

    def run(db: sqlite_utils.Database) -> None:
        for statement in statements:
            db.execute(statement)

    run.__name__ = path.stem
    return run


def load_migrations(folder: Path | None = None) -> Migrations:
    folder = folder or migrations_dir()
    migrations = Migrations(MIGRATION_SET)
    for path in sorted(folder.glob("[0-9][0-9][0-9][0-9]_*.sql")):
        migrations(name=path.stem)(_runner(path))
    return migrations


def schema_version(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in load_migrations().applied(db)]


def upgrade(db: sqlite_utils.Database, backup_dir: Path, folder: Path | None = None) -> list[str]:
    """Apply pending migrations; return their names. Refuses a database from a newer app."""
    migrations = load_migrations(folder)
    applied = _refuse_unknown(db, migrations)
    pending = [m.name for m in migrations.pending(db)]
    if not pending:
        return []
    if applied:
        backup_before_migration(db, backup_dir, pending[0])
    migrations.apply(db)
    return pending


def refuse_if_too_new(db: sqlite_utils.Database, folder: Path | None = None) -> None:
    """Raise JournalTooNew if the database records a migration this version does not have.
    Read-only, so a refused journal is left exactly as it was."""
    _refuse_unknown(db, load_migrations(folder))


def _refuse_unknown(db: sqlite_utils.Database, migrations: Migrations) -> list[str]:
    """The names of the applied migrations, once none of them is unknown to this version."""
    known = {m.name for m in migrations._migrations}
    applied = [m.name for m in migrations.applied(db)]
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise JournalTooNew(
            "This journal was saved by a newer version of Skin Journal "
            f"(it has schema changes this version does not know: {', '.join(unknown)}). "
            "Install the newer version to open it; nothing was changed."
        )
    return applied


def backup_before_migration(db: sqlite_utils.Database, backup_dir: Path, first_pending: str) -> Path:
    backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"before-{first_pending}-{stamp}.sqlite3"
    copy = sqlite3.connect(target)
    try:
        db.conn.backup(copy)
    finally:
        copy.close()
    target.chmod(0o600)
    return target
