"""The journal's alerts as the window's panes read them.

The banner, the alerts pane, the site badges and the chart markers all refresh on
`alerts_changed`; the core recomputes the rules only when the journal changed
(`current_alerts` remembers its last answer), so asking from each pane costs nothing more.
"""

from __future__ import annotations

import datetime as dt

from journal.core.alerts import Alert, acknowledge, current_alerts
from journal.gui.session import JournalSession


def all_alerts(session: JournalSession) -> list[Alert]:
    """Every alert the data shows, acknowledged ones too: open first, then by date."""
    return current_alerts(session.store, include_acknowledged=True)


def open_alerts(session: JournalSession) -> list[Alert]:
    return [alert for alert in all_alerts(session) if alert.is_open]


def site_alert_dates(session: JournalSession, site_id: int) -> list[dt.date]:
    """The days a warning sign first showed at this site (open or acknowledged), for charts."""
    return sorted({alert.date for alert in all_alerts(session) if alert.site_id == site_id})


def acknowledge_alert(session: JournalSession, alert_id: int, note: str | None) -> Alert:
    """Acknowledge through the core, then tell every pane that shows alerts."""
    alert = acknowledge(session.store, alert_id, note)
    session.alerts_changed.emit()
    return alert
