"""Locking an encrypted journal after a while without use.

`IdleWatch` notes the time of the person's last key press, click, wheel turn or mouse move in
any of the app's windows (an event filter on the application), and a coarse timer compares it
with the chosen idle time ("Lock after N minutes idle" in Preferences, stored with the window's
own settings; 0 is off, the default). It only watches an encrypted journal: a plain one has no
passphrase to ask for.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication

LOCK_MINUTES_KEY = "privacy/lock_minutes"
CHECK_EVERY_MS = 15_000  # a lock may come up to this much after the idle time: fine for minutes

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def lock_minutes(settings: QSettings) -> int:
    """The chosen idle time in minutes; 0 (off) when unset or not a number."""
    try:
        value: object = settings.value(LOCK_MINUTES_KEY, 0)
        return max(0, int(str(value)))
    except (TypeError, ValueError):
        return 0


def set_lock_minutes(settings: QSettings, minutes: int) -> None:
    settings.setValue(LOCK_MINUTES_KEY, max(0, int(minutes)))
    settings.sync()


class IdleWatch(QObject):
    idle = Signal()

    def __init__(self, minutes: Callable[[], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._minutes = minutes
        self._last = time.monotonic()
        self._watching = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(lambda: self.check())

    @property
    def watching(self) -> bool:
        return self._watching

    def start(self, on: bool = True) -> None:
        self.stop()
        if not on:
            return
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._last = time.monotonic()
        self._watching = True
        self._timer.start()

    def stop(self) -> None:
        if self._watching:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
        self._watching = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last = time.monotonic()
        return False

    def check(self, now: float | None = None) -> bool:
        """Emit `idle` (and return True) when the chosen idle time has passed since the last input."""
        minutes = self._minutes()
        if not self._watching or minutes <= 0:
            return False
        if (time.monotonic() if now is None else now) - self._last < minutes * 60:
            return False
        self.idle.emit()
        return True

    def idle_since(self) -> float:
        return self._last
