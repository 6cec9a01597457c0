"""Thumbnails loaded off the GUI thread, cached, with a placeholder while they load.

Views ask `pixmap(path, size)`: a cached picture comes back at once; otherwise the
placeholder does, a worker (`run_in_background`) decodes the file into a QImage (safe
outside the GUI thread, unlike QPixmap) and `ready(path)` tells the models which rows to
repaint. The pictures one paint asks for are decoded by one worker, not one each: twenty
workers starting during the window's first paint cost it 23 ms in thread starts and in
waits for the GIL the workers held (measured on the 50,000-photo journal). Workers get the journal's PhotoFiles (a read of the file's bytes: decrypted in the
worker for an encrypted journal, never written plain), never the store. A sealed thumbnail that
was changed shows a crossed-out tile, not a picture. `clear` drops every decoded picture (the
window locking).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from journal.core.errors import JournalError
from journal.gui.background import run_in_background

CACHE_LIMIT = 600  # pictures of about 64 px: a few megabytes


class _Changed(QImage):
    """The answer for a sealed file whose authentication failed (drawn as a crossed-out tile)."""


def _load_thumbnail(source: Callable[[], Path | bytes], size: QSize) -> QImage:
    """In the worker: the decoded, scaled picture (a null image when it cannot be read)."""
    from journal.core.crypt.sealed import SealBroken

    image = QImage()
    try:
        found = source()
        image = QImage(str(found)) if isinstance(found, Path) else QImage.fromData(found)
    except SealBroken:
        return _Changed()
    except (OSError, JournalError):
        pass  # a missing photo file stays a placeholder; `skinjournal check` reports it
    if not image.isNull():
        image = image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
        )
    return image


_Request = tuple[str, Callable[[], Path | bytes], QSize]


def _load_thumbnails(requests: list[_Request]) -> list[tuple[str, QImage]]:
    """In the worker: every picture asked for in one pass, each one's failure its own."""
    return [(key, _load_thumbnail(source, size)) for key, source, size in requests]


class ThumbnailCache(QObject):
    ready = Signal(str)  # the key whose picture is now cached

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._cache: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: set[str] = set()
        self._failed: set[str] = set()  # unreadable files are not retried at every repaint
        self._changed: set[str] = set()  # sealed files that failed their authentication
        self._placeholders: dict[tuple[int, int], QPixmap] = {}
        self._generation = 0  # a load started before `clear` delivers nothing
        self._asked: list[_Request] = []  # waiting for the worker started once this pass ends

    def pixmap(self, key: str, source: Callable[[], Path | bytes], size: QSize) -> QPixmap:
        """The picture for `key` (a photo's hash) if cached; else a placeholder and a load starts.

        `source` runs in the worker: it returns the thumbnail file or its (decrypted) bytes,
        making the thumbnail if it is missing."""
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        if key in self._changed:
            return self.changed_placeholder(size)
        if key not in self._pending and key not in self._failed:
            self._pending.add(key)
            if not self._asked:
                QTimer.singleShot(0, self, self._load_asked)  # once the paint asking for them ends
            self._asked.append((key, source, size * _device_ratio()))
        return self.placeholder(size)

    def _load_asked(self) -> None:
        asked, self._asked = self._asked, []
        if not asked:
            return  # cleared since (the window locked)
        # A cache deleted meanwhile (its window closed) drops the answer: nobody waits for it.
        generation = self._generation
        run_in_background(
            self,
            lambda: _load_thumbnails(asked),
            lambda loaded: self._on_all_loaded(loaded, generation),
            lambda _exc: self._on_all_loaded([(key, QImage()) for key, _s, _z in asked], generation),
            pool=self._pool,
        )

    def _on_all_loaded(self, loaded: list[tuple[str, QImage]], generation: int) -> None:
        for key, image in loaded:
            self._on_loaded(key, image, generation)

    def is_cached(self, key: str) -> bool:
        return key in self._cache

    def is_changed(self, key: str) -> bool:
        """Whether `key`'s sealed thumbnail failed its authentication (shown crossed out)."""
        return key in self._changed

    def clear(self) -> None:
        """Forget every decoded picture (the window locks); answers still under way are dropped."""
        self._cache.clear()
        self._failed.clear()
        self._changed.clear()
        self._pending.clear()
        self._asked.clear()
        self._generation += 1

    def changed_placeholder(self, size: QSize) -> QPixmap:
        """The tile of a photo that cannot be shown because its file was changed: crossed out."""
        pixmap = QPixmap(self.placeholder(size))
        painter = QPainter(pixmap)
        pen = QPen(QApplication.palette().color(QPalette.ColorRole.WindowText))
        pen.setWidth(2)
        painter.setPen(pen)
        inner = pixmap.rect().adjusted(8, 8, -8, -8)
        painter.drawLine(inner.topLeft(), inner.bottomRight())
        painter.drawLine(inner.topRight(), inner.bottomLeft())
        painter.end()
        return pixmap

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

    def _on_loaded(self, key: str, image: QImage, generation: int) -> None:
        if generation != self._generation:
            return  # asked before the cache was cleared
        self._pending.discard(key)
        if isinstance(image, _Changed):
            self._changed.add(key)
            self.ready.emit(key)
            return
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
