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

from journal.core.backup.move import finish_interrupted_restore
from journal.core.crypt.header import HEADER_NAME
from journal.core.domain.model import Entry, Photo
from journal.core.errors import JournalDamaged, JournalError, PhotoRejected, SaveFailed
from journal.core.folder.leftovers import clean_leftovers
from journal.core.folder.paths import ensure_private_dir
from journal.core.language import Words
from journal.core.photos.dates import with_entry_date
from journal.core.photos.pipeline import PhotoFiles, PreparedPhoto, prepare_photo
from journal.core.store import Store, connection, migrate
from journal.core.store.checks import BadRow
from journal.core.store.connection import (
    checkpoint,
    connect,
    foreign_wal,
    has_connection,
    is_database_file,
    journal_id,
    make_writer,
    new_journal_id,
    stamp,
    use_foreign_keys,
    write_transaction,
)
from journal.core.store.early_check import EarlyCheck
from journal.core.store.sentences import damaged, translate

if TYPE_CHECKING:
    from sqlite_utils import Database


class JournalOpenWords(Words):
    "Why a journal cannot be opened, and the refusals of storing a photo."


DB_NAME = "journal.sqlite3"


class Journal:
    def __init__(
        self, folder: Path, conn: sqlite3.Connection, readonly: bool = False, bad_rows: Sequence[BadRow] = ()
    ) -> None:
        self.folder = folder
        self.conn = conn
        self.store = Store(conn)
        self.files = PhotoFiles(folder)
        self.readonly = readonly
        # Rows a reader skips (see Journal.open); a writer refuses a journal that has any.
        self.bad_rows = list(bad_rows)

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

    @property
    def skipped_rows_warning(self) -> str | None:
        """One line for a reader to print when rows were left out, else None."""
        if not self.bad_rows:
            return None
        tables = ", ".join(sorted({row.table for row in self.bad_rows}))
        count = len(self.bad_rows)
        words = JournalOpenWords.tr(
            "%n damaged row(s) in {tables} cannot be read and are left out; run `skinjournal check` for the list.",
            "",
            count,
        )
        return words.format(tables=tables)

    @classmethod
    def open(
        cls,
        folder: Path | str,
        verify: bool = True,
        create: bool = True,
        readonly: bool = False,
        skip_bad_rows: bool = False,
        passphrase: str | None = None,
        recovery: str | None = None,
        early_check: EarlyCheck | None = None,
    ) -> Journal:
        """Open (or, in a new folder, create) the journal in `folder`.

        `readonly=True` is for commands that only read: the connection is SQLite's read-only
        mode, so it never writes the database file (not even a checkpoint when it closes), and
        rows that hold what no Skin Journal writes are left out (`bad_rows`) instead of refusing
        the journal. A writer refuses such a journal, as it refuses every damage, untouched and
        with the newest backup named, unless `skip_bad_rows` (a command that reads the records and
        writes only what it derives from them, the alerts). A journal folder that holds photos or backups but no
        database is refused, never given a new empty one. An encrypted journal (journal.key beside
        the database) needs its `passphrase` or `recovery` code, unless this process unlocked it.
        `early_check` (from `check_early`) is SQLite's quick check already under way: its answer
        is taken instead of checking again."""
        folder = Path(folder)
        finish_interrupted_restore(folder)  # a restore killed mid-move is finished before anything looks
        if os.path.exists(folder / HEADER_NAME):
            from journal.core.crypt.convert import open_keys

            open_keys(folder, passphrase, recovery)
        db_path = folder / DB_NAME
        if not _has_database(db_path):
            refuse_if_content(folder)
            if not create:
                raise JournalError(JournalOpenWords.tr("no journal in {folder}").format(folder=folder))
            _create(folder, db_path)
        clean_leftovers(folder)
        _make_private(folder, db_path)
        if foreign_wal(db_path):
            raise damaged(
                folder,
                JournalOpenWords.tr(
                    "the file {wal} beside it was written for another database (opening would mix the "
                    "two); move {wal} and {shm} out of the folder to open the journal as it was last saved"
                ).format(wal=f"{DB_NAME}-wal", shm=f"{DB_NAME}-shm"),
            )
        early = early_check.found() if early_check is not None and verify else None
        pending, bad, checked_up_to = _probe(folder, db_path, verify, early)
        if readonly and not pending:
            conn = _connect(folder, db_path, readonly=True, immutable=_on_read_only_disk(folder, db_path))
            try:
                Store(conn).hide_rows(bad)
            except sqlite3.Error as exc:
                conn.close()
                raise translate(exc, folder) from None
            return cls(folder, conn, readonly=True, bad_rows=bad)
        if bad and not (readonly or skip_bad_rows):
            raise damaged(
                folder,
                (
                    JournalOpenWords.tr(
                        "%n row(s) hold values no Skin Journal writes ({example}); saving into it could "
                        "spread the damage",
                        "",
                        len(bad),
                    )
                ).format(example=bad[0].describe()),
            )
        journal = cls(folder, _open_writer(folder, db_path), bad_rows=bad)
        if readonly:  # brought up to date above; now read-only
            journal.close()
            return cls.open(folder, verify=False, create=False, readonly=True)
        if bad:
            journal.store.hide_rows(bad)
        else:
            journal.store.checked_writes_up_to = checked_up_to
        return journal

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- photos: files first, durable, then the rows ----------------------------
    def prepare_photos(
        self, paths: Iterable[Path | str], fallback_date: dt.date | None
    ) -> list[PreparedPhoto]:
        """Decode every photo before anything is written, so one bad file stores nothing."""
        files = [Path(p) for p in paths]
        for path in files:
            if is_database_file(path):  # only SQLite may open it (see db_files)
                raise PhotoRejected(
                    JournalOpenWords.tr(
                        "{name}: is a journal's database file, not a photo. Nothing was added to the journal."
                    ).format(name=path.name)
                )
        return [prepare_photo(path, fallback_date) for path in files]

    def _store_files(self, prepared: Sequence[PreparedPhoto], missing_only: bool = False) -> list[Photo]:
        rows = []
        for photo in prepared:
            try:
                self.files.write(photo, missing_only)
            except OSError as exc:
                raise SaveFailed(
                    JournalOpenWords.tr(
                        "{name}: could not be saved in {folder} ({reason}). Nothing was added to the journal."
                    ).format(name=photo.original_name, folder=self.folder, reason=exc.strerror or exc)
                ) from exc
            rows.append(
                Photo(
                    entry_id=0,
                    sha256=photo.sha256,
                    ext=photo.ext,
                    taken_on=photo.taken_on,
                    width=photo.width,
                    height=photo.height,
                    original_name=photo.original_name,
                )
            )
        return rows

    def add_entry(self, entry: Entry, photo_paths: Iterable[Path | str] = ()) -> tuple[Entry, list[Photo]]:
        prepared = self.prepare_photos(photo_paths, entry.date)
        if prepared:
            self.store.site(entry.site_id)  # refuse an unknown site before writing any file
        return self.add_prepared_entry(entry, prepared)

    def add_prepared_entry(
        self, entry: Entry, prepared: Sequence[PreparedPhoto]
    ) -> tuple[Entry, list[Photo]]:
        """For callers that prepared photos elsewhere (a worker thread, the demo)."""
        prepared = with_entry_date(prepared, entry.date)  # the entry's date may have changed since
        with _disk_refusals(self.folder), self._new_files_removed_on_failure(prepared):
            rows = self._store_files(prepared)
            with self.store.transaction():
                added = self.store.add_entry(entry, rows)
                self._store_files(prepared, missing_only=True)  # as in add_prepared_photos
        return added

    def add_photos(self, entry_id: int, photo_paths: Iterable[Path | str]) -> list[Photo]:
        entry = self.store.entry(entry_id)
        return self.add_prepared_photos(entry_id, self.prepare_photos(photo_paths, entry.date))

    def add_prepared_photos(self, entry_id: int, prepared: Sequence[PreparedPhoto]) -> list[Photo]:
        if prepared:
            prepared = with_entry_date(prepared, self.store.entry(entry_id).date)
        with _disk_refusals(self.folder), self._new_files_removed_on_failure(prepared):
            rows = self._store_files(prepared)
            with self.store.transaction():
                added = self.store.add_photos(entry_id, rows)
                # Again, now that the new rows hold the write lock: pruning unreferenced photos
                # (journal.core.photos.prune) deletes files only under that lock, so a file it
                # removed between the write above and the rows is written back before they commit.
                self._store_files(prepared, missing_only=True)
        return added

    @contextlib.contextmanager
    def _new_files_removed_on_failure(self, prepared: Sequence[PreparedPhoto]) -> Iterator[None]:
        """When a save fails after its photo files were written (a full disk refusing the rows),
        the files it added are removed again, so a refused save leaves nothing behind. A file
        that was there before, or that a row (of another process) refers to by now, stays."""
        added = [
            (photo.sha256, path)
            for photo in prepared
            for path in (self.files.path(photo.sha256, photo.ext), self.files.thumb_path(photo.sha256))
            if not path.exists()
        ]
        try:
            yield
        except BaseException:
            for sha256, path in added:
                with contextlib.suppress(OSError, sqlite3.Error):
                    if self.store.photo_refcount(sha256) == 0:
                        path.unlink(missing_ok=True)
            raise

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
        raise JournalError(JournalOpenWords.tr("no journal in {folder}").format(folder=folder))
    with connection.read_snapshot(db_path) as conn:
        yield Store(conn)


