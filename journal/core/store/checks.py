"""Database checks for `skinjournal check` and opening a journal: SQLite's own integrity
checks, the rows no Skin Journal could have written, and which schema migrations the
database records."""

from __future__ import annotations

import dataclasses
import sqlite3

from journal.core.domain import choices as C
from journal.core.domain.hand import FINGERS, HANDS
from journal.core.domain.model import DAILY_SYMPTOM_FIELDS, ENTRY_WARNING_FIELDS, PHOTO_EXTS
from journal.core.domain.phases import PHASES
from journal.core.measure.uncertainty import SIZE_METHODS
from journal.core.store.base import WRITE_LOG, StoreBase

# A stored date outside these is damage, not a record: the app refuses such dates where they are
# entered, and the warning-sign rules' date arithmetic overflows near Python's date.min and max.
EARLIEST_DATE = "1900-01-01"
LATEST_DATE = "2199-12-31"

_FLAGS = ("shiny", "pale", "hair_thinning", *ENTRY_WARNING_FIELDS)
# table -> column -> what the column must hold: "date", "flag", "int", "number" or the allowed choices.
CONTENT_RULES: dict[str, dict[str, str | tuple[str, ...]]] = {
    "sites": {
        "kind": C.SITE_KINDS,
        "region": C.REGIONS,
        "diagnosed_type": C.DIAGNOSED_TYPES,
        "resolved_on": "date",
        "near_joint": "flag",
        "archived": "flag",
        "reminder_days": "int",
    },
    "entries": {
        "date": "date",
        "mobility": C.MOBILITY,
        "colour": C.COLOURS,
        "tightness": "int",
        "size_mm": "number",
        "width_mm": "number",
        "size_method": SIZE_METHODS,
        "count": "int",
        "pain": "int",
        **{f: "flag" for f in _FLAGS},
    },
    "photos": {"taken_on": "date", "ext": PHOTO_EXTS, "width": "int", "height": "int"},
    "daily_checks": {"date": "date", "stress": "int", **{f: "flag" for f in DAILY_SYMPTOM_FIELDS}},
    "labs": {
        "date": "date",
        "value": "number",  # any test name: lab_tests.test_name
        "low": "number",
        "high": "number",
    },
    "care": {"date": "date", "kind": C.CARE_KINDS, "amount": "number", "minutes": "int"},
    "visits": {
        "date": "date",
        "site_id": "int",
        "ultrasound_mm": "number",
        "ultrasound_depth_mm": "number",
        "biopsy": "flag",
        "named_type": C.DIAGNOSED_TYPES,
    },
    "alerts": {"date": "date", "status": ("open", "acknowledged"), "withdrawn": "flag"},
    "site_phases": {"date": "date", "site_id": "int", "phase": PHASES},
    "finger_palm": {"date": "date", "hand": HANDS, "finger": FINGERS, "distance_mm": "number"},
}
_SHOWN_PER_TABLE = 50  # a check lists this many bad rows of a table; the count says the rest
# The write log (WRITE_LOG) is kept by a trigger per table and kind of write:
# {table}_insert_logged and {table}_update_logged.


@dataclasses.dataclass(frozen=True)
class BadRow:
    table: str
    id: int
    columns: tuple[str, ...]

    def describe(self) -> str:
        return f"{self.table} row {self.id}: {', '.join(self.columns)} not valid"


