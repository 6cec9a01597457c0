"""In the window: the finger-to-palm readings listed in their own tab, changed and deleted there
(each an undoable step), and a site's phase mark taken away in Journal > Site phase...

Screens are saved to /tmp/h13-*.png (1024x700) to be looked at."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from journal.core.domain.hand import FingerPalm
from journal.core.domain.phases import SitePhase
from journal.core.operations import hand as hand_ops
from journal.core.operations import phases as phase_ops
from journal.gui.dialogs.lifecycle_hand import PhaseDialog
from journal.gui.panes.records import HandPane
from journal.gui.panes.records.hand import HandColumn


def _readings(session) -> list[tuple[str, str, str, float, str | None]]:
    return [
        (r.date.isoformat(), r.hand, r.finger, r.distance_mm, r.note) for r in session.store.finger_palm()
    ]


def _add(session, day: str, hand: str, finger: str, mm: float, note: str | None = None) -> None:
    hand_ops.add_finger_palm(
        session.journal, FingerPalm.new(date=day, hand=hand, finger=finger, distance_mm=mm, note=note)
    )


def _select(pane: HandPane, row: int) -> None:
    pane.table.selectRow(row)


def test_the_hand_tab_lists_edits_and_deletes_readings_with_undo(qtbot, window):
    session = window.session
    _add(session, "2026-01-05", "right", "ring", 20.0, "after warm water")
    _add(session, "2026-02-05", "right", "ring", 16.0)
    _add(session, "2026-02-05", "left", "index", 7.5)
    pane = window.show_tab("hand")
    assert isinstance(pane, HandPane)
    window.resize(1024, 700)
    # newest first, each with its date, hand, finger, mm and note
    shown = [
        [pane.model.index(row, col).data() for col in HandColumn] for row in range(pane.model.rowCount())
    ]
    assert shown == [
        ["2026-02-05", "right", "ring", "16", ""],
        ["2026-02-05", "left", "index", "7.5", ""],
        ["2026-01-05", "right", "ring", "20", "after warm water"],
    ]
    window.grab().save("/tmp/h13-hand-tab.png")

    # Edit: the form takes the reading, a change saves over it
    _select(pane, 2)
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    assert pane.form.editors["distance_mm"].value() == "20"
    pane.form.editors["distance_mm"].set_value("18")
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    assert pane.status.text() == "Updated the finger-to-palm reading of 2026-01-05."
    assert ("2026-01-05", "right", "ring", 18.0, "after warm water") in _readings(session)
    window.grab().save("/tmp/h13-hand-edited.png")

    # A bad edit is refused beside the field, nothing changes
    before = _readings(session)
    _select(pane, 0)
    pane.edit_selected()
    pane.form.editors["distance_mm"].set_value("far")
    pane.save()
    assert pane.form.visible_errors() == {"distance_mm": "'far' is not a number"}
    assert _readings(session) == before
    window.grab().save("/tmp/h13-hand-refused.png")
    pane.start_new()

    # Delete, then Undo brings it back; Undo again takes the edit back
    _select(pane, 1)
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    assert [r[:3] for r in _readings(session)] == [
        ("2026-01-05", "right", "ring"),
        ("2026-02-05", "right", "ring"),
    ]
    assert pane.status.text().startswith("Deleted the finger-to-palm reading of 2026-02-05. Undo")
    assert pane.model.rowCount() == 2
    window.show_tab("timeline")
    window.commands["undo"].trigger()  # the window's Undo, as Ctrl+Z or the toolbar
    assert ("2026-02-05", "left", "index", 7.5, None) in _readings(session)
    assert pane.model.rowCount() == 3
    # the window shows what the undo brought back: the hand tab, the reading selected
    assert window.tab_keys[window.tabs.currentIndex()] == "hand"
    assert pane.selected() is not None and pane.selected().finger == "index"
    session.undo_stack.undo()
    assert ("2026-01-05", "right", "ring", 20.0, "after warm water") in _readings(session)
    session.undo_stack.redo()
    assert ("2026-01-05", "right", "ring", 18.0, "after warm water") in _readings(session)


def test_an_edit_onto_a_day_hand_and_finger_taken_is_refused_in_words(qtbot, session):
    _add(session, "2026-01-05", "right", "ring", 20.0)
    _add(session, "2026-02-05", "right", "ring", 16.0)
    pane = HandPane(session)
    qtbot.addWidget(pane)
    before = _readings(session)
    pane.table.selectRow(1)  # the older one
    pane.edit_selected()
    pane.form.editors["date"].set_value(dt.date(2026, 2, 5))
    pane.save()
    said = pane.form.visible_errors().get("date", "") or pane.status.text()
    assert "2026-02-05 has a right ring finger reading of its own" in said
    assert _readings(session) == before


def test_a_phase_mark_is_removed_in_the_phase_dialog_and_undo_brings_it_back(qtbot, session, elbow):
    for day, phase in ((dt.date(2026, 1, 5), "active"), (dt.date(2026, 2, 1), "broke_open")):
        phase_ops.set_phase(session.journal, SitePhase(elbow.id, day, phase))
    dialog = PhaseDialog(session, elbow.id)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    dialog.show()
    assert [dialog.marks.item(i).text() for i in range(dialog.marks.count())] == [
        "2026-01-05  active",
        "2026-02-01  broke open",
    ]
    assert not dialog.remove_button.isEnabled()  # nothing chosen yet
    dialog.grab().save("/tmp/h13-phase-dialog.png")

    dialog.marks.setCurrentRow(0)
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [(p.date, p.phase) for p in session.store.site_phases(elbow.id)] == [
        (dt.date(2026, 2, 1), "broke_open")
    ]
    assert dialog.status.text().startswith("Took away active of 2026-01-05. Undo")
    assert dialog.marks.count() == 1 and "broke open from 2026-02-01" in dialog.history.text()
    assert dialog.isVisible()  # the person can go on marking or removing
    dialog.grab().save("/tmp/h13-phase-removed.png")

    session.undo_stack.undo()
    assert [p.phase for p in session.store.site_phases(elbow.id)] == ["active", "broke_open"]
    assert dialog.marks.count() == 2  # the list follows the undo
    session.undo_stack.redo()
    assert [p.phase for p in session.store.site_phases(elbow.id)] == ["broke_open"]
