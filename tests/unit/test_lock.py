"""One process per journal: the second is refused and the journal is left as it was."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from journal.core.errors import JournalLocked
from journal.core.folder.lock import LOCKED_MESSAGE, JournalLock


def test_second_lock_on_the_same_folder_is_refused(tmp_path) -> None:
    with JournalLock(tmp_path / "j") as first:
        assert first.held
        with pytest.raises(JournalLocked, match=LOCKED_MESSAGE):
            JournalLock(tmp_path / "j").acquire()
    # Released: the next window may open it.
    with JournalLock(tmp_path / "j") as again:
        assert again.held


def test_lock_held_by_another_process_is_seen_and_freed_when_it_ends(tmp_path) -> None:
    folder = tmp_path / "j"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys
            from journal.core.folder.lock import JournalLock
            JournalLock({str(folder)!r}).acquire()
            print("locked", flush=True)
            sys.stdin.read()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(JournalLocked):
            JournalLock(folder).acquire()
    finally:
        holder.kill()  # even a killed process frees its lock
        holder.wait()
    with JournalLock(folder) as lock:
        assert lock.held


def test_lock_creates_a_private_folder(tmp_path) -> None:
    with JournalLock(tmp_path / "new") as lock:
        assert lock.path.exists()
        assert (tmp_path / "new").stat().st_mode & 0o077 == 0
