"""One undo step for any operation (Edit > Undo, Ctrl+Z).

An operation returns an `Outcome` whose `undo` is another operation, whose own outcome's
`undo` is the redo. So one command serves every change a person makes: it holds the last
outcome, and each undo or redo runs that outcome's `undo` and keeps what it returns. Each
result goes through the session, which tells the panes what changed (`session.changed`).

Photo files are content-addressed and stay on disk while a step could bring their rows
back: `photo_shas` names them, and once the step leaves the stack the window's PhotoKeeper
deletes the files no row refers to.

Each step also says what an undo or redo of it changed (`shown`), so the window can bring
that record into view and name it: an undo never changes what the person cannot see.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from journal.core.errors import JournalError
from journal.core.language import Words
from journal.core.operations import Changes, Outcome

if TYPE_CHECKING:
    from journal.gui.session import JournalSession


class UndoStepsWords(Words):
    "An undo or redo that could not be done."


# The panes a change can be shown on, in the order a step looks for them.
RECORD_TABS = ("daily", "labs", "care", "visits", "hand")


@dataclasses.dataclass(frozen=True)
class Shown:
    """What one undo or redo changed: words for it, and where to look at it."""

    what: str  # the operation's words: "deleted the entry for Left elbow on 2026-11-02"
    tab: str  # the window's tab that shows it: "timeline", "labs", "alerts", ...
    site_id: int | None  # the site to bring up (timeline)
    record_id: int | None  # the entry or record to select, when the step left it there


def _single(ids: frozenset[int] | None) -> int | None:
    return next(iter(ids)) if ids is not None and len(ids) == 1 else None


def shown_for(changes: Changes, what: str) -> Shown:
    """Where a change is seen, read from what it names (not from the kind of operation)."""
    site_id = _single(changes.ids.get("sites"))
    if "entries" in changes or "photos" in changes or "sites" in changes:
        return Shown(what, "timeline", site_id, _single(changes.ids.get("entries")))
    for kind in RECORD_TABS:
        if kind in changes:
            return Shown(what, kind, None, _single(changes.ids.get(kind)))
    if "alerts" in changes:
        return Shown(what, "alerts", None, _single(changes.ids.get("alerts")))
    return Shown(what, "", None, None)


class OperationStep(QUndoCommand):
    """An operation already run, as a step on the undo stack; the push tells the panes."""

    def __init__(self, session: JournalSession, outcome: Outcome[Any]) -> None:
        super().__init__(outcome.label)
        self._session = session
        self._outcome = outcome  # the last thing done: its undo is the step's next move
        self._pushed = False
        self._shas = set(outcome.photo_shas)
        self.failure: str | None = None  # why the last undo or redo could not be done

    @property
    def outcome(self) -> Outcome[Any]:
        return self._outcome

    def shown(self, undone: bool) -> Shown:  # noqa: ARG002 (both ways show the same record)
        return shown_for(self._outcome.changes, self.text())

    def photo_shas(self) -> set[str]:
        return self._shas

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push runs redo: the operation itself has run already
            self._pushed = True
            self._session.apply(self._outcome)
            return
        self._turn("redo")

    def undo(self) -> None:
        self._turn("undo")

    def _turn(self, verb: str) -> None:
        undo = self._outcome.undo
        assert undo is not None
        try:
            outcome = undo(self._session.journal)
        except (JournalError, sqlite3.Error) as exc:
            # The journal changed since (a record this step needs is gone, the disk is full):
            # nothing was done, and the stack drops the step rather than pretend it ran.
            self.failure = str(exc)
            self.setObsolete(True)
            if verb == "undo":
                said = UndoStepsWords.tr('Could not undo "{what}": {error}')
            else:
                said = UndoStepsWords.tr('Could not redo "{what}": {error}')
            self._session.step_failed.emit(said.format(what=self.text(), error=exc))
            return
        self._outcome = outcome
        self._shas |= outcome.photo_shas
        self._session.apply(outcome)
