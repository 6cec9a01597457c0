"""Alerts as a calm list: one line per site and sign with its repeats counted, newest first; a banner
that counts those lines, in the window's own colours, and steps back once they are acknowledged; and
"acknowledge the alerts shown here" from a visit, as one undoable step."""

from __future__ import annotations

from pane_helpers import add_entry, add_site
from PySide6.QtWidgets import QWidget

from journal.core.alerts import current_alerts
from journal.core.domain.model import Visit
from journal.core.operations import records
from journal.gui.models.alerts_model import AlertColumn
from journal.gui.panes.alerts_pane import AlertBanner, AlertsPane
from journal.gui.panes.records import VisitsPane


def _repeats(session):
    """The elbow broke open three times (healed in between); the knee once, later."""
    elbow = add_site(session, "Left elbow", "elbow")
    for opened, healed in (("2026-01-05", "2026-01-12"), ("2026-02-02", "2026-02-09"), ("2026-03-02", None)):
        add_entry(session, elbow, opened, ulcerated=True)
        if healed:
            add_entry(session, elbow, healed, ulcerated=False)
    knee = add_site(session, "Right knee", "knee")
    add_entry(session, knee, "2026-03-20", ulcerated=True)
    return elbow, knee


def _rows(pane):
    return [
        {column: pane.model.index(row, column).data() for column in AlertColumn}
        for row in range(pane.model.rowCount())
    ]


def test_repeats_are_one_line_with_a_count_newest_first(qtbot, session):
    _repeats(session)
    elbow_alerts = [a for a in current_alerts(session.store) if a.site == "Left elbow"]
    assert len(elbow_alerts) == 3
    pane = AlertsPane(session)
    qtbot.addWidget(pane)
    rows = _rows(pane)
    assert [(r[AlertColumn.SITE], r[AlertColumn.DATE]) for r in rows] == [
        ("Right knee", "2026-03-20"),
        ("Left elbow", "2026-03-02"),
    ]
    assert rows[1][AlertColumn.SIGN].endswith("(3 times)") and "times" not in rows[0][AlertColumn.SIGN]
    pane.select_row(1)
    assert "3 times" in pane.heading.text()
    dates = {pane.evidence.topLevelItem(i).text(0) for i in range(pane.evidence.topLevelItemCount())}
    assert {"2026-01-05", "2026-02-02", "2026-03-02"} <= dates  # the evidence of every repeat
    # Acknowledging the line acknowledges its three alerts, in one step.
    pane.note.setText("shown to Dr Meier")
    steps = session.undo_stack.count()
    pane.acknowledge_selected()
    assert session.undo_stack.count() == steps + 1
    assert [a.site for a in current_alerts(session.store)] == ["Right knee"]
    session.undo_stack.undo()
    assert len([a for a in current_alerts(session.store) if a.site == "Left elbow"]) == 3


def test_the_banner_counts_lines_calmly_and_steps_back_once_acknowledged(qtbot, session):
    window = QWidget()
    qtbot.addWidget(window)
    banner = AlertBanner(session, window)
    window.show()
    _repeats(session)
    assert banner.isVisible()
    assert banner.label.text() == "2 warning signs need a professional look"  # lines, not 4 alerts
    assert not banner.label.font().bold()
    assert "background: #" not in banner.styleSheet()  # the window's colours, an edge of colour only
    pane = AlertsPane(session)
    qtbot.addWidget(pane)
    pane.select_row(0)
    pane.acknowledge_selected()
    assert banner.label.text() == "1 warning sign needs a professional look"
    pane.select_row(0)
    pane.acknowledge_selected()
    assert not banner.isVisible()


def test_acknowledge_the_alerts_shown_at_a_visit_in_one_undoable_step(qtbot, session):
    _repeats(session)
    visit = records.add_record(session.journal, Visit.new(date="2026-03-10", clinician="Dr Meier")).value
    pane = VisitsPane(session)
    qtbot.addWidget(pane)
    pane.select_record(visit.id)
    button = pane.extra_buttons()[0]
    assert button.isEnabled()
    steps = session.undo_stack.count()
    button.click()
    assert session.undo_stack.count() == steps + 1
    assert [a.site for a in current_alerts(session.store)] == ["Right knee"]  # after the visit: still open
    assert "Acknowledged 3 alerts" in pane.status.text()
    acked = [a for a in current_alerts(session.store, include_acknowledged=True) if not a.is_open]
    assert {a.acknowledgements[0].note for a in acked} == {"shown at the visit of 2026-03-10 with Dr Meier"}
    session.undo_stack.undo()
    assert len(current_alerts(session.store)) == 4


def test_the_site_badge_counts_lines_as_the_pane_does(qtbot, session):
    from journal.gui.panes.alerts_pane import open_alert_count_by_site

    elbow, knee = _repeats(session)
    assert open_alert_count_by_site(session) == {elbow.id: 1, knee.id: 1}  # three repeats: one line
