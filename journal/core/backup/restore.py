"""`restore`: a backup zip back into a journal folder, checked whole before anything is written.

Order of work, so that a refusal or an interruption never leaves half a journal:
1. read the zip without extracting (only a regular file is opened: never a pipe or a
   device): refuse member names that are absolute or climb out (zip slip), members that are
   links, pipes or devices, encrypted or compressed in a way backups never are, a zip without
   our manifest or with a malformed one, a format version from a newer app, members the
   manifest does not list, and any member whose SHA-256 differs from the manifest;
2. refuse a target that holds a journal unless `replace` is given;
3. extract into a staging folder beside the target (re-hashing while writing) and check
   what the backup would bring in (backup_checks.py: the schema, every row, every photo),
   opening the extracted journal once (integrity check, migrations);
4. move it into place (restore_move.py): the old folder is renamed aside
   (`<dir>.before-restore-<time>`) and the new one into place, under a durable record that
   lets the next open finish a move that a crash interrupted.

A backup of an encrypted journal holds the journal's key header (`journal.key`), its SQLCipher
database and its sealed photos, as they are stored: it is restored with the journal's passphrase
(or recovery code), which opens the header from the zip before anything is written. The files
are extracted as they are (sealed), and every check above runs on them decrypted in memory or
through SQLCipher: nothing plain is written on the way. A sealed photo that was changed (even
with the manifest's hash changed to match) fails its authentication and is refused.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from journal.core.backup import checks as backup_checks
from journal.core.backup.create import FORMAT, MANIFEST, VERSION
from journal.core.backup.move import finish_interrupted_restore, make_staging, move_into_place, release
from journal.core.crypt import keys as unlocked
from journal.core.crypt.header import (
    HEADER_NAME,
    PassphraseNeeded,
    WrongPassphrase,
    derive_keys,
    parse_header,
    unlock,
)
from journal.core.crypt.keys import JournalKeys
from journal.core.crypt.sealed import is_sealed, unseal
from journal.core.errors import JournalDamaged, JournalError
from journal.core.folder.durable import fsync_dir
from journal.core.folder.lock import LOCK_NAME, JournalLock
from journal.core.folder.paths import ensure_private_dir
from journal.core.journal import DB_NAME, Journal
from journal.core.language import Words
from journal.core.photos.names import KEYED_CONTEXT, keyed_name
from journal.core.photos.stored_file import photo_problem
from journal.core.store import Store
from journal.core.store.schema import read_only, schema_of


class RestoreWords(Words):
    "Why a backup cannot be restored; nothing was restored."


_MEMBER = re.compile(
    rf"{re.escape(DB_NAME)}|{re.escape(HEADER_NAME)}|photos/([0-9a-f]{{2}})/([0-9a-f]{{64}})\.(jpg|png)"
)
_MAX_HEADER = 1 << 16  # a key header is about 600 bytes
_CHUNK = 1 << 20
_MAX_MANIFEST = 64 * 2**20  # a manifest lists about 130 bytes per photo: room for 500,000 photos
_MAX_MEMBER = 2**40  # no journal file comes near a terabyte
_SHA256 = re.compile(r"[0-9a-f]{64}")
# What zipfile may raise on a crafted archive: each is "this is not a usable backup".
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    ValueError,
    RuntimeError,
    NotImplementedError,
    struct.error,
    zlib.error,
)
_HARMLESS = {LOCK_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", "backups"}


class BackupRefused(JournalError):
    """The file is not a usable backup, or the target cannot take it; nothing was written."""


@dataclasses.dataclass(frozen=True)
class BackupInfo:
    created: str
    app_version: str
    photos: int
    size: int
    files: dict[str, dict[str, Any]]
    encrypted: bool = False  # a backup of an encrypted journal: restored with its passphrase


@dataclasses.dataclass(frozen=True)
class RestoreResult:
    folder: Path
    kept_aside: Path | None
    photos: int


def inspect_backup(path: Path) -> BackupInfo:
    """Check a backup completely (names, manifest, every hash) without writing anything."""
    path = Path(path)
    refuse = path.name  # the backup's name, in each refusal
    with _archive(path, refuse) as archive:
        infos = archive.infolist()
        _check_entries(path, infos, refuse)
        names = [i.filename for i in infos]
        if MANIFEST not in names:
            raise BackupRefused(
                RestoreWords.tr(
                    "{name} is not a Skin Journal backup (it has no {manifest}). Nothing was restored."
                ).format(name=refuse, manifest=MANIFEST)
            )
        manifest = _manifest(archive, refuse)
        files: dict[str, dict[str, Any]] = manifest["files"]
        _check_members(names, files, refuse, encrypted=HEADER_NAME in files)
        sizes = {i.filename: i.file_size for i in infos}
        for name, expected in files.items():
            digest, size = (
                ("", -1) if sizes[name] != expected["size"] else _hash_member(archive, name, expected["size"])
            )
            if digest != expected["sha256"] or size != expected["size"]:
                raise BackupRefused(
                    RestoreWords.tr(
                        "{backup} is damaged: {name} does not match the hash recorded when the backup was "
                        "made. Nothing was restored."
                    ).format(backup=path.name, name=name)
                )
    return BackupInfo(
        created=str(manifest.get("created", "")),
        app_version=str(manifest.get("app_version", "")),
        photos=len(files) - 1 - (HEADER_NAME in files),
        size=sum(int(f["size"]) for f in files.values()),
        files=files,
        encrypted=HEADER_NAME in files,
    )


def needs_passphrase(path: Path) -> bool:
    """Whether the backup at `path` is of an encrypted journal (it holds the key header), by
    its list of names alone: so a command asks for the passphrase before the full check. A file
    that is no backup says False; `restore_backup` then refuses it with the reason."""
    try:
        with _archive(Path(path), "") as archive:
            return HEADER_NAME in archive.namelist()
    except (BackupRefused, *_ZIP_ERRORS):
        return False


_KINDS = {
    stat.S_IFIFO: RestoreWords.mark("{path} is a named pipe, not a backup file. Nothing was restored."),
    stat.S_IFCHR: RestoreWords.mark("{path} is a device, not a backup file. Nothing was restored."),
    stat.S_IFBLK: RestoreWords.mark("{path} is a device, not a backup file. Nothing was restored."),
    stat.S_IFDIR: RestoreWords.mark("{path} is a folder, not a backup file. Nothing was restored."),
    stat.S_IFSOCK: RestoreWords.mark("{path} is a socket, not a backup file. Nothing was restored."),
    stat.S_IFLNK: RestoreWords.mark("{path} is a link, not a backup file. Nothing was restored."),
}
_NOT_REGULAR = RestoreWords.mark("{path} is not a regular file, not a backup file. Nothing was restored.")


@contextlib.contextmanager
def _archive(path: Path, refuse: str) -> Iterator[zipfile.ZipFile]:
    """The zip, opened only if `path` is a regular file: a named pipe or a device (/dev/zero)
    would block or never end. Opened without blocking, then checked on the open descriptor,
    so the file cannot be swapped between the check and the reading."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise BackupRefused(
            RestoreWords.tr("{path} cannot be read ({reason}). Nothing was restored.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    try:
        kind = stat.S_IFMT(os.fstat(fd).st_mode)
        if kind != stat.S_IFREG:
            raise BackupRefused(RestoreWords.tr(_KINDS.get(kind, _NOT_REGULAR)).format(path=path))
        os.set_blocking(fd, True)
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        if is_sealed(handle.read(8)):
            raise BackupRefused(
                RestoreWords.tr(
                    "{name} is a backup made before its journal was encrypted, sealed since with that "
                    "journal's key, and cannot be restored as it is: `skinjournal decrypt` on that journal turns "
                    "it back into a plain backup that can be restored (encrypt again afterwards). "
                    "Nothing was restored."
                ).format(name=path.name)
            )
        handle.seek(0)
        try:
            archive = zipfile.ZipFile(handle)
        except _ZIP_ERRORS as exc:
            refused = (
                RestoreWords.tr("{name} is not a Skin Journal backup (not a zip file). Nothing was restored.")
                if isinstance(exc, zipfile.BadZipFile)
                else RestoreWords.tr(
                    "{name} is not a Skin Journal backup (its zip structure is damaged). Nothing was restored."
                )
            )
            raise BackupRefused(refused.format(name=refuse)) from None
        with archive:
            yield archive


def _check_entries(path: Path, infos: list[zipfile.ZipInfo], refuse: str) -> None:
    unsafe = [i.filename for i in infos if _unsafe(i)]
    if unsafe:
        raise BackupRefused(
            RestoreWords.tr(
                "{name} has entries that point outside the journal folder or are not plain files "
                "({entries}). Nothing was restored."
            ).format(name=path.name, entries=", ".join(unsafe[:5]))
        )
    encrypted = [i.filename for i in infos if i.flag_bits & 0x1]
    if encrypted:
        raise BackupRefused(
            RestoreWords.tr(
                "{name} is not a Skin Journal backup: it has encrypted entries ({entries}), and Skin Journal "
                "never encrypts a backup. Nothing was restored."
            ).format(name=refuse, entries=", ".join(encrypted[:5]))
        )
    odd = [i.filename for i in infos if i.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)]
    if odd:
        raise BackupRefused(
            RestoreWords.tr(
                "{name} is not a Skin Journal backup: entries are compressed in a way Skin Journal never uses "
                "({entries}). Nothing was restored."
            ).format(name=refuse, entries=", ".join(odd[:5]))
        )


