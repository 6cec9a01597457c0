"""What a backup may bring into a journal: the checks a restore runs on the extracted files.

A backup zip whose hashes all match can still hold a database that is valid SQLite but not
a Skin Journal (a trigger that deletes every new entry, a view where a table belongs, a
dropped table, dates that are not dates) or "photos" that are web pages, decompression
bombs or pictures that still carry a GPS position. A backup made by this app holds none of
these, so each is refused with its reason:

- the database's schema must be the one this version creates (compared with a journal made
  fresh by `Journal.open` in a temporary folder): its tables and indexes, defined the same,
  and nothing else (no triggers, no views);
- every row must pass the same validation as what a person enters (model.py's `new`), and
  be stored as the journal stores it (dates ISO, choices in their stored spelling);
- every photo must be the JPEG or PNG its name says, carry no EXIF or XMP block (stored
  photos never do, so one that does was not made by this app), and be accepted by the
  import's own decoding (`prepare_photo`: whole-picture decode, pixel-count bound).

Each check returns the reason as words, or None.
"""

from __future__ import annotations

import functools
import json
import sqlite3
import tempfile
from pathlib import Path

from journal.core.domain.codec import to_row
from journal.core.errors import JournalError
from journal.core.journal import Journal
from journal.core.store import TABLE_OF, Store
from journal.core.store.schema import Schema, schema_of, stored_rows

# sqlite-utils makes and keeps the table recording applied migrations; its wording of it may
# change between sqlite-utils versions, so only its presence is compared.
_MIGRATIONS_TABLE = "_sqlite_migrations"
# The model's fields of free text (model.py: validate.text); every other text is a date or a choice.
_FREE_TEXT = frozenset({"name", "notes", "note", "what", "unit", "clinician", "findings", "original_name"})
# SQLite's own statistics tables (written by ANALYZE or PRAGMA optimize) hold no data of ours.
_SQLITE_STATS = ("sqlite_stat1", "sqlite_stat4")


@functools.cache
def fresh_schema() -> Schema:
    """The schema this version of Skin Journal creates, read from a journal made for the purpose."""
    with tempfile.TemporaryDirectory(prefix="skinjournal-schema-") as tmp:
        with Journal.open(Path(tmp) / "journal") as journal:
            return schema_of(journal.conn)


def _ours(schema: Schema) -> Schema:
    return {name: spec for name, spec in schema.items() if name not in _SQLITE_STATS}


def unknown_objects(found: Schema, expected: Schema) -> str | None:
    """Before the backup's database is opened for real (and migrated): anything in it that
    this version never creates. Runs first so that no trigger of a backup's ever fires, except
    the write log's, word for word as a fresh journal has them."""
    for name, (kind, table, sql) in sorted(_ours(found).items()):
        if kind == "trigger" and expected.get(name) != (kind, table, sql):
            return f"its database has a trigger ({name} on {table}) that Skin Journal never creates"
        if kind == "view":
            where = " in place of the table of that name" if expected.get(name, ("",))[0] == "table" else ""
            return f"its database has a view ({name}){where}"
        known = expected.get(name)
        if known is None:
            return f"its database has a {kind} ({name}) that Skin Journal does not have"
        if known[0] != kind:
            return f"its database has a {kind} named {name} where Skin Journal has a {known[0]}"
    return None


def schema_difference(found: Schema, expected: Schema) -> str | None:
    """After migrations: the same tables and indexes as a fresh journal, each defined the same."""
    found, expected = _ours(found), _ours(expected)
    extra = unknown_objects(found, expected)
    if extra:
        return extra
    for name, (kind, table, sql) in sorted(expected.items()):
        if name not in found:
            return f"its database lacks the {kind} {name}" + (
                f" of the table {table}" if kind == "index" else ""
            )
        if table == _MIGRATIONS_TABLE:
            continue
        if found[name] != (kind, table, sql):
            return f"its database defines the {kind} {name} differently from Skin Journal"
    return None


def content_problem(conn: sqlite3.Connection) -> str | None:
    """SQLite's own checks, then the first row that the journal would refuse if a person
    entered it, in words. For a database with this version's schema."""
    store = Store(conn)
    damage = store.integrity_problems()
    if damage:
        return f"its database is damaged ({damage[0]})"
    for cls, table in TABLE_OF.items():
        for row in stored_rows(conn, table):
            where = f"the {table} row {row.get('id')}"
            try:
                record = cls.new(**row)  # type: ignore[attr-defined]
            except (JournalError, TypeError, ValueError) as exc:  # ValidationError names the field
                return f"{where} is refused ({exc})"
            for field, value in to_row(record).items():
                if field in row and not _stored_alike(field, row[field], value):
                    return f"{where} stores {field} as {row[field]!r}, not as Skin Journal stores it"
    for row in stored_rows(conn, "settings"):
        if not _is_json(row.get("value")):
            return f"the setting {row.get('key')!r} is not a readable value"
    return _alert_problem(store)


def _stored_alike(field: str, stored: object, checked: object) -> bool:
    """A stored value as validation gives it back: the same date, choice, number or flag.
    Free text may differ in surrounding spaces (validation trims them, while a photo's original
    file name is kept as the file had it); dates and choices never."""
    if field in _FREE_TEXT and isinstance(stored, str) and isinstance(checked, str):
        return stored.strip() == checked
    return stored == checked


def _is_json(value: object) -> bool:
    try:
        json.loads(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, RecursionError):
        return False
    return True


def _alert_problem(store: Store) -> str | None:
    from journal.core.alerts.model import RULE_IDS, STATUSES

    try:
        alerts = store.stored_alerts()
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        return f"an alert cannot be read ({type(exc).__name__}: {exc})"
    for alert in alerts:
        if alert.rule not in RULE_IDS or alert.status not in STATUSES:
            return f"the alert {alert.id} has a rule or status Skin Journal does not know"
    return None


# -- photos ------------------------------------------------------------------------------------
