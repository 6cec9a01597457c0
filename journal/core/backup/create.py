"""`backup`: the whole journal in one zip file, and the scheduled backups of the window.

The database is copied with SQLite's backup API from a connection of our own, so the copy
is consistent even while the window has the journal open and writing. The copy is checked
before anything is packed; then every photo file the copy refers to is added, each hashed
as it is read, and a manifest (format marker, version, SHA-256 and size of every member)
is written last. The zip is built under a temporary name and renamed into place, so an
interrupted backup never leaves a half-written file with the backup's name.
Restoring lives in backup_restore.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import sqlite3
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from journal import __version__
from journal.core.crypt.header import HEADER_NAME
from journal.core.errors import JournalError
from journal.core.folder.durable import fsync_dir
from journal.core.folder.paths import demo_journal_dir, ensure_private_dir
from journal.core.journal import DB_NAME, Journal, refuse_if_content
from journal.core.language import Words
from journal.core.photos.pipeline import PhotoFiles
from journal.core.store import Store
from journal.core.store.connection import database_copy, foreign_wal
from journal.core.store.migrate import schema_version
from journal.core.store.sentences import damaged, translate


class BackupCreateWords(Words):
    "Refusals of making a backup and of its schedule."


FORMAT = "skinjournal-backup"
VERSION = 1
MANIFEST = "manifest.json"
AUTO_PREFIX = "auto-"
LAST_AUTO_KEY = "backup.last_auto"
SCHEDULE_KEY = "backup.schedule"
DEFAULT_SCHEDULE = {"every_days": 7, "keep_last": 5}
_CHUNK = 1 << 20


@dataclasses.dataclass(frozen=True)
class BackupResult:
    path: Path
    photos: int
    size: int
    missing_photos: tuple[str, ...] = ()  # rows whose picture was missing or altered: not packed


def create_backup(folder: Path, out: Path) -> BackupResult:
    """Write a backup of the journal in `folder` to `out` (a .zip file)."""
    folder, out = Path(folder), Path(out)
    db_path = folder / DB_NAME
    if not db_path.is_file() or db_path.stat().st_size == 0:
        refuse_if_content(folder)  # photos or backups without their database: damage, not "no journal"
        raise JournalError(
            BackupCreateWords.tr("There is no journal in {folder} to back up.").format(folder=folder)
        )
    # The database is read only through SQLite (a read-only connection): a plain file handle,
    # once closed, would drop the SQLite locks of the window's connection in this process.
    # A file that is not SQLite fails in `_snapshot` with SQLite's own "not a database".
    if foreign_wal(db_path):
        raise damaged(
            folder,
            BackupCreateWords.tr(
                "the file {wal} beside it was written for another database; no backup was made"
            ).format(wal=f"{DB_NAME}-wal"),
        )
    ensure_private_dir(out.parent, "folder for backups")
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".backup-") as tmp:
        copy = Path(tmp) / DB_NAME
        photos, schema = _snapshot(db_path, copy)
        partial = Path(tmp) / "backup.zip"
        packed, missing = _pack(partial, copy, PhotoFiles(folder), photos, schema)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.chmod(partial, 0o600)
        os.replace(partial, out)
    fsync_dir(out.parent)
    return BackupResult(out, packed, out.stat().st_size, tuple(missing))


def _snapshot(db_path: Path, copy: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """Copy the database page by page, check the copy, and read what it refers to."""
    try:
        with database_copy(db_path, copy) as target:
            store = Store(target)
            problems = store.integrity_problems()
            if problems:
                raise damaged(
                    db_path.parent,
                    BackupCreateWords.tr("{problem}; no backup was made (keep your earlier backups)").format(
                        problem=problems[0]
                    ),
                )
            photos = sorted({(p.sha256, p.ext) for p in store.photos()})
            schema = schema_version(target)
    except sqlite3.Error as exc:
        raise translate(exc, db_path.parent) from None
    return photos, schema


def _pack(
    partial: Path, copy: Path, files: PhotoFiles, photos: list[tuple[str, str]], schema: list[str]
) -> tuple[int, list[str]]:
    members: dict[str, dict[str, Any]] = {}
    missing: list[str] = []
    with zipfile.ZipFile(partial, "w", allowZip64=True) as archive:
        members[DB_NAME] = _add_file(archive, copy, DB_NAME)
        for sha256, ext in photos:
            source = files.path(sha256, ext)
            name = source.relative_to(files.root).as_posix()
            try:
                data = source.read_bytes()
                # An encrypted journal's photo is packed sealed, as stored; checked in memory.
                plain = data if files.key is None else files.read_file(source)
            except FileNotFoundError:
                missing.append(name)
                continue
            except JournalError:
                missing.append(name)  # a sealed file changed on disk
                continue
            if hashlib.sha256(plain).hexdigest() != sha256:
                missing.append(name)  # altered on disk: packing it would spread the damage
                continue
            archive.writestr(_info(name, zipfile.ZIP_STORED), data)  # JPEG and PNG do not shrink
            # The manifest's hash is of the member as packed (sealed, in an encrypted journal's
            # backup): a restore checks the zip before it has any key; the plain picture's hash
            # is its name, checked once it is decrypted.
            members[name] = {
                "sha256": sha256 if plain is data else hashlib.sha256(data).hexdigest(),
                "size": len(data),
            }
        if (
            files.key is not None
        ):  # the key header: a backup of an encrypted journal opens with its passphrase
            members[HEADER_NAME] = _add_file(archive, files.root / HEADER_NAME, HEADER_NAME)
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "app_version": __version__,
            "created": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "schema": schema,
            "files": members,
            "missing_photos": missing,
        }
        archive.writestr(
            _info(MANIFEST, zipfile.ZIP_DEFLATED), json.dumps(manifest, indent=1, sort_keys=True)
        )
    return len(members) - 1 - (HEADER_NAME in members), missing


def _info(name: str, method: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=dt.datetime.now().timetuple()[:6])
    info.compress_type = method
    info.external_attr = 0o600 << 16
    return info


def _add_file(archive: zipfile.ZipFile, source: Path, name: str) -> dict[str, Any]:
    """Stream a (possibly large) file into the zip, hashing what is written."""
    digest, size = hashlib.sha256(), 0
    with (
        open(source, "rb") as handle,
        archive.open(_info(name, zipfile.ZIP_DEFLATED), "w", force_zip64=True) as member,
    ):
        for block in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(block)
            member.write(block)
            size += len(block)
    return {"sha256": digest.hexdigest(), "size": size}


# -- scheduled backups (the window calls auto_backup_if_due at start) ----------------------
def backup_schedule(store: Store) -> tuple[int, int]:
    """(every how many days, how many automatic backups to keep); 0 days means never."""
    value = store.setting(SCHEDULE_KEY, DEFAULT_SCHEDULE)
    try:
        return max(0, int(value.get("every_days", 7))), max(1, int(value.get("keep_last", 5)))
    except (AttributeError, TypeError, ValueError):
        # A damaged stored schedule must not stop the window from starting: use the defaults.
        return int(DEFAULT_SCHEDULE["every_days"]), int(DEFAULT_SCHEDULE["keep_last"])


def set_backup_schedule(store: Store, every_days: int, keep_last: int) -> None:
    if every_days < 0 or keep_last < 1:
        raise JournalError(
            BackupCreateWords.tr("Back up every 0 (never) or more days, and keep at least 1 backup.")
        )
    store.set_setting(SCHEDULE_KEY, {"every_days": every_days, "keep_last": keep_last})


def backup_due(store: Store, every_days: int, now: dt.datetime | None = None) -> bool:
    if every_days <= 0:
        return False
    last = store.setting(LAST_AUTO_KEY)
    if not last:
        return True
    now = now or dt.datetime.now()
    return now - dt.datetime.fromisoformat(last) >= dt.timedelta(days=every_days)


def auto_backup_wanted(journal: Journal) -> bool:
    """No automatic backup of an empty journal (nothing to lose, and a first run should not
    start by copying nothing) nor of the demo journal (made-up data, made again on request)."""
    if journal.store.is_empty():
        return False
    try:
        return Path(journal.folder).resolve() != demo_journal_dir().resolve()
    except OSError:  # a folder that cannot be resolved is not the demo's
        return True


def auto_backup_if_due(
    journal: Journal, every_days: int, keep_last: int, now: dt.datetime | None = None
) -> Path | None:
    """Back up into `<journal>/backups/auto-<time>.zip` when the last one is `every_days` old;
    keep the newest `keep_last` of them. Returns the new file, or None when none was due (or
    the journal is empty or the demo)."""
    now = now or dt.datetime.now()
    if not backup_due(journal.store, every_days, now) or not auto_backup_wanted(journal):
        return None
    out = journal.backups_dir / f"{AUTO_PREFIX}{now:%Y%m%d-%H%M%S}.zip"
    create_backup(journal.folder, out)
    journal.store.set_setting(LAST_AUTO_KEY, now.isoformat(timespec="seconds"))
    prune_auto_backups(journal.backups_dir, keep_last)
    return out


def prune_auto_backups(folder: Path, keep_last: int) -> list[Path]:
    """Delete the oldest automatic backups beyond `keep_last` (names sort by time)."""
    autos = sorted(folder.glob(f"{AUTO_PREFIX}*.zip"))
    doomed = autos[:-keep_last] if keep_last > 0 else autos
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed
