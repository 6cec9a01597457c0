"""Changes made outside the window (the command line, another program) shown within two seconds.

Once a second the window's own connection asks SQLite for its `data_version`, a number that
moves only when another connection commits (the window's own saves leave it alone, so they
never cost a second refresh: the operation's Changes already told the panes). When it has
moved, the session is told that everything may have changed and each pane reloads what it
shows. No file watcher is needed, and the question costs microseconds.

Why once a second: the issue asks for outside changes within two seconds; polling at 1 s
leaves a second for the panes to reload, and asking more often would only wake the process
(and the laptop's CPU) more often while nothing changes.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, QTimer

from journal.core.operations import Changes
from journal.gui.session import JournalSession

POLL_MS = 1000


class OutsideChanges(QObject):
    def __init__(self, session: JournalSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._seen = session.store.data_version()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> bool:
        """Tell the session if another connection committed since the last look; True if so."""
        try:
            now = self.session.store.data_version()
        except sqlite3.ProgrammingError:  # the journal was closed (restore, quit): nothing to watch
            self.timer.stop()
            return False
        except sqlite3.Error:  # busy for a moment: the next tick asks again
            return False
        if now == self._seen:
            return False
        self._seen = now
        self.session.notify(Changes.everything())
        return True
