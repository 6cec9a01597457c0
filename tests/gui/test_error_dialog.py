"""An unexpected error in the window: a dialog in words with "Copy details", and the log, never the data."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from journal.core import app_log
from journal.gui.dialogs.error_dialog import UNEXPECTED, install_error_hooks, show_unexpected_error

SECRET = "Scalp crown: tight, note for Dr Okafor"


def _open_box() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes, "no message box is open"
    return boxes[-1]


def test_copy_details_copies_versions_and_code_locations_without_personal_data(qtbot, save_shot) -> None:
    try:
        raise RuntimeError(SECRET)
    except RuntimeError as exc:
        box = show_unexpected_error(None, exc)
    qtbot.addWidget(box)
    assert box.text() == UNEXPECTED
    copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Copy details")
    copy.click()
    assert box.isVisible(), "copying keeps the box open"
    copied = QGuiApplication.clipboard().text()
    assert "Skin Journal" in copied and "builtins.RuntimeError" in copied and "Qt " in copied
    assert "test_error_dialog.py:" in copied
    assert SECRET not in copied and "Okafor" not in copied
    save_shot(box, "unexpected-error")
    box.close()
    assert not box.isVisible(), "Esc or the title bar's close button closes the box"


@pytest.mark.qt_no_exception_capture
def test_an_error_raised_in_a_slot_opens_the_dialog(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    saved = sys.excepthook
    install_error_hooks()
    try:

        def fails() -> None:
            raise ValueError(SECRET)

        QTimer.singleShot(0, fails)
        qtbot.waitUntil(
            lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())
        )
        box = _open_box()
        assert box.text() == UNEXPECTED
        assert "builtins.ValueError" in box.detailedText() and SECRET not in box.detailedText()
        box.close()
    finally:
        sys.excepthook = saved
        for handler in list(app_log.log.handlers):
            app_log.log.removeHandler(handler)
            handler.close()
