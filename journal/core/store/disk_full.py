"""A full disk, told apart from a damaged journal.

On a full disk SQLite fails in two ways. A write that finds no room is SQLITE_FULL. But a
journal in WAL mode also needs its shared-memory index (`journal.sqlite3-shm`, 32 KB), which
the first connection creates: with no room for it even a read fails, with a plain "disk I/O
error" (SQLITE_IOERR_SHMSIZE) that reads as if the journal were damaged. So:

- `needs_private_index` says when to open in EXCLUSIVE locking mode, where SQLite keeps the
  index in the process's memory and never creates the -shm file (https://www.sqlite.org/wal.html,
  section 8 "Use of WAL Without Shared-Memory"): reads work on a full disk, and a write fails
  with SQLITE_FULL, rolled back, instead.
- `is_disk_full` recognises either failure (and an OSError ENOSPC/EDQUOT from a file write) when
  the disk has no room, and `DiskFull` says so in words: nothing was saved, the journal is as it was.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from journal.core.errors import DiskFull
from journal.core.language import Words


class DiskFullWords(Words):
    """The sentence for a disk with no room left."""


# SQLite's primary result codes: SQLITE_IOERR, SQLITE_FULL (https://www.sqlite.org/rescode.html).
_SQLITE_IOERR, _SQLITE_FULL = 10, 13
# Below this much free space the -shm index (32 KB) and a few WAL pages may not fit.
LOW_SPACE_BYTES = 1024 * 1024
_NO_SPACE_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def free_bytes(folder: Path) -> int | None:
    """Free space on the file system holding `folder` (or its nearest existing parent)."""
    current = Path(folder)
    while not current.exists() and current != current.parent:
        current = current.parent
    try:
        return shutil.disk_usage(current).free
    except OSError:
        return None


def needs_private_index(db_path: Path) -> bool:
    """True when the journal must be opened without a -shm file: it has none yet (so the
    connection would create one) and the disk has too little room for it."""
    shm = db_path.with_name(db_path.name + "-shm")
    if shm.exists():
        return False  # another connection made it; sharing it keeps the window and the CLI apart
    free = free_bytes(db_path.parent)
    return free is not None and free < LOW_SPACE_BYTES


def is_disk_full(exc: BaseException, folder: Path | None = None) -> bool:
    """True for a write refused for want of room. An I/O error counts only when the disk of
    `folder` is indeed (nearly) full, so without a folder only SQLITE_FULL and ENOSPC do."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code == _SQLITE_FULL:
            return True
        if code != _SQLITE_IOERR:
            return False
    elif isinstance(exc, OSError):
        if exc.errno in _NO_SPACE_ERRNOS:
            return True
    else:
        return False
    free = None if folder is None else free_bytes(folder)
    return free is not None and free < LOW_SPACE_BYTES


def message(folder: Path) -> str:
    return DiskFullWords.tr(
        "The disk is full (no space left where {folder} is), so nothing was saved and the "
        "journal is as it was. Free some space on that disk and try again."
    ).format(folder=folder)


@contextlib.contextmanager
def refuse_when_full(folder: Path) -> Iterator[None]:
    """Turn a write that found the disk full into DiskFull (the transaction has rolled back)."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        if is_disk_full(exc, folder):
            raise DiskFull(message(folder)) from exc
        raise
