"""A warning-sign check that fails is said in words on the banner, never shown as "no alerts",
and the window checks again after the next change (or when asked) and goes back to normal.

The failure is real: the journal's database file is moved out of the folder after the
journal was opened, so the window's own connection keeps working while the worker, which
opens the folder's database afresh for every check, finds none there.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from journal.core.domain.model import Entry, Site
from journal.core.journal import DB_NAME
from journal.gui.main_window import MainWindow
from journal.gui.session import JournalSession

NOT_CHECKED = "Warning signs could not be checked ("
AGAIN = "They will be checked again after your next change."
ONE_SIGN = "1 warning sign needs a professional look"


@pytest.fixture
def sore(session: JournalSession, elbow: Site) -> Entry:
    """A broken-open elbow, logged before the window opens: a warning sign to find."""
    entry, _ = session.journal.add_entry(Entry.new(site_id=elbow.id, date="2026-02-08", ulcerated=True), [])
    return entry


def _move_database_away(session: JournalSession) -> tuple[Path, Path]:
    db = session.journal.folder / DB_NAME
    aside = db.with_name(DB_NAME + ".aside")
    db.rename(aside)
    return db, aside


def _open_window(qtbot, session: JournalSession, settings) -> MainWindow:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    _wait_for_check(qtbot, window)
    return window


def _wait_for_check(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: (
            window.alerts_feed.runs > 0
            and not window.session.alerts_pending
            and not window.alerts_feed.running
        ),
        timeout=15000,
    )


def _assert_not_checked(window: MainWindow) -> None:
    banner = window.banner
    text = banner.label.text()
    assert banner.isVisible()
    assert text.startswith(NOT_CHECKED) and text.endswith(AGAIN), text
    reason = text[len(NOT_CHECKED) : text.rindex(")")]
    assert reason.strip(), text  # the reason is named
    assert banner.accessibleName() == text
    assert banner.retry_button.isVisible() and not banner.show_button.isVisible()
    # The alerts pane does not say "no warning signs" either.
    pane = window.show_tab("alerts")
    assert "could not be checked" in pane.heading.text()
    assert "No warning signs" not in pane.heading.text()
    window.show_tab("timeline")


def _assert_normal(window: MainWindow) -> None:
    banner = window.banner
    assert banner.isVisible()
    assert banner.label.text() == ONE_SIGN
    assert banner.show_button.isVisible() and not banner.retry_button.isVisible()
    assert window.session.alerts_error is None


def test_a_failed_check_is_on_the_banner_and_the_next_save_checks_again(
    qtbot, session, settings, elbow, sore, save_shot, monkeypatch
) -> None:
    db, aside = _move_database_away(session)
    window = _open_window(qtbot, session, settings)
    _assert_not_checked(window)
    save_shot(window, "alert_check_failed")
    save_shot(window.banner, "alert_banner_check_failed")

    # The cause goes away; the person saves an entry and the window checks again.
    aside.rename(db)
    refused: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *rest: refused.append(text))
    )
    window.commands["new_entry"].trigger()
    editor = window.editor
    editor.date.setDate(dt.date(2026, 2, 10))
    editor.form.pain.set_value(2)
    editor.save_button.click()
    assert refused == []
    qtbot.waitUntil(lambda: not editor.isVisible())
    _wait_for_check(qtbot, window)
    _assert_normal(window)
    pane = window.show_tab("alerts")
    assert pane.model.rowCount() == 1 and "could not be checked" not in pane.heading.text()
    save_shot(window, "alert_check_recovered")


def test_check_again_on_the_banner_retries_and_stays_honest_while_it_still_fails(
    qtbot, session, settings, elbow, sore
) -> None:
    db, aside = _move_database_away(session)
    window = _open_window(qtbot, session, settings)
    _assert_not_checked(window)

    window.banner.retry_button.click()  # still no database there: still said, still not "no alerts"
    qtbot.waitUntil(lambda: window.alerts_feed.runs == 2 and not window.alerts_feed.running, timeout=15000)
    _assert_not_checked(window)

    aside.rename(db)
    window.banner.retry_button.click()
    _wait_for_check(qtbot, window)
    assert window.alerts_feed.runs == 3
    _assert_normal(window)
