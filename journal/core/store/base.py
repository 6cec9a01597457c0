"""The store's base: the connection, transactions and the generic row helpers every area uses.

Every write runs in a transaction (`transaction`: BEGIN IMMEDIATE, savepoints when nested),
so a refused or interrupted change leaves the journal as it was. Reads and writes go straight
to the `sqlite3` connection; sqlite-utils is loaded only to apply migrations.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import itertools
import sqlite3
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar, cast

from journal.core.domain.codec import from_row, to_row
from journal.core.domain.model import CareEvent, DailyCheck, Entry, LabResult, Photo, Site, Visit
from journal.core.errors import NotFound
from journal.core.language import Words
from journal.core.store.cipher import is_connection
from journal.core.store.connection import write_transaction
from journal.core.store.lazy_sqlite_utils import database

if TYPE_CHECKING:
    from sqlite_utils import Database


class StoreRecordWords(Words):
    "Refusal of an unknown record."


T = TypeVar("T")
_SAVEPOINTS = itertools.count(1)
# Migration 0007's log of the rows written since the last check (see Checks.bad_rows).
WRITE_LOG = "rows_written"

TABLE_OF: dict[type, str] = {
    Site: "sites",
    Entry: "entries",
    Photo: "photos",
    DailyCheck: "daily_checks",
    LabResult: "labs",
    CareEvent: "care",
    Visit: "visits",
}


def date_range(column: str, since: dt.date | None, until: dt.date | None) -> tuple[str, list[Any]]:
    """A WHERE clause (and its parameters) keeping `column` between since and until, both optional."""
    clauses, params = [], []
    if since is not None:
        clauses.append(f"{column} >= ?")
        params.append(since.isoformat())
    if until is not None:
        clauses.append(f"{column} <= ?")
        params.append(until.isoformat())
    return " AND ".join(clauses) or "1", params


def distinct(photos: list[Photo]) -> list[Photo]:
    """The same picture given twice is one photo row; report it once."""
    return list({photo.id: photo for photo in photos}.values())


class StoreBase:
    # The write log's entries that opening checked and found sound: forgotten with the first
    # write this connection makes, so the next open checks only what was written after.
    checked_writes_up_to = 0

    def __init__(self, connection: sqlite3.Connection | Database) -> None:
        if is_connection(connection):
            self.conn = cast(sqlite3.Connection, connection)
        else:
            wrapper = cast("Database", connection)
            self.conn = wrapper.conn
            self.db = wrapper  # the caller's wrapper, so its settings hold

    @cached_property
    def db(self) -> Database:
        """sqlite-utils over the same connection, made on the first write."""
        return database(self.conn)

    # -- transactions -------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes into one transaction: the outermost is `write_transaction` (BEGIN
        IMMEDIATE), a nested one a savepoint that a failure inside rolls back alone. Written
        here on the `sqlite3` connection rather than with sqlite-utils' `atomic`, which does the
        same: loading sqlite-utils for the first save of a session cost the window a visible
        pause; it is loaded for migrations only."""
        if not self.conn.in_transaction:
            up_to = self.checked_writes_up_to
            with write_transaction(self.conn):
                yield
                if up_to:  # with this first write, not at open: a refused command changes no byte
                    self.conn.execute(f"DELETE FROM main.{WRITE_LOG} WHERE seq <= ?", [up_to])
            self.checked_writes_up_to = 0
            return
        name = f"nested_{next(_SAVEPOINTS)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self.conn.execute(f"ROLLBACK TO {name}")
            self.conn.execute(f"RELEASE {name}")
            raise
        self.conn.execute(f"RELEASE {name}")

    @contextlib.contextmanager
    def read_transaction(self) -> Iterator[None]:
        """One snapshot for several reads: a deferred BEGIN takes no write lock (and works on a
        read-only connection); nothing is written, so it always ends with a rollback."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _insert(self, record: T) -> T:
        table = TABLE_OF[type(record)]
        row = to_row(record)
        with self.transaction():
            cursor = self.conn.execute(
                f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
        return from_row(type(record), {**row, "id": cursor.lastrowid})

    def _update(self, record: T) -> T:
        table = TABLE_OF[type(record)]
        row = to_row(record)
        record_id = row.pop("id", None)
        if record_id is None:
            raise ValueError("cannot update a record that was never saved")
        with self.transaction():
            cursor = self.conn.execute(
                f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                [*row.values(), record_id],
            )
            if cursor.rowcount != 1:
                raise NotFound(
                    StoreRecordWords.tr("no {table} record with id {id}").format(table=table, id=record_id)
                )
        return record

    def _get(self, cls: type[T], record_id: int) -> T:
        rows = self._rows(f"SELECT * FROM {TABLE_OF[cls]} WHERE id = ?", [record_id])
        if not rows:
            raise NotFound(
                StoreRecordWords.tr("no {table} record with id {id}").format(
                    table=TABLE_OF[cls], id=record_id
                )
            )
        return from_row(cls, rows[0])

    def _delete(self, cls: type, record_id: int) -> None:
        with self.transaction():
            self.conn.execute(f"DELETE FROM {TABLE_OF[cls]} WHERE id = ?", [record_id])

    def _all(self, cls: type[T], where: str = "1", params: Iterable[Any] = (), order: str = "id") -> list[T]:
        sql = f"SELECT * FROM {TABLE_OF[cls]} WHERE {where} ORDER BY {order}"
        return [from_row(cls, row) for row in self._rows(sql, params)]

    # Here rather than with the entries: adding an entry and the CSV import both attach photos.
    def _insert_photo(self, photo: Photo, entry_id: int) -> Photo:
        existing = self._rows(
            "SELECT * FROM photos WHERE entry_id = ? AND sha256 = ?", [entry_id, photo.sha256]
        )
        if existing:
            return from_row(Photo, existing[0])
        return self._insert(dataclasses.replace(photo, entry_id=entry_id, id=None))

    def data_version(self) -> int:
        """A number that changes when another connection (another program, or a worker's own
        connection) commits to the database. This connection's own commits leave it as it is:
        "The PRAGMA data_version value is unchanged for commits made on the same database
        connection" (https://www.sqlite.org/pragma.html#pragma_data_version). It reads no table,
        so asking every second costs next to nothing."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def restore_record(self, record: T) -> T:
        """Put a deleted record back as it was, with its own id (the undo of a deletion)."""
        if getattr(record, "id", None) is None:
            raise ValueError("cannot restore a record that was never saved")
        return self._insert(record)

    def replace_record(self, record: T) -> T:
        """Overwrite a saved record with every value of `record` (the undo of an edit)."""
        return self._update(record)

    def delete_record(self, cls: type, record_id: int) -> None:
        """Delete one saved record of any kind by id; NotFound if there is none."""
        with self.transaction():
            self._get(cls, record_id)
            self._delete(cls, record_id)

    def record(self, cls: type[T], record_id: int) -> T:
        """One saved record of any kind by id; NotFound if there is none."""
        return self._get(cls, record_id)

    def count(self, cls: type) -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM {TABLE_OF[cls]}").fetchone()[0])

    def is_empty(self) -> bool:
        return all(self.count(cls) == 0 for cls in TABLE_OF)
