"""Every SQLite error as a sentence for the person, and the restore advice damage messages give.

One place maps SQLite's result codes to `JournalError` subclasses, so the command line and
the window show the same words and no SQLite error reaches anyone as a traceback:

- `translate(exc, folder, saving=...)` turns any `sqlite3.Error` into a `JournalError`
  (`JournalBusy`, `JournalReadOnly`, `DiskFull`, `SaveFailed`, `JournalDamaged`).
- `damaged(folder, detail)` is the `JournalDamaged` every damage message uses: what is wrong,
  that nothing was changed, and how to restore the newest backup found.
- `newest_backup(folder)` finds that backup; `restore_advice(folder)` is the sentence.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from journal.core.errors import (
    DiskFull,
    JournalBusy,
    JournalDamaged,
    JournalError,
    JournalReadOnly,
    SaveFailed,
)
from journal.core.language import Words
from journal.core.store import disk_full


class StoreSentencesWords(Words):
    """What the journal says when SQLite refuses: busy, read-only, damaged, and how to restore."""


# SQLite's primary result codes (https://www.sqlite.org/rescode.html); the extended code's
# low byte is the primary one.
SQLITE_ERROR = 1
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_PROTOCOL = 15
SQLITE_SCHEMA = 17
SQLITE_CONSTRAINT = 19
SQLITE_MISMATCH = 20
SQLITE_AUTH = 23
SQLITE_NOTADB = 26

BACKUPS_FOLDER = "backups"
# What `create_backup`'s scheduled copies and a migration's safety copy are called.
_BACKUP_PATTERNS = ("auto-*.zip", "before-*.sqlite3")
# Words in an SQLITE_ERROR message that mean the schema is not the journal's.
_SCHEMA_WORDS = ("no such table", "no such column", "malformed", "has no column")


def newest_backup(folder: Path) -> Path | None:
    """The most recent backup kept in `<folder>/backups/` (automatic zips and the copies
    taken before an upgrade), by modification time; None when there is none."""
    backups = Path(folder) / BACKUPS_FOLDER
    found: list[tuple[float, str, Path]] = []
    try:
        for pattern in _BACKUP_PATTERNS:
            for path in backups.glob(pattern):
                if path.is_file():
                    found.append((path.stat().st_mtime, path.name, path))
    except OSError:
        return None
    return max(found)[2] if found else None


def restore_advice(folder: Path) -> str:
    backup = newest_backup(folder)
    if backup is None:
        return StoreSentencesWords.tr(
            "No backup was found in {folder}; if you keep one elsewhere, "
            "bring it back with `skinjournal restore FILE.zip --replace`."
        ).format(folder=Path(folder) / BACKUPS_FOLDER)
    if backup.suffix == ".zip":
        return StoreSentencesWords.tr(
            "The newest backup found is {backup}; bring it back with `skinjournal restore {backup} --replace`."
        ).format(backup=backup)
    return StoreSentencesWords.tr(
        "The newest backup found is {backup} (a copy of the database taken before an upgrade); "
        "copy it over journal.sqlite3 to go back to it."
    ).format(backup=backup)


def damaged(folder: Path, detail: str) -> JournalDamaged:
    """The refusal for a journal that cannot be used as it is."""
    return JournalDamaged(
        StoreSentencesWords.tr(
            "The journal database in {folder} is damaged: {detail}. Nothing was changed. "
            "{advice} `skinjournal check` tells more."
        ).format(folder=folder, detail=detail, advice=restore_advice(folder))
    )


def _writable(folder: Path) -> bool:
    """Whether files can be made in `folder` (False on a read-only disk, even for root)."""
    try:
        return os.access(folder, os.W_OK)
    except OSError:
        return True


def code_of(exc: sqlite3.Error) -> int:
    """SQLite's primary result code of an error (0 when Python did not record one)."""
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def translate(exc: sqlite3.Error, folder: Path, *, saving: bool = False) -> JournalError:
    """The sentence for an SQLite error met while reading (or `saving`) the journal in `folder`."""
    code = code_of(exc)
    text = str(exc)
    nothing = (
        StoreSentencesWords.tr("Nothing was saved.")
        if saving
        else StoreSentencesWords.tr("Nothing was changed.")
    )
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text:
        return JournalBusy(
            StoreSentencesWords.tr(
                "Another program is saving to the journal in {folder} and kept it busy; try again in a "
                "moment. {nothing}"
            ).format(folder=folder, nothing=nothing)
        )
    if code == SQLITE_FULL or disk_full.is_disk_full(exc, folder):
        # An I/O error on a disk with no room left is a full disk too, not damage.
        return DiskFull(disk_full.message(folder))
    if code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH) or "readonly" in text:
        return JournalReadOnly(
            StoreSentencesWords.tr(
                "The journal in {folder} cannot be written: the file or its folder is read-only, or "
                "belongs to another user ({reason}). {nothing}"
            ).format(folder=folder, reason=text, nothing=nothing)
        )
    if code == SQLITE_CANTOPEN and not _writable(folder):
        return JournalReadOnly(
            StoreSentencesWords.tr(
                "The journal in {folder} cannot be written: the disk or the folder is read-only ({reason}). "
                "{nothing}"
            ).format(folder=folder, reason=text, nothing=nothing)
        )
    if code == SQLITE_CANTOPEN:
        return JournalReadOnly(
            StoreSentencesWords.tr(
                "The journal database in {folder} cannot be opened ({reason}); check that the folder exists "
                "and that you may read and write it. {nothing}"
            ).format(folder=folder, reason=text, nothing=nothing)
        )
    if code in (SQLITE_IOERR, SQLITE_PROTOCOL, SQLITE_NOMEM):
        return SaveFailed(
            StoreSentencesWords.tr(
                "The disk refused to read or write the journal in {folder} ({reason}). {nothing} "
                "Check the disk (is it full, removed or failing?) and try again."
            ).format(folder=folder, reason=text, nothing=nothing)
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or any(word in text for word in _SCHEMA_WORDS):
        return damaged(folder, text)
    if code == SQLITE_CONSTRAINT:
        return JournalError(
            StoreSentencesWords.tr("The journal in {folder} refused the change ({reason}). {nothing}").format(
                folder=folder, reason=text, nothing=nothing
            )
        )
    if code in (SQLITE_MISMATCH, SQLITE_SCHEMA, SQLITE_ERROR):
        return damaged(
            folder,
            StoreSentencesWords.tr("it does not hold what Skin Journal expects ({reason})").format(
                reason=text
            ),
        )
    return damaged(folder, StoreSentencesWords.tr("it cannot be read ({reason})").format(reason=text))
