"""Decode photo files off the GUI thread.

A 12 MP photo takes about 90 ms to decode and a 100 MP one far longer: the window must not
freeze meanwhile. QImage (unlike QPixmap) may be made in a worker thread; the finished image
is handed back on the GUI thread (`run_in_background`), which turns it into a pixmap.

A journal's photos are read through the core's `PhotoFiles.read` (`load_photo`): in an encrypted
journal the worker decrypts the sealed file into memory and decodes it from there, so no plain
copy is ever written to disk; a sealed file that was changed (its authentication fails) is not
decoded at all, and the viewer says so instead of showing a picture.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Signal
from PySide6.QtGui import QImage, QImageReader

from journal.core.language import Words
from journal.gui.background import run_in_background

if TYPE_CHECKING:
    from journal.core.domain.model import Photo
    from journal.core.photos.pipeline import PhotoFiles


class ImageLoaderWords(Words):
    """Why a photo cannot be shown."""


# What the viewers show in place of a photo whose sealed file failed its authentication.
CHANGED = ImageLoaderWords.mark("cannot be shown: the file was changed or damaged since it was saved")

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
    image, reason = _decode(QImageReader(str(path)), reduce_by)
    if image.isNull():
        reason = reason if path.exists() else ImageLoaderWords.tr("the photo file is missing")
        return image, f"{path.name}: {reason}"
    return image, ""


def decode_bytes(data: bytes, reduce_by: int = 1) -> tuple[QImage, str]:
    """A picture decoded from memory (a decrypted photo or thumbnail); a null image and why."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        return _decode(QImageReader(buffer), reduce_by)
    finally:
        buffer.close()


def read_photo(files: PhotoFiles, sha256: str, ext: str, reduce_by: int = 1) -> tuple[QImage, str]:
    """A stored photo of the journal, decoded in the calling (worker) thread. A plain journal's
    file is decoded from its path; an encrypted journal's is decrypted into memory first."""
    from journal.core.crypt.sealed import SealBroken

    path = files.path(sha256, ext)
    if files.key is None:
        return read_image(path, reduce_by)
    try:
        data = files.read(sha256, ext)
    except SealBroken:
        return QImage(), f"{path.name}: {ImageLoaderWords.tr(CHANGED)}."
    except FileNotFoundError:
        return QImage(), f"{path.name}: " + ImageLoaderWords.tr("the photo file is missing")
    image, reason = decode_bytes(data, reduce_by)
    return image, f"{path.name}: {reason}" if image.isNull() else ""


def _decode(reader: QImageReader, reduce_by: int) -> tuple[QImage, str]:
    reader.setAutoTransform(True)  # stored photos are upright already; this is a safety net
    if reduce_by > 1:
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(QSize(max(1, size.width() // reduce_by), max(1, size.height() // reduce_by)))
    image = reader.read()
    return image, reader.errorString() if image.isNull() else ""


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

    def load_photo(self, files: PhotoFiles, photo: Photo, reduce_by: int = 1) -> int:
        """`load` for one of the journal's photos, read through its PhotoFiles (decrypted in the
        worker when the journal is encrypted)."""
        self._next += 1
        request = self._next
        sha256, ext = photo.sha256, photo.ext
        run_in_background(
            self,
            lambda: read_photo(files, sha256, ext, reduce_by),
            lambda found: self._deliver(request, *found),
            lambda exc: self._deliver(request, QImage(), f"{photo.file_name}: {exc}"),
        )
        return request

    def _deliver(self, request: int, image: QImage, error: str) -> None:
        if error:
            self.failed.emit(request, error)
        else:
            self.loaded.emit(request, image)
