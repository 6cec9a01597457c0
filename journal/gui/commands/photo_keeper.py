"""Photo files kept for Undo, deleted once no undo step can bring their rows back.

Deleting an entry, or taking a photo off one, removes only rows: the picture's file stays
so that Undo can put the rows back. The undo commands say which pictures they mention
(`photo_shas`); whenever the window's undo stack changes (a step pushed, undone, redone,
dropped because a new step replaced the ones after it or the undo limit was reached, the
stack cleared when the window closes), the pictures no step mentions any more are handed
to the core, which deletes the files of those no row refers to.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from journal.core.errors import JournalError

if TYPE_CHECKING:
    from journal.gui.session import JournalSession


class PhotoKeeper(QObject):
    def __init__(self, session: JournalSession, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._stack = stack
        self._held: set[str] = set()
        self.removed: list[str] = []  # places of the files deleted, for the window's tests
        stack.indexChanged.connect(self._stack_changed)

    def held(self) -> set[str]:
        """The pictures some step still on the stack mentions."""
        shas: set[str] = set()
        for index in range(self._stack.count()):
            command = self._stack.command(index)
            mentioned = getattr(command, "photo_shas", None)
            if mentioned is not None:
                shas |= mentioned()
        return shas

    def _stack_changed(self, _index: int = 0) -> None:
        now = self.held()
        dropped = self._held - now
        self._held = now
        if dropped:
            self._prune(dropped)

    def _prune(self, shas: set[str]) -> None:
        from journal.core.photos.prune import prune_photo_files

        try:
            self.removed += prune_photo_files(self._session.journal, shas)
        except (JournalError, OSError, sqlite3.Error):
            # Busy or closed journal, unwritable folder: the files stay, harmless, and
            # `skinjournal check` lists them for `check --prune`.
            pass
