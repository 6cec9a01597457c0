"""Entry changes as undoable commands (Edit > Undo, Ctrl+Z).

Each command holds the plain records it needs to go both ways; the store does the work
(`delete_entry` hands back the entry and its photo rows, `restore_entry` puts them back
with their old ids). Photo files are content-addressed and stay on disk, so an undone
delete brings the pictures back too; `photo_shas` names the pictures a command may bring
back, and once the command leaves the undo stack the window's PhotoKeeper deletes the
files no row refers to.

Each command also says what an undo or redo of it changed (`shown`), so the window can
bring that entry into view and name it: an undo never changes what the person cannot see.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from journal.core.domain.model import Entry, Photo

if TYPE_CHECKING:
    from journal.gui.session import JournalSession


@dataclasses.dataclass(frozen=True)
class Shown:
    """What one undo or redo changed: words for it, and the entry to bring into view."""

    what: str  # "new entry", "deletion of the entry", "changes to the entry"
    site_id: int
    day: dt.date
    entry_id: int | None  # the entry to select; None when the step took it away


def _shas(*photo_lists: list[Photo]) -> set[str]:
    return {photo.sha256 for photos in photo_lists for photo in photos}


class DeleteEntry(QUndoCommand):
    def __init__(self, session: JournalSession, entry_id: int) -> None:
        super().__init__()
        self._session = session
        self._entry_id = entry_id
        self._deleted: tuple[Entry, list[Photo]] | None = None
        entry = session.store.entry(entry_id)
        self.site_id = entry.site_id
        self._day = entry.date
        self.setText(f"delete the entry of {entry.date.isoformat()}")

    def shown(self, undone: bool) -> Shown:
        return Shown("deletion of the entry", self.site_id, self._day, self._entry_id if undone else None)

    def photo_shas(self) -> set[str]:
        return _shas(self._deleted[1]) if self._deleted is not None else set()

    def redo(self) -> None:
        self._deleted = self._session.store.delete_entry(self._entry_id)
        self._session.entries_changed.emit(self.site_id)

    def undo(self) -> None:
        if self._deleted is not None:
            self._session.store.restore_entry(*self._deleted)
            self._deleted = None
            self._session.entries_changed.emit(self.site_id)


class EntryAdded(QUndoCommand):
    """Pushed after the editor saved a new entry: the first redo has nothing left to do."""

    def __init__(self, session: JournalSession, entry: Entry, photos: list[Photo]) -> None:
        super().__init__(f"add the entry of {entry.date.isoformat()}")
        self._session = session
        self._saved = (entry, photos)
        self._done = True

    def shown(self, undone: bool) -> Shown:
        entry = self._saved[0]
        return Shown("new entry", entry.site_id, entry.date, None if undone else entry.id)

    def photo_shas(self) -> set[str]:
        return _shas(self._saved[1])

    def redo(self) -> None:
        if not self._done:
            self._session.store.restore_entry(*self._saved)
            self._done = True
            self._session.entries_changed.emit(self._saved[0].site_id)

    def undo(self) -> None:
        entry = self._saved[0]
        assert entry.id is not None
        self._saved = self._session.store.delete_entry(entry.id)
        self._done = False
        self._session.entries_changed.emit(entry.site_id)


class EntryEdited(QUndoCommand):
    """Pushed after the editor saved changes: the entry and its photo rows before and after.

    Going either way puts one whole state back: the entry row is deleted (its photo rows go
    with it) and restored with its own id and the photo rows of that state, with their ids.
    So a photo taken off in the editor comes back as the same row, in its old place, and
    the photos added in the edit go away; the files stay on disk (content-addressed)."""

    def __init__(self, session: JournalSession, before: tuple[Entry, list[Photo]], after: tuple[Entry, list[Photo]]) -> None:
        super().__init__(f"edit the entry of {after[0].date.isoformat()}")
        self._session = session
        self._before, self._after = before, after
        self._done = True

    def shown(self, undone: bool) -> Shown:
        entry = (self._before if undone else self._after)[0]
        return Shown("changes to the entry", entry.site_id, entry.date, entry.id)

    def photo_shas(self) -> set[str]:
        return _shas(self._before[1], self._after[1])

    def redo(self) -> None:
        if not self._done:
            self._put_back(self._after)
            self._done = True
            self._changed()

    def undo(self) -> None:
        self._put_back(self._before)
        self._done = False
        self._changed()

    def _put_back(self, state: tuple[Entry, list[Photo]]) -> None:
        store = self._session.store
        entry, photos = state
        assert entry.id is not None
        with store.transaction():
            store.delete_entry(entry.id)
            store.restore_entry(entry, photos)

    def _changed(self) -> None:
        before, after = self._before[0], self._after[0]
        self._session.entries_changed.emit(before.site_id)
        if after.site_id != before.site_id:
            self._session.entries_changed.emit(after.site_id)
