"""With German installed, the main window speaks German: its menus, its tabs and a table's
headers, and a size in the timeline is written with a decimal comma ("5,5 mm"), as the entry
editor writes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from german_support import window_german
from PySide6.QtCore import Qt

from journal.core.domain.model import Entry, Site
from journal.gui.main_window import MainWindow
from journal.gui.models.timeline_model import Column

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def german(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    with window_german(qapp, tmp_path / "i18n", monkeypatch):
        yield


def test_the_main_window_speaks_german(german, qtbot, journal, session, settings) -> None:  # noqa: ARG001
    site = journal.store.add_site(Site.new(name="Linker Ellbogen", kind="deposit", region="elbow"))
    journal.add_entry(Entry.new(site_id=site.id, date="2026-03-01", size_mm=5.5))
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Ansicht", "&Tagebuch", "&Hilfe"]
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[:3] == ["&Verlauf", "Dia&gramme", "Hi&nweise"]
    assert window.commands["new_entry"].text() == "&Neuer Eintrag…"

    window.sites.select_site(site.id)
    model = window.timeline.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal) for c in (Column.DATE, Column.PAIN, Column.SIZE)
    ]
    assert headers == ["Datum", "Schmerz", "Größe"]
    assert model.index(0, Column.SIZE).data() == "5,5 mm"


def test_core_labels_in_the_window_are_german(german, qtbot, journal, session) -> None:  # noqa: ARG001
    from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel

    from journal.gui.dialogs.lifecycle_hand import PhaseDialog
    from journal.gui.dialogs.settings_dialog import SettingsDialog
    from journal.gui.panes.records import HandPane, LabsPane

    site = journal.store.add_site(Site.new(name="Linker Ellbogen", kind="deposit", region="elbow"))
    phases = PhaseDialog(session, site.id)
    qtbot.addWidget(phases)
    assert [phases.phase.itemText(i) for i in range(phases.phase.count())] == [
        "aktiv",
        "aufgebrochen",
        "heilt ab",
        "abgeheilt",
        "entfernt",
    ]

    labs = LabsPane(session)
    qtbot.addWidget(labs)
    tests = labs.form.editors["test"].widget
    assert isinstance(tests, QComboBox)
    assert "Ionisiertes Calcium" in [tests.itemText(i) for i in range(tests.count())]

    hand = HandPane(session)
    qtbot.addWidget(hand)
    assert any(label.text().startswith("Beugen Sie die Finger") for label in hand.findChildren(QLabel))

    preferences = SettingsDialog(session)
    qtbot.addWidget(preferences)
    groups = [box.title() for box in preferences.findChildren(QGroupBox)]
    assert groups[:2] == ["Schnelles Wachstum", "Schmerz"]
    assert preferences.tabs.tabText(0) == "Warnzeichen"
    texts = [label.text() for label in preferences.findChildren(QLabel)]
    assert "Mindestens so viel Prozent größer" in texts


def test_every_tab_in_german_fits_a_1024_pixel_window(german, qtbot, demo_dir, settings) -> None:  # noqa: ARG001
    """German words are longer: no tab of the demo journal's window may need more than 1024 px
    (the charts' controls and the visits' buttons did, and widened the window off the screen)."""
    from journal.core.journal import Journal
    from journal.gui.session import JournalSession

    journal = Journal.open(demo_dir)
    try:
        window = MainWindow(JournalSession(journal), settings)
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        needs = {}
        for tab in ("timeline", "charts", "alerts", "daily", "labs", "care", "visits", "hand"):
            window.show_tab(tab)
            qtbot.wait(50)
            needs[tab] = window.minimumSizeHint().width()
        assert max(needs.values()) <= 1024, needs
        assert window.width() == 1024
    finally:
        journal.close()


def test_the_german_entry_editor_fits_a_1024_pixel_screen_without_scrolling_sideways(
    german,  # noqa: ARG001
    qtbot,
    journal,
    session,
) -> None:
    """The warning signs' long German labels ("Gerötet, warm oder geschwollen:") made the editor's
    fields wider than a 1024 px screen: the signs' choices were cut off at the right edge behind a
    horizontal scroll bar. Now a long sign puts its choice under it."""
    from journal.gui.dialogs.entry_editor import EntryEditor

    site = journal.store.add_site(Site.new(name="Kopfhaut", kind="area", region="scalp"))
    editor = EntryEditor(session, site.id)
    qtbot.addWidget(editor)
    editor.resize(1024, 660)
    editor.show()
    qtbot.waitExposed(editor)
    area = editor.fields_area
    qtbot.waitUntil(lambda: area.widget().width() > 0)
    assert area.widget().minimumSizeHint().width() <= area.viewport().width()
    assert area.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
    for choice in editor.form.signs.values():
        if choice.isVisible():
            right = choice.mapTo(area.widget(), choice.rect().topRight()).x()
            assert right < area.viewport().width(), choice.accessibleName()


def test_a_german_number_field_takes_a_decimal_comma(german, qtbot, journal, session) -> None:  # noqa: ARG001
    """In German a lab result is typed "2,34", as the table writes it: the core was handed
    "2,34" and said it was not a number, and an edited result came back as "2.34"."""
    from PySide6.QtWidgets import QLineEdit

    from journal.gui.panes.records import LabsPane

    labs = LabsPane(session)
    qtbot.addWidget(labs)
    labs.form.editors["test"].set_value("calcium")
    value = labs.form.editors["value"].widget
    assert isinstance(value, QLineEdit)
    value.setText("2,34")
    labs.form.editors["unit"].set_value("mmol/L")
    saved = labs.save()
    assert saved is not None, labs.form.visible_errors()
    assert [lab.value for lab in journal.store.labs()] == [2.34]
    labs.form.load(journal.store.labs()[0])
    assert value.text() == "2,34"


def test_the_sites_list_keeps_its_width_on_every_german_tab(
    german, qtbot, journal, session, settings
) -> None:  # noqa: ARG001
    """At 1024 px the charts' controls and the visits' buttons, longer in German, pushed the sites
    list from 280 to 240 px on every tab but the timeline ("Right index fin…")."""
    from PySide6.QtWidgets import QApplication

    site = journal.store.add_site(Site.new(name="Right index finger", kind="deposit", region="finger"))
    journal.add_entry(Entry.new(site_id=site.id, date="2026-03-01", size_mm=5.5))
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.sites.width() > 0)
    width = window.sites.width()
    assert width >= 270
    for key in window.tab_keys:
        window.show_tab(key)
        for _ in range(5):  # a pane built on first show lays itself out over a few posted events
            QApplication.sendPostedEvents()
            QApplication.processEvents()
        assert window.sites.width() == width, key
    assert window.width() == 1024
