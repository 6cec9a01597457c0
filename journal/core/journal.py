"""A journal: one folder holding the SQLite database and the photos.

`Journal.open` creates or opens the folder, checks the database, applies migrations and
hands out the store. Operations that touch both files and rows (adding photos) live here,
so the order that keeps a crash harmless (file durable, then row) is written once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from journal.core import migrate
from journal.core.errors import JournalDamaged, JournalError, SaveFailed
from journal.core.model import Entry, Photo
from journal.core.paths import ensure_private_dir
from journal.core.photos import PhotoFiles, PreparedPhoto, prepare_photo
from journal.core.store import Store

if TYPE_CHECKING:
    from sqlite_utils import Database

DB_NAME = "journal.sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"


class Journal:
    def __init__(self, folder: Path, conn: sqlite3.Connection) -> None:
        self.folder = folder
        self.conn = conn
        self.store = Store(conn)
        self.files = PhotoFiles(folder)

    @property
    def db(self) -> Database:
        """sqlite-utils over the journal's connection (loaded on first use)."""
        return self.store.db

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def backups_dir(self) -> Path:
        return self.folder / "backups"

    @classmethod
    def open(cls, folder: Path | str, verify: bool = True, create: bool = True) -> Journal:
        folder = Path(folder)
        db_path = folder / DB_NAME
        if not create and not db_path.exists():
            raise JournalError(f"no journal in {folder}")
        _check_header(db_path)
        ensure_private_dir(folder)
        existed = db_path.exists()
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(db_path, timeout=10)
            conn.execute("PRAGMA foreign_keys = ON")
            # Checked before switching to WAL, which would rewrite the file's header.
            if verify and existed:
                result = conn.execute("PRAGMA quick_check").fetchall()
                if [r[0] for r in result] != ["ok"]:
                    raise JournalDamaged(
                        f"The journal database in {folder} is damaged ({result[0][0]}). "
                        "Nothing was changed; restore it from a backup (`skinjournal restore`)."
                    )
            # Also before WAL: a journal from a newer app is refused byte-identical.
            migrate.refuse_if_too_new(conn)
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed entry survives a power cut, not only a crash of the app.
            conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            raise JournalDamaged(
                f"The journal database in {folder} cannot be read ({exc}). Nothing was changed."
            ) from None
        except BaseException:
            if conn is not None:
                conn.close()
            raise
        if not existed:
            os.chmod(db_path, 0o600)
        journal = cls(folder, conn)
        try:
            migrate.upgrade(conn, journal.backups_dir)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise JournalDamaged(f"The journal database in {folder} cannot be upgraded ({exc}).") from None
        except BaseException:
            conn.close()
            raise
        return journal

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- photos: files first, durable, then the rows ----------------------------
    def prepare_photos(self, paths: Iterable[Path | str], fallback_date: dt.date | None) -> list[PreparedPhoto]:
        """Decode every photo before anything is written, so one bad file stores nothing."""
        return [prepare_photo(Path(p), fallback_date) for p in paths]

    def _store_files(self, prepared: Sequence[PreparedPhoto], missing_only: bool = False) -> list[Photo]:
        rows = []
        for photo in prepared:
            try:
                self.files.write(photo, missing_only)
            except OSError as exc:
                raise SaveFailed(
                    f"{photo.original_name}: could not be saved in {self.folder} "
                    f"({exc.strerror or exc}). Nothing was added to the journal."
                ) from exc
            rows.append(Photo(
                entry_id=0, sha256=photo.sha256, ext=photo.ext, taken_on=photo.taken_on,
                width=photo.width, height=photo.height, original_name=photo.original_name,
            ))
        return rows

    def add_entry(self, entry: Entry, photo_paths: Iterable[Path | str] = ()) -> tuple[Entry, list[Photo]]:
        prepared = self.prepare_photos(photo_paths, entry.date)
        if prepared:
            self.store.site(entry.site_id)  # refuse an unknown site before writing any file
        return self.add_prepared_entry(entry, prepared)

    def add_prepared_entry(self, entry: Entry, prepared: Sequence[PreparedPhoto]) -> tuple[Entry, list[Photo]]:
        """For callers that prepared photos elsewhere (a worker thread, the demo)."""
        with _disk_refusals(self.folder):
            rows = self._store_files(prepared)
            with self.store.transaction():
                added = self.store.add_entry(entry, rows)
                self._store_files(prepared, missing_only=True)  # as in add_prepared_photos
        return added

    def add_photos(self, entry_id: int, photo_paths: Iterable[Path | str]) -> list[Photo]:
        entry = self.store.entry(entry_id)
        return self.add_prepared_photos(entry_id, self.prepare_photos(photo_paths, entry.date))

    def add_prepared_photos(self, entry_id: int, prepared: Sequence[PreparedPhoto]) -> list[Photo]:
        with _disk_refusals(self.folder):
            rows = self._store_files(prepared)
            with self.store.transaction():
                added = self.store.add_photos(entry_id, rows)
                # Again, now that the new rows hold the write lock: pruning unreferenced photos
                # (journal.core.photo_prune) deletes files only under that lock, so a file it
                # removed between the write above and the rows is written back before they commit.
                self._store_files(prepared, missing_only=True)
        return added

    def photo_path(self, photo: Photo) -> Path:
        return self.files.path(photo.sha256, photo.ext)

    def thumbnail_path(self, photo: Photo) -> Path:
        return self.files.thumbnail(photo.sha256, photo.ext)


@contextlib.contextmanager
def read_snapshot(folder: Path | str) -> Iterator[Store]:
    """A read-only store on the journal in `folder`, for a worker thread.

    Its own connection (SQLite connections stay in the thread that uses them), opened
    read-only so it can never write, and one read transaction, so every query sees the
    same moment even while another connection commits. The journal must already be open
    (checked and migrated) elsewhere, as it is in the window.
    """
    db_path = Path(folder) / DB_NAME
    if not db_path.exists():
        raise JournalError(f"no journal in {folder}")
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        conn.execute("BEGIN")  # deferred: a read snapshot from the first query on
        yield Store(conn)
    finally:
        conn.rollback()
        conn.close()


# SQLite's primary result codes for a disk that refuses: I/O error, full, read-only, cannot open.
_DISK_ERROR_CODES = {10, 13, 8, 14}


@contextlib.contextmanager
def _disk_refusals(folder: Path) -> Iterator[None]:
    """Turn a full or failing disk under the database into a message; the transaction
    has rolled back by then, so nothing was added."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF not in _DISK_ERROR_CODES:
            raise
        raise SaveFailed(
            f"The journal in {folder} could not be saved ({exc}). Nothing was added to the journal."
        ) from exc


def _check_header(db_path: Path) -> None:
    """Refuse a file that is not SQLite before sqlite3 touches it (it might rewrite it)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return
    with open(db_path, "rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise JournalDamaged(
                f"{db_path} is not a Skin Journal database (not an SQLite file). Nothing was changed."
            )
