"""One open journal in the window: its lock, its database, its session and its main window.

Restoring a backup replaces the journal's folder, so nothing may hold it open meanwhile:
the host closes the database and releases the lock, lets the restore run, then opens the
folder again in a new window (shown before the old one closes, or Qt would quit).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QMessageBox

from journal.core.folder.lock import JournalLock
from journal.core.journal import Journal
from journal.gui.main_window import MainWindow
from journal.gui.session import JournalSession

SCHEDULED_BACKUP_DELAY_MS = 3000  # after start-up, not competing with it


class JournalHost(QObject):
    def __init__(
        self, folder: Path, settings: QSettings | None = None, scheduled_backups: bool = True
    ) -> None:
        super().__init__()
        self.folder = folder
        self.settings = settings
        self.scheduled_backups = scheduled_backups
        self.lock = JournalLock(folder)
        self.journal: Journal | None = None
        self.window: MainWindow | None = None

    def open(self) -> MainWindow:
        """Lock, open and show; raises JournalLocked or another JournalError, holding nothing."""
        self.lock.acquire()
        try:
            self.journal = Journal.open(self.folder)
        except BaseException:
            self.lock.release()
            raise
        window = MainWindow(JournalSession(self.journal), self.settings)
        window.restore_requested.connect(self.restore_backup)
        window.show()
        self.window = window
        if self.scheduled_backups:
            QTimer.singleShot(SCHEDULED_BACKUP_DELAY_MS, self._scheduled_backup)
        return window

    def close(self) -> None:
        if self.window is not None:
            self.window.alerts_feed.wait()  # no worker may read the folder once it is closed
            self.window.forget_undo()  # its steps refer to this journal, open for the last time here
        if self.journal is not None:
            self.journal.close()
            self.journal = None
        self.lock.release()

    def restore_backup(self) -> None:
        from journal.gui.commands.data_actions import restore_backup

        old = self.window
        assert old is not None
        old.save_layout()
        old.setEnabled(False)  # nothing may touch the database while it is closed
        self.close()
        try:
            restore_backup(old, self.folder, lambda _restored: self._reopen(old))
        except BaseException:
            self._reopen(old)  # refused before any work started: the journal as it was
            raise

    def _reopen(self, old: MainWindow) -> None:
        try:
            self.open()
        except Exception as exc:
            QMessageBox.critical(old, "Journal not opened", f"The journal could not be opened again: {exc}")
            old.close()
            return
        old.close()
        old.deleteLater()

    def _scheduled_backup(self) -> None:
        window, journal = self.window, self.journal
        if window is None or journal is None:
            return
        try:
            from journal.gui.commands.data_actions import start_scheduled_backup
        except ImportError:
            return

        def done(path: Path | None) -> None:
            if path is not None and self.window is window:
                window.statusBar().showMessage(f"Backed up the journal to {path}", 8000)

        start_scheduled_backup(window, journal, done)
