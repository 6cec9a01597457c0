"""Database checks for `skinjournal check` and opening a journal: SQLite's own integrity
checks, and which schema migrations the database records."""

from __future__ import annotations

import sqlite3

from journal.core.store.base import StoreBase


class Checks(StoreBase):
    def integrity_problems(self) -> list[str]:
        try:
            rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.DatabaseError as exc:  # damage bad enough that the check cannot finish
            return [f"the database cannot be read to the end ({exc})"]
        problems = [] if rows == ["ok"] else rows
        problems += [f"foreign key broken in {r[0]} row {r[1]}" for r in self.conn.execute("PRAGMA foreign_key_check").fetchall()]
        return problems

    def applied_migrations(self, migration_set: str, table: str) -> list[str]:
        """The migrations recorded in `table` (where sqlite-utils' `Migrations` writes them),
        in the order they were applied; none before the first migration made the table."""
        exists = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
        if exists is None:
            return []
        rows = self.conn.execute(f"SELECT name FROM {table} WHERE migration_set = ? ORDER BY rowid", [migration_set])
        return [name for (name,) in rows.fetchall()]
