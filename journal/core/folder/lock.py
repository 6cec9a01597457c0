"""One window per journal: an exclusive lock on a small file in the journal folder.

Two windows writing the same journal could each undo what the other saved, so the second
one is refused before it opens the database. The lock is an operating-system lock
(`flock` on POSIX, `msvcrt.locking` on Windows): it is released when the process ends,
even after a crash, so a stale lock file never keeps anyone out.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from journal.core.backup.move import finish_interrupted_restore
from journal.core.errors import JournalLocked
from journal.core.folder.paths import ensure_private_dir
from journal.core.language import Words


class FolderLockWords(Words):
    "The refusal of a journal open in another window."


LOCK_NAME = "journal.lock"
# Marked here; shown with FolderLockWords.tr(LOCKED_MESSAGE).
LOCKED_MESSAGE = FolderLockWords.mark("This journal is open in another Skin Journal window.")


class JournalLock:
    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> JournalLock:
        """Take the lock or raise JournalLocked; creates the (private) folder if needed."""
        if self._fd is not None:
            return self
        finish_interrupted_restore(self.path.parent)  # before the folder is made: it may be mid-move
        ensure_private_dir(self.path.parent)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise JournalLocked(f"{FolderLockWords.tr(LOCKED_MESSAGE)} ({self.path.parent})") from None
        # The process id is only a hint for a person looking at the folder.
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> JournalLock:
        return self.acquire()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
