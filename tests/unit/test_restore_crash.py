"""A restore killed at any step leaves the old journal or the new one, whole, never none.

A child process restores a backup over a journal and kills itself (SIGKILL) just before
its Nth file-system step (each mkdir, fsync, link, rename, unlink or rmdir), for N = 1, 2,
... until a restore runs to its end. After every kill the next command on the journal
finishes or undoes the move, and the journal is wholly the old one or wholly the new one:
the same entries, the same photo files. No staging folder or move record is left behind.
The product code has no test switch: the child wraps the `os` functions themselves."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from data_support import table_rows
from journal_helpers import folder_state, run_cli

from journal.core.backup.create import create_backup
from journal.core.domain.model import Entry, Site
from journal.core.folder.lock import JournalLock
from journal.core.journal import Journal

# The child: counts the file-system steps of a restore and dies before step N. The schema of a
# fresh journal, which the checks compare with, is made before counting starts: its temporary
# folder is not part of the move.
CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from journal.core.backup import checks as backup_checks
    from journal.core.backup.restore import restore_backup

    backup, target, kill_at = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    backup_checks.fresh_schema()
    steps = 0

    def counted(name):
        real = getattr(os, name)
        def step(*args, **kwargs):
            global steps
            steps += 1
            if steps == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)
        return step

    for name in ("mkdir", "fsync", "link", "rename", "replace", "unlink", "rmdir"):
        setattr(os, name, counted(name))
    restore_backup(backup, target, replace=True)
    print("DONE", steps, flush=True)
""")


def _journal_with(folder: Path, samples: Path, site: str, photos: list[str], notes: list[str]) -> None:
    with Journal.open(folder) as journal:
        place = journal.store.add_site(Site.new(name=site, kind="deposit", region="hand"))
        for number, note in enumerate(notes, start=1):
            journal.add_entry(
                Entry.new(site_id=place.id, date=f"2026-03-{number:02d}", size_mm="2.5", note=note),
                [samples / "photos" / name for name in photos[number - 1 : number]],
            )


def _state(folder: Path) -> tuple[object, dict[str, str]]:
    """Rows and photo files of a journal (opened by a command first, so nothing is finished here)."""
    with Journal.open(folder) as journal:
        rows = table_rows(journal)
    photos = {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (folder / "photos").rglob("*")
        if p.is_file()
    }
    return rows, photos


@pytest.fixture
def old_and_new(tmp_path, samples):
    old = tmp_path / "old-template"
    _journal_with(old, samples, "Old hand", ["elbow_no_exif.png"], ["old one"])
    source = tmp_path / "source"
    _journal_with(
        source,
        samples,
        "New knuckle",
        ["forearm_2026-03-01.jpg", "Kopfhaut hinten ä ö 日本.jpg"],
        ["new one", "new two"],
    )
    backup = create_backup(source, tmp_path / "new.zip").path
    expected_new = tmp_path / "expected-new"
    shutil.copytree(source, expected_new)
    return old, backup, _state(old), _state(expected_new)


def _leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if ".restoring-" in p.name or ".restore-move" in p.name)


@pytest.mark.slow
def test_a_restore_killed_at_every_step_leaves_the_old_or_the_new_journal(old_and_new, tmp_path):
    old_template, backup, old_state, new_state = old_and_new
    seen = {"old": 0, "new": 0}
    kill_at = 0
    while True:
        kill_at += 1
        parent = tmp_path / f"round-{kill_at}"
        target = parent / "journal"
        parent.mkdir()
        shutil.copytree(old_template, target)
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(backup), str(target), str(kill_at)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if child.returncode == 0:
            assert child.stdout.startswith("DONE"), child.stdout
            break
        assert child.returncode == -signal.SIGKILL, child.stderr
        # The next command: any open of the journal finishes or undoes the interrupted move.
        listed = run_cli(target, "entries", "--json")
        assert listed.returncode == 0, (kill_at, listed.stderr)
        state = _state(target)
        assert state in (old_state, new_state), (
            f"killed before step {kill_at}: neither the old nor the new journal"
        )
        which = "old" if state == old_state else "new"
        seen[which] += 1
        assert {e["note"] for e in json.loads(listed.stdout)} == (
            {"old one"} if which == "old" else {"new one", "new two"}
        )
        assert _leftovers(parent) == [], f"killed before step {kill_at}"
        asides = [p for p in parent.iterdir() if ".before-restore-" in p.name]
        if which == "new":  # the old journal is kept aside, whole
            assert len(asides) == 1 and _state(asides[0]) == old_state
        else:
            assert asides == []
        shutil.rmtree(parent)
    # The kills reached both sides of the move: before it (old) and after its first rename (new).
    assert seen["old"] >= 3 and seen["new"] >= 2, seen
    assert _state(target) == new_state


