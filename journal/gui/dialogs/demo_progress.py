"""Making the demo journal (several seconds: it draws and imports its photos) off the GUI thread.

The worker opens its own connection to the demo folder and closes it before the window
opens the journal; the GUI thread only shows a busy indicator meanwhile, and the caller
goes on in `on_done` (or `on_error`, with what the core raised) instead of waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog

from journal.gui.background import Background, run_in_background


def make_demo_journal(
    folder: Path, on_done: Callable[[], object], on_error: Callable[[BaseException], object]
) -> Background[Path]:
    """Fill the demo folder if it is empty (quick when it is not); nothing is half made on error."""
    from journal.core.demo.generate import ensure_demo_journal

    dialog = QProgressDialog("Making the demo journal (made-up data)\u2026", "", 0, 0)
    dialog.setWindowTitle("Demo journal")
    dialog.setCancelButton(None)  # written in one transaction; stopping gains nothing
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(300)

    def finish(then: Callable[[], object]) -> None:
        try:
            then()  # first, so the window is up before the dialog goes (closing the last window quits)
        finally:
            dialog.close()
            dialog.deleteLater()

    return run_in_background(
        None,
        lambda: ensure_demo_journal(folder),
        lambda _folder: finish(on_done),
        lambda exc: finish(lambda: on_error(exc)),
    )
