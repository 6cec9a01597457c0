"""Fixtures for the window's tests: a session on a real journal, settings in the test's folder."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from shots import keep_shot

from journal.core.domain.model import Site
from journal.core.journal import Journal
from journal.gui.session import JournalSession


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Window layout is remembered in the test's own file, never in the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def session(qapp, journal: Journal) -> JournalSession:  # noqa: ARG001 (qapp: a QApplication first)
    return JournalSession(journal)


@pytest.fixture
def elbow(journal: Journal) -> Site:
    return journal.store.add_site(
        Site.new(name="Left elbow", kind="deposit", region="elbow", near_joint=True)
    )


@pytest.fixture
def window(qtbot, session: JournalSession, settings: QSettings):
    from journal.gui.main_window import MainWindow

    win = MainWindow(session, settings)
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # shortcuts go to the active window
    qtbot.waitActive(win)
    return win


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default demo journal, generated once per test run (it draws its photos)."""
    from journal.core.demo.generate import ensure_demo_journal

    return ensure_demo_journal(tmp_path_factory.mktemp("demo") / "journal")


@pytest.fixture
def demo_dir(tmp_path: Path, demo_template: Path) -> Path:
    target = tmp_path / "demo"
    shutil.copytree(demo_template, target)
    return target


@pytest.fixture
def save_shot(tmp_path: Path) -> Callable[[QWidget, str], Path]:
    """Save a screenshot under the test's folder, and a copy in /tmp/shots to look at."""

    def save(widget: QWidget, name: str) -> Path:
        path = tmp_path / f"{name}.png"
        assert widget.grab().save(str(path)), f"could not save {path}"
        keep_shot(path)
        return path

    return save


ANSWERED = "answeredByTest"


@pytest.fixture
def answer_dialogs():
    """`answer_dialogs(act)`: while the test runs, call `act(dialog)` for each new modal dialog."""
    timers: list[QTimer] = []

    def arm(act: Callable[[QWidget], None]) -> None:
        # Marked on the dialog itself: a Python id() is reused once a closed dialog's wrapper
        # is freed, and the next dialog would then look answered already (and wait forever).
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is not None and not dialog.property(ANSWERED) and dialog.isVisible():
                dialog.setProperty(ANSWERED, True)
                act(dialog)

        timer = QTimer()
        timer.timeout.connect(poll)
        timer.start(20)
        timers.append(timer)

    yield arm
    for timer in timers:
        timer.stop()


@pytest.fixture
def when_modal() -> Callable[[Callable[[QWidget], None]], None]:
    """`when_modal(act)`: run `act(dialog)` once a modal dialog is up (its exec() blocks the test)."""

    def arm(act: Callable[[QWidget], None], tries: int = 200) -> None:
        def poll(left: int = tries) -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is not None:
                act(dialog)
            elif left:
                QTimer.singleShot(20, lambda: poll(left - 1))

        QTimer.singleShot(0, poll)

    return arm
