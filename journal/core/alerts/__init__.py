"""Warning signs as alerts: rules over the logged data, kept in the journal with their lifecycle.

    from journal.core.alerts import Alert, Evidence, current_alerts, acknowledge, RULE_IDS, RULE_TITLES

`current_alerts(store, ...)` recomputes the alerts from the data and returns them;
`acknowledge(store, alert_id, note)` marks one as seen. The rules live in `rules.py`, their
thresholds (with the reasons for each margin) in `settings.py`. The names load on first use,
so the window's banner can count the stored alerts (`grouping`) without loading the rules.
"""

from typing import TYPE_CHECKING

from journal.core.lazy_names import lazy_names

if TYPE_CHECKING:
    from journal.core.alerts.model import (
        ADVICE,
        RULE_IDS,
        RULE_TITLES,
        Alert,
        Evidence,
        Finding,
    )
    from journal.core.alerts.service import (
        acknowledge,
        current_alerts,
        findings,
        sync,
    )
    from journal.core.alerts.settings import (
        SPECS,
        Thresholds,
        save_threshold,
    )

_HOMES = {
    **dict.fromkeys(("ADVICE", "RULE_IDS", "RULE_TITLES", "Alert", "Evidence", "Finding"), "model"),
    **dict.fromkeys(("acknowledge", "current_alerts", "findings", "sync"), "service"),
    **dict.fromkeys(("SPECS", "Thresholds", "save_threshold"), "settings"),
}
__all__ = [
    "ADVICE",
    "RULE_IDS",
    "RULE_TITLES",
    "Alert",
    "Evidence",
    "Finding",
    "acknowledge",
    "current_alerts",
    "findings",
    "sync",
    "SPECS",
    "Thresholds",
    "save_threshold",
]
__getattr__ = lazy_names(__name__, _HOMES)
