"""The window at 1024x700 with a 200-character site name and long notes: nothing widens it, the
labs' "Outside range" and the alerts' "Status" stay in sight, and long words wrap or elide with
the whole text in a tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QTableView

from journal.core.domain.model import Entry, LabResult, Site, Visit
from journal.gui.main_window import MainWindow
from journal.gui.models.alerts_model import AlertColumn
from journal.gui.panes.records.labs import LabColumn

LONG_NAME = ("Left elbow, the outer side near the bony point where the sleeve rubs every day " * 3)[:200]


@pytest.fixture
def small_window(qtbot, session, settings, journal):
    site = journal.store.add_site(Site.new(name=LONG_NAME, kind="deposit", region="elbow", notes="n " * 200))
    journal.add_entry(
        Entry.new(site_id=site.id, date="2026-03-01", ulcerated=True, size_mm=3, note="a long note " * 40)
    )
    journal.store.add_lab(
        LabResult.new(
            date="2026-03-01", test="calcium", value=3.1, unit="mmol/L", low=2.1, high=2.6, note="long " * 80
        )
    )
    journal.store.add_visit(Visit.new(date="2026-03-05", clinician="Dr Meier", findings="said " * 200))
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not session.alerts_pending, timeout=20_000)
    return window


def _laid_out(qtbot, table: QTableView) -> None:
    """A pane built on first show gets its size from the next layout pass."""
    qtbot.waitUntil(lambda: table.viewport().width() > 150, timeout=5_000)


def _layouts_done() -> None:
    """A pane shown for the first time lays itself out over a few posted events."""
    for _ in range(5):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _in_sight(table: QTableView, column: int) -> bool:
    header = table.horizontalHeader()
    left = header.sectionViewportPosition(column)
    return (
        not table.isColumnHidden(column)
        and left >= 0
        and left + header.sectionSize(column) <= (table.viewport().width())
    )


def test_a_200_character_site_name_never_widens_the_window(qtbot, small_window) -> None:
    window = small_window
    assert len(LONG_NAME) == 200
    assert window.minimumSizeHint().width() <= 1024
    assert (window.width(), window.height()) == (1024, 700)
    title = window.timeline.title
    assert title.full_text() == LONG_NAME and title.width() < title.fontMetrics().horizontalAdvance(LONG_NAME)
    assert title.toolTip() == LONG_NAME  # cut short on screen, whole in the tooltip
    assert title.accessibleName() == LONG_NAME
    for label in window.sites.findChildren(QLabel):
        if LONG_NAME in label.text() and label.isVisible():
            assert label.wordWrap() and label.width() < 1024


def test_at_1024x700_the_labs_outside_range_column_is_in_sight(qtbot, small_window) -> None:
    pane = small_window.show_tab("labs")
    qtbot.waitUntil(lambda: pane.findChild(QTableView) is not None)
    table = next(t for t in pane.findChildren(QTableView) if t.model().columnCount() > 5)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    _laid_out(qtbot, table)
    assert table.model().headerData(LabColumn.OUTSIDE, Qt.Orientation.Horizontal) == "Outside range"
    assert _in_sight(table, LabColumn.OUTSIDE)
    assert small_window.width() == 1024


def test_at_1024x700_the_alerts_status_column_is_in_sight(qtbot, small_window) -> None:
    pane = small_window.show_tab("alerts")
    table = pane.findChild(QTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() >= 1)
    _laid_out(qtbot, table)
    assert _in_sight(table, AlertColumn.STATUS)
    model = table.model()
    (site,) = [
        model.index(r, AlertColumn.SITE)
        for r in range(model.rowCount())
        if model.index(r, AlertColumn.SITE).data() != "not tied to a site"
    ]
    assert site.data() == LONG_NAME and site.data(Qt.ItemDataRole.ToolTipRole) == LONG_NAME
    assert table.horizontalHeader().sectionSize(AlertColumn.SITE) < 300  # cut short, not 1400 px
    assert pane.heading.wordWrap() and pane.message.wordWrap()
    assert small_window.width() == 1024


def _shown_whole(table: QTableView, index: QModelIndex) -> bool:
    """The cell's text fits its column as drawn (in its own font, bold for an open alert), with the
    few pixels of margin the style keeps each side."""
    font = index.data(Qt.ItemDataRole.FontRole) or table.font()
    needed = QFontMetrics(font).horizontalAdvance(index.data()) + 8
    return needed <= table.horizontalHeader().sectionSize(index.column())


def test_at_1024x700_alerts_signs_evidence_and_note_are_whole(qtbot, small_window) -> None:
    """The detail pane beside the table squeezed it: "Lab value o…rence range", the evidence's
    "Value" column cut to "Va", the note's example cut mid-word."""
    pane = small_window.show_tab("alerts")
    table = pane.table
    qtbot.waitUntil(lambda: table.model().rowCount() >= 2)
    _laid_out(qtbot, table)
    model = table.model()
    for row in range(model.rowCount()):
        sign = model.index(row, AlertColumn.SIGN)
        assert _shown_whole(table, sign), sign.data()
        site = model.index(row, AlertColumn.SITE)
        if site.data() != LONG_NAME:
            assert _shown_whole(table, site), site.data()
    assert _in_sight(table, AlertColumn.STATUS)
    evidence = pane.evidence
    qtbot.waitUntil(lambda: evidence.topLevelItemCount() >= 1)
    header = evidence.header()
    value = evidence.columnCount() - 1
    assert header.sectionViewportPosition(value) + header.sectionSize(value) <= evidence.viewport().width()
    item = evidence.topLevelItem(0)
    assert evidence.fontMetrics().horizontalAdvance(item.text(value)) < header.sectionSize(value)
    note = pane.note
    assert note.fontMetrics().horizontalAdvance(note.placeholderText()) + 12 <= note.width()
    assert small_window.width() == 1024


