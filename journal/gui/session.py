"""The open journal as the window sees it: one object, with signals for what changed.

Panes never talk to each other; they change data through the core's operations and hand the
outcome to the session (`do`: onto the undo stack), which emits `changed` with what it names,
and every pane that shows one of those kinds (or those ids) refreshes itself. The
SQLite connection belongs to the GUI thread: workers get plain values (file paths,
prepared photos), never the store.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from journal.core.journal import Journal
from journal.core.operations import Changes, Outcome
from journal.core.store import Store

T = TypeVar("T")


def touches(changes: Changes, *kinds: str, site_id: int | None = None) -> bool:
    """Whether `changes` names one of `kinds` and, when a site is given, that site (or no site in
    particular: a whole kind, as after an import or a change made by another program)."""
    if not any(kind in changes for kind in kinds):
        return False
    sites = changes.ids.get("sites")
    return site_id is None or not sites or site_id in sites


class JournalSession(QObject):
    changed = Signal(object)  # Changes: what an operation (or another program) changed
    alerts_stale = Signal()  # the data behind the alerts changed: they must be found again
    alerts_changed = Signal()  # the alerts to show changed: panes read them again
    site_selected = Signal(int)  # site id the person is looking at (-1: none)
    step_failed = Signal(str)  # an undo or redo could not be done: in words, for the status bar

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        # The one undo stack of the window and its panes: every step is an operation's outcome.
        self.undo_stack = QUndoStack(self)
        self.current_site_id: int | None = None
        # True while the window's first alerts are computed in the background (alerts_feed):
        # panes show no alert yet, and alerts_changed is emitted when they arrive.
        self.alerts_pending = False
        # True when a worker keeps the alerts table in sync (the window's alerts_feed): panes
        # read the table as last synced and never run the rules on the GUI thread. Otherwise
        # (a pane on its own) reading the alerts recomputes them when the data changed.
        self.alerts_in_background = False
        # Why the last warning-sign check failed (None: it succeeded, or none ran yet). While
        # set, the banner says the signs were not checked: no alert must never read as "none".
        self.alerts_error: str | None = None
        self.site_selected.connect(self._remember_site)
        self.alerts_stale.connect(self._alerts_stale)

    @property
    def store(self) -> Store:
        return self.journal.store

    def apply(self, outcome: Outcome[T]) -> Outcome[T]:
        """Tell every pane what an operation changed; returns the outcome for the caller."""
        self.notify(outcome.changes)
        return outcome

    def do(self, outcome: Outcome[T]) -> Outcome[T]:
        """An operation just ran: put it on the undo stack (which tells the panes), or only tell
        the panes when it cannot be undone (an import: a backup takes it back, not a step)."""
        if outcome.undo is None:
            return self.apply(outcome)
        from journal.gui.commands.undo_steps import OperationStep

        self.undo_stack.push(OperationStep(self, outcome))
        return outcome

    def notify(self, changes: Changes) -> None:
        """`changed` for the panes (each reads the kinds and ids it shows); the alerts are found
        again when the change touched what the warning-sign rules read."""
        if not changes:
            return
        self.changed.emit(changes)
        if changes.alerts_may_change:
            self.alerts_stale.emit()
        if "alerts" in changes:
            self.alerts_changed.emit()

    def _alerts_stale(self) -> None:
        if not self.alerts_in_background:
            self.alerts_changed.emit()  # panes ask the core, which recomputes

    def _remember_site(self, site_id: int) -> None:
        self.current_site_id = None if site_id < 0 else site_id
