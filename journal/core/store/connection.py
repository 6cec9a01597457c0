"""The journal's database file as this process holds it: every connection to it, and whether a
`-wal` file found beside it belongs to it.

Only SQLite opens `journal.sqlite3`, its `-wal` and its `-shm` while this process has a
connection to them: closing any other descriptor of those files drops every POSIX lock the
process holds on them (https://www.sqlite.org/howtocorrupt.html, section 2.2), and the next
program to open the journal then deletes the WAL under our connection. So connections are
made here, and counted, and the one raw read this module does (the `-wal` header and frame
headers, to refuse another database's WAL before SQLite replays it) happens only when no
connection to that database is open in this process.

A WAL file does not say which database it belongs to, so Skin Journal writes an identity into
it: every journal has a random number in the database header's `user_version`, and every write
transaction sets it again (`stamp`), which puts a copy of page 1, with that number, into the
WAL with every commit. A WAL whose committed frames carry another number, or no page 1 at
all, was written for another database.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from journal.core.store import disk_full

# How long a connection waits for another program's write lock before giving up with a
# sentence (SQLite's busy timeout). Long enough for the longest ordinary save another Skin
# Journal makes (a large CSV import, a migration, a backup's copy of the database), short
# enough that a command never hangs behind a program that keeps the journal locked.
BUSY_TIMEOUT_S = 10.0

_held: dict[str, int] = {}
_held_lock = threading.Lock()


def _key(db_path: Path) -> str:
    return os.path.realpath(db_path)


def has_connection(db_path: Path) -> bool:
    """Whether this process holds a connection to the database at `db_path`."""
    with _held_lock:
        return _held.get(_key(db_path), 0) > 0


class TrackedConnection(sqlite3.Connection):
    """A connection that counts itself in `_held` until it is closed."""

    _held_key: str | None = None

    def close(self) -> None:
        key, self._held_key = self._held_key, None
        try:
            super().close()
        finally:
            if key is not None:
                with _held_lock:
                    _held[key] -= 1
                    if _held[key] <= 0:
                        del _held[key]


def connect(
    db_path: Path,
    *,
    readonly: bool = False,
    create: bool = False,
    immutable: bool = False,
    timeout: float | None = None,
) -> sqlite3.Connection:
    """A counted connection to `db_path`: read-only (`mode=ro`: this connection never writes the
    file, and closing it never checkpoints), read-write, or read-write-create."""
    private_index = not immutable and disk_full.needs_private_index(db_path)
    # A read-only connection cannot keep its WAL index in memory (SQLite then needs the -shm file,
    # for which a full disk has no room): such a reader opens read-write, refuses every write itself
    # (query_only), and holds the index in memory (see disk_full).
    mode = "ro" if (readonly or immutable) and not private_index else ("rwc" if create else "rw")
    uri = f"{Path(os.path.abspath(db_path)).as_uri()}?mode={mode}" + ("&immutable=1" if immutable else "")
    kwargs: dict[str, Any] = {
        "uri": True,
        "factory": TrackedConnection,
        "timeout": BUSY_TIMEOUT_S if timeout is None else timeout,
    }
    key = _database_key(db_path)
    if key is not None:
        conn = _connect_encrypted(uri, key, kwargs["timeout"], db_path)
    else:
        conn = sqlite3.connect(uri, **kwargs)
        assert isinstance(conn, TrackedConnection)
    if private_index:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        if readonly:
            conn.execute("PRAGMA query_only = 1")
    if key is None:
        held = _key(db_path)
        _count(held, 1)
        assert isinstance(conn, TrackedConnection)
        conn._held_key = held
    return conn


def _count(held: str, step: int) -> None:
    with _held_lock:
        _held[held] = _held.get(held, 0) + step
        if _held[held] <= 0:
            del _held[held]


def _database_key(db_path: Path) -> bytes | None:
    """The SQLCipher key of an unlocked encrypted journal's database, else None (plain)."""
    from journal.core.crypt import keys

    found = keys.of_folder(Path(db_path).parent)
    return found.database if found is not None and Path(db_path).name == DATABASE_NAMES[0] else None


