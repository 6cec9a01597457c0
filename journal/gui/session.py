"""The open journal as the window sees it: one object, with signals for what changed.

Panes never talk to each other; they change data through the core and tell the session
what kind of thing changed, and every pane that shows that kind refreshes itself. The
SQLite connection belongs to the GUI thread: workers get plain values (file paths,
prepared photos), never the store.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from journal.core.journal import Journal
from journal.core.operations import Changes, Outcome
from journal.core.store import Store

T = TypeVar("T")

RECORD_KINDS = ("daily", "labs", "care", "visits")


class JournalSession(QObject):
    changed = Signal(object)  # Changes: what an operation (or another program) changed
    sites_changed = Signal()
    entries_changed = Signal(int)  # site id whose entries changed
    records_changed = Signal(str)  # "daily" | "labs" | "care" | "visits"
    alerts_stale = Signal()  # the data behind the alerts changed: they must be found again
    alerts_changed = Signal()  # the alerts to show changed: panes read them again
    site_selected = Signal(int)  # site id the person is looking at (-1: none)

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
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
        self.entries_changed.connect(lambda _site: self.alerts_stale.emit())
        self.records_changed.connect(lambda _kind: self.alerts_stale.emit())
        self.alerts_stale.connect(self._alerts_stale)

    @property
    def store(self) -> Store:
        return self.journal.store

    def apply(self, outcome: Outcome[T]) -> Outcome[T]:
        """Tell every pane what an operation changed; returns the outcome for the caller."""
        self.notify(outcome.changes)
        return outcome

    def notify(self, changes: Changes) -> None:
        """`changed` for the panes that read Changes, and the older per-kind signals derived from it."""
        if not changes:
            return
        self.changed.emit(changes)
        # Sites as a whole kind (another program's change, an import): some may be new or gone.
        if "sites" in changes and ("entries" not in changes or not changes.ids["sites"]):
            self.sites_changed.emit()
        if "entries" in changes or "photos" in changes:
            # Sites not named: the one on screen may be among them.
            sites = changes.ids.get("sites") or {-1 if self.current_site_id is None else self.current_site_id}
            for site_id in sorted(sites):
                self.entries_changed.emit(site_id)
        for kind in RECORD_KINDS:
            if kind in changes:
                self.records_changed.emit(kind)
        if "alerts" in changes:
            self.alerts_changed.emit()

    def _alerts_stale(self) -> None:
        if not self.alerts_in_background:
            self.alerts_changed.emit()  # panes ask the core, which recomputes

    def _remember_site(self, site_id: int) -> None:
        self.current_site_id = None if site_id < 0 else site_id
