"""Moving a restored journal into place so that a crash at any moment leaves a whole journal.

A restore builds the new journal complete in a staging folder beside the target
(`.<name>.restoring-XXXXXXXX`). Swapping it in takes two renames (the old folder aside, the
new one into place); a kill between them used to leave no journal at all, which the next
command then took for a new, empty one. So before the first rename a small record of the
move is written durably beside the target (`.<name>.restore-move`): from then on the move
is decided, and whichever process opens the journal next (`Journal.open` and
`JournalLock.acquire` call `finish_interrupted_restore` first) completes it from the step it
had reached, or puts the old journal back when the new one is gone.

The restore holds an operating-system lock on that record while it moves, so a live move
is never taken for an interrupted one (the lock dies with its process). Staging folders are
locked the same way while they are being filled; one whose restore died is deleted.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from journal.core.errors import JournalError, JournalLocked
from journal.core.folder.durable import fsync_dir
from journal.core.language import Words


class RestoreMoveWords(Words):
    "A restore under way or interrupted."


RESTORING = ".restoring-"
MOVE_SUFFIX = ".restore-move"
# JournalLock's file (journal/core/folder/lock.py, which imports this module for its hook).
_LOCK_FILE = "journal.lock"
# How long an open waits for a restore that is moving folders right now (a few renames and
# fsyncs: well under a second on a working disk) before saying so instead.
_LIVE_MOVE_WAIT_S = 15.0
_POLL_S = 0.05


def staging_prefix(name: str) -> str:
    return f".{name}{RESTORING}"


def _staging_pattern(name: str) -> re.Pattern[str]:
    # tempfile.mkdtemp's names: 8 characters from [a-z0-9_].
    return re.compile(re.escape(staging_prefix(name)) + r"[a-z0-9_]{8}")


def _aside_pattern(name: str) -> re.Pattern[str]:
    return re.compile(re.escape(name) + r"\.before-restore-\d{8}-\d{6}(-\d{1,4})?")


def _move_record(parent: Path, name: str) -> Path:
    return parent / f".{name}{MOVE_SUFFIX}"


# -- the restore's side ------------------------------------------------------------------------
def make_staging(target: Path) -> tuple[Path, int | None]:
    """A new private staging folder beside `target`, locked against clean-up while it is
    filled. Returns it and the descriptor holding the lock (None where folders cannot be
    locked); `release` it when done."""
    while True:
        staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=staging_prefix(target.name)))
        if os.name != "posix":
            return staging, None
        fd = os.open(staging, os.O_RDONLY)
        # Another process's clean-up may have taken the new, not yet locked, folder for an
        # abandoned one; then it is gone and a new one is made.
        if _try_lock(fd) and _same_file(fd, staging):
            return staging, fd
        os.close(fd)


def release(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)  # closing the descriptor drops its lock


def move_into_place(staging: Path, target: Path) -> Path | None:
    """Put the complete, durable journal in `staging` at `target`; the journal there before
    (if any) is renamed aside, and that name is returned. Atomic as far as anyone opening
    the journal can tell: the record written first lets the next open finish the move."""
    parent, name = target.parent, target.name
    aside = _free_aside(target) if os.path.lexists(target) else None
    record = _move_record(parent, name)
    fd = _write_record(record, {"staging": staging.name, "aside": aside.name if aside else None}, target)
    moved_aside = False
    try:
        if aside is not None:
            os.rename(target, aside)
            moved_aside = True
        os.rename(staging, target)
        fsync_dir(parent)
    except OSError:
        try:
            if aside is not None and moved_aside and not os.path.lexists(target):
                os.rename(aside, target)  # the old journal back
        except BaseException:
            os.close(fd)  # the record stays: the next open finishes the move
            raise
        _remove_record(record, fd)
        raise
    except BaseException:
        os.close(fd)  # interrupted half-way: the record stays for the next open to finish
        raise
    _remove_record(record, fd)
    return aside


def _free_aside(target: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = target.with_name(f"{target.name}.before-restore-{stamp}")
    number = 1
    while os.path.lexists(aside):
        number += 1
        aside = target.with_name(f"{target.name}.before-restore-{stamp}-{number}")
    return aside


def _write_record(record: Path, move: dict[str, str | None], target: Path) -> int:
    """Write the record complete, fsynced and locked under a temporary name, then link it to
    its own name: it appears whole and already locked, and only if no other move is pending."""
    fd, tmp_name = tempfile.mkstemp(dir=record.parent, prefix=record.name + ".tmp-")
    tmp = Path(tmp_name)
    try:
        _try_lock(fd)
        os.write(fd, json.dumps(move).encode("utf-8"))
        os.fsync(fd)
        try:
            os.link(tmp, record)
        except FileExistsError:
            raise JournalLocked(
                RestoreMoveWords.tr(
                    "Another restore into {target} is under way; nothing was restored. Try again when it has finished."
                ).format(target=target)
            ) from None
        except OSError:  # a file system without hard links (FAT): no other move is pending (checked first)
            if os.path.lexists(record):
                raise
            os.rename(tmp, record)
        tmp.unlink(missing_ok=True)
        fsync_dir(record.parent)
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    return fd


def _remove_record(record: Path, fd: int) -> None:
    try:
        if os.name == "posix":
            record.unlink()  # still holding the lock, so no one reads a record being removed
            os.close(fd)
        else:  # Windows cannot delete a file that is open
            os.close(fd)
            record.unlink()
    finally:
        fsync_dir(record.parent)


# -- the next open's side ----------------------------------------------------------------------
def finish_interrupted_restore(folder: Path | str) -> None:
    """Complete (or undo) a restore into `folder` that was interrupted while it moved folders,
    and delete staging folders of restores that died. Cheap when there is nothing to do:
    one listing of the parent folder."""
    folder = Path(os.path.abspath(folder))
    parent, name = folder.parent, folder.name
    if not name:
        return
    try:
        names = os.listdir(parent)
    except OSError:
        return  # no parent folder yet (a new journal), or one we may not list: nothing of ours
    record = _move_record(parent, name)
    if record.name in names:
        _finish_move(record, folder)
    staging = _staging_pattern(name)
    for child in names:
        if staging.fullmatch(child) or child.startswith(record.name + ".tmp-"):
            _remove_if_abandoned(parent / child)


def _finish_move(record: Path, folder: Path) -> None:
    deadline = time.monotonic() + _LIVE_MOVE_WAIT_S
    while True:
        try:
            fd = os.open(record, os.O_RDWR)
        except FileNotFoundError:
            return  # the restore finished meanwhile
        if _try_lock(fd):
            if _same_file(fd, record):
                break
            os.close(fd)  # finished and removed while we waited for it: look again
            continue
        os.close(fd)
        if time.monotonic() > deadline:
            raise JournalLocked(
                RestoreMoveWords.tr(
                    "A restore into {folder} is under way in another Skin Journal process. Try again when it has "
                    "finished."
                ).format(folder=folder)
            )
        time.sleep(_POLL_S)
    try:
        move = _read_record(fd, folder.name)
        if move is not None:
            _complete(folder, *move)
        # An unreadable record: the restore died while writing it, before any folder moved
        # (the record is made durable, whole, before the first rename).
    except BaseException:
        os.close(fd)
        raise
    _remove_record(record, fd)


def _read_record(fd: int, name: str) -> tuple[str, str | None] | None:
    try:
        raw = os.read(fd, 64 * 1024)
        move = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(move, dict):
        return None
    staging, aside = move.get("staging"), move.get("aside")
    # Only names a restore of this folder makes: a doctored record cannot move anything else.
    if not isinstance(staging, str) or not _staging_pattern(name).fullmatch(staging):
        return None
    if aside is not None and (not isinstance(aside, str) or not _aside_pattern(name).fullmatch(aside)):
        return None
    return staging, aside


def _complete(folder: Path, staging_name: str, aside_name: str | None) -> None:
    parent = folder.parent
    staging = parent / staging_name
    aside = parent / aside_name if aside_name else None
    if os.path.lexists(staging):  # the new journal is not in place yet: finish the move
        if os.path.lexists(folder):
            if aside is not None and not os.path.lexists(aside):
                os.rename(folder, aside)  # the old journal was not moved aside yet
            else:
                _clear_newcomer(folder, staging)
        os.rename(staging, folder)
    elif not os.path.lexists(folder) and aside is not None and os.path.lexists(aside):
        os.rename(aside, folder)  # the new journal is gone: the old one goes back
    fsync_dir(parent)


def _clear_newcomer(folder: Path, staging: Path) -> None:
    """`folder` appeared after the old journal was moved aside (a program older than this
    hook, or a person); it may go only if it holds nothing but a lock file."""
    children = os.listdir(folder)
    if folder.is_dir() and not folder.is_symlink() and set(children) <= {_LOCK_FILE}:
        for child in children:
            (folder / child).unlink()
        folder.rmdir()
        return
    raise JournalError(
        RestoreMoveWords.tr(
            "A restore into {folder} was interrupted, and {folder} has been filled since. The restored journal is "
            "in {staging}; move one of the two away, then open the journal again."
        ).format(folder=folder, staging=staging)
    )


def _remove_if_abandoned(path: Path) -> None:
    if os.name != "posix":
        return  # folders cannot be locked there, so a live restore's folder cannot be told apart
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return
    try:
        if not _try_lock(fd):
            return  # a restore is filling it right now
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            os.unlink(path)
        fsync_dir(path.parent)
    finally:
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


if os.name == "posix":
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

else:

    def _try_lock(fd: int) -> bool:
        return True  # no advisory locks on folders there; a move record is taken as interrupted
