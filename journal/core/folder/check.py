"""`check`: is the database sound, and is every photo file the one that was stored?"""

from __future__ import annotations

import dataclasses

from journal.core.journal import Journal
from journal.core.language import Words
from journal.core.photos.prune import unreferenced_photo_files


class FolderCheckWords(Words):
    "What `check` notes about files in the journal folder."


@dataclasses.dataclass
class CheckReport:
    problems: list[str]
    notes: list[str]
    photos_checked: int
    # Photo and thumbnail files no row refers to, as places in the journal folder.
    unreferenced: list[str] = dataclasses.field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


_BAD_ROWS_LISTED = 1000


def check_journal(journal: Journal) -> CheckReport:
    problems = journal.store.integrity_problems()
    # Rows no Skin Journal writes (a date that is not a date, an unknown choice), by table and id.
    problems += [row.describe() for row in journal.store.bad_rows(limit=_BAD_ROWS_LISTED)]
    notes: list[str] = []
    photos = journal.store.photos()
    seen: set[str] = set()
    for photo in photos:
        if photo.sha256 in seen:
            continue
        seen.add(photo.sha256)
        problem = journal.files.verify(photo.sha256, photo.ext)
        if problem:
            problems.append(problem)
    # Files without a row are harmless (a crash between file and row, a deleted entry that a
    # window could still undo); they are listed so the person knows, not counted as damage.
    unreferenced = unreferenced_photo_files(journal)
    pictures = sum(1 for place in unreferenced if place.startswith(f"{journal.files.photos.name}/"))
    if pictures:
        notes.append(
            FolderCheckWords.tr(
                "%n photo file(s) belong to no entry (left from deletions or an interruption); "
                "`skinjournal check --prune` removes them and their thumbnails",
                "",
                pictures,
            )
        )
    elif unreferenced:
        notes.append(
            FolderCheckWords.tr(
                "%n thumbnail(s) belong to no photo; `skinjournal check --prune` removes them",
                "",
                len(unreferenced),
            )
        )
    unfinished = [
        p
        for folder in (journal.files.photos, journal.files.thumbs)
        if folder.exists()
        for p in folder.glob("*/.tmp-*")
    ]
    if unfinished:
        notes.append(
            FolderCheckWords.tr(
                "%n unfinished temporary file(s) from an interrupted save (never part of an entry; safe to delete)",
                "",
                len(unfinished),
            )
        )
    return CheckReport(problems=problems, notes=notes, photos_checked=len(seen), unreferenced=unreferenced)
