"""Alerts as a person reads them: one line per site and warning sign, repeats counted.

The same sign at the same site may be found several times (it broke open in March, and again
in May). Listed one by one, the repeats push everything else out of sight and read as alarm; a
line per site and sign with "3 times" says the same, calmly. Newest first: the line's date is
its latest alert's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from journal.core.alerts.model import Alert


@dataclasses.dataclass(frozen=True)
class AlertGroup:
    """Alerts of one rule at one site (or about the person), newest first."""

    alerts: tuple[Alert, ...]

    @property
    def latest(self) -> Alert:
        return self.alerts[0]

    @property
    def rule(self) -> str:
        return self.latest.rule

    @property
    def site_id(self) -> int | None:
        return self.latest.site_id

    @property
    def site(self) -> str | None:
        return self.latest.site

    @property
    def title(self) -> str:
        return self.latest.title

    @property
    def date(self) -> dt.date:
        return self.latest.date

    @property
    def count(self) -> int:
        return len(self.alerts)

    @property
    def open_alerts(self) -> tuple[Alert, ...]:
        return tuple(alert for alert in self.alerts if alert.is_open)

    @property
    def is_open(self) -> bool:
        """Needs a look while any of its alerts is not acknowledged."""
        return bool(self.open_alerts)

    def holds(self, alert_id: int) -> bool:
        return any(alert.id == alert_id for alert in self.alerts)


def group_alerts(alerts: Iterable[Alert]) -> list[AlertGroup]:
    """One group per (site, rule), each newest first; the groups newest first too."""
    by_key: dict[tuple[int | None, str], list[Alert]] = {}
    for alert in alerts:
        by_key.setdefault((alert.site_id, alert.rule), []).append(alert)
    groups = [
        AlertGroup(tuple(sorted(members, key=lambda a: (a.date, a.id), reverse=True)))
        for members in by_key.values()
    ]
    return sorted(groups, key=lambda g: (g.date, g.latest.id), reverse=True)


def needing_a_look(alerts: Iterable[Alert]) -> int:
    """What the banner counts: the lines (site and sign) with an alert not yet acknowledged."""
    return sum(1 for group in group_alerts(alerts) if group.is_open)
