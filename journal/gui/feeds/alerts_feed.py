"""The journal's alerts, found off the GUI thread: at start and after every change.

Reading every entry and running the warning-sign rules takes a noticeable moment on a
journal of years (about 0.2 s for 10,000 entries), so neither opening the window nor saving
an entry waits for it. A worker reads the journal through its own read-only connection
(`read_snapshot`; the GUI thread's connection never leaves the GUI thread) and runs the
rules. Back on the GUI thread, the alerts table is brought in line with those findings
(quick) only if the database did not change since the worker was started; otherwise, for
example when the person saved an entry meanwhile, the worker runs again on the new data.
Then `alerts_changed` is emitted and the banner, the site badges and the alerts pane read
the table again.

Until the first answer `session.alerts_pending` is true and the panes show no alert yet
(the alerts pane says it is still looking). After a change, they show the alerts as last
found until the new answer arrives, a fraction of a second later.

A check that fails (the journal cannot be read, the alerts cannot be saved) sets
`session.alerts_error` to the reason: the banner and the alerts pane then say in words
that the warning signs were not checked, so "no alert" is never taken for "none found".
The next change (or the banner's "Check again") starts another check; one that succeeds
clears the reason and the panes show the alerts again.
"""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from journal.core.errors import JournalError
from journal.core.language import Words
from journal.gui.background import run_in_background
from journal.gui.feeds.first_paint import after_first_paint

if TYPE_CHECKING:
    from journal.gui.session import JournalSession


class AlertsFeedWords(Words):
    """Why the warning signs could not be checked."""


RETRY_MS = 50  # the GUI connection was inside a transaction: ask again shortly


def _find_alerts(folder: Path) -> list[Any]:
    """In the worker: the rules over a read-only snapshot of the journal."""
    from journal.core.alerts import findings
    from journal.core.journal import read_snapshot

    with read_snapshot(folder) as store:
        return findings(store)


class AlertsFeed(QObject):
    """Starts the first computation and keeps it honest against changes made meanwhile."""

    failed = Signal(str)  # the alerts could not be checked (a sentence for the status bar)

    def __init__(self, session: JournalSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pool = QThreadPool(self)  # its own, so closing the journal can wait for this worker only
        self.pool.setMaxThreadCount(1)
        self.runs = 0  # workers started (a change during a run starts another)
        self.running = False  # a worker was started and its answer has not been handled yet
        session.alerts_in_background = True
        session.alerts_stale.connect(self.refresh)

    def start(self, window: QWidget) -> None:
        """Compute the alerts in the background; the panes show none until they arrive.

        The worker starts once `window` has painted itself for the first time, so the
        window is built, shown and painted before the rules compete with it for the GIL.
        """
        self.session.alerts_pending = True
        after_first_paint(window, self._launch)

    def refresh(self) -> None:
        """The data changed (or the person asked): find the alerts again; `alerts_changed`
        follows the answer."""
        if self.running:
            return  # the answer on its way is stale: handling it starts another run
        if self.session.alerts_pending and self.runs == 0:
            return  # the first run is due after the first paint; it reads the data as it is then
        self._launch()

    def wait(self) -> None:
        """Block until no worker runs (before the journal is closed, and in tests)."""
        self.pool.waitForDone()

    def _launch(self) -> None:
        self.running = True
        try:
            mark = self.session.store.change_mark()
        except sqlite3.ProgrammingError:  # the journal was closed meanwhile: nothing to find
            self.running = False
            return
        except sqlite3.Error as exc:  # the window's own connection fails: say so, check again later
            self._failed(str(exc))
            return
        if mark is None:  # the GUI is in the middle of a write: start from what it commits
            QTimer.singleShot(RETRY_MS, self, self._launch)
            return
        self.runs += 1
        # A journal that cannot be read comes back as its reason: the window stays usable.
        run_in_background(
            self,
            functools.partial(_find_alerts, self.session.journal.folder),
            lambda found: self._found(mark, found),
            lambda exc: self._failed(str(exc)),
            pool=self.pool,
        )

    def _found(self, started_from: tuple[int, int], found: list[Any]) -> None:
        self.running = False
        try:
            now = self.session.store.change_mark()
        except sqlite3.ProgrammingError:
            return  # the journal was closed (restore, quit): nothing to show any more
        except sqlite3.Error as exc:
            self._failed(str(exc))
            return
        if now != started_from:
            self._launch()  # written meanwhile: these findings may be stale
            return
        from journal.core.alerts import sync

        try:
            sync(self.session.store, found)
        except (sqlite3.Error, JournalError) as exc:  # the core puts SQLite errors in words
            self._failed(AlertsFeedWords.tr("the alerts could not be saved: {reason}").format(reason=exc))
            return
        self.session.alerts_error = None
        self._finish()

    def _failed(self, reason: str) -> None:
        # The panes keep reading the alerts table as last saved (never the rules on the GUI
        # thread, which would fail the same way or freeze the window); the banner says the
        # signs were not checked, with the reason, until a check succeeds.
        self.running = False
        self.session.alerts_error = reason.strip().rstrip(".") or AlertsFeedWords.tr("unknown reason")
        self.failed.emit(
            AlertsFeedWords.tr("Warning signs could not be checked ({reason}).").format(
                reason=self.session.alerts_error
            )
        )
        self._finish()

    def _finish(self) -> None:
        self.session.alerts_pending = False
        self.session.alerts_changed.emit()
