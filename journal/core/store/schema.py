"""What a database is made of, and its rows as stored: for checking a backup's database
(journal/core/backup/checks.py) against the schema this version creates, before it may
become someone's journal."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# name -> (type, table it belongs to, the CREATE statement SQLite keeps; None for the
# indexes SQLite makes itself for UNIQUE and PRIMARY KEY constraints)
Schema = dict[str, tuple[str, str, str | None]]


@contextlib.contextmanager
def read_only(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that can neither write nor create -wal/-shm files beside the database:
    for a file no one else has open (a restore's staging copy)."""
    from journal.core.store.connection import read_only_connection

    conn = read_only_connection(db_path)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")  # nothing in a foreign schema may run
        yield conn
    finally:
        conn.close()


def schema_of(conn: sqlite3.Connection) -> Schema:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {str(name): (str(kind), str(table), sql) for kind, name, table, sql in rows}


def stored_rows(conn: sqlite3.Connection, table: str) -> Iterator[dict[str, Any]]:
    """Every row of one of the journal's own tables (a name from store.TABLE_OF), as stored."""
    cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def settings_rows(conn: sqlite3.Connection) -> Iterator[tuple[str, str]]:
    yield from conn.execute("SELECT key, value FROM settings ORDER BY key")
