"""`check`: is the database sound, and is every photo file the one that was stored?"""

from __future__ import annotations

import dataclasses

from journal.core.journal import Journal


@dataclasses.dataclass
class CheckReport:
    problems: list[str]
    notes: list[str]
    photos_checked: int

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
    # Files without a row are harmless (a crash between file and row, or a deleted entry
    # kept for undo); they are reported so the person knows, not counted as damage.
    if journal.files.photos.exists():
        stored = {p.stem for p in journal.files.photos.glob("*/*") if not p.name.startswith(".")}
        orphans = stored - seen
        if orphans:
            notes.append(f"{len(orphans)} photo file(s) belong to no entry (left from deletions or an interruption)")
    unfinished = [p for folder in (journal.files.photos, journal.files.thumbs) if folder.exists()
                  for p in folder.glob("*/.tmp-*")]
    if unfinished:
        notes.append(f"{len(unfinished)} unfinished temporary file(s) from an interrupted save "
                     "(never part of an entry; safe to delete)")
    return CheckReport(problems=problems, notes=notes, photos_checked=len(seen))
