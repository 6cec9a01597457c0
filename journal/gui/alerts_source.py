"""The journal's alerts as the window's panes read them, computed once per change.

The banner, the alerts pane, the site badges and the chart markers all refresh on
`alerts_changed`. Recomputing the rules over the whole journal for each of them would
repeat the same work, so the result is kept until the store has changed something
(`Store.change_count`); acknowledging an alert is such a change too.
"""

from __future__ import annotations

import datetime as dt
import weakref

from journal.core.alerts import Alert, acknowledge, current_alerts
from journal.core.store import Store
from journal.gui.session import JournalSession

_cache: weakref.WeakKeyDictionary[Store, tuple[int, list[Alert]]] = weakref.WeakKeyDictionary()


def all_alerts(session: JournalSession) -> list[Alert]:
    """Every alert the data shows, acknowledged ones too: open first, then by date."""
    store = session.store
    cached = _cache.get(store)
    if cached is not None and cached[0] == store.change_count():
        return cached[1]
    alerts = current_alerts(store, include_acknowledged=True)
    _cache[store] = (store.change_count(), alerts)  # counted after: syncing the alerts table writes
    return alerts


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
