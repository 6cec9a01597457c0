"""Warning signs as alerts: rules over the logged data, kept in the journal with their lifecycle.

    from journal.core.alerts import Alert, Evidence, current_alerts, acknowledge, RULE_IDS, RULE_TITLES

`current_alerts(store, ...)` recomputes the alerts from the data and returns them;
`acknowledge(store, alert_id, note)` marks one as seen. The rules live in `rules.py`, their
thresholds (with the reasons for each margin) in `settings.py`.
"""

from journal.core.alerts.model import ADVICE, RULE_IDS, RULE_TITLES, Alert, Evidence, Finding
from journal.core.alerts.service import acknowledge, current_alerts, findings, sync
from journal.core.alerts.settings import SPECS, Thresholds, save_threshold

__all__ = [
    "ADVICE",
    "RULE_IDS",
    "RULE_TITLES",
    "SPECS",
    "Alert",
    "Evidence",
    "Finding",
    "Thresholds",
    "acknowledge",
    "current_alerts",
    "findings",
    "save_threshold",
    "sync",
]
