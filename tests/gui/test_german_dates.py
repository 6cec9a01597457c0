"""With German installed, the window writes its dates as its printed summary does ("01.03.2026")
in the timeline, the records tables and the alerts; the rows still go by day, not by text. With
nothing installed the same cells keep the journal's ISO dates."""

from __future__ import annotations

from pathlib import Path

import pytest
from german_support import window_german
from PySide6.QtCore import Qt

from journal.core.alerts import current_alerts
from journal.core.domain.model import Entry, LabResult, Site
from journal.gui.feeds.thumbnails import ThumbnailCache
from journal.gui.models.alerts_model import AlertColumn, AlertsTableModel
from journal.gui.models.timeline_model import Column, TimelineModel
from journal.gui.panes.records import LabsPane
from journal.gui.panes.records.labs import LabColumn

ROOT = Path(__file__).resolve().parents[2]
RAW = Qt.ItemDataRole.UserRole
DAYS = ("2025-12-01", "2026-02-28", "2026-03-02")  # as text, 01.12.2025 < 02.03.2026 < 28.02.2026


@pytest.fixture
def german(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    with window_german(qapp, tmp_path / "i18n", monkeypatch):
        yield


def _shown_dates(qtbot, session, journal) -> dict[str, list[str]]:
    """The date cells of the timeline, the labs table and the alerts table, in the order listed
    (each newest first), and the values under the labs' and alerts' date texts."""
    site = journal.store.add_site(Site.new(name="Left elbow", kind="deposit", region="elbow"))
    for day in DAYS:
        journal.add_entry(Entry.new(site_id=site.id, date=day, size_mm=4.0, ulcerated=day == DAYS[-1]))
        journal.store.add_lab(LabResult.new(date=day, test="calcium", value="2.4", unit="mmol/L"))

    timeline = TimelineModel(session, ThumbnailCache())
    timeline.set_site(site.id)

    labs = LabsPane(session)
    qtbot.addWidget(labs)
    labs.refresh()

    alerts = AlertsTableModel()
    alerts.set_alerts(current_alerts(session.store))
    return {
        "timeline": [timeline.index(row, Column.DATE).data() for row in range(timeline.rowCount())],
        "labs": [labs.model.index(row, LabColumn.DATE).data() for row in range(labs.model.rowCount())],
        "alerts": [alerts.index(row, AlertColumn.DATE).data() for row in range(alerts.rowCount())],
        # What a sort or a test reads under the text: the day itself.
        "days": [labs.model.index(row, LabColumn.DATE).data(RAW) for row in range(labs.model.rowCount())]
        + [alerts.index(row, AlertColumn.DATE).data(RAW) for row in range(alerts.rowCount())],
    }


def test_a_german_window_writes_dates_the_german_way_in_day_order(german, qtbot, session, journal) -> None:  # noqa: ARG001
    shown = _shown_dates(qtbot, session, journal)
    assert shown["timeline"] == ["02.03.2026", "28.02.2026", "01.12.2025"]  # newest first, by day
    assert shown["labs"] == ["02.03.2026", "28.02.2026", "01.12.2025"]
    assert shown["alerts"] == ["02.03.2026"]
    assert [day.isoformat() for day in shown["days"]] == [*reversed(DAYS), DAYS[-1]]


def test_with_nothing_installed_dates_stay_iso(qtbot, session, journal) -> None:
    shown = _shown_dates(qtbot, session, journal)
    assert shown["timeline"] == ["2026-03-02", "2026-02-28", "2025-12-01"]
    assert shown["labs"] == ["2026-03-02", "2026-02-28", "2025-12-01"]
    assert shown["alerts"] == ["2026-03-02"]
