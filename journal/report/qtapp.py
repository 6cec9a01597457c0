"""A Qt application object for drawing pages, also where there is no screen."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication

_app: QCoreApplication | None = None  # held here so the application outlives the caller's frame


def ensure_gui_application() -> QCoreApplication:
    """Return the running Qt application, or start a QGuiApplication. On Linux without an
    X or Wayland display, Qt would abort looking for one, so the offscreen platform is
    chosen first (the variable must be set before the application object exists)."""
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if app is not None:
        if not isinstance(app, QGuiApplication):
            raise RuntimeError("drawing a summary needs a QGuiApplication, not a QCoreApplication")
        return app
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if no_display and sys.platform not in ("win32", "darwin"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    global _app
    _app = QGuiApplication([sys.argv[0] if sys.argv else "skinjournal"])
    return _app
