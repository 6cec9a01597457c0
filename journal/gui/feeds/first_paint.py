"""Run something once a window has painted itself for the first time and the event loop is idle.

A zero timer started before the window is shown fires before the first paint (Qt paints on
a later pass of the loop), so work queued that way competes with the very first frame.
Work that can wait (the first alerts, the benchmark's "idle" mark) waits for this instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)  # after the children painted in the same pass
            self.deleteLater()
        return False


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    _FirstPaint(window, callback)
