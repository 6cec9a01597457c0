"""Making the demo journal (several seconds: it draws and imports its photos) off the GUI thread.

The worker opens its own connection to the demo folder and closes it before the window
opens the journal; the GUI thread shows how far it has got meanwhile (at once, not after a
delay: at first run nothing else is on screen yet), and the caller goes on in `on_done` (or
`on_error`, with what the core raised) instead of waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog

from journal.core.language import Words
from journal.gui.background import Background, run_in_background


class DemoProgressWords(Words):
    "Making the demo journal."


class _Steps(QObject):
    """Lives on the GUI thread; the worker emits through it, so each step is queued to the dialog."""

    step = Signal(int, int)


def make_demo_journal(
    folder: Path, on_done: Callable[[], object], on_error: Callable[[BaseException], object]
) -> Background[Path]:
    """Fill the demo folder if it is empty (quick when it is not); nothing is half made on error."""
    from journal.core.demo.generate import ensure_demo_journal

    dialog = QProgressDialog(DemoProgressWords.tr("Making the demo journal (made-up data)\u2026"), "", 0, 0)
    dialog.setObjectName("demo-progress")
    dialog.setWindowTitle(DemoProgressWords.tr("Demo journal"))
    dialog.setCancelButton(None)  # written in one transaction; stopping gains nothing
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(420)
    dialog.show()  # now: on a first run nothing else is on screen while the demo is made
    QApplication.processEvents()  # painted before the worker starts

    steps = _Steps()

    def stepped(done: int, total: int) -> None:
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total))
        dialog.setLabelText(
            DemoProgressWords.tr(
                "Making the demo journal (made-up data): drawing its photos and entries, {percent}% done\u2026"
            ).format(percent=round(100 * done / max(total, 1)))
        )

    steps.step.connect(stepped, Qt.ConnectionType.QueuedConnection)
    dialog.steps = steps  # type: ignore[attr-defined]  # kept alive as long as the dialog

    def finish(then: Callable[[], object]) -> None:
        try:
            then()  # first, so the window is up before the dialog goes (closing the last window quits)
        finally:
            dialog.close()
            dialog.deleteLater()

    return run_in_background(
        None,
        lambda: ensure_demo_journal(folder, steps.step.emit),
        lambda _folder: finish(on_done),
        lambda exc: finish(lambda: on_error(exc)),
    )
