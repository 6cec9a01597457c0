"""Start the real window as `skinjournal` does, and quit once it has painted and is idle.

    python scripts/window_until_idle.py [--journal DIR | --demo]

For tests and the start-up benchmark, which need a window that ends by itself. Nothing in the
app knows about it: this script makes the QApplication first, then (1) answers every message
box with its default button, printing its text to stderr as the app also does, from a timer
that looks for a modal box every 20 ms, and (2) watches the main window alone, from the moment
it is shown, for its first paint (as the benchmark's Qt-only programs watch theirs), and at
the first idle moment after it prints `idle_at=<wall clock>`, which modules were loaded and
the process's memory, then quits. It never filters every event of the application: a filter
in Python there costs time on each event and makes PySide6 build a Python type for every kind
of object an event reaches, which a Qt-only program does not pay either.
The scheduled backup waits seconds after start-up, so it never starts in such a run.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MESSAGE_BOX_POLL_MS = 20


class UntilIdle(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.painted = False
        self.boxes = QTimer(self)
        self.boxes.timeout.connect(self.answer_message_box)
        self.boxes.start(MESSAGE_BOX_POLL_MS)  # runs inside a box's own event loop too
        show = QMainWindow.show
        watcher = self

        def show_and_watch(window: QMainWindow) -> None:
            window.installEventFilter(watcher)
            show(window)

        QMainWindow.show = show_and_watch  # type: ignore[method-assign]

    def answer_message_box(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            box.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            QTimer.singleShot(0, self.report)  # after the children painted in the same pass
        return False

    def report(self) -> None:
        print(f"idle_at={time.time():.6f}")
        print(f"matplotlib_loaded={'matplotlib' in sys.modules}")
        print(f"pillow_loaded={'PIL' in sys.modules}")
        print(f"modules={','.join(sorted(m for m in sys.modules if m.startswith(('journal.', 'logging.'))))}")
        try:
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith(("VmRSS", "VmHWM")):
                    print(line.replace("\t", " "))
        except OSError:
            pass
        sys.stdout.flush()
        self.app.quit()


def main() -> int:
    app = QApplication([sys.argv[0]])
    watcher = UntilIdle(app)
    print(
        f"app_code_at={time.time():.6f}"
    )  # PySide6 is loaded and the QApplication made: the app's own part starts
    from journal.launch import main as skinjournal

    status = skinjournal(sys.argv[1:])
    del watcher
    return status


if __name__ == "__main__":
    raise SystemExit(main())
