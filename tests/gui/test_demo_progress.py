"""Making the demo journal off the GUI thread: a refusal comes back to the caller, nothing half made."""

from __future__ import annotations

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from journal.core.domain.model import Site
from journal.core.errors import JournalError
from journal.gui.dialogs.demo_progress import make_demo_journal


def test_refusal_in_the_worker_arrives_on_the_gui_thread(qtbot, tmp_path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("not a journal")
    done: list[bool] = []
    errors: list[tuple[bool, BaseException]] = []
    make_demo_journal(
        not_a_folder,
        lambda: done.append(True),
        lambda exc: errors.append((QThread.currentThread() is QApplication.instance().thread(), exc)),
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=30_000)
    on_gui_thread, error = errors[0]
    assert on_gui_thread and isinstance(error, JournalError) and "not a journal folder" in str(error)
    assert done == [] and not_a_folder.read_text() == "not a journal"


def test_a_journal_with_records_is_left_as_it_is(qtbot, journal, journal_dir) -> None:
    journal.store.add_site(Site.new(name="Mine", kind="area", region="scalp"))
    done: list[bool] = []
    make_demo_journal(
        journal_dir, lambda: done.append(True), lambda exc: done.append(exc)
    )  # opens, sees records
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert done == [True]
    assert [s.name for s in journal.store.sites()] == ["Mine"]


def test_the_demo_shows_its_progress_at_once_while_it_is_made(qtbot, tmp_path) -> None:
    """A first run has nothing else on screen: the dialog is up before the work starts, and it counts."""
    from PySide6.QtWidgets import QProgressDialog

    done: list[bool] = []
    make_demo_journal(tmp_path / "demo", lambda: done.append(True), lambda exc: done.append(exc))
    (dialog,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.objectName() == "demo-progress"
    ]
    assert dialog.isVisible()  # at once, not after a delay
    seen: list[tuple[int, int]] = []
    dialog.steps.step.connect(lambda step, total: seen.append((dialog.value(), dialog.maximum())))
    qtbot.waitUntil(lambda: bool(done), timeout=120_000)
    assert done == [True]
    assert seen and seen[-1][1] > 1  # a bar with an end, not a busy indicator
    assert seen[-1][0] >= seen[-1][1] - 1 and seen[0][0] < seen[-1][0]  # it moved towards the end