def _unsafe(info: zipfile.ZipInfo) -> bool:
    name = info.filename
    parts = PurePosixPath(name).parts
    # Unix zips keep the file's type in the high bits: only a plain file (or no type) is one.
    kind = stat.S_IFMT(info.external_attr >> 16)
    return (
        name.startswith(("/", "\\"))
        or "\\" in name
        or ":" in name
        or ".." in parts
        or kind not in (0, stat.S_IFREG)
        or info.is_dir()
    )


def _manifest(archive: zipfile.ZipFile, refuse: str) -> dict[str, Any]:
    unreadable = RestoreWords.tr(
        "{name} is not a Skin Journal backup (its {manifest} cannot be read). Nothing was restored."
    ).format(name=refuse, manifest=MANIFEST)
    try:
        with archive.open(MANIFEST) as member:
            raw = member.read(_MAX_MANIFEST + 1)
        if len(raw) > _MAX_MANIFEST:
            raise BackupRefused(
                RestoreWords.tr(
                    "{name} is not a Skin Journal backup (its {manifest} is far larger than any backup's). "
                    "Nothing was restored."
                ).format(name=refuse, manifest=MANIFEST)
            )
        manifest = json.loads(raw.decode("utf-8"))
    except RecursionError:  # nested thousands deep: no manifest of ours is
        raise BackupRefused(unreadable) from None
    except _ZIP_ERRORS:  # not JSON, not UTF-8 (both ValueErrors), or a damaged member
        raise BackupRefused(unreadable) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupRefused(
            RestoreWords.tr(
                "{name} is not a Skin Journal backup (its {manifest} is not ours). Nothing was restored."
            ).format(name=refuse, manifest=MANIFEST)
        )
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BackupRefused(
            RestoreWords.tr(
                "{name} is not a Skin Journal backup (its {manifest} gives no format version). Nothing was restored."
            ).format(name=refuse, manifest=MANIFEST)
        )
    if version > VERSION:
        raise BackupRefused(
            RestoreWords.tr(
                "This backup was made by a newer Skin Journal (format {version}); install the newer version "
                "to restore it. Nothing was restored."
            ).format(version=version)
        )
    files = manifest.get("files")
    if not isinstance(files, dict) or DB_NAME not in files:
        raise BackupRefused(
            RestoreWords.tr(
                "{name} is not a Skin Journal backup (it holds no journal database). Nothing was restored."
            ).format(name=refuse)
        )
    for name, entry in files.items():
        problem = _entry_problem(entry)
        if problem:
            raise BackupRefused(
                RestoreWords.tr(problem).format(
                    name=refuse, manifest=MANIFEST, entry=repr(name), size=_size_of(entry)
                )
            )
    return manifest


