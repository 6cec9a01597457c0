"""Photo import off the GUI thread: files (or a pasted picture) in, `PreparedPhoto`s out.

`journal.core.photos.pipeline.prepare_photo` is pure Pillow (no database), so it runs off the GUI
thread (`run_in_background`); results come back on the GUI thread, where the editor saves
them. A refused file (`PhotoRejected`) comes back as its message and nothing
is written anywhere.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QObject, QThreadPool, Signal
from PySide6.QtGui import QImage

from journal.core.errors import PhotoRejected
from journal.core.language import Words
from journal.core.photos.pipeline import PreparedPhoto, prepare_photo, prepare_photo_data
from journal.gui.background import run_in_background


class PhotoImportWords(Words):
    "Why a photo could not be imported."


def _prepare(source: Path | QImage, fallback: dt.date | None) -> PreparedPhoto:
    """In the worker: the photo made ready to save (pure Pillow, no database)."""
    if isinstance(source, QImage):
        return _prepare_pasted(source, fallback)
    return prepare_photo(source, fallback)


def _refusal(source: Path | QImage, exc: BaseException) -> str:
    if isinstance(exc, PhotoRejected):
        return str(exc)
    # Anything else unexpected still must not lose the form: the file is named, the rest goes on.
    name = PhotoImportWords.tr("the pasted picture") if isinstance(source, QImage) else source.name
    return PhotoImportWords.tr("{name}: could not be imported ({error}).").format(name=name, error=exc)


def _prepare_pasted(image: QImage, fallback: dt.date | None) -> PreparedPhoto:
    # A pasted picture has no file: encoded as a lossless PNG in memory, never in a temporary
    # file (an encrypted journal's photos are never plain on disk, not even for a moment).
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # PySide6 takes a str here
        raise PhotoRejected(PhotoImportWords.tr("the pasted picture could not be read."))
    return prepare_photo_data(bytes(buffer.data().data()), "pasted.png", fallback or dt.date.today())


class PhotoImporter(QObject):
    """Runs preparations; counts what is under way so the form can show progress."""

    prepared = Signal(object)  # PreparedPhoto
    rejected = Signal(str)
    progress = Signal(int, int)  # finished, started (since the importer was last idle)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._next_job = 0
        self._running: set[int] = set()
        self._started = 0
        self._finished = 0

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def add(self, sources: list[Path | QImage], fallback: dt.date | None) -> None:
        for source in sources:
            self._next_job += 1
            self._running.add(self._next_job)
            self._started += 1
            job = self._next_job
            run_in_background(
                self,
                functools.partial(_prepare, source, fallback),
                functools.partial(self._on_prepared, job),
                functools.partial(self._on_refused, job, source),
                pool=self._pool,
            )
        self.progress.emit(self._finished, self._started)

    def _on_prepared(self, job: int, photo: PreparedPhoto) -> None:
        self.prepared.emit(photo)
        self._done(job)

    def _on_refused(self, job: int, source: Path | QImage, exc: BaseException) -> None:
        self._on_rejected(job, _refusal(source, exc))

    def _on_rejected(self, job: int, message: str) -> None:
        self.rejected.emit(message)
        self._done(job)

    def _done(self, job: int) -> None:
        self._running.discard(job)
        self._finished += 1
        self.progress.emit(self._finished, self._started)
        if not self._running:
            self._started = self._finished = 0
            self.idle.emit()
