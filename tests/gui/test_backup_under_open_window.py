"""A backup made while the window is open must not drop the window's hold on the database.

SQLite's locks are POSIX locks: closing any descriptor of the database file in the window's
process drops them all ("How To Corrupt An SQLite Database File", section 2.2). Another
process that writes next (the command line) then believes it is alone, checkpoints and
deletes the -wal and -shm files under the open window, and every warning-sign check of
the window fails from then on with "disk I/O error". These tests keep a real window open,
back up through the window's own two paths (File > Back up now, the scheduled backup),
write with the command line in a second process, and check that the window is unharmed.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journal.core.journal import DB_NAME
from journal.core.operations import Changes
from journal.gui.commands import data_actions
from journal.gui.main_window import MainWindow

CLI_DAY = "2026-03-02"
WINDOW_DAY = dt.date(2026, 3, 3)


def _cli(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journal", "--journal", str(folder), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _wait_for_alerts(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: not window.session.alerts_pending and not window.alerts_feed.running, timeout=15000
    )


def _back_up_now(qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """File > Back up now, with the file dialog and the closing message answered."""
    shown: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(tmp_path / "now.zip"), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *rest: shown.append(text))
    )
    for kind in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(lambda _p, _t, text, *rest: shown.append(text)))
    window.commands["backup_now"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)  # the backup runs off the GUI thread
    assert (tmp_path / "now.zip").is_file(), shown
    assert shown and shown[-1].startswith("Saved the journal"), shown


def _scheduled_backup(qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup the window makes at start when one is due (the same call JournalHost makes)."""
    done: list[Path | None] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *rest: done.append(None)))
    assert data_actions.start_scheduled_backup(window, window.session.journal, done.append) is True
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert done[0] is not None and done[0].is_file()


def _save_in_editor(qtbot, window: MainWindow, site_id: int) -> None:
    """A new entry through the window's own path: Ctrl+N's editor, Save."""
    window.commands["new_entry"].trigger()
    editor = window.editor
    assert editor is not None and editor.site.currentData() == site_id
    editor.date.setDate(WINDOW_DAY)
    editor.form.pain.set_value(3)
    editor.form.signs["ulcerated"].set_value(True)  # a warning sign: the next check must find it
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.isVisible())


@pytest.mark.parametrize("back_up", [_back_up_now, _scheduled_backup], ids=["back-up-now", "scheduled"])
def test_a_backup_then_a_command_line_write_leave_the_open_window_working(
    qtbot, window, session, elbow, tmp_path, monkeypatch, back_up
) -> None:
    folder = session.journal.folder
    session.notify(Changes.of(sites=[]))
    _wait_for_alerts(qtbot, window)
    failures: list[str] = []
    window.alerts_feed.failed.connect(failures.append)
    wal = folder / f"{DB_NAME}-wal"
    assert wal.exists()  # the window's connection is open in WAL mode

    back_up(qtbot, window, tmp_path, monkeypatch)
    logged = _cli(folder, "log", elbow.name, "--date", CLI_DAY, "--pain", "2")
    assert logged.returncode == 0, logged.stderr

    # The command line did not take the window's -wal and -shm files away from it...
    assert wal.exists(), "the -wal file was deleted under the open window"
    assert (folder / f"{DB_NAME}-shm").exists(), "the -shm file was deleted under the open window"
    # ... and the window's own connection sees what the command line logged.
    assert [(e.date.isoformat(), e.pain) for e in session.store.entries(elbow.id)] == [(CLI_DAY, 2)]

    # The window's next save lands: its connection has it, and so does another process.
    _save_in_editor(qtbot, window, elbow.id)
    assert [e.date for e in session.store.entries(elbow.id)] == [dt.date.fromisoformat(CLI_DAY), WINDOW_DAY]
    listed = _cli(folder, "entries", "--json")
    assert listed.returncode == 0, listed.stderr
    assert sorted(e["date"] for e in json.loads(listed.stdout)) == [CLI_DAY, WINDOW_DAY.isoformat()]

    # Its next warning-sign check succeeds and finds the sore the window just logged.
    _wait_for_alerts(qtbot, window)
    assert failures == []
    assert window.banner.isVisible()
    assert window.banner.label.text() == "1 warning sign needs a professional look"
