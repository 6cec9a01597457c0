"""The one helper that runs work off the GUI thread: the answer comes back on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from journal.core.errors import JournalError
from journal.gui.background import run_in_background


def _gui_thread() -> QThread:
    return QApplication.instance().thread()


def test_the_work_runs_elsewhere_and_its_result_arrives_on_the_gui_thread(qtbot) -> None:
    seen: list[tuple[bool, bool, int]] = []

    def work() -> int:
        assert QThread.currentThread() is not _gui_thread()
        return 42

    handle = run_in_background(
        None,
        work,
        lambda value: seen.append(
            (
                QThread.currentThread() is _gui_thread(),
                threading.current_thread() is threading.main_thread(),
                value,
            )
        ),
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [(True, True, 42)] and handle.finished


def test_an_error_arrives_as_the_error_callback_on_the_gui_thread(qtbot) -> None:
    errors: list[tuple[bool, BaseException]] = []
    done: list[object] = []

    def work() -> None:
        raise ValueError("boom")

    run_in_background(
        None, work, done.append, lambda exc: errors.append((QThread.currentThread() is _gui_thread(), exc))
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert done == [] and errors[0][0] is True
    assert isinstance(errors[0][1], ValueError) and str(errors[0][1]) == "boom"


def test_without_an_error_callback_a_refusal_is_shown_as_its_sentence(qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *rest: shown.append(text)))

    def work() -> None:
        raise JournalError("The backup is not a Skin Journal backup.")

    run_in_background(None, work)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == ["The backup is not a Skin Journal backup."]


def test_without_an_error_callback_anything_else_is_an_unexpected_error(qtbot, monkeypatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(
        "journal.gui.dialogs.error_dialog.show_unexpected_error", lambda _parent, error: shown.append(error)
    )
    run_in_background(None, lambda: 1 / 0)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert isinstance(shown[0], ZeroDivisionError) and shown[0].__traceback__ is not None


@pytest.mark.parametrize("how", ["parent deleted", "cancelled"])
def test_an_answer_nobody_waits_for_is_dropped(qtbot, how) -> None:
    release = threading.Event()
    owner = QObject()
    told: list[object] = []
    handle = run_in_background(owner, lambda: release.wait(30), told.append, told.append)
    if how == "cancelled":
        handle.cancel()
    else:
        owner.deleteLater()
        qtbot.waitUntil(lambda: not _valid(owner))
    release.set()
    qtbot.waitUntil(lambda: handle.finished, timeout=10_000)
    assert told == []


def _valid(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_no_full_garbage_collection_stops_the_window_while_work_runs(qtbot) -> None:
    """A full collection holds the GIL for as long as it walks every object; started by a worker
    that allocates much it held the GUI thread still for a tenth of a second. While work runs
    only the young generations collect; full collections resume when it ends."""
    import gc

    full: list[str] = []

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(threading.current_thread().name)

    def allocate() -> int:
        kept = [[index] for index in range(300_000)]  # containers that survive young collections
        return len(kept)

    before = gc.get_threshold()
    gc.callbacks.append(watch)
    try:
        results: list[int] = []
        run_in_background(None, allocate, results.append)
        qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    finally:
        gc.callbacks.remove(watch)
    assert results == [300_000]
    assert full == []
    assert gc.get_threshold() == before
