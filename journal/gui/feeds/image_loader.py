"""Decode photo files off the GUI thread.

A 12 MP photo takes about 90 ms to decode and a 100 MP one far longer: the window must not
freeze meanwhile. QImage (unlike QPixmap) may be made in a worker thread; the finished image
is handed back on the GUI thread (`run_in_background`), which turns it into a pixmap.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage, QImageReader

from journal.gui.background import run_in_background

# The measuring views work on a copy at most about this many pixels on its long side.
WORKING_SIDE = 2400


def reduction(width: int, height: int, limit: int = WORKING_SIDE) -> int:
    """The power of two to divide a picture's sides by for a working copy of at most about `limit`
    pixels: libjpeg decodes at 1/2, 1/4 or 1/8 straight from the DCT coefficients (its
    scale_denom), several times faster than a full decode, so a 12 MP photo loads in a fraction
    of the time and every click redraws over a quarter of the pixels."""
    factor = 1
    while max(width, height) / factor > limit:
        factor *= 2
    return factor


def read_image(path: Path, reduce_by: int = 1) -> tuple[QImage, str]:
    """The decoded image (its sides divided by `reduce_by`) and, when it is null, why it could
    not be read."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # stored photos are upright already; this is a safety net
    if reduce_by > 1:
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(QSize(max(1, size.width() // reduce_by), max(1, size.height() // reduce_by)))
    image = reader.read()
    if image.isNull():
        reason = reader.errorString() if path.exists() else "the photo file is missing"
        return image, f"{path.name}: {reason}"
    return image, ""


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

    def load(self, path: Path, reduce_by: int = 1) -> int:
        self._next += 1
        request = self._next
        # A loader deleted meanwhile (the window that asked was closed) drops the answer.
        run_in_background(
            self,
            lambda: read_image(path, reduce_by),
            lambda found: self._deliver(request, *found),
            lambda exc: self._deliver(request, QImage(), f"{path.name}: {exc}"),
        )
        return request

    def _deliver(self, request: int, image: QImage, error: str) -> None:
        if error:
            self.failed.emit(request, error)
        else:
            self.loaded.emit(request, image)
