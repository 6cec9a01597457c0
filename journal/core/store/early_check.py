"""SQLite's quick check of a journal's database, started before it is opened.

Opening a journal runs `PRAGMA quick_check` before anything else reads it (journal.py's
`_inspect`): about 15 ms on a ten-year journal, 55 ms on one of 50,000 photos. SQLite runs it
in C without holding Python's GIL, so the window starts it in a thread of its own as soon as it
holds the folder's lock, and loads its own code meanwhile on the other core; `Journal.open`
then takes the answer instead of checking again.

Only a plain journal with no write-ahead log beside it is checked early, through SQLite's
`immutable` mode as `_probe` reads it (no -wal or -shm made, no lock taken): an encrypted one
needs its keys first, and a WAL may belong to another database until `Journal.open` has
compared them. Whatever the early check cannot do, `Journal.open` does itself, as before.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from journal.core.store.checks import quick_check
from journal.core.store.connection import connect, has_connection


class EarlyCheck:
    """The quick check of a plain journal's database, running in a thread from construction
    (`journal.check_early(folder)` starts one where it may)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._read = _version(db_path)  # the file as the check reads it
        self._found: list[str] | None = None
        self._thread = threading.Thread(target=self._run, name="journal-quick-check", daemon=True)
        self._thread.start()

    @classmethod
    def start(cls, db_path: Path) -> EarlyCheck | None:
        """The check under way, or None where only `Journal.open` may look (see above); the
        caller has made sure the journal is not encrypted."""
        if not db_path.is_file() or Path(f"{db_path}-wal").exists() or has_connection(db_path):
            return None
        return cls(db_path)

    def _run(self) -> None:
        try:
            conn = connect(self.db_path, readonly=True, immutable=True)
        except sqlite3.Error:
            return  # `Journal.open` opens it itself and says why it cannot
        try:
            self._found = quick_check(conn)
        except sqlite3.Error:
            pass  # the same: checked again, and refused in words, by `Journal.open`
        finally:
            conn.close()

    def found(self) -> list[str] | None:
        """What the check found (["ok"] for a sound file), once it has finished; None when it
        could not run, or the file changed since it started (then `Journal.open` checks)."""
        self._thread.join()
        if Path(f"{self.db_path}-wal").exists() or _version(self.db_path) != self._read:
            return None  # written meanwhile by another program: the check read an older file
        return self._found


def _version(db_path: Path) -> tuple[int, int, int] | None:
    """What tells one state of the file from the next: its size, modification time and inode."""
    try:
        stat = db_path.stat()
    except OSError:
        return None
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)
