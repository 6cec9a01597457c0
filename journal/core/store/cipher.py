"""Connections to an encrypted database (SQLCipher through the `sqlcipher3` binding).

sqlcipher3 is a copy of Python's sqlite3 module built against SQLCipher, with its own classes:
its errors are not `sqlite3.Error`, its connections not `sqlite3.Connection`. The rest of the
journal catches `sqlite3.Error` and speaks `sqlite3.Connection`, so an encrypted connection is
handed out wrapped: every call goes through to sqlcipher3, and every error it raises comes out
as the sqlite3 error of the same name (with SQLite's error code), so the sentences, the
disk-full handling and sqlite-utils behave the same on both. A plain journal never loads
sqlcipher3 (its library costs start-up time).
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, cast

_quiet = False


def _module() -> ModuleType:
    import importlib

    module = importlib.import_module("sqlcipher3.dbapi2")
    global _quiet
    if not _quiet:
        # SQLCipher logs each failed page check to stderr; a wrong key is said in words instead.
        probe = module.connect(":memory:")
        try:
            probe.execute("PRAGMA cipher_log_level = NONE")
        finally:
            probe.close()
        _quiet = True
    return module


def _as_sqlite3(exc: BaseException) -> BaseException:
    kind = getattr(sqlite3, type(exc).__name__, None)
    if not (isinstance(kind, type) and issubclass(kind, sqlite3.Error)):
        return exc
    translated = kind(*exc.args)
    for attr in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(exc, attr):
            setattr(translated, attr, getattr(exc, attr))
    return translated


@contextlib.contextmanager
def _translated() -> Iterator[None]:
    try:
        yield
    except sqlite3.Error:
        raise
    except Exception as exc:
        if type(exc).__module__.startswith("sqlcipher3"):
            raise _as_sqlite3(exc) from None
        raise


def _unwrap(value: Any) -> Any:
    return value._inner if isinstance(value, (CipherConnection, CipherCursor)) else value


class CipherCursor:
    def __init__(self, inner: Any) -> None:
        object.__setattr__(self, "_inner", inner)

    def __getattr__(self, name: str) -> Any:
        with _translated():  # a property of a closed connection (in_transaction) raises too
            value = getattr(self._inner, name)
        if not callable(value):
            return value

        @functools.wraps(value)
        def call(*args: Any, **kwargs: Any) -> Any:
            with _translated():
                result = value(*args, **kwargs)
            return CipherCursor(result) if result is self._inner else result

        return call

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._inner, name, value)

    def __iter__(self) -> CipherCursor:
        return self

    def __next__(self) -> Any:
        with _translated():
            return next(self._inner)


class CipherConnection:
    """An sqlcipher3 connection that looks like an sqlite3 one (see the module's note)."""

    def __init__(self, inner: Any, on_close: Callable[[], None]) -> None:
        object.__setattr__(self, "_inner", inner)
        object.__setattr__(self, "_on_close", on_close)

    def __getattr__(self, name: str) -> Any:
        with _translated():  # a property of a closed connection (in_transaction) raises too
            value = getattr(self._inner, name)
        if not callable(value):
            return value

        @functools.wraps(value)
        def call(*args: Any, **kwargs: Any) -> Any:
            with _translated():
                result = value(*[_unwrap(a) for a in args], **{k: _unwrap(v) for k, v in kwargs.items()})
            if type(result).__name__ == "Cursor":
                return CipherCursor(result)
            return result

        return call

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "row_factory" and value is sqlite3.Row:
            value = _module().Row
        setattr(self._inner, name, value)

    def close(self) -> None:
        try:
            with _translated():
                self._inner.close()
        finally:
            self._on_close()

    def __enter__(self) -> CipherConnection:
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        with _translated():
            self._inner.__exit__(kind, *rest)


def connect(uri: str, key: bytes, timeout: float, on_close: Callable[[], None]) -> sqlite3.Connection:
    """A connection to the encrypted database at `uri` (a file: URI) with its raw 32-byte key:
    SQLCipher's own key derivation is skipped (the key already comes from Argon2id), so opening
    costs no more than a plain open."""
    with _translated():
        inner = _module().connect(uri, uri=True, timeout=timeout, check_same_thread=True)
        try:
            inner.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        except BaseException:
            inner.close()
            raise
    return cast(sqlite3.Connection, CipherConnection(inner, on_close))


def is_connection(value: object) -> bool:
    """An sqlite3 connection, plain or encrypted (sqlite-utils' Database is neither)."""
    return isinstance(value, (sqlite3.Connection, CipherConnection))


def plain_export(source: sqlite3.Connection, target_path: str, key: bytes | None) -> None:
    """Copy the database of `source` into a new file at `target_path`: encrypted with `key`, or
    plain when `key` is None (SQLCipher's sqlcipher_export, which writes through SQLite)."""
    inner = _unwrap(source)
    literal = f"x'{key.hex()}'" if key is not None else ""
    with _translated():
        inner.execute(f'ATTACH DATABASE ? AS converted KEY "{literal}"', (target_path,))
        try:
            inner.execute("SELECT sqlcipher_export('converted')")
            version = inner.execute("PRAGMA main.user_version").fetchone()[0]
            inner.execute(f"PRAGMA converted.user_version = {int(version)}")
        finally:
            inner.execute("DETACH DATABASE converted")


def convert_database(source: Path, from_key: bytes | None, target: Path, to_key: bytes | None) -> None:
    """Write the database at `source` (encrypted with `from_key`, or plain) into the new file
    `target` (encrypted with `to_key`, or plain), through SQLite alone, and close both."""
    with _translated():
        inner = _module().connect(str(source), timeout=10.0)
        try:
            if from_key is not None:
                inner.execute(f"PRAGMA key = \"x'{from_key.hex()}'\"")
            inner.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn = CipherConnection(inner, lambda: None)
            plain_export(cast(sqlite3.Connection, conn), str(target), to_key)
        finally:
            inner.close()


def opens_with(source: Path, key: bytes | None) -> bool:
    """Whether the database at `source` reads with `key` (None: as a plain database)."""
    inner = _module().connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=10.0)
    try:
        if key is not None:
            inner.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        inner.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except Exception as exc:
        if type(exc).__module__.startswith("sqlcipher3"):
            return False
        raise
    finally:
        inner.close()


# SQLCipher 4's page layout (https://www.zetetic.net/sqlcipher/design/): the first 16 bytes of
# page 1 are the database's salt, left plain; the rest of every page up to its reserved tail is
# AES-256-CBC ciphertext, and the tail holds the page's random IV (16 bytes) then its
# HMAC-SHA512 (64 bytes): 80 reserved bytes with the default settings this journal uses.
_SALT = 16
_RESERVE = 80


def page_one_identity(page: bytes, key: bytes, offset: int) -> int:
    """The 4-byte big-endian number at `offset` of the plain page 1 (the journal's identity in
    `user_version`), read from an encrypted page 1 (a WAL frame's) with the raw `key`. Only the
    cipher blocks up to `offset` are decrypted; the page's HMAC is not checked (SQLite checks it
    when it reads the page: a page of another database or key gives another number here)."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    iv = page[len(page) - _RESERVE : len(page) - _RESERVE + 16]
    end = _SALT + ((offset + 4 - _SALT + 15) // 16) * 16
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(page[_SALT:end]) + decryptor.finalize()
    at = offset - _SALT
    return int.from_bytes(plain[at : at + 4], "big", signed=True)
