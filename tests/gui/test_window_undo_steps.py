"""Every change made in the window is one step on its undo stack (Ctrl+Z, Ctrl+Shift+Z), and
after each the pane that shows the change shows its result; the panes that show other
kinds of record are left alone."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QSignalSpy, QTest

from journal.core.alerts import current_alerts
from journal.core.domain.model import Entry, LabResult, Site
from journal.core.operations import Changes
from journal.gui.main_window import MainWindow

DAY = dt.date(2026, 11, 2)


def _current_tab(window: MainWindow) -> str:
    return window.tab_keys[window.tabs.currentIndex()]


def _seen(window: MainWindow, site: Site, entry: Entry) -> None:
    """Written before the window looked (as another program would): the window is told."""
    window.session.notify(Changes.of(sites=[site.id], entries=[entry.id]))


def _focus_back(qtbot, window: MainWindow) -> None:
    window.activateWindow()  # no window manager offscreen to hand the focus back
    qtbot.waitUntil(window.isActiveWindow)


def test_a_save_in_the_editor_is_undone_and_redone_from_the_keyboard(qtbot, window, journal, elbow):
    entry, _ = journal.add_entry(Entry.new(site_id=elbow.id, date=DAY, pain=2), [])
    _seen(window, elbow, entry)
    window.sites.select_site(elbow.id)
    window.timeline.select_entry(entry.id)
    window.commands["edit_entry"].trigger()
    editor = window.editor
    editor.form.pain.set_value(7)
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.isVisible())
    _focus_back(qtbot, window)
    assert window.undo_stack.count() == 1
    assert window.timeline.current_entry().pain == 7

    window.show_tab("labs")
    QTest.keySequence(window, "Ctrl+Z")
    assert journal.store.entry(entry.id).pain == 2
    assert _current_tab(window) == "timeline" and window.timeline.current_entry().pain == 2

    QTest.keySequence(window, "Ctrl+Shift+Z")
    assert journal.store.entry(entry.id).pain == 7
    assert window.timeline.current_entry().pain == 7
    assert window.statusBar().currentMessage().startswith("Redone: changed the entry for Left elbow")


def test_deleting_a_lab_is_a_step_of_the_window_s_undo(qtbot, window, journal):
    lab = journal.store.add_lab(LabResult.new(date="2026-03-01", test="calcium", value=2.7, unit="mmol/L"))
    pane = window.show_tab("labs")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    pane.table.selectRow(0)
    pane.table.setFocus()
    QTest.keyClick(pane.table, Qt.Key.Key_Delete)
    assert journal.store.labs() == [] and pane.model.rowCount() == 0
    assert window.undo_stack.count() == 1

    window.show_tab("timeline")
    QTest.keySequence(window, "Ctrl+Z")
    assert journal.store.labs() == [lab]
    assert _current_tab(window) == "labs" and pane.model.rowCount() == 1
    assert pane.selected() == lab  # brought back into view, selected
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Undone: deleted the lab result calcium of 2026-03-01.")
    )

    QTest.keySequence(window, "Ctrl+Shift+Z")
    assert journal.store.labs() == [] and pane.model.rowCount() == 0


def test_acknowledging_an_alert_is_undone_and_redone(qtbot, window, journal, elbow):
    journal.add_entry(Entry.new(site_id=elbow.id, date="2026-02-01", size_mm=4.0), [])
    journal.add_entry(Entry.new(site_id=elbow.id, date="2026-02-08", size_mm=4.1, ulcerated=True), [])
    window.alerts_feed.refresh()
    pane = window.show_tab("alerts")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=10000)
    pane.select_row(0)
    pane.note.setText("shown to Dr Meier")
    qtbot.mouseClick(pane.ack_button, Qt.MouseButton.LeftButton)
    [alert] = current_alerts(journal.store, include_acknowledged=True)
    assert alert.status == "acknowledged" and pane.model.rowCount() == 0

    _focus_back(qtbot, window)
    QTest.keySequence(window, "Ctrl+Z")
    [alert] = current_alerts(journal.store, include_acknowledged=True)
    assert alert.status == "open" and not alert.acknowledgements
    assert _current_tab(window) == "alerts" and pane.model.rowCount() == 1  # open again, listed

    QTest.keySequence(window, "Ctrl+Shift+Z")
    [alert] = current_alerts(journal.store, include_acknowledged=True)
    assert alert.status == "acknowledged" and alert.ack_note == "shown to Dr Meier"
    assert pane.model.rowCount() == 0


def test_the_timeline_reloads_only_for_its_own_site_s_entries(qtbot, window, journal, elbow):
    entry, _ = journal.add_entry(Entry.new(site_id=elbow.id, date=DAY, pain=2), [])
    _seen(window, elbow, entry)
    window.sites.select_site(elbow.id)
    assert window.timeline.model.rowCount() == 1
    resets = QSignalSpy(window.timeline.model.modelReset)

    labs = window.show_tab("labs")  # a lab saved through its pane: an operation like any other
    labs.form.editors["test"].set_value("calcium")
    labs.form.editors["value"].set_value("2.7")
    labs.form.editors["unit"].set_value("mmol/L")
    labs.save()
    assert len(journal.store.labs()) == 1 and window.undo_stack.count() == 1
    assert resets.count() == 0
    from journal.core.operations.sites import add_site  # another site: not the one in view

    knee = window.session.do(
        add_site(journal, Site.new(name="Right knee", kind="deposit", region="knee"))
    ).value
    assert resets.count() == 0 and window.sites.model.rowCount() == 2  # the site list did reload
    from journal.core.operations.sites import edit_site

    window.session.do(edit_site(journal, dataclasses.replace(knee, name="Left knee")))
    assert resets.count() == 0

    from journal.core.operations.entries import add_entry

    window.session.do(add_entry(journal, Entry.new(site_id=elbow.id, date=DAY + dt.timedelta(days=1))))
    assert resets.count() == 1 and window.timeline.model.rowCount() == 2
