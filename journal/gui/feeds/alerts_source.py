"""The journal's alerts as the window's panes read them.

The banner, the alerts pane, the site badges and the chart markers all refresh on
`alerts_changed`. In the window, a worker finds the alerts again after every change and
syncs the alerts table (see alerts_feed); the panes read that table and never run the
rules on the GUI thread. While the window's first alerts are still being found
(`session.alerts_pending`) there is no answer yet: the panes get none. A pane used on its
own (no feed) asks the core, which recomputes only when the journal changed.
The alerts package is imported on first use, not while the window starts.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING

from journal.core.language import Words
from journal.gui.session import JournalSession

if TYPE_CHECKING:
    from journal.core.alerts import Alert


class AlertsSourceWords(Words):
    """What the banner says while the warning signs could not be checked."""


def alerts_known(session: JournalSession) -> bool:
    return not getattr(session, "alerts_pending", False)


def check_failure(session: JournalSession) -> str | None:
    """Why the last warning-sign check failed, or None when it succeeded (see alerts_feed)."""
    return getattr(session, "alerts_error", None)


def not_checked_text(reason: str) -> str:
    """What the banner and the alerts pane say while the warning signs could not be checked."""
    return AlertsSourceWords.tr(
        "Warning signs could not be checked ({reason}). They will be checked again after your next change."
    ).format(reason=reason)


def all_alerts(session: JournalSession) -> list[Alert]:
    """Every alert the data shows, acknowledged ones too: open first, then by date."""
    if not alerts_known(session):
        return []
    from journal.core.alerts import current_alerts

    return current_alerts(
        session.store,
        include_acknowledged=True,
        recompute=not getattr(session, "alerts_in_background", False),
    )


def open_alerts(session: JournalSession) -> list[Alert]:
    return [alert for alert in all_alerts(session) if alert.is_open]


def open_alert_count_by_site(session: JournalSession) -> dict[int, int]:
    """Open lines per site id (a sign once, however often it repeated), for the site list's badge,
    so it agrees with the alerts pane and the banner (person-level alerts have no site)."""
    signs = {(a.site_id, a.rule) for a in open_alerts(session) if a.site_id is not None}
    return dict(Counter(site_id for site_id, _rule in signs))


def site_alert_dates(session: JournalSession, site_id: int) -> list[dt.date]:
    """The days a warning sign first showed at this site (open or acknowledged), for charts."""
    return sorted({alert.date for alert in all_alerts(session) if alert.site_id == site_id})
