"""Encrypting, decrypting and re-keying a journal, each crash-safe.

Every step is one atomic rename of one file, and every file can be told plain or sealed by
itself, so a process killed at any moment leaves a journal that opens: `journal.key` is written
first (state `encrypting`) or marked `decrypting` first, the photos, thumbnails and backups are
converted one by one, the database last (SQLCipher's export into a new file, renamed over it with
no connection open), and only then is the header marked `encrypted` (or removed). Opening a
journal whose header is not finished (`Header.finished`) finishes the conversion. A new passphrase
rewrites only the header. The journal's lock is held throughout: no window writes meanwhile.

An encrypted journal's photo and thumbnail files are named by a keyed hash of the picture's
SHA-256 (journal.core.photos.names), a plain one's by the SHA-256: converting a file renames it
too, in two steps (the new file written durably under its new name, then the old one deleted),
and each file tells its own form: plain (named by its SHA-256), sealed for its own SHA-256 name
(a journal encrypted before keyed names), or sealed with the keyed-name context. A kill between
the two steps leaves both; finishing converts the old one again and deletes it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from pathlib import Path

from journal.core.crypt import keys as unlocked
from journal.core.crypt.header import (
    KEYED_NAMES,
    Header,
    derive_keys,
    header_path,
    is_encrypted,
    new_header,
    read_header,
    unlock,
    with_new_passphrase,
    write_header,
)
from journal.core.crypt.keys import JournalKeys
from journal.core.crypt.sealed import SealBroken, is_sealed, seal, seal_stream, unseal, unseal_stream
from journal.core.errors import JournalError
from journal.core.folder.durable import fsync_dir, write_atomic
from journal.core.folder.lock import JournalLock
from journal.core.language import Words
from journal.core.store import cipher
from journal.core.store.connection import DATABASE_NAMES, has_connection

DB_NAME = DATABASE_NAMES[0]
CONVERTING = f"{DB_NAME}.converting"


class CryptConvertWords(Words):
    """Why encrypting or decrypting a journal was refused."""


_SQLITE_HEADER = b"SQLite format 3\x00"


def encrypt(folder: Path, passphrase: str) -> str:
    """Encrypt the plain journal in `folder` with `passphrase`; return the recovery code (shown
    once: it is stored nowhere in plain form)."""
    folder = Path(folder)
    _refuse_without_database(folder)
    if is_encrypted(folder):
        raise JournalError(
            CryptConvertWords.tr("The journal in {folder} is already encrypted; nothing was changed.").format(
                folder=folder
            )
        )
    header, data_key, code = new_header(passphrase)
    with JournalLock(folder):
        header = dataclasses.replace(header, state="encrypting")
        write_header(folder, header)
        keys = derive_keys(data_key)
        unlocked.remember(folder, keys)
        _finish(folder, header, keys)
    return code


def decrypt(folder: Path, passphrase: str | None, recovery: str | None = None) -> None:
    """Turn the encrypted journal in `folder` back into a plain one."""
    folder = Path(folder)
    header = read_header(folder)
    keys = derive_keys(unlock(folder, header, passphrase, recovery))
    with JournalLock(folder):
        header = dataclasses.replace(header, state="decrypting")
        write_header(folder, header)
        unlocked.remember(folder, keys)
        _finish(folder, header, keys)


def change_passphrase(folder: Path, old: str | None, new: str, recovery: str | None = None) -> None:
    """A new passphrase for the encrypted journal in `folder` (the old one, or the recovery code,
    opens it first). Only the header is rewritten, atomically; the recovery code stays valid."""
    folder = Path(folder)
    header = read_header(folder)
    data_key = unlock(folder, header, old, recovery)
    write_header(folder, with_new_passphrase(header, data_key, new))


def open_keys(folder: Path, passphrase: str | None, recovery: str | None = None) -> JournalKeys:
    """The keys of the encrypted journal in `folder`, remembered for this process; an interrupted
    encrypt or decrypt is finished first, and a journal encrypted before keyed file names is
    renamed (when no other window holds the journal)."""
    known = unlocked.of_folder(folder)
    header = read_header(folder)
    keys = known or derive_keys(unlock(folder, header, passphrase, recovery))
    unlocked.remember(folder, keys)
    if not header.finished:
        with JournalLock(folder):
            header = read_header(folder)
            if header.state == "encrypted" and not header.finished:
                # Encrypted with SHA-256 names: encrypting again converts only those files (the
                # database and the backups are in their encrypted form already and are left).
                header = dataclasses.replace(header, state="encrypting", names=KEYED_NAMES)
                write_header(folder, header)
            _finish(folder, header, keys)
    return keys


def _finish(folder: Path, header: Header, keys: JournalKeys) -> None:
    sealing = header.state == "encrypting"
    if header.state not in ("encrypting", "decrypting"):
        return
    convert_photo_files(folder, keys, sealing)
    for path in _backup_files(folder):
        _convert_backup(path, keys, sealing)
    _convert_database(folder, keys.database, sealing)
    if sealing:
        write_header(folder, dataclasses.replace(header, state="encrypted"))
    else:
        header_path(folder).unlink()
        fsync_dir(folder)
        unlocked.forget(folder)


def _refuse_without_database(folder: Path) -> None:
    try:
        if (folder / DB_NAME).stat().st_size > 0:
            return
    except OSError:
        pass
    raise JournalError(CryptConvertWords.tr("There is no journal in {folder}.").format(folder=folder))


def convert_photo_files(folder: Path, keys: JournalKeys, sealing: bool) -> None:
    """Every photo and thumbnail file into the encrypted form (sealed, keyed name) or the plain
    one (plain, SHA-256 name), whatever form each is in now. The photos first: a thumbnail's
    bytes are not its picture's, so decrypting finds a keyed thumbnail's plain name among the
    plain names of the photos by then (a thumbnail whose photo is not there is made again when
    asked for)."""
    from journal.core.photos.names import keyed_name, listed_files
    from journal.core.photos.pipeline import STORED_EXTENSIONS

    for name, path in listed_files(folder, {"photos": STORED_EXTENSIONS}):
        _convert_small(folder, name, path, keys, sealing, None)
    thumbs = listed_files(folder, {"thumbs": ("jpg",)})
    plain_names = {}
    if thumbs and not sealing:
        photos = listed_files(folder, {"photos": STORED_EXTENSIONS})
        plain_names = {keyed_name(keys.names, name): name for name, _path in photos}
    for name, path in thumbs:
        _convert_small(folder, name, path, keys, sealing, plain_names)


def _convert_small(
    folder: Path, name: str, path: Path, keys: JournalKeys, sealing: bool, plain_names: dict[str, str] | None
) -> None:
    """One file into the other form (`plain_names`: the plain name of a keyed thumbnail, None
    for a photo, whose plain name is the hash of its bytes)."""
    from journal.core.photos.names import KEYED_CONTEXT, keyed_name, place

    data = path.read_bytes()
    label = path.relative_to(folder).as_posix()
    if not is_sealed(data[:8]):
        if not sealing:
            return  # plain already: a plain file is only ever written under its SHA-256 name
        plain, sha256 = data, name
    else:
        keyed = _opened(keys.photos, data, label, KEYED_CONTEXT)
        if keyed is not None:  # sealed under a keyed name
            plain = keyed
            if sealing:
                return  # converted before an interruption
            # A keyed name cannot be turned back: a photo's plain name is the hash of its bytes
            # (a photo damaged before it was encrypted is kept under that of its damaged bytes).
            found = hashlib.sha256(plain).hexdigest() if plain_names is None else plain_names.get(name)
            if found is None:  # a thumbnail without its photo: made again from it when asked for
                _remove(path)
                return
            sha256 = found
        else:  # sealed for its SHA-256 name (encrypted before keyed names), or broken
            try:
                plain, sha256 = unseal(keys.photos, data, label), name
            except SealBroken:
                if plain_names is not None:
                    _remove(path)  # a thumbnail is derived data: made again from its photo
                    return
                if sealing:
                    return  # changed since it was sealed: left as it is, for the check to name
                raise
    new_name = keyed_name(keys.names, sha256) if sealing else sha256
    target = folder / place(path.parent.parent.name, new_name, path.name.partition(".")[2])
    new_label = target.relative_to(folder).as_posix()
    write_atomic(target, seal(keys.photos, plain, new_label, KEYED_CONTEXT) if sealing else plain)
    if target != path:
        _remove(path)


def _opened(key: bytes, data: bytes, label: str, context: str) -> bytes | None:
    try:
        return unseal(key, data, label, context)
    except SealBroken:
        return None


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    fsync_dir(path.parent)


def _backup_files(folder: Path) -> list[Path]:
    backups = folder / "backups"
    if not backups.is_dir():
        return []
    return sorted(
        path
        for path in backups.iterdir()
        if path.is_file() and not path.name.startswith(".") and path.suffix in (".zip", ".sqlite3")
    )


def _convert_backup(path: Path, keys: JournalKeys, sealing: bool) -> None:
    """A backup zip or pre-migration copy, sealed (or unsealed) as a stream into a temporary file
    beside it, renamed over it. A pre-migration copy made while the journal was encrypted is an
    SQLCipher file: decrypting turns it into a plain database."""
    with open(path, "rb") as handle:
        head = handle.read(16)
    label = f"backups/{path.name}"
    tmp = path.with_name(f".tmp-{path.name}")
    if sealing and (is_sealed(head) or (path.suffix == ".sqlite3" and not head.startswith(_SQLITE_HEADER))):
        return  # sealed already, or an SQLCipher copy
    if not sealing and not is_sealed(head):
        if path.suffix == ".sqlite3" and not head.startswith(_SQLITE_HEADER):
            tmp.unlink(missing_ok=True)
            cipher.convert_database(path, keys.database, tmp, None)
            _durable_replace(tmp, path)
        return
    try:
        with open(path, "rb") as source, open(tmp, "wb") as target:
            if sealing:
                seal_stream(keys.photos, source, target, label)
            else:
                for block in unseal_stream(keys.photos, source, label):
                    target.write(block)
        _durable_replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _durable_replace(tmp: Path, target: Path) -> None:
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(tmp, 0o600)
    os.replace(tmp, target)
    fsync_dir(target.parent)


def _convert_database(folder: Path, key: bytes, sealing: bool) -> None:
    """The database into the other form: exported by SQLite into `journal.sqlite3.converting`,
    made durable, renamed over the database. Only SQLite opens either file."""
    db_path = folder / DB_NAME
    if has_connection(db_path):
        raise JournalError(
            CryptConvertWords.tr("The journal in {folder} is open in this program; close it first.").format(
                folder=folder
            )
        )
    if cipher.opens_with(db_path, key if sealing else None):
        return  # converted before an interruption
    wal = Path(f"{db_path}-wal")
    converting = folder / CONVERTING
    converting.unlink(missing_ok=True)  # an interrupted export's file: made again whole
    cipher.convert_database(db_path, None if sealing else key, converting, key if sealing else None)
    if wal.exists() and wal.stat().st_size > 0:
        converting.unlink(missing_ok=True)
        raise JournalError(
            CryptConvertWords.tr(
                "The journal in {folder} is in use by another program; close it and try again. Nothing was lost."
            ).format(folder=folder)
        )
    Path(f"{db_path}-shm").unlink(missing_ok=True)
    _durable_replace(converting, db_path)


def create(folder: Path, passphrase: str) -> str:
    """A new, encrypted journal in `folder` (new or empty); return its recovery code."""
    from journal.core.folder.paths import ensure_private_dir
    from journal.core.journal import Journal

    folder = Path(folder)
    if (folder / DB_NAME).exists() or is_encrypted(folder):
        raise JournalError(
            CryptConvertWords.tr("There is a journal in {folder} already; nothing was changed.").format(
                folder=folder
            )
        )
    header, data_key, code = new_header(passphrase)
    ensure_private_dir(folder)
    write_header(folder, header)
    unlocked.remember(folder, derive_keys(data_key))
    Journal.open(folder).close()
    return code
