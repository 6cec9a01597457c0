"""Typing an ISO date into any date field of the window gives that date.

QDateEdit types into one section at a time: typed into the day section, 2026-10-19 became
2026-11-10, and typed over the selected text it was refused key by key. Every date field
(entry, daily check, labs, care, visits, site, charts' period, summary period) is a DateField.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QWidget
from shots import save_widget

from journal.core.domain.model import Site
from journal.gui.dialogs.entry_editor import EntryEditor
from journal.gui.dialogs.report_dialog import ReportDialog
from journal.gui.dialogs.site_dialog import SiteDialog
from journal.gui.panes.records import CarePane, DailyPane, LabsPane, VisitsPane
from journal.gui.widgets.date_edit import DateField
from journal.gui.widgets.date_range import DateRangeControl

TYPED = "2026-10-19"
WANTED = dt.date(2026, 10, 19)
TODAY = dt.date.today()
START = dt.date(2026, 11, 30) if TODAY >= dt.date(2026, 11, 30) else TODAY  # as in the report


def _entry_editor(qtbot, session, elbow):
    editor = EntryEditor(session, elbow.id)
    return editor, [editor.date]


def _pane(pane_type):
    def make(qtbot, session, elbow):  # noqa: ARG001
        pane = pane_type(session)
        return pane, [pane.form.editors["date"].widget]

    return make


def _site_dialog(qtbot, session, elbow):  # noqa: ARG001
    dialog = SiteDialog(session, elbow)
    dialog.resolved.setChecked(True)
    return dialog, [dialog.resolved_on]


def _chart_period(qtbot, session, elbow):  # noqa: ARG001
    control = DateRangeControl()
    return control, [control.since_edit, control.until_edit]


def _summary_period(qtbot, session, elbow):  # noqa: ARG001
    dialog = ReportDialog(session.journal)
    return dialog, [dialog.since_edit, dialog.until_edit]


FORMS: dict[str, Callable] = {
    "entry": _entry_editor,
    "daily": _pane(DailyPane),
    "labs": _pane(LabsPane),
    "care": _pane(CarePane),
    "visits": _pane(VisitsPane),
    "site": _site_dialog,
    "chart period": _chart_period,
    "summary period": _summary_period,
}


def _shown(qtbot, host: QWidget, field: QDateEdit) -> None:
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)


def _click_in_the_day(qtbot, field: QDateEdit) -> None:
    """Click where the day's digits are drawn, as a person would to change the day."""
    line = field.lineEdit()
    x = line.fontMetrics().horizontalAdvance("2026-11-3") + 2
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    assert line.cursorPosition() >= len("2026-11-")


@pytest.mark.parametrize("form", sorted(FORMS))
def test_an_iso_date_typed_over_the_selected_text_is_taken(qtbot, session, elbow, form):
    host, fields = FORMS[form](qtbot, session, elbow)
    for field in fields:
        assert isinstance(field, DateField) and field.displayFormat() == "yyyy-MM-dd"
        _shown(qtbot, host, field)
        field.setDate(START)
        field.lineEdit().selectAll()
        qtbot.keyClicks(field.lineEdit(), TYPED)
        qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Tab)
        assert field.date().toPython() == WANTED, field.accessibleName()


@pytest.mark.parametrize("form", sorted(FORMS))
def test_an_iso_date_typed_where_the_cursor_is_is_taken(qtbot, session, elbow, form):
    """The report's case: the cursor in the day section, the whole date typed (gave 2026-11-10)."""
    host, fields = FORMS[form](qtbot, session, elbow)
    for field in fields:
        _shown(qtbot, host, field)
        field.setDate(START)
        _click_in_the_day(qtbot, field)
        qtbot.keyClicks(field, TYPED)  # to the field with the focus, as a keyboard does
        assert field.lineEdit().text() == TYPED
        assert field.date().toPython() == WANTED  # already taken: a Save by shortcut saves it
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert field.date().toPython() == WANTED, field.accessibleName()
        assert field.refusal == ""


def test_the_entry_editor_saves_the_date_typed(qtbot, session, elbow):
    editor, [field] = _entry_editor(qtbot, session, elbow)
    _shown(qtbot, editor, field)
    _click_in_the_day(qtbot, field)
    qtbot.keyClicks(field, TYPED)
    save_widget(editor, "entry-editor-typed-date.png")
    editor.form.pain.set_value(2)
    editor.save()
    assert [e.date for e in session.store.entries()] == [WANTED]


@pytest.mark.parametrize("typed", ["20261019", "2026-10-19", "2026-1-9"])
def test_a_date_typed_with_its_parts_short_or_run_together_is_taken(qtbot, typed):
    field = DateField(START)
    _shown(qtbot, field, field)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date().toPython() == (dt.date(2026, 1, 9) if typed == "2026-1-9" else WANTED)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("2026-13-01", "2026-13-01 is not a date in the form YYYY-MM-DD"),
        ("2026-10", "2026-10 is not a date"),
        ("1850-01-01", "1850-01-01 is too early: this field takes dates from 1900-01-01"),
        ("9999-12-31", "9999-12-31 is too late: this field takes dates up to "),
    ],
)
def test_a_date_the_field_cannot_take_is_refused_in_words_and_the_date_stays(qtbot, typed, words):
    field = DateField(dt.date(2026, 3, 1), latest=lambda: TODAY + dt.timedelta(days=1))
    _shown(qtbot, field, field)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.date().toPython() == dt.date(2026, 3, 1)
    assert field.lineEdit().text() == "2026-03-01"
    assert field.refusal.startswith(words) and field.refusal.endswith("The date stays 2026-03-01.")


def test_typing_one_section_still_works(qtbot):
    field = DateField(dt.date(2026, 3, 1))
    _shown(qtbot, field, field)
    field.setSelectedSection(QDateEdit.Section.DaySection)  # as a double click on the day does
    qtbot.keyClicks(field, "19")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.date().toPython() == dt.date(2026, 3, 19)
    field.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClick(field, Qt.Key.Key_Up)  # the arrows step the section the cursor is in
    assert field.date().toPython() == dt.date(2026, 3, 20)


def test_the_last_date_is_asked_again_so_a_window_left_open_takes_a_new_day(qtbot):
    last = [dt.date(2026, 3, 1)]
    field = DateField(dt.date(2026, 3, 1), latest=lambda: last[0])
    assert field.maximumDate().toPython() == dt.date(2026, 3, 1)
    last[0] = dt.date(2026, 3, 2)  # midnight passed
    field.setDate(dt.date(2026, 3, 2))
    assert field.date().toPython() == dt.date(2026, 3, 2)


def test_a_site_resolved_date_typed_is_saved(qtbot, session, elbow: Site):
    dialog, [field] = _site_dialog(qtbot, session, elbow)
    _shown(qtbot, dialog, field)
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), TYPED)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert session.store.site(elbow.id).resolved_on == WANTED