def test_a_move_interrupted_between_the_renames_is_finished_by_the_window_lock(old_and_new, tmp_path):
    """The window takes its lock before it opens the journal; taking it finishes the move
    first, so the lock file never makes an empty folder where the journal belongs."""
    old_template, backup, old_state, new_state = old_and_new
    target = tmp_path / "j" / "journal"
    target.parent.mkdir()
    shutil.copytree(old_template, target)
    # Kill just before the second rename (the one that puts the new journal in place).
    renames = _count_steps(backup, tmp_path, "rename")
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD.replace(
                '("mkdir", "fsync", "link", "rename", "replace", "unlink", "rmdir")', '("rename",)'
            ),
            str(backup),
            str(target),
            str(renames),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert not target.exists()  # between the two renames: no journal folder at all
    with JournalLock(target):
        pass
    assert _state(target) == new_state


def _count_steps(backup: Path, tmp_path: Path, kind: str) -> int:
    scratch = tmp_path / "count"
    scratch.mkdir()
    (scratch / "journal").mkdir()
    Journal.open(scratch / "journal").close()
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD.replace(
                '("mkdir", "fsync", "link", "rename", "replace", "unlink", "rmdir")', f'("{kind}",)'
            ),
            str(backup),
            str(scratch / "journal"),
            "0",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    return int(child.stdout.split()[1])


def test_a_staging_folder_of_a_live_restore_is_left_alone_and_a_dead_one_is_removed(tmp_path):
    from journal.core.backup.move import finish_interrupted_restore, make_staging, release

    target = tmp_path / "journal"
    Journal.open(target).close()
    live, fd = make_staging(target)
    dead = tmp_path / ".journal.restoring-abcd1234"
    dead.mkdir()
    (dead / "journal.sqlite3").write_bytes(b"half")
    finish_interrupted_restore(target)
    assert live.exists() and not dead.exists()
    release(fd)
    finish_interrupted_restore(target)
    assert not live.exists()
    assert os.listdir(tmp_path) == ["journal"]


def _half_moved(old_and_new, tmp_path) -> tuple[Path, Path, Path]:
    """The folders as a restore leaves them killed between its two renames: the old journal
    aside, the new one still in its staging folder, the record of the move beside them."""
    old_template, backup, _old, _new = old_and_new
    parent = tmp_path / "half"
    parent.mkdir()
    target, aside, staging = (
        parent / "journal",
        parent / "journal.before-restore-20260501-101500",
        parent / ".journal.restoring-abcd1234",
    )
    shutil.copytree(old_template, aside)
    from journal.core.backup.restore import restore_backup

    restore_backup(backup, staging)  # a complete new journal where the staging folder would be
    (parent / ".journal.restore-move").write_text(json.dumps({"staging": staging.name, "aside": aside.name}))
    return target, aside, staging


def test_a_folder_made_where_the_journal_was_holding_only_a_lock_file_gives_way(old_and_new, tmp_path):
    """An older Skin Journal's window could take its lock (making the folder) before the move is finished."""
    _old_template, _backup, old_state, new_state = old_and_new
    target, aside, _staging = _half_moved(old_and_new, tmp_path)
    target.mkdir()
    (target / "journal.lock").write_text("123\n")
    assert run_cli(target, "entries").returncode == 0
    assert _state(target) == new_state and _state(aside) == old_state
    assert _leftovers(target.parent) == []


def test_a_folder_made_where_the_journal_was_holding_data_is_not_touched(old_and_new, tmp_path):
    target, aside, staging = _half_moved(old_and_new, tmp_path)
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    before = {p.name: folder_state(p) for p in target.parent.iterdir() if p.is_dir()}
    result = run_cli(target, "entries")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"The restored journal is in {staging}" in result.stderr
    assert {p.name: folder_state(p) for p in target.parent.iterdir() if p.is_dir()} == before


def test_an_unreadable_move_record_is_dropped_and_nothing_moves(old_and_new, tmp_path):
    """The record is written whole and durable before the first rename; one that cannot be
    read was cut short before anything moved."""
    old_template, _backup, old_state, _new = old_and_new
    target = tmp_path / "journal"
    shutil.copytree(old_template, target)
    (tmp_path / ".journal.restore-move").write_text('{"staging": ".journal.rest')
    assert run_cli(target, "entries").returncode == 0
    assert _state(target) == old_state and _leftovers(tmp_path) == []


def test_a_move_under_way_in_another_process_is_not_touched(old_and_new, tmp_path, monkeypatch):
    import fcntl

    from journal.core.backup import move as restore_move
    from journal.core.errors import JournalLocked

    target, aside, staging = _half_moved(old_and_new, tmp_path)
    record = target.parent / ".journal.restore-move"
    fd = os.open(record, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # what the restoring process holds while it moves
        monkeypatch.setattr(restore_move, "_LIVE_MOVE_WAIT_S", 0.0)  # it waits, bounded, then says so
        with pytest.raises(JournalLocked, match="under way"):
            restore_move.finish_interrupted_restore(target)
        assert staging.exists() and aside.exists() and not target.exists()
    finally:
        os.close(fd)
    restore_move.finish_interrupted_restore(target)
    assert target.exists() and not staging.exists() and not record.exists()