def _bad(column: str, rule: str | tuple[str, ...]) -> str:
    """An SQL condition true when `column` holds something this rule forbids (NULL is allowed:
    NOT NULL is the schema's business)."""
    col = f'"{column}"'
    if rule == "date":
        return (
            f"({col} IS NOT NULL AND (date({col}) IS NOT {col} "
            f"OR {col} NOT BETWEEN '{EARLIEST_DATE}' AND '{LATEST_DATE}'))"
        )
    if rule == "flag":
        return f"({col} IS NOT NULL AND {col} NOT IN (0, 1))"
    if rule == "int":
        return f"({col} IS NOT NULL AND typeof({col}) != 'integer')"
    if rule == "number":
        return f"({col} IS NOT NULL AND typeof({col}) NOT IN ('integer', 'real'))"
    allowed = ", ".join(f"'{value}'" for value in rule)
    return f"({col} IS NOT NULL AND {col} NOT IN ({allowed}))"


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's quick check of the file's structure: ["ok"], or what it found wrong."""
    return [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]


class Checks(StoreBase):
    def quick_check(self) -> list[str]:
        return quick_check(self.conn)

    def integrity_problems(self) -> list[str]:
        try:
            rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.DatabaseError as exc:  # damage bad enough that the check cannot finish
            return [f"the database cannot be read to the end ({exc})"]
        problems = [] if rows == ["ok"] else rows
        problems += [
            f"foreign key broken in {r[0]} row {r[1]}"
            for r in self.conn.execute("PRAGMA foreign_key_check").fetchall()
        ]
        return problems

    def bad_rows(self, limit: int = _SHOWN_PER_TABLE, written_since_check: bool = False) -> list[BadRow]:
        """Rows holding what no Skin Journal writes: a date that is not a date in range, a choice
        outside its list, a yes/no that is neither, a number stored as text. One scan per table:
        about 30 ms on a 10-year journal and 140 ms on one of 50,000 photos, too much for every
        open; so opening asks for `written_since_check`, the rows the write log names (all of
        them when the log's triggers are not all there)."""
        found: list[BadRow] = []
        tables = self.table_names()
        logged = written_since_check and self.writes_are_logged(tables)
        for table, rules in CONTENT_RULES.items():
            if table not in tables:
                continue
            rules = self._rules_for_columns_there(table, rules)
            tests = [_bad(column, rule) for column, rule in rules.items()]
            scope = (
                f"id IN (SELECT row_id FROM main.{WRITE_LOG} WHERE tbl = '{table}') AND " if logged else ""
            )
            rows = self.conn.execute(
                f"SELECT id FROM main.{table} WHERE {scope}({' OR '.join(tests)}) ORDER BY id LIMIT {int(limit)}"
            ).fetchall()
            for (row_id,) in rows:  # the few bad rows: which of their columns are bad
                failed = self.conn.execute(
                    f"SELECT {', '.join(tests)} FROM main.{table} WHERE id = ?", [row_id]
                ).fetchone()
                columns = tuple(column for column, bad in zip(rules, failed, strict=True) if bad)
                found.append(BadRow(table, int(row_id), columns))
        return found

    def writes_are_logged(self, tables: set[str] | None = None) -> bool:
        """Whether every checked table has its two triggers feeding the write log."""
        tables = self.table_names() if tables is None else tables
        if WRITE_LOG not in tables:
            return False
        triggers = {
            name
            for (name,) in self.conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'trigger'")
        }
        return all(
            {f"{table}_insert_logged", f"{table}_update_logged"} <= triggers
            for table in CONTENT_RULES
            if table in tables
        )

    def last_write_logged(self) -> int:
        """The write log's newest entry, read before a check: what the check covers."""
        if WRITE_LOG not in self.table_names():
            return 0
        row = self.conn.execute(f"SELECT max(seq) FROM main.{WRITE_LOG}").fetchone()
        return int(row[0] or 0)

    def _rules_for_columns_there(
        self, table: str, rules: dict[str, str | tuple[str, ...]]
    ) -> dict[str, str | tuple[str, ...]]:
        """The rules of the columns the table has: a journal is checked before it is migrated, and
        SQLite reads a quoted name that is no column ("width_mm") as a string, not as NULL."""
        there = {row[1] for row in self.conn.execute(f"PRAGMA main.table_info({table})").fetchall()}
        return {column: rule for column, rule in rules.items() if column in there}

    def table_names(self) -> set[str]:
        rows = self.conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'").fetchall()
        return {name for (name,) in rows}

    def hide_rows(self, bad: list[BadRow]) -> None:
        """Shadow each table that has bad rows with a temporary view without them, on this
        connection only (temporary objects live outside the database file), so readers go on
        with the rest of the journal."""
        for table in sorted({row.table for row in bad}):
            rules = self._rules_for_columns_there(table, CONTENT_RULES[table])
            sound = " OR ".join(_bad(column, rule) for column, rule in rules.items())
            self.conn.execute(
                f"CREATE TEMP VIEW IF NOT EXISTS {table} AS SELECT * FROM main.{table} WHERE NOT ({sound})"
            )

    def applied_migrations(self, migration_set: str, table: str) -> list[str]:
        """The migrations recorded in `table` (where sqlite-utils' `Migrations` writes them),
        in the order they were applied; none before the first migration made the table."""
        exists = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
        ).fetchone()
        if exists is None:
            return []
        rows = self.conn.execute(
            f"SELECT name FROM {table} WHERE migration_set = ? ORDER BY rowid", [migration_set]
        )
        return [name for (name,) in rows.fetchall()]