def _connect_encrypted(uri: str, key: bytes, timeout: float, db_path: Path) -> sqlite3.Connection:
    from journal.core.store import cipher

    held = _key(db_path)
    _count(held, 1)
    try:
        return cipher.connect(uri, key, timeout, lambda: _count(held, -1))
    except BaseException:
        _count(held, -1)
        raise


def use_foreign_keys(conn: sqlite3.Connection) -> None:
    """SQLite enforces foreign keys only on a connection that asks (they are off by default)."""
    conn.execute("PRAGMA foreign_keys = ON")


def make_writer(conn: sqlite3.Connection) -> None:
    """The journal's writing connection: WAL (readers never wait for it), and FULL sync, so a
    committed entry survives a power cut, not only a crash of the app."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


def checkpoint(conn: sqlite3.Connection) -> None:
    """Copy what the WAL holds into the database file, as far as no reader needs it (PASSIVE)."""
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")


@contextlib.contextmanager
def read_snapshot(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to `db_path` inside one read transaction, so every query sees the
    same moment even while another connection commits; rolled back and closed at the end."""
    conn = connect(db_path, readonly=True)
    try:
        conn.execute("BEGIN")  # deferred: a read snapshot from the first query on
        yield conn
    finally:
        conn.rollback()
        conn.close()


@contextlib.contextmanager
def database_copy(db_path: Path, copy: Path) -> Iterator[sqlite3.Connection]:
    """Copy the database at `db_path` into the new file `copy` page by page with SQLite's backup
    API (consistent even while another connection writes), and yield a connection to the copy,
    closed at the end. The source is read through a read-only connection of our own."""
    source = connect(db_path, readonly=True)
    try:
        # The copy is a fresh file in a temporary folder of ours: no journal's connection in this
        # process holds it, so it needs no counting (see `connect`).
        target = copy_target(db_path, copy)
        try:
            source.backup(target)
        except BaseException:
            target.close()
            raise
    finally:
        source.close()
    try:
        yield target
    finally:
        target.close()


def read_only_connection(db_path: Path) -> sqlite3.Connection:
    """An uncounted `immutable` connection to a database file no one else has open (a restore's
    staging copy): encrypted with its journal's key when that journal is unlocked."""
    uri = f"{Path(db_path).resolve().as_uri()}?mode=ro&immutable=1"
    key = _database_key(db_path)
    if key is None:
        return sqlite3.connect(uri, uri=True)
    from journal.core.store import cipher

    return cipher.connect(uri, key, BUSY_TIMEOUT_S, lambda: None)


def copy_target(db_path: Path, copy: Path) -> sqlite3.Connection:
    """A connection to the new file `copy` that will hold a page copy of the database at
    `db_path`: encrypted with the same key when that database is (so the copy is never plain)."""
    key = _database_key(db_path)
    if key is None:
        return sqlite3.connect(copy)
    from journal.core.store import cipher

    return cipher.connect(Path(os.path.abspath(copy)).as_uri(), key, BUSY_TIMEOUT_S, lambda: None)


DATABASE_NAMES = ("journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm", "journal.sqlite3-journal")


def is_database_file(path: Path) -> bool:
    """Whether `path` (after symlinks) is a journal's database file, which only SQLite may open:
    an import or a photo picked from inside a journal folder is refused by name before it is read."""
    return Path(os.path.realpath(path)).name in DATABASE_NAMES


# -- the journal's identity ---------------------------------------------------------------
def journal_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA main.user_version").fetchone()[0])


def new_journal_id() -> int:
    import secrets  # here: a new journal is rare, and the module costs start-up time

    return secrets.randbelow(2**31 - 1) + 1  # user_version is a signed 32-bit number; 0 means none


def stamp(conn: sqlite3.Connection, identity: int) -> None:
    """Inside a write transaction: write the journal's identity into page 1 (see above)."""
    conn.execute(f"PRAGMA main.user_version = {int(identity)}")


