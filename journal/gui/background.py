"""Work off the GUI thread, its answer on the GUI thread: the one way the window runs slow work.

`run_in_background(parent, work, on_done, on_error)` runs `work()` in a thread pool and then
calls `on_done(result)` or `on_error(exception)` on the GUI thread, where widgets, message
boxes and the window's SQLite connection belong. It is the idea of Anki's QueryOp (its
qt/aqt/operations): the caller says what to run and what to do with the answer, and never
waits for it. `run_with_progress` adds a progress dialog for work the person asked for and
watches (a backup, an import); the window keeps painting, and the caller continues in
`on_done` instead of waiting in a nested event loop.

Without `on_error`, an error is shown: a `JournalError` (or an OSError) as its sentence, any
other as an unexpected error (logged, with "Copy details"). Once `parent` is deleted (its
window closed) or the handle is cancelled, the answer is dropped: nobody waits for it.

Workers get plain values (paths, prepared data) or open their own connection; the GUI
thread's connection never leaves the GUI thread.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from journal.core.errors import JournalError
from journal.core.language import Words


class BackgroundWords(Words):
    """The title of a refusal's message box."""


T = TypeVar("T")

PROGRESS_AFTER_MS = 400  # quicker work shows no progress dialog at all

_RUNNING: set[Background[Any]] = set()  # handles of running work, kept alive until their answer is delivered


class Background(QObject, Generic[T]):
    """The handle on one piece of work. It lives on the GUI thread; the worker emits through
    it, so its answer is queued to the GUI thread and delivered there."""

    _done = Signal(object)
    _failed = Signal(object)

    def __init__(
        self,
        parent: QObject | None,
        on_done: Callable[[T], object] | None,
        on_error: Callable[[BaseException], object] | None,
    ) -> None:
        super().__init__()  # no Qt parent: a late answer must find its handle alive
        self._owner = parent
        self._on_done, self._on_error = on_done, on_error
        self.finished = False
        self.cancelled = False
        self._done.connect(self._deliver_done, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._deliver_failed, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Drop the answer when it comes (the work itself runs to its end)."""
        self.cancelled = True

    def _wanted(self) -> bool:
        _RUNNING.discard(self)
        self.finished = True
        return not self.cancelled and (self._owner is None or shiboken6.isValid(self._owner))

    def _let_go(self) -> None:
        """Drop the callbacks and the owner here, on the GUI thread, once the answer is handled.
        The worker may hold the handle a moment longer and drop it last: were a dialog's bound
        method still in it, the dialog would then be deleted in the worker thread (a crash)."""
        self._on_done = self._on_error = None
        self._owner = None

    @Slot(object)
    def _deliver_done(self, value: Any) -> None:
        try:
            if self._wanted() and self._on_done is not None:
                self._on_done(value)
        finally:
            self._let_go()

    @Slot(object)
    def _deliver_failed(self, error: BaseException) -> None:
        try:
            if not self._wanted():
                return
            if self._on_error is not None:
                self._on_error(error)
            else:
                show_error(self._owner if isinstance(self._owner, QWidget) else None, error)
        finally:
            self._let_go()


class _FullCollectionsWait:
    """Python's full garbage collections wait while work runs off the GUI thread.

    A full collection walks every object the process holds and keeps the GIL all along. Started
    in a worker that allocates much (the alert rules read every entry: 30,000 on the
    50,000-photo journal), each one held the GUI thread still for 40-120 ms, several times a run
    (measured with gc.callbacks; scripts/bench_stress.py's "taking in the alerts"). The young
    generations still collect meanwhile; what a worker leaves behind is freed by reference
    counting when it ends, and full collections resume when the last worker ends.
    """

    NEVER = 1 << 30  # young collections between two full ones: none while work runs

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._saved = gc.get_threshold()

    def __enter__(self) -> None:
        with self._lock:
            if self._running == 0:
                self._saved = gc.get_threshold()
                gc.set_threshold(self._saved[0], self._saved[1], self.NEVER)
            self._running += 1

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._running -= 1
            if self._running == 0:
                gc.set_threshold(*self._saved)


_full_collections_wait = _FullCollectionsWait()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], handle: Background[Any]) -> None:
        super().__init__()
        self.work, self.handle = work, handle

    def run(self) -> None:
        try:
            with _full_collections_wait:
                result = self.work()
        except BaseException as exc:  # handed to the GUI thread, which shows it or passes it on
            self.handle._failed.emit(exc)
            return
        self.handle._done.emit(result)


def run_in_background(
    parent: QObject | None,
    work: Callable[[], T],
    on_done: Callable[[T], object] | None = None,
    on_error: Callable[[BaseException], object] | None = None,
    pool: QThreadPool | None = None,
) -> Background[T]:
    """Start `work` in `pool` (the shared one by default); one callback follows on the GUI thread."""
    handle: Background[T] = Background(parent, on_done, on_error)
    _RUNNING.add(handle)
    (pool or QThreadPool.globalInstance()).start(_Job(work, handle))
    return handle


def run_with_progress(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Callable[[], T],
    on_done: Callable[[T], object],
    on_error: Callable[[BaseException], object] | None = None,
) -> Background[T]:
    """`run_in_background` with a window-modal progress dialog (shown only if the work takes
    a while). The dialog is closed before either callback runs, so a message box the
    callback shows stands alone."""
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setCancelButton(None)  # the work cannot be stopped halfway
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setValue(0)  # at its minimum, the dialog's own timer shows it after the duration
    progress.setMinimumDuration(PROGRESS_AFTER_MS)

    def closing(then: Callable[[Any], object] | None) -> Callable[[Any], None]:
        def finish(value: Any) -> None:
            progress.close()
            progress.deleteLater()
            if then is not None:
                then(value)
            elif isinstance(value, BaseException):
                show_error(parent, value, title)

        return finish

    # The handle's owner is None: the progress dialog is closed even when `parent` went away.
    return run_in_background(None, work, closing(on_done), closing(on_error))


def error_sentence(error: BaseException) -> str | None:
    """The sentence for a refusal a person can act on; None for a fault of the app."""
    if isinstance(error, JournalError):
        return str(error)
    if isinstance(error, OSError):
        return f"{error.strerror or error}"
    return None


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """A refusal as its sentence; anything else as an unexpected error, logged."""
    sentence = error_sentence(error)
    if sentence is not None:
        QMessageBox.warning(parent, title or BackgroundWords.tr("Not done"), sentence)
        return
    from journal.gui.dialogs.error_dialog import show_unexpected_error

    show_unexpected_error(parent, error)
