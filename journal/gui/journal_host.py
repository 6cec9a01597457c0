"""One open journal in the window: its lock, its database, its session and its main window.

Restoring a backup replaces the journal's folder, so nothing may hold it open meanwhile:
the host closes the database and releases the lock, lets the restore run, then opens the
folder again in a new window (shown before the old one closes, or Qt would quit).

Encrypting and decrypting a journal rewrite every file of it the same way, so they too run
with the journal closed (the core's crash-safe conversions, off the GUI thread, with progress)
and the journal is opened again after. An encrypted journal asks for its passphrase before it
opens (`ask_passphrase`), and locks itself after the idle time chosen in Preferences: the window
closes, the decoded pictures and the journal's keys are dropped from memory, and a lock screen
asks for the passphrase again. The folder's lock stays held meanwhile.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from journal.core.crypt import keys
from journal.core.crypt.header import is_encrypted, read_header
from journal.core.folder.lock import JournalLock
from journal.core.journal import Journal
from journal.core.language import Words
from journal.core.store.early_check import EarlyCheck
from journal.gui.idle_lock import IdleWatch, lock_minutes
from journal.gui.main_window import MainWindow
from journal.gui.session import JournalSession

if TYPE_CHECKING:
    from journal.gui.commands import crypt_actions


class JournalHostWords(Words):
    """Opening the journal again, the passphrase file and the scheduled backup."""


SCHEDULED_BACKUP_DELAY_MS = 3000  # after start-up, not competing with it
# Loaded while the key derivation runs (Argon2id, in C without the GIL): what opening an encrypted
# journal and its first window load right after it anyway (SQLCipher, AES-GCM and HKDF, and the
# core modules the first window's alert banner and charts import on first use), so those
# ~90 ms (python -X importtime) overlap the derivation instead of following it. Qt-free
# modules only: Qt classes are made on the GUI thread.
LOADED_DURING_KDF = (
    "sqlcipher3.dbapi2",
    "cryptography.exceptions",
    "cryptography.hazmat.primitives.ciphers.aead",
    "cryptography.hazmat.primitives.kdf.hkdf",
    "journal.core.charts.figures",
    "journal.core.alerts",
)


def _load_modules() -> None:
    for name in LOADED_DURING_KDF:
        try:
            importlib.import_module(name)
        except ImportError:  # said where it is needed, in words, not here
            return


PASSPHRASE_FILE = "SKINJOURNAL_PASSPHRASE_FILE"  # as the command line reads it (journal/cli/passphrase.py)


def passphrase_file() -> tuple[str, str | None, str] | None:
    """The passphrase given in the file SKINJOURNAL_PASSPHRASE_FILE names (its first line), for
    the start-up prompt: (the file, the passphrase or None, why it could not be read); None when
    the variable is not set. Read from a file, never an argument (arguments show in `ps`)."""
    name = os.environ.get(PASSPHRASE_FILE)
    if not name:
        return None
    try:
        lines = Path(name).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        return (
            name,
            None,
            JournalHostWords.tr(
                "The passphrase file {name} ({variable}) cannot be read ({reason}); type it."
            ).format(name=name, variable=PASSPHRASE_FILE, reason=reason),
        )
    if not lines or not lines[0]:
        said = JournalHostWords.tr("The passphrase file {name} ({variable}) is empty; type the passphrase.")
        return name, None, said.format(name=name, variable=PASSPHRASE_FILE)
    return name, lines[0], ""


class JournalHost(QObject):
    def __init__(
        self,
        folder: Path,
        settings: QSettings | None = None,
        scheduled_backups: bool = True,
        lock: JournalLock | None = None,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.settings = settings
        self.scheduled_backups = scheduled_backups
        self.lock = lock or JournalLock(folder)  # the start-up takes it before loading the window
        self.journal: Journal | None = None
        self.window: MainWindow | None = None
        self.lock_screen: QDialog | None = None
        self.idle = IdleWatch(self._lock_minutes, self)
        self.idle.idle.connect(self.lock_now)

    # -- the passphrase ------------------------------------------------------------------------
    def needs_unlock(self) -> bool:
        """Whether the journal is encrypted and this process does not hold its keys."""
        return is_encrypted(self.folder) and keys.of_folder(self.folder) is None

    def unlock_keys(self, passphrase: str | None, recovery: str | None = None) -> None:
        """In a worker: the key derivation, the keys remembered for this process. An encrypt or
        decrypt that was interrupted is finished here, under the core's own lock of the folder
        (ours is let go for it and taken again)."""
        from journal.core.crypt.convert import open_keys

        held = self.lock.held
        if held and not read_header(self.folder).finished:
            self.lock.release()
        loading = threading.Thread(target=_load_modules, name="load-during-kdf", daemon=True)
        loading.start()
        try:
            open_keys(self.folder, passphrase, recovery)
        finally:
            loading.join()
            if held and not self.lock.held:
                self.lock.acquire()

    def ask_passphrase(self, parent: QWidget | None = None) -> bool:
        """The start-up prompt; True once the journal is unlocked, False when the person quits."""
        from journal.gui import keyring_store
        from journal.gui.dialogs.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(str(self.folder), self.unlock_keys, parent, offer_keyring=True)
        given = passphrase_file()
        if given is not None:  # given for this start (scripts, the benchmark): before the keyring
            name, passphrase, problem = given
            if passphrase is not None:
                QTimer.singleShot(0, dialog, lambda: dialog.try_from_file(passphrase, name))
            else:
                dialog.refuse_file(problem)
        else:
            stored = keyring_store.recall(self.folder)  # only when the person chose to store it
            if stored is not None:
                QTimer.singleShot(0, dialog, lambda: dialog.try_stored(stored))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open(self, early_check: EarlyCheck | None = None) -> MainWindow:
        """Lock, open and show; raises JournalLocked or another JournalError, holding nothing.
        `early_check`: SQLite's quick check, started once the lock was taken (app.run)."""
        self.lock.acquire()
        try:
            if is_encrypted(self.folder) and not read_header(self.folder).finished:
                self.unlock_keys(None)  # a conversion cut short: finished with the keys we hold
            self.journal = Journal.open(self.folder, early_check=early_check)
        except BaseException:
            self.lock.release()
            raise
        window = MainWindow(JournalSession(self.journal), self.settings)
        window.restore_requested.connect(self.restore_backup)
        window.crypt_requested.connect(self.crypt)
        encrypted = is_encrypted(self.folder)
        for key, shown in (("encrypt", not encrypted), ("decrypt", encrypted), ("passphrase", encrypted)):
            if key in window.commands:
                window.commands[key].setEnabled(shown)
        window.show()
        self.window = window
        self.idle.start(encrypted)
        if self.scheduled_backups:
            QTimer.singleShot(SCHEDULED_BACKUP_DELAY_MS, self._scheduled_backup)
        return window

    def close(self) -> None:
        self.idle.stop()
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
            QMessageBox.critical(
                old,
                JournalHostWords.tr("Journal not opened"),
                JournalHostWords.tr("The journal could not be opened again: {reason}").format(reason=exc),
            )
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
                window.statusBar().showMessage(
                    JournalHostWords.tr("Backed up the journal to {path}").format(path=path), 8000
                )

        start_scheduled_backup(window, journal, done)

    # -- encrypting, decrypting, a new passphrase ----------------------------------------------
    def crypt(self, what: str) -> None:
        """Journal > Encrypt…, Decrypt… or Change passphrase… (`what`: encrypt, decrypt, passphrase)."""
        from journal.gui.commands import crypt_actions

        old = self.window
        assert old is not None
        plan = crypt_actions.ask(what, self.folder, old)
        if plan is None:
            return
        if not plan.closes:  # a new passphrase rewrites the key file only: the journal stays open
            crypt_actions.run(old, plan, lambda: old)
            return
        old.save_layout()
        old.setEnabled(False)  # nothing may touch the journal while it is converted
        self.close()

        def reopen() -> QWidget | None:
            self._reopen(old)
            return self.window

        crypt_actions.run(old, plan, reopen)

    def create(
        self,
        plan: crypt_actions.Plan,
        on_open: Callable[[], object],
        on_error: Callable[[BaseException], object],
    ) -> None:
        """Make the new journal the welcome's plan describes (encrypted from its first byte) off the
        GUI thread with progress, open it, and show what the plan shows after (the recovery code,
        once, over the new window); then `on_open()`. The folder's lock is held throughout. A
        refusal goes to `on_error` with nothing opened."""
        from journal.gui.background import run_with_progress

        def made(value: object) -> None:
            try:
                window = self.open()
            except Exception as exc:  # noqa: BLE001 - said by the caller, in words where it can
                on_error(exc)
                return
            plan.after(value, window)
            on_open()

        run_with_progress(None, plan.title, plan.label, plan.work, made, on_error)

    # -- the idle lock -------------------------------------------------------------------------
    def _lock_minutes(self) -> int:
        window = self.window
        return lock_minutes(window.settings if window is not None else self.settings or QSettings())

    def lock_now(self) -> None:
        """Close the window, drop the decoded pictures and the keys, and ask for the passphrase.
        Not while a dialog waits for the person (an entry being edited holds unsaved words)."""
        from journal.gui.dialogs.passphrase_dialog import PassphraseDialog

        old = self.window
        if old is None or self.lock_screen is not None or not is_encrypted(self.folder):
            return
        if QApplication.activeModalWidget() is not None:
            return
        screen = PassphraseDialog(str(self.folder), self.unlock_keys, None, locked=True)
        screen.accepted.connect(self._unlocked)
        screen.rejected.connect(QApplication.quit)
        self.lock_screen = screen
        screen.show()  # before the window closes, or Qt would quit with the last window
        self.idle.stop()
        old.thumbnails.clear()
        old.close()
        if self.journal is not None:
            self.journal.close()
            self.journal = None
        self.window = None
        old.deleteLater()
        QPixmapCache.clear()
        keys.forget(self.folder)  # every later read of the folder needs the passphrase again

    def _unlocked(self) -> None:
        screen, self.lock_screen = self.lock_screen, None
        try:
            self.open()
        except Exception as exc:
            QMessageBox.critical(
                None,
                JournalHostWords.tr("Journal not opened"),
                JournalHostWords.tr("The journal could not be opened again: {reason}").format(reason=exc),
            )
            QApplication.quit()
        finally:
            if screen is not None:
                screen.deleteLater()