def file_identity(db_path: Path) -> int | None:
    """The identity in the database file itself, without its WAL (`immutable` reads the file
    alone). None when the file cannot be read as SQLite (the caller's checks say why)."""
    try:
        conn = connect(db_path, immutable=True)
    except sqlite3.Error:
        return None
    try:
        return journal_id(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


# -- the WAL file (https://www.sqlite.org/fileformat2.html#walformat) ------------------------
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_HEADER = struct.Struct(">8I")  # magic, version, page size, checkpoint seq, salt 1, salt 2, checksum 1, 2
_FRAME_HEADER = struct.Struct(
    ">6I"
)  # page number, size after commit (0 if not a commit), salt 1, salt 2, checksum
_USER_VERSION_AT = 60  # offset of user_version in the database header (page 1)


def _checksum(data: bytes, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s0 = s1 = 0
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def wal_identities(wal_path: Path, key: bytes | None = None) -> tuple[bool, list[int]] | None:
    """(whether the WAL holds a committed transaction, the identity in each page-1 frame of it),
    reading the frames SQLite would replay: those after a valid header whose salts match it.
    None when there is no WAL SQLite would use. Frame checksums are not recomputed: a torn last
    frame carries the same identity as the rest, and the identity is all this looks for.
    An encrypted journal's WAL holds its pages encrypted: with its SQLCipher `key`, page 1 is
    decrypted for the identity (cipher.page_one_identity)."""
    try:
        handle = open(wal_path, "rb")  # noqa: SIM115 - only when no connection is open (see has_connection)
    except FileNotFoundError:
        return None
    with handle:
        header = handle.read(_WAL_HEADER.size)
        if len(header) < _WAL_HEADER.size:
            return None
        magic, _version, page_size, _seq, salt1, salt2, check1, check2 = _WAL_HEADER.unpack(header)
        if magic not in _WAL_MAGIC or page_size < 512 or page_size & (page_size - 1):
            return None  # SQLite ignores such a WAL and starts a new one
        if _checksum(header[:24], magic & 1 == 1) != (check1, check2):
            return None
        committed, identities, pending = False, [], []
        while True:
            frame = handle.read(_FRAME_HEADER.size)
            if len(frame) < _FRAME_HEADER.size:
                break
            page, commit_size, frame_salt1, frame_salt2, _c1, _c2 = _FRAME_HEADER.unpack(frame)
            if (frame_salt1, frame_salt2) != (salt1, salt2):
                break  # a frame of an earlier generation: SQLite stops here
            if page == 1:
                data = handle.read(page_size)
                if len(data) < page_size:
                    break
                pending.append(_identity_in_page_one(data, key))
            else:
                handle.seek(page_size, os.SEEK_CUR)
            if commit_size:
                committed = True
                identities += pending
                pending = []
        return committed, identities


def _identity_in_page_one(data: bytes, key: bytes | None) -> int:
    if key is None:
        return int.from_bytes(data[_USER_VERSION_AT : _USER_VERSION_AT + 4], "big", signed=True)
    from journal.core.store import cipher

    return cipher.page_one_identity(data, key, _USER_VERSION_AT)


def foreign_wal(db_path: Path) -> bool:
    """Whether the `-wal` beside `db_path` was written for another database. Reads the WAL only
    when this process holds no connection to the database (then it is surely ours)."""
    if has_connection(db_path):
        return False
    wal = wal_identities(Path(f"{db_path}-wal"), _database_key(db_path))
    if wal is None or not wal[0]:
        return False  # nothing SQLite would replay
    own = file_identity(db_path)
    if not own:
        # A journal saved before identities existed (or a file the next checks refuse): its WAL
        # cannot be told apart, so it is taken as its own.
        return False
    _committed, identities = wal
    return not identities or any(identity != own for identity in identities)


# -- write transactions ----------------------------------------------------------------------
@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction: BEGIN IMMEDIATE takes the write lock first, waiting for it up to the
    busy timeout (a deferred BEGIN that reads and then writes fails at once when another program
    committed meanwhile: SQLite cannot wait there without risking a deadlock). The journal's
    identity is stamped into page 1; any SQLite error becomes a sentence (nothing was saved)."""
    from journal.core.store.sentences import translate

    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            identity = journal_id(conn)
            if identity:
                stamp(conn, identity)
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise translate(exc, database_folder(conn), saving=True) from exc


def database_folder(conn: sqlite3.Connection) -> Path:
    """The folder of the connection's main database file (for messages)."""
    try:
        for _seq, name, file in conn.execute("PRAGMA database_list").fetchall():
            if name == "main" and file:
                return Path(file).parent
    except sqlite3.Error:
        pass
    return Path("the journal folder")
