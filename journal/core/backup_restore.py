"""`restore`: a backup zip back into a journal folder, checked whole before anything is written.

Order of work, so that a refusal or an interruption never leaves half a journal:
1. read the zip without extracting: refuse member names that are absolute or climb out
   (zip slip), a zip without our manifest, a format version from a newer app, members the
   manifest does not list, and any member whose SHA-256 differs from the manifest;
2. refuse a target that holds a journal unless `replace` is given;
3. extract into a temporary folder beside the target (re-hashing while writing), open the
   extracted journal (integrity check, migrations), then rename the old folder aside
   (`<dir>.before-restore-<time>`) and the new one into place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from journal.core.backup import FORMAT, MANIFEST, VERSION
from journal.core.durable import fsync_dir
from journal.core.errors import JournalError
from journal.core.journal import DB_NAME, Journal
from journal.core.lock import LOCK_NAME, JournalLock
from journal.core.paths import ensure_private_dir
from journal.core.store import Store

_MEMBER = re.compile(rf"{re.escape(DB_NAME)}|photos/([0-9a-f]{{2}})/([0-9a-f]{{64}})\.(jpg|png)")
_CHUNK = 1 << 20
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


@dataclasses.dataclass(frozen=True)
class RestoreResult:
    folder: Path
    kept_aside: Path | None
    photos: int


def inspect_backup(path: Path) -> BackupInfo:
    """Check a backup completely (names, manifest, every hash) without writing anything."""
    path = Path(path)
    refuse = f"{path.name} is not a Skin Journal backup"
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        reason = "not a zip file" if isinstance(exc, zipfile.BadZipFile) else (exc.strerror or str(exc))
        raise BackupRefused(f"{refuse} ({reason}). Nothing was restored.") from None
    with archive:
        infos = archive.infolist()
        unsafe = [i.filename for i in infos if _unsafe(i)]
        if unsafe:
            raise BackupRefused(
                f"{path.name} has entries that point outside the journal folder or are not plain files "
                f"({', '.join(unsafe[:5])}). Nothing was restored.")
        names = [i.filename for i in infos]
        if MANIFEST not in names:
            raise BackupRefused(f"{refuse} (it has no {MANIFEST}). Nothing was restored.")
        manifest = _manifest(archive, refuse)
        files: dict[str, dict[str, Any]] = manifest["files"]
        _check_members(names, files, refuse)
        for name, expected in files.items():
            digest, size = _hash_member(archive, name, int(expected.get("size", 0)))
            if digest != expected.get("sha256") or size != expected.get("size"):
                raise BackupRefused(
                    f"{path.name} is damaged: {name} does not match the hash recorded when the backup was "
                    "made. Nothing was restored.")
    return BackupInfo(
        created=str(manifest.get("created", "")), app_version=str(manifest.get("app_version", "")),
        photos=len(files) - 1, size=sum(int(f["size"]) for f in files.values()), files=files)


def _unsafe(info: zipfile.ZipInfo) -> bool:
    name = info.filename
    parts = PurePosixPath(name).parts
    mode = info.external_attr >> 16
    return (name.startswith(("/", "\\")) or "\\" in name or ":" in name or ".." in parts
            or stat.S_ISLNK(mode) or info.is_dir())


def _manifest(archive: zipfile.ZipFile, refuse: str) -> dict[str, Any]:
    try:
        manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
    except (ValueError, UnicodeDecodeError, zipfile.BadZipFile):
        raise BackupRefused(f"{refuse} (its {MANIFEST} cannot be read). Nothing was restored.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupRefused(f"{refuse} (its {MANIFEST} is not ours). Nothing was restored.")
    version = manifest.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise BackupRefused(
            f"This backup was made by a newer Skin Journal (format {version}); install the newer version "
            "to restore it. Nothing was restored.")
    if not isinstance(manifest.get("files"), dict) or DB_NAME not in manifest["files"]:
        raise BackupRefused(f"{refuse} (it holds no journal database). Nothing was restored.")
    return manifest


def _check_members(names: list[str], files: dict[str, dict[str, Any]], refuse: str) -> None:
    if len(set(names)) != len(names):
        raise BackupRefused(f"{refuse} (it holds the same name twice). Nothing was restored.")
    for name, entry in files.items():
        match = _MEMBER.fullmatch(name)
        if not isinstance(entry, dict) or match is None or (
                match.group(2) and (match.group(2) != entry.get("sha256") or match.group(1) != match.group(2)[:2])):
            raise BackupRefused(f"{refuse} (unexpected entry {name!r}). Nothing was restored.")
    extra = sorted(set(names) - set(files) - {MANIFEST})
    absent = sorted(set(files) - set(names))
    if extra or absent:
        raise BackupRefused(
            f"{refuse} (its manifest does not match its contents: {', '.join((extra + absent)[:5])}). "
            "Nothing was restored.")


def _hash_member(archive: zipfile.ZipFile, name: str, limit: int) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    try:
        with archive.open(name) as member:
            for block in iter(lambda: member.read(_CHUNK), b""):
                digest.update(block)
                size += len(block)
                if size > limit:  # inflates past what the manifest says: stop reading
                    return "", -1
    except (zipfile.BadZipFile, OSError, EOFError):  # a CRC error or a truncated member
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
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return not Store(conn).is_empty()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return True  # unreadable: let the person decide with --replace


def restore_backup(path: Path, target: Path, replace: bool = False) -> RestoreResult:
    path, target = Path(path), Path(target).absolute()
    info = inspect_backup(path)
    if target.exists() and not target.is_dir():
        raise BackupRefused(f"{target} is a file, not a journal folder. Nothing was restored.")
    if holds_journal_data(target) and not replace:
        raise BackupRefused(
            f"{target} already holds a journal. Nothing was restored. To replace it, restore with --replace: "
            f"the current journal is then kept aside as {target.name}.before-restore-<date>.")
    ensure_private_dir(target.parent, "folder")
    free = shutil.disk_usage(target.parent).free
    if free < info.size + 16 * 2**20:
        raise BackupRefused(
            f"Not enough free space beside {target} ({free // 2**20} MB free, the journal needs "
            f"{info.size // 2**20 + 16} MB). Nothing was restored.")
    lock = JournalLock(target) if (target / LOCK_NAME).exists() else None
    if lock is not None:
        lock.acquire()  # refuses while a window has this journal open
    try:
        return _extract_and_swap(path, target, info)
    finally:
        if lock is not None:
            lock.release()


def _extract_and_swap(path: Path, target: Path, info: BackupInfo) -> RestoreResult:
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.restoring-"))
    try:
        staging.chmod(0o700)
        with zipfile.ZipFile(path) as archive:
            for name, expected in info.files.items():
                _extract(archive, name, staging / name, expected["sha256"])
        Journal.open(staging).close()  # checks the database and brings its schema up to date
        fsync_dir(staging)
        aside = None
        if target.exists():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            aside = target.with_name(f"{target.name}.before-restore-{stamp}")
            os.rename(target, aside)
        try:
            os.rename(staging, target)
        except OSError:
            if aside is not None:
                os.rename(aside, target)
            raise
        fsync_dir(target.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return RestoreResult(target, aside, info.photos)


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
        raise BackupRefused(f"{_archive_name(archive)} changed while it was being restored. Nothing was restored.")


def _archive_name(archive: zipfile.ZipFile) -> str:
    return Path(str(archive.filename)).name
