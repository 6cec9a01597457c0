"""Unexpected errors in the window: logged without personal data, shown with "Copy details".

A refusal the core explains (`JournalError`) is shown where it happens, as a plain message.
Anything else is a fault of the app: the person is told that what they saved before is
kept, the details (versions and code locations, no message text, see `core.app_log`) go
to the local log, and "Copy details" puts them on the clipboard to hand on if they wish.
Nothing is sent anywhere.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from journal import APP_DISPLAY_NAME
from journal.core.app_log import error_details, log, log_dir
from journal.core.language import Words


class ErrorDialogWords(Words):
    "The unexpected-error message."


UNEXPECTED = ErrorDialogWords.mark(
    "Skin Journal met an unexpected error and could not finish what you asked.\n\n"
    "Everything you saved before is kept. The details (without any of your data) are in the "
    'app\'s log; "Copy details" copies them if you want to report the problem.'
)


def qt_versions() -> str:
    return f"Qt {qVersion()}, PySide6 {pyside_version}"


def show_unexpected_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """Log the error and tell the person; returns the (modal, shown) box for tests to answer."""
    details = error_details(type(error), error, error.__traceback__, extra=qt_versions())
    log.error("unexpected error\n%s", details)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        APP_DISPLAY_NAME,
        ErrorDialogWords.tr(UNEXPECTED),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setDetailedText(f"{details}\n\nLog folder: {log_dir()}")
    box.setEscapeButton(QMessageBox.StandardButton.Ok)  # Esc and the title bar's close still work
    copy = box.addButton(ErrorDialogWords.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # keep the box open after copying
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(box.detailedText()))
    box.open()
    return box


class _Relay(QObject):
    """Brings an error raised on a worker thread to the GUI thread, where dialogs live."""

    raised = Signal(object)


_relay: _Relay | None = None


def install_error_hooks(parent: QWidget | None = None) -> None:
    """Route uncaught errors (GUI thread and worker threads) to the log and the dialog."""
    global _relay
    _relay = _Relay()
    # Queued, from either thread: the dialog opens from the event loop, never inside a paint event.
    _relay.raised.connect(
        lambda error: show_unexpected_error(parent, error), Qt.ConnectionType.QueuedConnection
    )

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if error.__traceback__ is None:
            error = error.with_traceback(tb)
        if _relay is not None:
            _relay.raised.emit(error)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and _relay is not None:
            _relay.raised.emit(args.exc_value)

    sys.excepthook = hook
    threading.excepthook = thread_hook
