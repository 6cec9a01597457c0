"""The open journal as the window sees it: one object, with signals for what changed.

Panes never talk to each other; they change data through the core and tell the session
what kind of thing changed, and every pane that shows that kind refreshes itself. The
SQLite connection belongs to the GUI thread: workers get plain values (file paths,
prepared photos), never the store.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from journal.core.journal import Journal


class JournalSession(QObject):
    sites_changed = Signal()
    entries_changed = Signal(int)  # site id whose entries changed
    records_changed = Signal(str)  # "daily" | "labs" | "care" | "visits"
    alerts_changed = Signal()
    site_selected = Signal(int)  # site id the person is looking at (-1: none)

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.current_site_id: int | None = None
        # True while the window's first alerts are computed in the background (alerts_feed):
        # panes show no alert yet, and alerts_changed is emitted when they arrive.
        self.alerts_pending = False
        self.site_selected.connect(self._remember_site)
        # Data behind alerts changed: they must be recomputed.
        self.entries_changed.connect(lambda _site: self.alerts_changed.emit())
        self.records_changed.connect(lambda _kind: self.alerts_changed.emit())

    @property
    def store(self):  # type: ignore[no-untyped-def]
        return self.journal.store

    def _remember_site(self, site_id: int) -> None:
        self.current_site_id = None if site_id < 0 else site_id
