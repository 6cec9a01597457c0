"""sqlite-utils, loaded when first needed and without numpy.

Opening a journal that is up to date and reading it only needs the `sqlite3` connection,
so the window starts without sqlite-utils (its import, with dateutil, click and pluggy,
costs about as much as starting Qt). The first write, or a migration, loads it here.

sqlite-utils imports numpy (about 150 ms) only to map numpy types to column types, which
Skin Journal never inserts, so numpy is hidden while it loads; matplotlib imports numpy
for real when a chart is drawn. When numpy is already loaded, nothing is hidden.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations


def sqlite_utils_module() -> ModuleType:
    if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
        sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` fail fast
        try:
            import sqlite_utils  # noqa: F401
        finally:
            del sys.modules["numpy"]
    import sqlite_utils

    return sqlite_utils


def database(conn: sqlite3.Connection) -> Database:
    """A sqlite-utils `Database` over a connection, plugins off: no code from outside this
    app runs on the journal. Its `atomic` starts with BEGIN IMMEDIATE (`write_transaction`)."""
    db: Database = _database_class()(conn, execute_plugins=False)
    return db


_DATABASE_CLASS: type | None = None


def _database_class() -> type:
    """sqlite-utils' `Database` whose outermost `atomic()` is `write_transaction`: sqlite-utils
    begins with a deferred BEGIN, which cannot wait for another writer's lock."""
    global _DATABASE_CLASS
    if _DATABASE_CLASS is None:
        from journal.core.store.connection import write_transaction

        base = sqlite_utils_module().Database

        class ImmediateDatabase(base):  # type: ignore[misc,valid-type]
            @contextlib.contextmanager
            def atomic(self) -> Iterator[Database]:
                if self.conn.in_transaction:  # nested: sqlite-utils' savepoint
                    with super().atomic():
                        yield self
                    return
                with write_transaction(self.conn):
                    yield self

        _DATABASE_CLASS = ImmediateDatabase
    return _DATABASE_CLASS


def migrations(name: str) -> Migrations:
    sqlite_utils_module()
    from sqlite_utils.migrations import Migrations

    return Migrations(name)
