"""Alerts in the window: the list with its evidence, acknowledging, the banner and site counts."""

from __future__ import annotations

import datetime as dt
import re

from pane_helpers import add_entry, add_site
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from shots import save_widget

from journal.core.alerts import current_alerts
from journal.core.operations import Changes
from journal.gui.models.alerts_model import AlertColumn
from journal.gui.panes.alerts_pane import AlertBanner, AlertsPane, open_alert_count_by_site

# Words that would name a condition; the window must never use them.
DIAGNOSIS_WORDS = ("calcinosis", "scleroderma", "morphea", "dystrophic", "metastatic", "cancer", "infection")


def _ulcerated_site(session):
    site = add_site(session, "Left elbow", "elbow")
    add_entry(session, site, "2026-02-01", size_mm=4.0)
    add_entry(session, site, "2026-02-08", size_mm=4.1, ulcerated=True)
    return site


def test_an_alert_from_logged_data_is_listed_with_its_evidence(qtbot, qtmodeltester, session):
    site = _ulcerated_site(session)
    pane = AlertsPane(session)
    qtbot.addWidget(pane)
    qtmodeltester.check(pane.model)

    assert pane.model.rowCount() == 1
    row = {column: pane.model.index(0, column).data() for column in AlertColumn}
    assert row[AlertColumn.DATE] == "2026-02-08"
    assert row[AlertColumn.SITE] == "Left elbow"
    assert row[AlertColumn.STATUS] == "open"
    assert pane.model.index(0, AlertColumn.SITE).data(Qt.ItemDataRole.UserRole) == site.id
    assert pane.model.index(0, AlertColumn.DATE).data(Qt.ItemDataRole.UserRole) == dt.date(2026, 2, 8)
    assert "2026-02-08" in pane.message.text() and "doctor" in pane.message.text()
    evidence = [
        [pane.evidence.topLevelItem(i).text(c) for c in range(3)]
        for i in range(pane.evidence.topLevelItemCount())
    ]
    assert ["2026-02-08", "broke open", "yes"] in evidence
    shown = " ".join([pane.heading.text(), pane.message.text(), row[AlertColumn.SIGN]]).lower()
    assert not [word for word in DIAGNOSIS_WORDS if word in shown]


def test_acknowledging_records_the_note_and_changes_the_status(qtbot, session):
    _ulcerated_site(session)
    pane = AlertsPane(session)
    qtbot.addWidget(pane)
    pane.note.setText("shown to Dr Meier on 2026-02-10")
    with qtbot.waitSignal(session.alerts_changed):
        qtbot.mouseClick(pane.ack_button, Qt.MouseButton.LeftButton)

    [alert] = current_alerts(session.store, include_acknowledged=True)
    assert alert.status == "acknowledged" and alert.ack_note == "shown to Dr Meier on 2026-02-10"
    assert pane.model.rowCount() == 0  # open alerts only, by default
    assert pane.status.text().startswith("Acknowledged:")
    pane.show_acknowledged.setChecked(True)
    assert pane.model.index(0, AlertColumn.STATUS).data() == "acknowledged"
    assert "shown to Dr Meier" in pane.ack_state.text()
    assert pane.ack_button.text() == "Acknowledge again"  # adds to the history (next test)


def test_acknowledging_again_keeps_every_note_with_its_time(qtbot, session, tmp_path):
    _ulcerated_site(session)
    pane = AlertsPane(session)
    qtbot.addWidget(pane)
    pane.show_acknowledged.setChecked(True)
    pane.note.setText("shown to Dr Meier on 2026-02-10")
    pane.acknowledge_selected()
    assert pane.ack_button.text() == "Acknowledge again"
    pane.note.setText("and to Dr Roth on 2026-03-01")
    assert pane.acknowledge_selected() is not None
    assert pane.status.text().startswith("Acknowledged again")

    [alert] = current_alerts(session.store, include_acknowledged=True)
    assert [ack.note for ack in alert.acknowledgements] == [
        "and to Dr Roth on 2026-03-01",
        "shown to Dr Meier on 2026-02-10",
    ]
    lines = pane.ack_state.text().splitlines()
    assert lines[0] == "Acknowledged 2 times (latest first):"
    stamp = r"  \d{4}-\d\d-\d\d \d\d:\d\d: "
    assert re.fullmatch(stamp + '"and to Dr Roth on 2026-03-01"', lines[1])
    assert re.fullmatch(stamp + '"shown to Dr Meier on 2026-02-10"', lines[2])
    pane.resize(1000, 600)
    pane.show()
    qtbot.waitExposed(pane)
    save_widget(pane, "alerts_pane_acknowledged_twice.png")


def test_a_note_that_is_too_long_is_refused_and_the_alert_stays_open(qtbot, session):
    _ulcerated_site(session)
    pane = AlertsPane(session)
    qtbot.addWidget(pane)
    pane.note.setText("x" * 2001)
    assert pane.acknowledge_selected() is None
    assert "longer than" in pane.status.text()
    assert current_alerts(session.store)[0].status == "open"
    assert pane.note.text() == "x" * 2001  # nothing typed is lost


def test_the_banner_shows_while_an_alert_is_open(qtbot, session):
    window = QWidget()  # the banner sits in the window, which shows it only while it has something to say
    qtbot.addWidget(window)
    banner = AlertBanner(session, window)
    window.show()
    assert not banner.isVisible()  # an empty journal: nothing to say
    _ulcerated_site(session)
    assert banner.isVisible()
    assert banner.label.text() == "1 warning sign needs a professional look"
    with qtbot.waitSignal(banner.show_requested):
        qtbot.mouseClick(banner.show_button, Qt.MouseButton.LeftButton)

    pane = AlertsPane(session)
    qtbot.addWidget(pane)
    pane.acknowledge_selected()
    assert not banner.isVisible()


def test_open_alerts_are_counted_per_site(qtbot, session):
    elbow = _ulcerated_site(session)
    scalp = add_site(session, "Scalp", "scalp")
    add_entry(session, scalp, "2026-03-01", tightness=2)
    add_entry(session, scalp, "2026-03-05", tightness=6)  # +4 in 4 days: a sudden change
    counts = open_alert_count_by_site(session)
    assert counts == {elbow.id: 1, scalp.id: 1}

    # Deleting the entry behind an alert takes its alert away.
    entry = session.store.entries(scalp.id)[-1]
    session.store.delete_entry(entry.id)
    session.notify(Changes.of(entries=[entry.id], sites=[scalp.id]))
    assert open_alert_count_by_site(session) == {elbow.id: 1}