@contextlib.contextmanager
def _disk_refusals(folder: Path) -> Iterator[None]:
    """An SQLite error while saving becomes its sentence; the transaction has rolled back by
    then, so nothing was added (write_transaction translates most; this catches the rest)."""
    try:
        yield
    except sqlite3.Error as exc:
        raise translate(exc, folder, saving=True) from exc


def _has_database(db_path: Path) -> bool:
    """A database file with something in it (SQLite takes an empty file for a new database)."""
    try:
        return db_path.stat().st_size > 0
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise JournalError(
            JournalOpenWords.tr("The journal in {folder} cannot be read ({reason}).").format(
                folder=db_path.parent, reason=exc.strerror or exc
            )
        ) from None


_CONTENT_FOLDERS = ("photos", "thumbs", "backups")


def _holds_journal_content(folder: Path) -> bool:
    """Whether `folder` holds what only a journal leaves: a photo, a thumbnail, a backup or a WAL."""
    try:
        if Path(f"{folder / DB_NAME}-wal").stat().st_size > 0:
            return True
    except OSError:
        pass
    for name in _CONTENT_FOLDERS:
        try:
            if any(path.is_file() for path in (folder / name).rglob("*")):
                return True
        except OSError:
            continue
    return False


def refuse_if_content(folder: Path) -> None:
    """Refuse a folder whose database is missing or empty when it holds a journal's content."""
    if _holds_journal_content(folder):
        raise damaged(
            folder,
            JournalOpenWords.tr(
                "{database} is missing or empty, but the folder holds a journal's photos or backups; a new "
                "empty journal is not made over them"
            ).format(database=DB_NAME),
        )


