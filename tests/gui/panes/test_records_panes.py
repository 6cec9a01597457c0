"""The daily check, labs, care and visits panes: save a valid record, refuse a bad one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journal.gui.panes.records import CarePane, DailyPane, LabsPane, VisitsPane
from journal.gui.panes.records.labs import LabColumn


def _type(pane, **values):
    """Fill the form as a person would: text typed, boxes ticked, choices picked."""
    for name, value in values.items():
        pane.form.editors[name].set_value(value)


def _stored(pane):
    return pane.load_records()


VALID = {
    DailyPane: {"date": None, "fatigue": True, "stress": 6, "note": "long day"},
    LabsPane: {"test": "calcium", "value": "2.71", "unit": "mmol/L", "low": "2.15", "high": "2.55"},
    CarePane: {"kind": "supplement", "what": "vitamin D", "amount": "1000", "unit": "IU"},
    VisitsPane: {"clinician": "Dr Meier", "findings": "measured the forearm deposit: 4 mm"},
}
# One refusal per pane: (values typed, field the core names, words of its message).
INVALID = {
    DailyPane: ({"note": "bad\x00byte"}, "note", "NUL"),
    LabsPane: ({"test": "calcium", "value": "high", "unit": "mmol/L"}, "value", "is not a number"),
    CarePane: (
        {"kind": "supplement", "what": "vitamin D", "amount": "1000", "unit": ""},
        "unit",
        "needs a unit",
    ),
    VisitsPane: ({"clinician": "x" * 201}, "clinician", "longer than 200"),
}


@pytest.mark.parametrize("pane_type", [DailyPane, LabsPane, CarePane, VisitsPane])
def test_a_valid_record_is_saved_and_listed(qtbot, qtmodeltester, session, pane_type):
    pane = pane_type(session)
    qtbot.addWidget(pane)
    changed = []
    session.changed.connect(lambda changes: changed.extend(changes.ids))
    _type(pane, **VALID[pane_type])
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)

    assert pane.form.visible_errors() == {}
    records = _stored(pane)
    assert len(records) == 1
    assert changed == [pane.KIND]
    assert pane.model.rowCount() == 1
    assert pane.status.text().startswith("Saved the ")
    assert pane.table.selectionModel().selectedRows()[0].row() == 0
    qtmodeltester.check(pane.model)


@pytest.mark.parametrize("pane_type", [DailyPane, LabsPane, CarePane, VisitsPane])
def test_an_invalid_record_is_refused_beside_its_field(qtbot, session, pane_type):
    pane = pane_type(session)
    qtbot.addWidget(pane)
    pane.show()
    values, field, words = INVALID[pane_type]
    _type(pane, **values)
    pane.save()

    errors = pane.form.visible_errors()
    assert list(errors) == [field]
    assert words in errors[field]
    assert pane.form.errors[field].isVisible()
    assert _stored(pane) == []
    assert pane.model.rowCount() == 0


def test_lab_values_reach_the_store_and_the_table(qtbot, session):
    pane = LabsPane(session)
    qtbot.addWidget(pane)
    _type(pane, **VALID[LabsPane])
    pane.save()
    lab = session.store.labs()[0]
    assert (lab.test, lab.value, lab.unit, lab.low, lab.high) == ("calcium", 2.71, "mmol/L", 2.15, 2.55)
    model = pane.model
    assert model.index(0, LabColumn.RANGE).data() == "2.15 - 2.55"
    assert model.index(0, LabColumn.RANGE).data(Qt.ItemDataRole.UserRole) == (2.15, 2.55)
    assert model.index(0, LabColumn.OUTSIDE).data() == "outside"
    assert model.index(0, LabColumn.VALUE).data(Qt.ItemDataRole.UserRole) == 2.71


def test_a_required_choice_left_empty_is_named(qtbot, session):
    pane = CarePane(session)
    qtbot.addWidget(pane)
    _type(pane, what="massage of the scalp")
    pane.save()
    assert "required" in pane.form.visible_errors()["kind"]
    assert session.store.care_events() == []


def test_the_next_lab_of_a_test_offers_its_unit_and_range(qtbot, session):
    pane = LabsPane(session)
    qtbot.addWidget(pane)
    _type(pane, **VALID[LabsPane])
    pane.save()
    pane.form.editors["test"].set_value("phosphate")
    assert pane.form.editors["unit"].value() == ""  # no earlier phosphate result
    pane.form.editors["test"].set_value("calcium")
    assert pane.form.editors["unit"].value() == "mmol/L"
    assert (pane.form.editors["low"].value(), pane.form.editors["high"].value()) == ("2.15", "2.55")
    pane.form.editors["unit"].set_value("mg/dL")  # typed by the person: kept
    pane.form.editors["test"].set_value("phosphate")
    assert pane.form.editors["unit"].value() == "mg/dL"


def test_edit_delete_and_undo_a_care_event(qtbot, session):
    """Each change is a step on the session's undo stack, the window's Ctrl+Z."""
    pane = CarePane(session)
    qtbot.addWidget(pane)
    with qtbot.waitActive(pane):
        pane.show()
        pane.activateWindow()
    _type(pane, **VALID[CarePane])
    pane.save()
    pane.table.selectRow(0)
    pane.edit_selected()
    assert pane.heading.text().startswith("<b>Editing")
    _type(pane, amount="2000")
    pane.save()
    [care] = session.store.care_events()
    assert care.amount == 2000 and pane.model.index(0, 3).data() == "2000 IU"

    pane.table.selectRow(0)
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Delete)
    assert session.store.care_events() == [] and pane.model.rowCount() == 0
    assert "Undo (Ctrl+Z) brings it back" in pane.status.text()
    session.undo_stack.undo()
    assert session.store.care_events() == [care]
    assert pane.model.rowCount() == 1
    session.undo_stack.undo()  # the edit
    assert [c.amount for c in session.store.care_events()] == [1000]
    assert pane.model.index(0, 3).data() == "1000 IU"
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert session.store.care_events() == [] and pane.model.rowCount() == 0


def test_another_date_in_the_daily_form_is_that_date_s_check(qtbot, session):
    """The form follows its date (test_daily_pane.py): editing one day and picking another
    shows the other day and leaves the first as saved."""
    pane = DailyPane(session)
    qtbot.addWidget(pane)
    import datetime as dt

    _type(pane, date=dt.date(2026, 3, 1), weakness=True)
    pane.save()
    pane.table.selectRow(0)
    pane.edit_selected()
    pane.form.editors["date"].widget.setDate(dt.date(2026, 3, 2))
    assert pane.form.editors["weakness"].value() is None
    pane.form.editors["stress"].set_value(3)
    pane.save()
    assert [(c.date, c.weakness, c.stress) for c in session.store.daily_checks()] == [
        (dt.date(2026, 3, 1), True, None),
        (dt.date(2026, 3, 2), None, 3),
    ]


def test_panes_refresh_when_another_pane_changes_the_same_records(qtbot, session):
    first, second = LabsPane(session), LabsPane(session)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    _type(first, **VALID[LabsPane])
    first.save()
    assert second.model.rowCount() == 1
