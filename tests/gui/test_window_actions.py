"""Menus, shortcuts and the remembered layout of the main window."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from journal.core.domain.model import Entry
from journal.gui.main_window import MainWindow


def _keys(action) -> set[str]:
    return {s.toString() for s in action.shortcuts()}


def test_standard_shortcuts(window) -> None:
    expected = {
        "new_entry": "Ctrl+N",
        "print_preview": "Ctrl+P",
        "undo": "Ctrl+Z",
        "redo": "Ctrl+Shift+Z",
        "quit": "Ctrl+Q",
        "help": "F1",
        "delete_entry": "Del",
        "rename_site": "F2",
    }
    for key, shortcut in expected.items():
        assert shortcut in _keys(window.commands[key]), key
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Journal", "Help"]


def test_f1_opens_help_not_about(qtbot, window, when_modal) -> None:
    shown = {}

    def read(dialog) -> None:
        shown["title"], shown["text"] = dialog.windowTitle(), dialog.text() + dialog.informativeText()
        dialog.accept()

    when_modal(read)
    QTest.keyClick(window, Qt.Key.Key_F1)
    assert shown["title"] == "Skin Journal help"
    assert "Tab and Shift+Tab" in shown["text"] and "Photo tips" in shown["text"]
    assert not window.commands["about"].shortcuts()


def test_no_two_actions_share_a_shortcut(window) -> None:
    seen: dict[str, str] = {}
    for key, action in window.commands.items():
        for shortcut in _keys(action):
            assert shortcut not in seen, f"{shortcut} is on both {seen[shortcut]} and {key}"
            seen[shortcut] = key


def test_entry_actions_follow_the_selection(qtbot, session, settings, journal, elbow) -> None:
    journal.add_entry(Entry.new(site_id=elbow.id, date="2026-03-01", size_mm=2.0))
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    assert window.commands["delete_entry"].isEnabled() and window.commands["compare"].isEnabled()
    window.timeline.view.clearSelection()
    window.timeline.view.setCurrentIndex(window.timeline.model.index(-1, -1))
    assert not window.commands["delete_entry"].isEnabled()


def test_delete_key_outside_the_timeline_does_not_delete_an_entry(
    qtbot, session, settings, journal, elbow
) -> None:
    journal.add_entry(Entry.new(site_id=elbow.id, date="2026-03-01", size_mm=2.0))
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.sites.view.setFocus()
    QTest.keyClick(window.sites.view, Qt.Key.Key_Delete)
    assert len(journal.store.entries()) == 1
    window.timeline.view.setFocus()
    QTest.keyClick(window.timeline.view, Qt.Key.Key_Delete)
    assert journal.store.entries() == []


def test_layout_is_remembered(qtbot, session, settings, tmp_path) -> None:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(700, 500)  # inside the offscreen screen (800x600), so nothing is clamped
    window.show()
    window.splitter.setSizes([300, 400])
    window.show_tab("labs")
    window.close()
    sizes = window.splitter.sizes()

    again = MainWindow(session, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.show()
    assert (again.size().width(), again.size().height()) == (700, 500)
    assert again.splitter.sizes() == sizes
    assert again.tab_keys[again.tabs.currentIndex()] == "labs"


def test_charts_are_not_reopened_at_start_even_if_last_shown(qtbot, session, settings) -> None:
    settings.setValue("window/tab", "charts")
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    assert window.tab_keys[window.tabs.currentIndex()] == "timeline"


def test_every_tab_builds_its_pane(qtbot, window) -> None:
    for key in window.tab_keys:
        pane = window.show_tab(key)
        assert pane is not None and pane.isVisibleTo(window), key
    assert QKeySequence("Ctrl+2") in window.commands["show_charts"].shortcuts()


def test_title_names_the_journal(window, journal) -> None:
    # Qt appends "Skin Journal" itself (the application display name), so the title does not.
    assert window.windowTitle() == journal.folder.name


def test_the_file_menu_offers_the_health_record_export_and_calendar_reminders(window) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in file_menu.actions() if not a.isSeparator()]
    assert "Export for a health record (FHIR)\u2026" in texts and "Reminders for your calendar\u2026" in texts
    assert texts.index("Export as CSV\u2026") < texts.index("Export for a health record (FHIR)\u2026")
    # each menu letter once, so Alt+F then a letter reaches one action
    letters = [t.split("&")[1][0].lower() for t in (a.text() for a in file_menu.actions()) if "&" in t]
    assert len(letters) == len(set(letters)), letters
