"""The window's phase and hand-function dialogs save through undoable operations, refuse bad
input in words, and the charts show the phases, the ultrasound thickness and the hands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate

from journal.core.domain.model import Visit
from journal.core.operations import records as record_ops
from journal.gui.dialogs.lifecycle_hand import HandDialog, PhaseDialog
from journal.gui.panes.charts_pane import ChartsPane
from journal.gui.widgets.chart_choice import HAND_VIEW

SHOTS = Path("/tmp/shots13r2")


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_phase_dialog_saves_refuses_and_undo_takes_it_back(qtbot, session, elbow):
    dialog = PhaseDialog(session, elbow.id)
    qtbot.addWidget(dialog)
    dialog.phase.setCurrentIndex(dialog.phase.findData("broke_open"))
    dialog.date.setDate(QDate(2026, 2, 1))
    dialog.show()
    _shot(dialog, "phase_dialog")
    dialog.save()
    assert [p.phase for p in session.store.site_phases(elbow.id)] == ["broke_open"]
    session.undo_stack.undo()
    assert session.store.site_phases(elbow.id) == []

    future = PhaseDialog(session, elbow.id)
    qtbot.addWidget(future)
    future.date.setMaximumDate(QDate(2100, 1, 1))
    future.date.setDate(QDate(2099, 1, 1))
    future.show()
    future.save()
    assert "Not saved" in future.error.text() and "in the future" in future.error.text()
    assert future.isVisible() and session.store.site_phases(elbow.id) == []
    _shot(future, "phase_dialog_refused")


def test_hand_dialog_saves_and_refuses_in_words(qtbot, session):
    dialog = HandDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.distance.setText("far")
    dialog.save()
    assert "Not saved" in dialog.error.text() and "is not a number" in dialog.error.text()
    assert session.store.finger_palm() == []
    _shot(dialog, "hand_dialog_refused")
    dialog.distance.setText("14")
    dialog.finger.setCurrentIndex(dialog.finger.findData("ring"))
    dialog.save()
    (reading,) = session.store.finger_palm()
    assert (reading.hand, reading.finger, reading.distance_mm) == ("left", "ring", 14.0)
    session.undo_stack.undo()
    assert session.store.finger_palm() == []


def test_charts_show_phases_ultrasound_and_hands(qtbot, session, elbow):
    from journal.core.domain.hand import FingerPalm
    from journal.core.domain.model import Entry
    from journal.core.domain.phases import SitePhase
    from journal.core.operations import entries as entry_ops
    from journal.core.operations import hand as hand_ops
    from journal.core.operations import phases as phase_ops

    j = session.journal
    for day, size in ((dt.date(2026, 1, 5), 6.0), (dt.date(2026, 2, 5), 7.5), (dt.date(2026, 3, 5), 5.0)):
        entry_ops.add_entry(j, Entry.new(site_id=elbow.id, date=day, size_mm=size, pain=3))
    record_ops.add_visit(j, Visit.new(date="2026-01-20", site_id=elbow.id, ultrasound_mm=3.1))
    record_ops.add_visit(j, Visit.new(date="2026-03-01", site_id=elbow.id, ultrasound_mm=2.4))
    phase_ops.set_phase(j, SitePhase(elbow.id, dt.date(2026, 1, 5), "active"))
    phase_ops.set_phase(j, SitePhase(elbow.id, dt.date(2026, 2, 1), "broke_open"))
    phase_ops.set_phase(j, SitePhase(elbow.id, dt.date(2026, 2, 20), "healing"))
    for day, mm in ((dt.date(2026, 1, 5), 20.0), (dt.date(2026, 2, 5), 16.0), (dt.date(2026, 3, 5), 12.0)):
        hand_ops.add_finger_palm(j, FingerPalm.new(date=day, hand="right", finger="ring", distance_mm=mm))
        hand_ops.add_finger_palm(j, FingerPalm.new(date=day, hand="left", finger="index", distance_mm=mm / 2))
    pane = ChartsPane(session)
    qtbot.addWidget(pane)
    pane.resize(900, 600)
    pane.show()
    figure = pane.build_figure()
    assert figure is not None
    gids = {artist.get_gid() for ax in figure.axes for artist in ax.get_children()}
    assert {"ultrasound_mm", "phase_0", "phase_1", "phase_2"} <= gids
    pane.redraw()
    _shot(pane, "site_chart_phases_ultrasound")
    pane.choice.set_view(HAND_VIEW)
    hand = pane.build_figure()
    assert hand is not None
    assert {"right_ring", "left_index"} <= {line.get_gid() for line in hand.axes[0].get_lines()}
    pane.redraw()
    _shot(pane, "hand_chart")
