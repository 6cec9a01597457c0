"""Thumbnails loaded off the GUI thread, cached, with a placeholder while they load.

Views ask `pixmap(path, size)`: a cached picture comes back at once; otherwise the
placeholder does, a worker (`run_in_background`) decodes the file into a QImage (safe
outside the GUI thread, unlike QPixmap) and `ready(path)` tells the models which rows to
repaint. Workers get a file path only, never the store.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from journal.gui.background import run_in_background

CACHE_LIMIT = 600  # pictures of about 64 px: a few megabytes


def _load_thumbnail(source: Callable[[], Path], size: QSize) -> QImage:
    """In the worker: the decoded, scaled picture (a null image when it cannot be read)."""
    image = QImage()
    try:
        image = QImage(str(source()))
    except OSError:
        pass  # a missing photo file stays a placeholder; `skinjournal check` reports it
    if not image.isNull():
        image = image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
        )
    return image


class ThumbnailCache(QObject):
    ready = Signal(str)  # the key whose picture is now cached

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._cache: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: set[str] = set()
        self._failed: set[str] = set()  # unreadable files are not retried at every repaint
        self._placeholders: dict[tuple[int, int], QPixmap] = {}

    def pixmap(self, key: str, source: Callable[[], Path], size: QSize) -> QPixmap:
        """The picture for `key` (a photo's hash) if cached; else a placeholder and a load starts.

        `source` runs in the worker: it returns the thumbnail file (making it if missing)."""
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        if key not in self._pending and key not in self._failed:
            self._pending.add(key)
            ratio = _device_ratio()
            # A cache deleted meanwhile (its window closed) drops the answer: nobody waits for it.
            scaled = size * ratio
            run_in_background(
                self,
                lambda: _load_thumbnail(source, scaled),
                lambda image: self._on_loaded(key, image),
                lambda _exc: self._on_loaded(key, QImage()),
                pool=self._pool,
            )
        return self.placeholder(size)

    def is_cached(self, key: str) -> bool:
        return key in self._cache

    def placeholder(self, size: QSize) -> QPixmap:
        ident = (size.width(), size.height())
        if ident not in self._placeholders:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            colour = QColor(QApplication.palette().color(QPalette.ColorRole.Mid))
            colour.setAlpha(90)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(pixmap.rect().adjusted(1, 1, -1, -1), 6, 6)
            painter.end()
            self._placeholders[ident] = pixmap
        return self._placeholders[ident]

    def _on_loaded(self, key: str, image: QImage) -> None:
        self._pending.discard(key)
        if image.isNull():
            self._failed.add(key)
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(_device_ratio())
        self._cache[key] = pixmap
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)
        self.ready.emit(key)


def _device_ratio() -> float:
    app = QApplication.instance()
    return float(app.devicePixelRatio()) if isinstance(app, QApplication) else 1.0