def _create(folder: Path, db_path: Path) -> None:
    """A new journal in a new (or empty) folder: the schema and the identity, then closed."""
    ensure_private_dir(folder)
    conn = _connect(folder, db_path, readonly=False, create=True)
    conn.close()
    os.chmod(db_path, 0o600)


def _make_private(folder: Path, db_path: Path) -> None:
    """Owner-only on every open, not only at creation: a journal made by an interrupted first
    open, copied, or restored by hand may have been left readable by others. chmod opens no
    descriptor, so SQLite's locks are safe. A read-only disk keeps what it has."""
    for path, mode in (
        (folder, 0o700),
        (db_path, 0o600),
        (Path(f"{db_path}-wal"), 0o600),
        (Path(f"{db_path}-shm"), 0o600),
    ):
        try:
            if path.stat().st_mode & 0o777 != mode:
                os.chmod(path, mode)
        except OSError:
            continue


def _on_read_only_disk(folder: Path, db_path: Path) -> bool:
    """A folder no one can write, and no WAL: the file cannot change, which is SQLite's
    `immutable` contract; a plain read-only connection would fail there, unable to make the
    -shm it needs."""
    return not os.access(folder, os.W_OK) and not Path(f"{db_path}-wal").exists()


def _connect(
    folder: Path, db_path: Path, *, readonly: bool, create: bool = False, immutable: bool = False
) -> sqlite3.Connection:
    try:
        conn = connect(db_path, readonly=readonly, create=create, immutable=immutable)
        use_foreign_keys(conn)
    except sqlite3.Error as exc:
        raise translate(exc, folder) from None
    return conn