def _size_of(entry: object) -> str:
    return str(entry.get("size") if isinstance(entry, dict) else "")[:40]


def _entry_problem(entry: object) -> str | None:
    if not isinstance(entry, dict):
        return RestoreWords.mark(
            "{name} is not a Skin Journal backup (its {manifest} gives {entry} no size and hash). Nothing was restored."
        )
    size, sha256 = entry.get("size"), entry.get("sha256")
    if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= _MAX_MEMBER:
        return RestoreWords.mark(
            "{name} is not a Skin Journal backup (its {manifest} gives {entry} a size that is not a number of "
            "bytes ({size})). Nothing was restored."
        )
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        return RestoreWords.mark(
            "{name} is not a Skin Journal backup (its {manifest} gives {entry} a hash that is not a SHA-256). "
            "Nothing was restored."
        )
    return None


def _check_members(
    names: list[str], files: dict[str, dict[str, Any]], refuse: str, encrypted: bool = False
) -> None:
    if len(set(names)) != len(names):
        raise BackupRefused(
            RestoreWords.tr(
                "{name} is not a Skin Journal backup (it holds the same name twice). Nothing was restored."
            ).format(name=refuse)
        )
    for name, entry in files.items():
        match = _MEMBER.fullmatch(name)
        # A photo is named by its picture's SHA-256; a plain backup's manifest hashes the same
        # bytes, a sealed photo's hashes the sealed member (the name is checked once decrypted).
        if match is None or (
            match.group(2)
            and (
                (not encrypted and match.group(2) != entry.get("sha256"))
                or match.group(1) != match.group(2)[:2]
            )
        ):
            raise BackupRefused(
                RestoreWords.tr(
                    "{backup} is not a Skin Journal backup (unexpected entry {entry}). Nothing was restored."
                ).format(backup=refuse, entry=repr(name))
            )
    extra = sorted(set(names) - set(files) - {MANIFEST})
    absent = sorted(set(files) - set(names))
    if extra or absent:
        raise BackupRefused(
            RestoreWords.tr(
                "{name} is not a Skin Journal backup (its manifest does not match its contents: {entries}). "
                "Nothing was restored."
            ).format(name=refuse, entries=", ".join((extra + absent)[:5]))
        )


