"""The Daily check pane: the form is the check of the date it shows, and saving changes that check
(merged, one row per date); "not checked" stays apart from "no"."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from shots import save_widget

from journal.core.domain.model import DailyCheck
from journal.gui.panes.records import DailyPane

DAY = dt.date(2026, 3, 1)


def _pane(qtbot, session) -> DailyPane:
    pane = DailyPane(session)
    qtbot.addWidget(pane)
    pane.resize(1000, 620)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _pick(pane: DailyPane, day: dt.date) -> None:
    """As a person picks a date: through the date field itself (its dateChanged signal)."""
    pane.form.editors["date"].widget.setDate(QDate(day.year, day.month, day.day))


def _shown(pane: DailyPane) -> dict:
    return {name: editor.value() for name, editor in pane.form.editors.items()}


def test_picking_a_date_with_a_saved_check_shows_it(qtbot, session):
    session.store.save_daily(
        DailyCheck.new(date=DAY, urination_changes=True, weakness=False, stress=4, note="darker than usual")
    )
    pane = _pane(qtbot, session)
    _pick(pane, DAY)
    assert _shown(pane) == {
        "date": "2026-03-01",
        "fatigue": None,
        "weakness": False,
        "urination_changes": True,
        "stress": 4,
        "note": "darker than usual",
    }
    assert pane.heading.text() == "<b>Editing the daily check of 2026-03-01</b>"
    assert pane.form.editors["urination_changes"].widget.currentText() == "yes"
    assert pane.form.editors["fatigue"].widget.currentText() == "not checked"
    save_widget(pane, "daily_pane_saved_day.png")

    _pick(pane, DAY + dt.timedelta(days=1))  # a day without a check: an empty form for it
    assert _shown(pane)["urination_changes"] is None and _shown(pane)["note"] == ""
    assert pane.heading.text() == "<b>New daily check for 2026-03-02</b>"


def test_saving_the_shown_check_changes_it_and_keeps_one_row(qtbot, session):
    first = session.store.save_daily(DailyCheck.new(date=DAY, urination_changes=True))
    pane = _pane(qtbot, session)
    _pick(pane, DAY)
    pane.form.editors["fatigue"].set_value(True)
    pane.form.editors["note"].set_value("tired after the walk")
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)

    [check] = session.store.daily_checks()
    assert check.id == first.id  # an update of that day's row, not a new one
    assert (check.fatigue, check.weakness, check.urination_changes, check.note) == (
        True,
        None,
        True,
        "tired after the walk",
    )
    assert pane.model.rowCount() == 1
    assert pane.status.text() == "Updated the daily check of 2026-03-01."


def test_a_sign_logged_from_the_command_line_while_the_form_is_open_is_kept(qtbot, session, journal_dir):
    pane = _pane(qtbot, session)
    _pick(pane, DAY)  # nothing saved for the day yet
    pane.form.editors["fatigue"].set_value(True)
    logged = subprocess.run(
        [
            sys.executable,
            "-m",
            "journal",
            "--journal",
            str(journal_dir),
            "daily",
            "--date",
            DAY.isoformat(),
            "--urination-changes",
            "--note",
            "from the phone",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert logged.returncode == 0, logged.stderr
    pane.save()

    [check] = session.store.daily_checks()
    assert (check.fatigue, check.urination_changes, check.note) == (True, True, "from the phone")


def test_not_checked_stays_apart_from_no(qtbot, session):
    pane = _pane(qtbot, session)
    _pick(pane, DAY)
    pane.form.editors["weakness"].set_value(False)
    pane.save()
    [check] = session.store.daily_checks()
    assert (check.fatigue, check.weakness, check.urination_changes) == (None, False, None)
    assert pane.model.index(0, 1).data() == "" and pane.model.index(0, 2).data() == "no"


def test_a_yes_the_person_sees_may_be_taken_back(qtbot, session):
    session.store.save_daily(DailyCheck.new(date=DAY, fatigue=True, urination_changes=True))
    pane = _pane(qtbot, session)
    pane.table.selectRow(0)
    pane.edit_selected()
    assert _shown(pane)["fatigue"] is True
    pane.form.editors["fatigue"].set_value(False)
    pane.save()
    [check] = session.store.daily_checks()
    assert (check.fatigue, check.urination_changes) == (False, True)


def test_values_typed_before_the_date_is_picked_stay_for_a_day_without_a_check(qtbot, session):
    pane = _pane(qtbot, session)
    pane.form.editors["weakness"].set_value(True)
    _pick(pane, DAY)
    assert _shown(pane)["weakness"] is True
    pane.save()
    assert [(c.date, c.weakness) for c in session.store.daily_checks()] == [(DAY, True)]


def test_changes_made_before_picking_a_day_with_a_check_are_added_to_it(qtbot, session):
    session.store.save_daily(DailyCheck.new(date=DAY, urination_changes=True, note="darker"))
    pane = _pane(qtbot, session)
    pane.form.editors["fatigue"].set_value(True)
    pane.form.editors["urination_changes"].set_value(False)  # the person never saw that day's yes
    _pick(pane, DAY)
    assert _shown(pane) == {
        "date": "2026-03-01",
        "fatigue": True,
        "weakness": None,
        "urination_changes": True,
        "stress": None,
        "note": "darker",
    }
    assert pane.status.text().endswith("Already logged as yes, and kept: Change in urination.")
    QApplication.processEvents()  # lay out the status line before the picture
    save_widget(pane, "daily_pane_changes_added.png")
    pane.save()
    [check] = session.store.daily_checks()
    assert (check.fatigue, check.urination_changes, check.note) == (True, True, "darker")


def test_a_date_typed_digit_by_digit_loads_only_the_day_it_ends_on(qtbot, session):
    session.store.save_daily(DailyCheck.new(date=DAY, fatigue=True))  # 2026-03-01, passed on the way to -15
    pane = _pane(qtbot, session)
    _pick(pane, dt.date(2026, 3, 20))
    pane.form.editors["weakness"].set_value(True)
    date_edit = pane.form.editors["date"].widget
    date_edit.setFocus()
    date_edit.setCurrentSection(date_edit.Section.DaySection)
    date_edit.setSelectedSection(date_edit.Section.DaySection)
    qtbot.keyClicks(date_edit, "15")
    qtbot.keyClick(date_edit, Qt.Key.Key_Return)
    assert _shown(pane) == {
        "date": "2026-03-15",
        "fatigue": None,
        "weakness": True,
        "urination_changes": None,
        "stress": None,
        "note": "",
    }
    pane.save()
    assert [(c.date, c.fatigue, c.weakness) for c in session.store.daily_checks()] == [
        (DAY, True, None),
        (dt.date(2026, 3, 15), None, True),
    ]


def test_saving_while_a_date_is_still_being_typed_saves_for_the_date_typed(qtbot, session):
    session.store.save_daily(DailyCheck.new(date=DAY, urination_changes=True))
    pane = _pane(qtbot, session)
    _pick(pane, dt.date(2026, 3, 20))
    pane.form.editors["fatigue"].set_value(True)
    date_edit = pane.form.editors["date"].widget
    date_edit.setFocus()
    date_edit.setCurrentSection(date_edit.Section.DaySection)
    date_edit.setSelectedSection(date_edit.Section.DaySection)
    qtbot.keyClicks(date_edit, "01")
    assert date_edit.date() == QDate(2026, 3, 20)  # typed, not yet committed (no Return, focus not left)
    pane.save_button.click()
    assert [(c.date, c.fatigue, c.urination_changes) for c in session.store.daily_checks()] == [
        (DAY, True, True)
    ]
