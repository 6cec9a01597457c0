"""What an interrupted command leaves in a journal folder, cleaned when the journal is next opened.

- `.backup-*` folders: `create_backup` builds the zip in one beside its output (the journal
  folder or its `backups/` for the scheduled backups); each holds a full copy of the database.
- `.tmp-*` files in `photos/` and `thumbs/`: a photo or thumbnail being written (durable.write_atomic).

Only what is old enough that no running save can still own it is removed: a photo is written in
well under a minute; a backup writes into its folder continuously, so one whose newest file has not
changed for ten minutes was interrupted. Nothing here is the database or its -wal/-shm.
"""

from __future__ import annotations

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
    for area in (folder / "photos", folder / "thumbs"):
        for bucket in _children(area, ""):
            for temp in _children(bucket, PHOTO_TEMP_PREFIX):
                try:
                    if temp.is_file() and now - temp.stat().st_mtime > PHOTO_TEMP_AGE_S:
                        temp.unlink()
                        removed.append(temp)
                except OSError:
                    continue
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
