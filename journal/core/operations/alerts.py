"""Alerts: acknowledging one, and its undo.

Acknowledgements are a history (each time is a row of its own, see migration 0004): the undo
takes out only the acknowledgement this step added, and an alert left with none is open again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.core.alerts.model import Acknowledgement, Alert
from journal.core.alerts.service import acknowledge as acknowledge_in_store
from journal.core.operations.outcome import Changes, Outcome

if TYPE_CHECKING:
    from journal.core.journal import Journal


def _describe(alert: Alert) -> str:
    return f"the alert of {alert.date.isoformat()}" + (f" for {alert.site}" if alert.site else "")


def acknowledge(journal: Journal, alert_id: int, note: str | None = None) -> Outcome[Alert]:
    """Mark an alert as seen, with an optional note ("shown to Dr ... on ...")."""
    with journal.store.transaction():
        alert = acknowledge_in_store(journal.store, alert_id, note)
        ack_id = journal.store.last_acknowledgement_id(alert_id)
    return Outcome(
        alert,
        Changes.of(alerts=[alert_id]),
        f"acknowledged {_describe(alert)}",
        undo=lambda j: unacknowledge(j, alert, ack_id),
    )


def unacknowledge(journal: Journal, alert: Alert, ack_id: int) -> Outcome[Alert]:
    """Take one acknowledgement back out of the alert's history (the undo of acknowledging)."""
    with journal.store.transaction():
        journal.store.remove_acknowledgement(ack_id)
    ack = alert.acknowledgements[0]  # the one this step's acknowledge added (latest first)
    return Outcome(
        alert,
        Changes.of(alerts=[alert.id]),
        f"took back the acknowledgement of {_describe(alert)}",
        undo=lambda j: _reacknowledge(j, alert, ack),
    )


def _reacknowledge(journal: Journal, alert: Alert, ack: Acknowledgement) -> Outcome[Alert]:
    """The redo: the same acknowledgement (time and note) again."""
    with journal.store.transaction():
        ack_id = journal.store.acknowledge_alert(alert.id, ack)
    return Outcome(
        alert,
        Changes.of(alerts=[alert.id]),
        f"acknowledged {_describe(alert)}",
        undo=lambda j: unacknowledge(j, alert, ack_id),
    )
