"""Starting the window: the application, the journal folder, the lock, then the main window.

Order matters: the folder is chosen (a first run asks), the lock is taken before the
database is opened (a second copy changes nothing), the demo is generated off the GUI
thread, and only then is the window built. Qt 6 scales for high-DPI screens by itself;
the platform's style and palette are kept, so a dark desktop gives a dark window.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from journal import APP_DISPLAY_NAME, APP_NAME
from journal.core.language import Words


class AppWords(Words):
    """What the window says when the journal's folder cannot be used at start."""


if TYPE_CHECKING:
    from journal.gui.commands.crypt_actions import Plan
    from journal.gui.journal_host import JournalHost

DESKTOP_ID = "io.github.skinjournal.SkinJournal"
# The log file (and the standard library's rotating handler, a fiftieth of a second to import)
# opens this long after start, when the window has long painted; what is logged before waits in
# memory (core.app_log.hold_records). The timer runs inside the welcome and passphrase dialogs too.
LOG_FILE_DELAY_MS = 2000
EXIT_LOCKED = 1
EXIT_REFUSED = 2


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    # Asked on Windows only: asking makes Qt build the style now, before the window needs it.
    if sys.platform == "win32" and app.style().name().lower() in ("windows", "windowsvista"):
        app.setStyle("Fusion")  # these two ignore a dark system palette; Fusion follows it
    from journal.gui.indicator_style import fit_indicators

    fit_indicators(app)  # a dark palette's check boxes and radio buttons stand out
    from journal.resources import resource_path

    try:
        app.setWindowIcon(QIcon(str(resource_path("skinjournal.svg"))))
    except FileNotFoundError:
        pass  # an installation without resources still opens, with the platform's icon
    return app


def tell(icon: QMessageBox.Icon, text: str, parent: QWidget | None = None) -> None:
    """A message the person must read; also on stderr for someone who started from a terminal."""
    print(f"skinjournal: {text}", file=sys.stderr)
    QMessageBox(icon, APP_DISPLAY_NAME, text, QMessageBox.StandardButton.Ok, parent).exec()


class Chosen(NamedTuple):
    folder: Path
    demo: bool
    create: Plan | None = None  # a new journal to make encrypted, chosen in the welcome


def choose_folder(args: argparse.Namespace) -> Chosen | None:
    """The journal folder, whether it is the demo, and how to make a new encrypted journal
    (chosen in the welcome); None when the person cancels."""
    from journal.core.crypt.header import is_encrypted
    from journal.core.folder.paths import demo_journal_dir, resolve_journal_dir
    from journal.core.journal import DB_NAME

    if getattr(args, "demo", False) and not getattr(args, "journal", None):
        return Chosen(demo_journal_dir(), True)
    folder = resolve_journal_dir(getattr(args, "journal", None))
    # A key file without its database is a new encrypted journal cut short before its database
    # was made: opening it with the passphrase makes the database, encrypted.
    if (folder / DB_NAME).exists() or is_encrypted(folder):
        return Chosen(folder, False)
    from journal.gui.dialogs.welcome import DEMO, WelcomeDialog  # first run only

    welcome = WelcomeDialog(str(folder))
    if welcome.exec() != QDialog.DialogCode.Accepted or welcome.choice is None:
        return None
    return Chosen(demo_journal_dir(), True) if welcome.choice == DEMO else Chosen(folder, False, welcome.plan)


def run(args: argparse.Namespace) -> int:
    app = application()
    from journal.gui.language import install_language

    install_language(app)  # before any window: each is built once, in this language
    from journal.core.app_log import hold_records, start_logging
    from journal.gui.dialogs.error_dialog import install_error_hooks

    hold_records()  # the file opens once the window is up: see LOG_FILE_DELAY_MS
    QTimer.singleShot(LOG_FILE_DELAY_MS, start_logging)
    install_error_hooks()
    from journal.gui.binding_check import binding_problem

    problem = binding_problem()
    if problem is not None:
        tell(QMessageBox.Icon.Critical, problem)
        return EXIT_REFUSED
    chosen = choose_folder(args)
    if chosen is None:
        return 0
    folder, demo, create = chosen
    from journal.core.errors import JournalError, JournalLocked
    from journal.core.folder.lock import LOCKED_MESSAGE, FolderLockWords, JournalLock
    from journal.core.journal import check_early
    from journal.core.store.early_check import EarlyCheck

    lock = JournalLock(folder)
    host: JournalHost | None = None

    def refusal(exc: BaseException) -> int:
        """Tell the person why the journal cannot open; the exit status."""
        if isinstance(exc, JournalLocked):
            tell(QMessageBox.Icon.Warning, f"{FolderLockWords.tr(LOCKED_MESSAGE)}\n\n{folder}")
            return EXIT_LOCKED
        if host is not None:
            host.close()
        else:
            lock.release()
        if isinstance(exc, JournalError):
            tell(QMessageBox.Icon.Critical, str(exc))
        else:
            tell(
                QMessageBox.Icon.Critical,
                AppWords.tr("The journal folder cannot be used: {reason}").format(reason=exc),
            )
        return EXIT_REFUSED

    early: EarlyCheck | None = None
    try:
        lock.acquire()  # before anything reads or writes the folder
        if not demo and create is None:
            early = check_early(folder)  # SQLite checks the file on another core while the window loads
    except (JournalError, OSError) as exc:
        return refusal(exc)
    from journal.gui.journal_host import JournalHost

    host = JournalHost(folder, lock=lock)
    try:
        if not demo and create is None:
            # An encrypted journal asks for its passphrase first (the key derivation runs off the
            # GUI thread); Quit there ends the app with nothing changed.
            if host.needs_unlock() and not host.ask_passphrase():
                host.close()
                return 0
            host.open(early)
    except (JournalError, OSError) as exc:
        return refusal(exc)
    if create is not None:
        # The new journal is made encrypted off the GUI thread (the key derivation) while the event
        # loop runs; the window opens when it is made. Until then no window is open.
        app.setQuitOnLastWindowClosed(False)

        def created() -> None:
            app.setQuitOnLastWindowClosed(True)

        def not_created(exc: BaseException) -> None:
            app.setQuitOnLastWindowClosed(True)
            if isinstance(exc, JournalError | OSError):
                app.exit(refusal(exc))
                return
            from journal.gui.dialogs.error_dialog import show_unexpected_error

            show_unexpected_error(None, exc).finished.connect(lambda _result: app.exit(EXIT_REFUSED))

        host.create(create, created, not_created)
    if demo:
        from journal.gui.dialogs.demo_progress import make_demo_journal

        # The demo is made while the event loop runs; the window opens when it is ready. Until
        # then no window is open, and the progress dialog closing must not end the app.
        app.setQuitOnLastWindowClosed(False)

        def made() -> None:
            try:
                host.open()
            except (JournalError, OSError) as exc:
                app.exit(refusal(exc))
            except BaseException:
                app.exit(EXIT_REFUSED)
                raise
            finally:
                app.setQuitOnLastWindowClosed(True)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, JournalError | OSError):
                app.exit(refusal(exc))
                return
            from journal.gui.dialogs.error_dialog import show_unexpected_error

            show_unexpected_error(None, exc).finished.connect(lambda _result: app.exit(EXIT_REFUSED))

        make_demo_journal(folder, made, failed)
    try:
        return app.exec()
    finally:
        host.close()
