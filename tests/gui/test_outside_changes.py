"""What the command line writes while the window is open shows up in the window within two
seconds; the window's own saves are not reloaded a second time."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from journal.core.journal import Journal
from journal.core.operations import Changes

WITHIN_MS = 2000  # the promise: an outside change is on screen within two seconds


def _cli(folder: Path, *args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "journal", "--journal", str(folder), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def _timeline_dates(window) -> list[str]:
    return sorted(e.date.isoformat() for e in window.timeline.model.loaded_entries())


def test_an_entry_and_a_site_logged_on_the_command_line_show_up_in_the_open_window(
    qtbot, elbow, window
) -> None:
    window.sites.select_site(elbow.id)
    qtbot.waitUntil(lambda: window.timeline.title.text() == "Left elbow")
    assert _timeline_dates(window) == []
    folder = window.session.journal.folder

    _cli(folder, "log", "Left elbow", "--date", "2026-03-02", "--pain", "2")
    qtbot.waitUntil(lambda: _timeline_dates(window) == ["2026-03-02"], timeout=WITHIN_MS)
    assert "1 entry" in window.timeline.subtitle.text()

    _cli(folder, "site", "add", "Right knee", "--kind", "area", "--region", "knee")
    names = lambda: [window.sites.model.index(r).data() for r in range(window.sites.model.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: "Right knee" in names(), timeout=WITHIN_MS)
    assert window.timeline.title.text() == "Left elbow"  # the person's place is kept


def test_a_lab_result_from_the_command_line_shows_up_in_the_labs_pane(qtbot, window) -> None:
    labs = window.show_tab("labs")
    assert labs is not None and labs.model.rowCount() == 0
    _cli(
        window.session.journal.folder,
        "lab",
        "--date",
        "2026-03-05",
        "--test",
        "calcium",
        "--value",
        "2.4",
        "--unit",
        "mmol/L",
    )
    qtbot.waitUntil(lambda: labs.model.rowCount() == 1, timeout=WITHIN_MS)


def test_the_windows_own_save_is_not_reloaded_a_second_time(qtbot, elbow, window) -> None:
    told: list[Changes] = []
    window.session.changed.connect(told.append)
    window.sites.select_site(elbow.id)
    window.commands["new_entry"].trigger()
    editor = window.editor
    editor.date.setDate(dt.date(2026, 3, 3))
    editor.form.pain.set_value(3)
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert _timeline_dates(window) == ["2026-03-03"]
    # The watcher's next tick, run now rather than waited for: the window's own commit is not news.
    assert window.outside_changes.check() is False
    assert Changes.everything() not in told
    # A write from another connection is.
    with Journal.open(window.session.journal.folder) as other:
        other.store.set_setting("outside-note", "x")
    assert window.outside_changes.check() is True
    assert told[-1] == Changes.everything()


def test_the_watcher_stops_once_the_journal_is_closed(qtbot, window) -> None:
    window.session.journal.close()
    assert window.outside_changes.check() is False
    assert not window.outside_changes.timer.isActive()