def _hash_member(archive: zipfile.ZipFile, name: str, limit: int) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    try:
        with archive.open(name) as member:
            for block in iter(lambda: member.read(_CHUNK), b""):
                digest.update(block)
                size += len(block)
                if size > limit:  # inflates past what the manifest says: stop reading
                    return "", -1
    except _ZIP_ERRORS:  # a CRC error, a truncated or undecodable member
        return "", -1
    return digest.hexdigest(), size


def holds_journal_data(folder: Path) -> bool:
    """True when `folder` holds anything a restore would hide: records, photos or other files.
    (A journal opened once and never used counts as empty.)"""
    if not folder.exists():
        return False
    if not folder.is_dir():
        return True
    for child in folder.iterdir():
        if child.name == f"{DB_NAME}-wal" and child.stat().st_size > 0:
            return True  # changes not yet in the database file (the reading below cannot see them)
        if child.name in _HARMLESS or child.name == DB_NAME:
            continue
        if child.name in ("photos", "thumbs") and not any(p.is_file() for p in child.rglob("*")):
            continue
        return True
    db_path = folder / DB_NAME
    if not db_path.exists():
        return False
    try:  # immutable: reading must not create -wal/-shm files in a folder we may refuse
        with read_only(db_path) as conn:
            return not Store(conn).is_empty()
    except sqlite3.DatabaseError:
        return True  # unreadable: let the person decide with --replace


