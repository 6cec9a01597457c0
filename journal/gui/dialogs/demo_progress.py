"""Making the demo journal (several seconds: it draws and imports its photos) off the GUI thread.

The worker opens its own connection to the demo folder and closes it before the window
opens the journal; the GUI thread only shows a busy indicator meanwhile.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog


class _Done(QObject):
    finished = Signal(object)  # None, or the exception that stopped the demo


def make_demo_journal(folder: Path) -> None:
    """Fill the demo folder if it is empty (quick when it is not); raise what the core raised."""
    from journal.core.demo.generate import ensure_demo_journal

    done = _Done()
    loop = QEventLoop()
    outcome: list[BaseException | None] = []

    def finished(error: BaseException | None) -> None:
        outcome.append(error)
        loop.quit()

    done.finished.connect(finished)

    def work() -> None:
        try:
            ensure_demo_journal(folder)
            done.finished.emit(None)
        except BaseException as exc:  # handed to the GUI thread, raised there
            done.finished.emit(exc)

    dialog = QProgressDialog("Making the demo journal (made-up data)\u2026", "", 0, 0)
    dialog.setWindowTitle("Demo journal")
    dialog.setCancelButton(None)  # the demo is written in one transaction; stopping halfway gains nothing
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(300)
    thread = threading.Thread(target=work, name="demo-journal", daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    dialog.close()
    if outcome and outcome[0] is not None:
        raise outcome[0]
