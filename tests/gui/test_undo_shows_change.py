"""Undo and redo never change what the person cannot see: the window switches to the
timeline of the changed entry's site, selects the entry when it is there, and the status
bar names what was undone or redone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journal.core.domain.model import Site
from journal.core.operations import Changes
from journal.gui.main_window import MainWindow

DAY = dt.date(2026, 11, 2)


def _current_tab(window: MainWindow) -> str:
    return window.tab_keys[window.tabs.currentIndex()]


def _log_entry(qtbot, window: MainWindow, site_id: int) -> int:
    """Ctrl+N, a pain rating, Save: the way a person logs an entry."""
    window.sites.select_site(site_id)
    QTest.keySequence(window, "Ctrl+N")
    editor = window.editor
    assert editor.site.currentData() == site_id
    editor.date.setDate(DAY)
    editor.form.pain.set_value(2)
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.isVisible())
    window.activateWindow()  # no window manager offscreen to hand the focus back
    qtbot.waitUntil(window.isActiveWindow)
    (entry,) = window.session.store.entries(site_id)
    assert entry.id is not None
    return entry.id


def _look_elsewhere(qtbot, window: MainWindow, other: Site) -> None:
    """Another site selected and the Daily check pane in front: the entry is out of sight."""
    window.sites.select_site(other.id)
    window.show_tab("daily")
    qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
    assert window.timeline.model.site_id == other.id and _current_tab(window) == "daily"


def _shows_site(window: MainWindow, site: Site) -> None:
    assert _current_tab(window) == "timeline"
    assert window.timeline.isVisible()
    assert window.sites.current_site_id() == site.id and window.session.current_site_id == site.id
    assert window.timeline.model.site_id == site.id and window.timeline.title.text() == site.name


def test_undo_and_redo_of_a_new_entry_show_it_and_say_what_they_did(qtbot, window, journal, elbow, save_shot):
    knee = journal.store.add_site(Site.new(name="Right knee", kind="deposit", region="knee"))
    window.session.notify(Changes.of(sites=[knee.id]))
    entry_id = _log_entry(qtbot, window, elbow.id)

    _look_elsewhere(qtbot, window, knee)
    QTest.keySequence(window, "Ctrl+Z")
    assert journal.store.entries(elbow.id) == []
    _shows_site(window, elbow)
    assert window.timeline.model.rowCount() == 0  # the entry is gone, and the person sees where from
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(f"Undone: new entry: the entry for Left elbow on {DAY.isoformat()}.")
    )
    save_shot(window, "undo_new_entry")

    _look_elsewhere(qtbot, window, knee)
    QTest.keySequence(window, "Ctrl+Shift+Z")
    [back] = journal.store.entries(elbow.id)
    assert back.id == entry_id
    _shows_site(window, elbow)
    current = window.timeline.current_entry()
    assert current is not None and current.id == entry_id
    assert window.timeline.view.selectionModel().isRowSelected(window.timeline.model.row_of(entry_id))
    assert window.timeline.view.hasFocus()  # Delete or Ctrl+E now act on the entry in view
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(f"Redone: new entry: the entry for Left elbow on {DAY.isoformat()}.")
    )
    save_shot(window, "redo_new_entry")


def test_undo_of_a_delete_brings_the_entry_back_into_view_selected(qtbot, window, journal, elbow):
    knee = journal.store.add_site(Site.new(name="Right knee", kind="deposit", region="knee"))
    window.session.notify(Changes.of(sites=[knee.id]))
    entry_id = _log_entry(qtbot, window, elbow.id)
    window.show_tab("timeline")
    window.timeline.view.setFocus()
    window.timeline.select_entry(entry_id)
    QTest.keyClick(window.timeline.view, Qt.Key.Key_Delete)
    assert journal.store.entries(elbow.id) == []

    _look_elsewhere(qtbot, window, knee)
    QTest.keySequence(window, "Ctrl+Z")
    _shows_site(window, elbow)
    current = window.timeline.current_entry()
    assert current is not None and current.id == entry_id
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(f"Undone: deleted the entry for Left elbow on {DAY.isoformat()}.")
    )

    _look_elsewhere(qtbot, window, knee)
    QTest.keySequence(window, "Ctrl+Shift+Z")
    assert journal.store.entries(elbow.id) == []
    _shows_site(window, elbow)
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(f"Redone: deleted the entry for Left elbow on {DAY.isoformat()}.")
    )


def test_undo_of_an_edit_shows_the_entry_as_it_was(qtbot, window, journal, elbow):
    knee = journal.store.add_site(Site.new(name="Right knee", kind="deposit", region="knee"))
    window.session.notify(Changes.of(sites=[knee.id]))
    entry_id = _log_entry(qtbot, window, elbow.id)
    window.show_tab("timeline")
    window.timeline.select_entry(entry_id)
    window.commands["edit_entry"].trigger()
    editor = window.editor
    editor.form.pain.set_value(6)
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.isVisible())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert journal.store.entry(entry_id).pain == 6

    _look_elsewhere(qtbot, window, knee)
    QTest.keySequence(window, "Ctrl+Z")
    assert journal.store.entry(entry_id).pain == 2
    _shows_site(window, elbow)
    current = window.timeline.current_entry()
    assert current is not None and (current.id, current.pain) == (entry_id, 2)
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(f"Undone: changed the entry for Left elbow on {DAY.isoformat()}.")
    )
