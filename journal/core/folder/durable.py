"""Writing files so that a crash leaves either the old state or the complete new file."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from journal.core.folder.paths import ensure_private_dir


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory for fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(target: Path, data: bytes, mode: int = 0o600) -> None:
    """Write to a temporary file beside the target, fsync it, rename it into place."""
    write_atomic_parts(target, (data,), mode)


def write_atomic_parts(target: Path, parts: Iterable[bytes], mode: int = 0o600) -> None:
    """`write_atomic` for a file given in pieces, written as they come: a long export is never
    held in memory as one more copy of itself."""
    ensure_private_dir(target.parent, "folder")
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            size = 0
            for part in parts:
                size += handle.write(part)
            handle.flush()
            os.fsync(handle.fileno())
            if os.fstat(handle.fileno()).st_size != size:  # a disk that took less than it was given
                raise OSError(errno.EIO, "the file was not written whole", str(tmp))
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
