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
from journal.core.language import Words
from journal.core.store import TABLE_OF, Store
from journal.core.store.schema import Schema, schema_of, stored_rows


class BackupCheckWords(Words):
    "What a backup may not bring into a journal: each reason a restore refuses it."


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
            return BackupCheckWords.tr(
                "its database has a trigger ({name} on {table}) that Skin Journal never creates"
            ).format(name=name, table=table)
        if kind == "view":
            if expected.get(name, ("",))[0] == "table":
                return BackupCheckWords.tr(
                    "its database has a view ({name}) in place of the table of that name"
                ).format(name=name)
            return BackupCheckWords.tr("its database has a view ({name})").format(name=name)
        known = expected.get(name)
        if known is None:
            return BackupCheckWords.tr(
                "its database has a {kind} ({name}) that Skin Journal does not have"
            ).format(kind=kind, name=name)
        if known[0] != kind:
            return BackupCheckWords.tr(
                "its database has a {kind} named {name} where Skin Journal has a {known}"
            ).format(kind=kind, name=name, known=known[0])
    return None


def schema_difference(found: Schema, expected: Schema) -> str | None:
    """After migrations: the same tables and indexes as a fresh journal, each defined the same."""
    found, expected = _ours(found), _ours(expected)
    extra = unknown_objects(found, expected)
    if extra:
        return extra
    for name, (kind, table, sql) in sorted(expected.items()):
        if name not in found:
            if kind == "index":
                return BackupCheckWords.tr(
                    "its database lacks the {kind} {name} of the table {table}"
                ).format(kind=kind, name=name, table=table)
            return BackupCheckWords.tr("its database lacks the {kind} {name}").format(kind=kind, name=name)
        if table == _MIGRATIONS_TABLE:
            continue
        if found[name] != (kind, table, sql):
            return BackupCheckWords.tr(
                "its database defines the {kind} {name} differently from Skin Journal"
            ).format(kind=kind, name=name)
    return None


def content_problem(conn: sqlite3.Connection) -> str | None:
    """SQLite's own checks, then the first row that the journal would refuse if a person
    entered it, in words. For a database with this version's schema."""
    store = Store(conn)
    damage = store.integrity_problems()
    if damage:
        return BackupCheckWords.tr("its database is damaged ({damage})").format(damage=damage[0])
    for cls, table in TABLE_OF.items():
        for row in stored_rows(conn, table):
            try:
                record = cls.new(**row)  # type: ignore[attr-defined]
            except (JournalError, TypeError, ValueError) as exc:  # ValidationError names the field
                return BackupCheckWords.tr("the {table} row {id} is refused ({reason})").format(
                    table=table, id=row.get("id"), reason=exc
                )
            for field, value in to_row(record).items():
                if field in row and not _stored_alike(field, row[field], value):
                    return BackupCheckWords.tr(
                        "the {table} row {id} stores {field} as {value}, not as Skin Journal stores it"
                    ).format(table=table, id=row.get("id"), field=field, value=repr(row[field]))
    for row in stored_rows(conn, "settings"):
        if not _is_json(row.get("value")):
            return BackupCheckWords.tr("the setting {key} is not a readable value").format(
                key=repr(row.get("key"))
            )
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
        return BackupCheckWords.tr("an alert cannot be read ({reason})").format(
            reason=f"{type(exc).__name__}: {exc}"
        )
    for alert in alerts:
        if alert.rule not in RULE_IDS or alert.status not in STATUSES:
            return BackupCheckWords.tr(
                "the alert {id} has a rule or status Skin Journal does not know"
            ).format(id=alert.id)
    return None


# -- photos ------------------------------------------------------------------------------------
