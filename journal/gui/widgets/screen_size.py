"""A window's opening size, kept inside the screen it opens on."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# Room for the window manager's title bar and frame, which are not known before a window is shown.
TITLE_BAR = 40


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to width x height, or smaller where the screen is: a 1100 px dialog on a 1024x700
    screen would leave its right edge and its bottom buttons out of reach."""
    screen = widget.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width())
        height = min(height, room.height() - TITLE_BAR)
    widget.resize(max(width, 1), max(height, 1))
