"""Decode photo files off the GUI thread.

A 12 MP photo takes about 90 ms to decode and a 100 MP one far longer: the window must not
freeze meanwhile. QImage (unlike QPixmap) may be made in a worker thread; the finished image
is handed back through a queued signal, and the GUI thread turns it into a pixmap.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader


def read_image(path: Path) -> tuple[QImage, str]:
    """The decoded image and, when it is null, why it could not be read."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # stored photos are upright already; this is a safety net
    image = reader.read()
    if image.isNull():
        reason = reader.errorString() if path.exists() else "the photo file is missing"
        return image, f"{path.name}: {reason}"
    return image, ""


class _Courier(QObject):
    """Lives on the GUI thread; the worker emits through it, so delivery is queued."""

    done = Signal(int, QImage, str)


class ImageLoader(QObject):
    """Loads images in the global thread pool; `loaded(request, image)` or `failed(request, message)`.

    Each `load` returns a request number, so a caller that asked twice (the person picked
    another date quickly) can ignore the answer to the older question.
    """

    loaded = Signal(int, QImage)
    failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._next = 0
        self._courier = _Courier(self)
        self._courier.done.connect(self._deliver)

    def load(self, path: Path) -> int:
        self._next += 1
        request = self._next
        courier = self._courier

        def work() -> None:
            image, error = read_image(path)
            try:
                courier.done.emit(request, image, error)
            except RuntimeError:
                pass  # the window that asked was closed meanwhile

        QThreadPool.globalInstance().start(work)
        return request

    def _deliver(self, request: int, image: QImage, error: str) -> None:
        if error:
            self.failed.emit(request, error)
        else:
            self.loaded.emit(request, image)