def check_early(folder: Path) -> EarlyCheck | None:
    """Start SQLite's quick check of the plain journal in `folder` in a thread of its own, for
    `Journal.open(folder, early_check=...)`; None where it cannot start early (see EarlyCheck).
    Only once the folder's lock is held: it finishes an interrupted restore first."""
    if os.path.exists(folder / HEADER_NAME):
        return None  # its keys come first
    return EarlyCheck.start(folder / DB_NAME)


def _probe(
    folder: Path, db_path: Path, verify: bool, early: list[str] | None = None
) -> tuple[bool, list[BadRow], int]:
    """`_inspect` on a connection that cannot change the folder. With no WAL beside it the file
    holds the whole journal, and SQLite's `immutable` mode reads it without making the -wal and
    -shm a read-only connection leaves behind (a refused journal stays exactly as it was). Such
    a read takes no lock, so a refusal is confirmed with an ordinary read-only connection: another
    program may have written the file meanwhile."""
    immutable = not Path(f"{db_path}-wal").exists() and not has_connection(db_path)
    for mode in (["immutable"] if immutable else []) + ["readonly"]:
        try:
            conn = connect(db_path, readonly=True, immutable=mode == "immutable")
        except sqlite3.Error as exc:
            raise translate(exc, folder) from None
        try:
            # The early check read the file as the immutable mode does: its answer stands for that
            # read only; a refusal is confirmed by a check of its own on the ordinary connection.
            return _inspect(folder, conn, verify, early if mode == "immutable" else None)
        except (sqlite3.Error, JournalDamaged) as exc:
            if mode == "immutable":
                continue
            if isinstance(exc, sqlite3.Error):
                raise translate(exc, folder) from None
            raise
        finally:
            conn.close()
    raise AssertionError("unreachable")


def _inspect(
    folder: Path, conn: sqlite3.Connection, verify: bool, checked: list[str] | None = None
) -> tuple[bool, list[BadRow], int]:
    """Every check that can refuse the journal, on a read-only connection so a refused file is
    left exactly as it was: (whether migrations are pending, the rows no Skin Journal writes among
    those written since the last check, and the write log's newest entry that check covers)."""
    store = Store(conn)
    tables = store.table_names()
    if verify and tables:
        result = checked if checked is not None else store.quick_check()
        if result != ["ok"]:
            raise damaged(
                folder, JournalOpenWords.tr("SQLite's check found: {result}").format(result=result[0])
            )
    applied = migrate.applied_names(conn)
    if tables and not applied:
        raise damaged(
            folder,
            JournalOpenWords.tr(
                "{database} is an SQLite database of another program, not a Skin Journal (it holds {tables})"
            ).format(database=DB_NAME, tables=", ".join(sorted(tables)[:5])),
        )
    if not tables and _holds_journal_content(folder):
        refuse_if_content(folder)
    # Before anything is written: a journal from a newer app is refused byte-identical.
    migrate.refuse_if_too_new(conn)
    missing = migrate.expected_tables(applied) - tables if applied else set()
    if missing:
        raise damaged(
            folder,
            JournalOpenWords.tr("its tables {tables} are missing").format(tables=", ".join(sorted(missing))),
        )
    checked_up_to = store.last_write_logged()  # before the check: a write after it stays logged
    return bool(migrate.pending_names(conn)), store.bad_rows(written_since_check=True), checked_up_to


def _open_writer(folder: Path, db_path: Path) -> sqlite3.Connection:
    conn = _connect(folder, db_path, readonly=False)
    try:
        make_writer(conn)
        if not journal_id(conn):
            # Give the journal its identity (see db_files); checkpointed at once so the file
            # itself carries it, which is what a WAL found later is compared with.
            with write_transaction(conn):
                stamp(conn, new_journal_id())
            checkpoint(conn)
        migrate.upgrade(conn, folder / "backups")
    except sqlite3.Error as exc:
        conn.close()
        raise translate(exc, folder) from None
    except BaseException:
        conn.close()
        raise
    _make_private(folder, db_path)  # the -wal and -shm SQLite just made
    return conn