def test_long_notes_and_findings_do_not_push_columns_out_of_sight(qtbot, small_window) -> None:
    pane = small_window.show_tab("visits")
    table = next(t for t in pane.findChildren(QTableView) if t.model().columnCount() > 5)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    header = table.horizontalHeader()
    widest = max(header.sectionSize(c) for c in range(table.model().columnCount() - 1))
    assert widest <= header.maximumSectionSize() < 400
    findings = table.model().index(0, 2)
    assert findings.data(Qt.ItemDataRole.ToolTipRole)  # the whole text, on hover
    assert small_window.width() == 1024


def test_a_site_rows_detail_line_ends_before_its_trend_arrow() -> None:
    """The arrow sits in the middle of the row's right edge; a detail line long enough to reach it
    ("Unterarm · heute geprüft" in a list narrowed to 240 px) ran under it, arrow over letters."""
    from PySide6.QtCore import QRect

    from journal.gui.widgets.delegates.site_delegate import row_places

    row = QRect(6, 6, 228, 48)
    for alerts in (False, True):
        places = row_places(row, 70, alerts=alerts, trend=True)
        assert places.arrow is not None
        assert not places.detail.intersects(places.arrow)
        assert not places.name.intersects(places.arrow)
        assert places.badge is None or not places.name.intersects(places.badge)
    quiet = row_places(row, 70, alerts=False, trend=False)
    assert quiet.detail.right() >= row.right() - 1  # no arrow: the whole width for the words


@pytest.mark.parametrize("tab", ["visits", "care"])
def test_at_1024x700_a_records_forms_examples_are_readable(qtbot, small_window, tab) -> None:
    """The form column was 350 px at 1024: "for example: Dr…" cut in the clinician's field."""
    pane = small_window.show_tab(tab)
    qtbot.waitUntil(lambda: pane.form.isVisible() and pane.form.width() > 150, timeout=5_000)
    _layouts_done()
    lines = [
        line
        for line in pane.form.findChildren(QLineEdit)
        if line.isVisible() and line.placeholderText() and not isinstance(line.parent(), QComboBox)
    ]
    assert lines
    for line in lines:
        needed = line.fontMetrics().horizontalAdvance(line.placeholderText()) + 12  # the frame's margins
        assert needed <= line.width(), line.placeholderText()
    assert small_window.width() == 1024


@pytest.mark.parametrize("tab", ["daily", "labs", "care", "visits", "hand"])
def test_at_1024x700_a_records_save_and_clear_are_in_view(qtbot, small_window, tab) -> None:
    """The buttons ended the scrolling form, under the window's bottom edge on the visits' long form."""
    pane = small_window.show_tab(tab)
    qtbot.waitUntil(lambda: pane.form.isVisible() and pane.form.width() > 150, timeout=5_000)
    _layouts_done()
    for button in (pane.save_button, pane.cancel_button):
        assert button.isVisible()
        assert button.visibleRegion().boundingRect() == button.rect(), button.text()  # nothing of it cut