def restore_backup(
    path: Path,
    target: Path,
    replace: bool = False,
    passphrase: str | None = None,
    recovery: str | None = None,
) -> RestoreResult:
    """Restore the backup at `path` into `target`. A backup of an encrypted journal needs its
    `passphrase` (or `recovery` code): PassphraseNeeded without, WrongPassphrase when it does not
    open the backup's key header; either way nothing is written. The restored journal's keys are
    kept for this process, so the window opens it without asking again."""
    path, target = Path(path), Path(target).absolute()
    info = inspect_backup(path)
    keys = _backup_keys(path, info, passphrase, recovery) if info.encrypted else None
    if target.exists() and not target.is_dir():
        raise BackupRefused(
            RestoreWords.tr("{target} is a file, not a journal folder. Nothing was restored.").format(
                target=target
            )
        )
    finish_interrupted_restore(target)  # an earlier restore's move first, so the folder is whole
    if holds_journal_data(target) and not replace:
        raise BackupRefused(
            RestoreWords.tr(
                "{target} already holds a journal. Nothing was restored. To replace it, restore with --replace: "
                "the current journal is then kept aside as {name}.before-restore-<date>."
            ).format(target=target, name=target.name)
        )
    ensure_private_dir(target.parent, "folder")
    free = shutil.disk_usage(target.parent).free
    if free < info.size + 16 * 2**20:
        raise BackupRefused(
            RestoreWords.tr(
                "Not enough free space beside {target} ({free} MB free, the journal needs {needed} MB). Nothing was restored."
            ).format(target=target, free=free // 2**20, needed=info.size // 2**20 + 16)
        )
    lock = JournalLock(target) if (target / LOCK_NAME).exists() else None
    if lock is not None:
        lock.acquire()  # refuses while a window has this journal open
    try:
        result = _extract_and_swap(path, target, info, keys)
    finally:
        if lock is not None:
            lock.release()
    # The folder now holds the backup's journal: the keys of whatever was there before are wrong.
    if keys is None:
        unlocked.forget(target)
    else:
        unlocked.remember(target, keys)
    return result


def _backup_keys(path: Path, info: BackupInfo, passphrase: str | None, recovery: str | None) -> JournalKeys:
    """The keys of the encrypted journal in the backup, from its key header (read from the zip,
    checked against the manifest's hash): before anything is written."""
    with _archive(path, path.name) as archive:
        try:
            with archive.open(HEADER_NAME) as member:
                data = member.read(_MAX_HEADER + 1)
        except _ZIP_ERRORS:
            data = b""
    expected = info.files[HEADER_NAME]
    if len(data) > _MAX_HEADER or hashlib.sha256(data).hexdigest() != expected["sha256"]:
        raise BackupRefused(
            RestoreWords.tr("{name} is damaged: its {header} cannot be read. Nothing was restored.").format(
                name=path.name, header=HEADER_NAME
            )
        )
    try:
        header = parse_header(data, path)
    except JournalError:
        raise BackupRefused(
            RestoreWords.tr(
                "{name} cannot be restored: its key file {header} is damaged, and without it the journal in it "
                "cannot be opened. Nothing was restored."
            ).format(name=path.name, header=HEADER_NAME)
        ) from None
    if header.state != "encrypted":
        raise BackupRefused(
            RestoreWords.tr(
                "{name} cannot be restored: it was made while its journal was being decrypted. Nothing was restored."
            ).format(name=path.name)
        )
    try:
        return derive_keys(unlock(path, header, passphrase, recovery))
    except PassphraseNeeded:
        raise PassphraseNeeded(
            RestoreWords.tr(
                "{name} is a backup of an encrypted journal: its passphrase is needed to restore it. Nothing was restored."
            ).format(name=path.name)
        ) from None
    except WrongPassphrase:
        wrong = (
            RestoreWords.tr(
                "That recovery code does not open the backup {name}. Nothing was restored; try again."
            )
            if recovery
            else RestoreWords.tr(
                "That passphrase does not open the backup {name}. Nothing was restored; try again."
            )
        )
        raise WrongPassphrase(wrong.format(name=path.name)) from None


def _extract_and_swap(path: Path, target: Path, info: BackupInfo, keys: JournalKeys | None) -> RestoreResult:
    staging, staging_lock = make_staging(target)
    if keys is not None:  # every connection to the staging copy, and the open that checks it, uses them
        unlocked.remember(staging, keys)
    try:
        with _archive(path, path.name) as archive:
            for name, expected in info.files.items():
                _extract(archive, name, staging / name, expected["sha256"])
        _check_contents(path, staging, info, keys)
        _fsync_folders(staging)
        aside = move_into_place(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # gone already once it was moved into place
        raise
    finally:
        unlocked.forget(staging)
        release(staging_lock)
    return RestoreResult(target, aside, info.photos)


def _check_contents(path: Path, staging: Path, info: BackupInfo, keys: JournalKeys | None = None) -> None:
    """What the backup would bring in (backup_checks.py); refused with the first reason found."""

    def refuse(reason: str) -> BackupRefused:
        return BackupRefused(
            RestoreWords.tr("{name} cannot be restored: {reason}. Nothing was restored.").format(
                name=path.name, reason=reason
            )
        )

    for name in sorted(info.files):
        if name not in (DB_NAME, HEADER_NAME):
            problem = (
                photo_problem(staging / name, name)
                if keys is None
                else _sealed_photo_problem(staging / name, name, keys)
            )
            if problem:
                raise refuse(problem)
    expected = backup_checks.fresh_schema()
    try:
        with read_only(staging / DB_NAME) as conn:
            found = schema_of(conn)
            problem = backup_checks.unknown_objects(found, expected)  # before any of it can run
            current = problem is None and backup_checks.schema_difference(found, expected) is None
            if current:  # this version's schema: its rows are checked before it is opened for writing
                problem = backup_checks.content_problem(conn)
    except sqlite3.DatabaseError as exc:
        raise refuse(RestoreWords.tr("its database cannot be read ({reason})").format(reason=exc)) from None
    if problem:
        raise refuse(problem)
    try:
        # Checks the database and brings an older schema up to date; its rows are checked below,
        # on a connection of their own (a journal that skips bad rows hides them from its own).
        # A backup of a journal encrypted before keyed file names is renamed here, in the staging
        # folder (convert.open_keys): the journal moved into place has keyed names only.
        Journal.open(staging, skip_bad_rows=True).close()
    except JournalDamaged:
        raise refuse(
            backup_checks.schema_difference(found, expected) or RestoreWords.tr("its database is damaged")
        ) from None
    if not current:  # an older schema, now brought up to date: compared and checked again
        with read_only(staging / DB_NAME) as conn:
            problem = backup_checks.schema_difference(
                schema_of(conn), expected
            ) or backup_checks.content_problem(conn)
    if problem:
        raise refuse(problem)


def _sealed_photo_problem(path: Path, name: str, keys: JournalKeys) -> str | None:
    """A photo of an encrypted journal's backup: sealed by that journal's key for this very name
    (a changed bit, a photo moved to another name or a plain file is refused), and once decrypted
    in memory the picture its name says, passing the plain photo's checks. Its name is the keyed
    hash of the picture's SHA-256 (journal.core.photos.names), or, in a backup made before keyed
    names, the SHA-256 itself (the restored journal's open renames those: convert.open_keys)."""
    data = path.read_bytes()
    if not is_sealed(data[:8]):
        return RestoreWords.tr("{name} is not sealed, and an encrypted journal's photos always are").format(
            name=name
        )
    stem = PurePosixPath(name).stem
    try:
        plain = unseal(keys.photos, data, name, KEYED_CONTEXT)
        named = keyed_name(keys.names, hashlib.sha256(plain).hexdigest())
    except JournalError:
        try:
            plain = unseal(keys.photos, data, name)
            named = hashlib.sha256(plain).hexdigest()
        except JournalError:
            return RestoreWords.tr("{name} was changed or damaged since the backup was made").format(
                name=name
            )
    if named != stem:
        return RestoreWords.tr("{name} does not hold the picture its name says").format(name=name)
    return photo_problem(path, name, plain)


def _fsync_folders(staging: Path) -> None:
    """Every extracted file was fsynced as it was written, and SQLite syncs the database
    itself; the folders' entries must be on disk too before the move makes them the journal."""
    for folder, _dirs, _files in os.walk(staging):
        fsync_dir(Path(folder))


def _extract(archive: zipfile.ZipFile, name: str, destination: Path, sha256: str) -> None:
    ensure_private_dir(destination.parent, "folder")
    digest = hashlib.sha256()
    fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with archive.open(name) as member, open(fd, "wb") as out:
        for block in iter(lambda: member.read(_CHUNK), b""):
            digest.update(block)
            out.write(block)
        out.flush()
        os.fsync(out.fileno())
    if digest.hexdigest() != sha256:  # the zip changed since it was checked
        raise BackupRefused(
            RestoreWords.tr("The backup file changed while it was being restored. Nothing was restored.")
        )
