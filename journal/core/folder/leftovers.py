"""What an interrupted command leaves in a journal folder, cleaned when the journal is next opened.

- `.backup-*` folders: `create_backup` builds the zip in one beside its output (the journal
  folder or its `backups/` for the scheduled backups); each holds a full copy of the database.
- `.tmp-*` files in `photos/` and `thumbs/`: a photo or thumbnail being written (durable.write_atomic).
- `.tmp-*.key` files in the journal folder: an encrypted journal's key header being written
  (encrypt, a new passphrase: durable.write_atomic); the header itself is only ever renamed whole.
- `.tmp-*` files in `backups/`: a backup being sealed or unsealed by encrypt or decrypt
  (crypt/convert.py); the conversion, finished by the next open, writes it again from the start.

Only what is old enough that no running save can still own it is removed: a photo is written in
well under a minute; a backup writes into its folder continuously, so one whose newest file has not
changed for ten minutes was interrupted. Nothing here is the database or its -wal/-shm.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path

BACKUP_TEMP_PREFIX = ".backup-"
PHOTO_TEMP_PREFIX = ".tmp-"
PHOTO_TEMP_AGE_S = 60
BACKUP_TEMP_AGE_S = 600


def clean_leftovers(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the stale temporaries of interrupted commands; return what was removed. A folder
    that cannot be changed (read-only) is left as it is: cleaning is never worth a refusal."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    for parent in (folder, folder / "backups"):
        for temp in _children(parent, BACKUP_TEMP_PREFIX):
            if temp.is_dir() and not temp.is_symlink() and now - _newest_mtime(temp) > BACKUP_TEMP_AGE_S:
                shutil.rmtree(temp, ignore_errors=True)
                removed.append(temp)
    for temp in _children(folder, PHOTO_TEMP_PREFIX):
        if temp.name.endswith(".key"):
            removed += _remove_if_stale(temp, now, PHOTO_TEMP_AGE_S)
    for temp in _children(folder / "backups", PHOTO_TEMP_PREFIX):
        removed += _remove_if_stale(temp, now, BACKUP_TEMP_AGE_S)
    for area in (folder / "photos", folder / "thumbs"):
        removed += _sweep_area(area, now)
    return removed


def _remove_if_stale(temp: Path, now: float, age_s: float) -> list[Path]:
    """A plain file (never a link or a folder) untouched for `age_s`: removed."""
    try:
        if temp.is_symlink() or not temp.is_file() or now - temp.stat().st_mtime <= age_s:
            return []
        temp.unlink()
    except OSError:
        return []
    return [temp]


def _sweep_area(area: Path, now: float) -> list[Path]:
    """Remove stale `.tmp-*` files from the buckets of `photos/` or `thumbs/`.

    Listing every bucket (up to 256 per area) on every open would cost the window's start-up
    tens of milliseconds, so the area folder's own modification time marks the last sweep:
    only buckets changed since then (a file made or renamed in a bucket changes its time) are
    listed, and the mark moves on once nothing young enough to be a running save is left."""
    try:
        since = area.stat().st_mtime - PHOTO_TEMP_AGE_S
        buckets = [
            entry.path
            for entry in os.scandir(area)
            if entry.is_dir(follow_symlinks=False) and entry.stat().st_mtime >= since
        ]
    except OSError:
        return []
    removed: list[Path] = []
    young = False
    for bucket in buckets:
        for temp in _children(Path(bucket), PHOTO_TEMP_PREFIX):
            try:
                if not temp.is_file():
                    continue
                if now - temp.stat().st_mtime > PHOTO_TEMP_AGE_S:
                    temp.unlink()
                    removed.append(temp)
                else:
                    young = True  # perhaps a save in progress: look again next time
            except OSError:
                young = True
    if buckets and not young:
        with contextlib.suppress(OSError):
            os.utime(area)
    return removed


def _children(parent: Path, prefix: str) -> list[Path]:
    try:
        return [p for p in parent.iterdir() if p.name.startswith(prefix)]
    except OSError:  # missing, not a folder, or not readable
        return []


def _newest_mtime(folder: Path) -> float:
    newest = 0.0
    for path in (folder, *folder.rglob("*")):
        try:
            newest = max(newest, path.lstat().st_mtime)
        except OSError:
            continue
    return newest
