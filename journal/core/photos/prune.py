"""Photo files no entry refers to any more: listed by `check`, deleted when nothing can bring them back.

A photo taken off an entry, or an entry deleted, leaves its file in photos/ while the
window's Undo may still put the row back. Once no undo step holds it (the window closed,
the step was dropped) or on `skinjournal check --prune`, the files of pictures that no row
refers to are deleted. The check and the deletion run under the database's write lock,
and adding a photo row rewrites a missing file under that same lock (Journal.add_prepared_*),
so a picture being added at the same moment never loses its file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from journal.core.errors import JournalError
from journal.core.journal import Journal
from journal.core.language import Words


class PhotoPruneWords(Words):
    """Why unused photo files were not removed."""


def unreferenced_photo_files(journal: Journal) -> list[str]:
    """Photo and thumbnail files no row refers to, as places inside the journal folder. Files
    are named by `PhotoFiles.name` (a keyed hash in an encrypted journal, which cannot be turned
    back): the rows' SHA-256s are mapped forward to names and compared."""
    referenced = {journal.files.name(sha256) for sha256 in journal.store.referenced_photo_shas()}
    return sorted(
        _relative(journal, path)
        for name, paths in journal.files.stored().items()
        if name not in referenced
        for path in paths
    )


def prune_photo_files(journal: Journal, shas: Iterable[str] | None = None) -> list[str]:
    """Delete the photo and thumbnail files of those of `shas` (every stored picture when
    None) that no row refers to; return the places of the files deleted."""
    names = journal.files.name
    candidates = set(journal.files.stored()) if shas is None else {names(sha256) for sha256 in shas}
    removed: list[Path] = []
    try:
        with journal.store.unreferenced_photos_locked(candidates, names) as unreferenced:
            for name in sorted(unreferenced):
                removed += journal.files.remove(name)
    except sqlite3.OperationalError as exc:
        raise JournalError(
            PhotoPruneWords.tr(
                "The journal in {folder} is busy ({reason}); no photo file was removed. Try again in a moment."
            ).format(folder=journal.folder, reason=exc)
        ) from None
    return sorted(_relative(journal, path) for path in removed)


def _relative(journal: Journal, path: Path) -> str:
    return path.relative_to(journal.folder).as_posix()
