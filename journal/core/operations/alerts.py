"""Alerts: acknowledging one, and its undo.

Acknowledgements are a history (each time is a row of its own, see migration 0004): the undo
takes out only the acknowledgement this step added, and an alert left with none is open again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.core.alerts.model import Acknowledgement, Alert
from journal.core.alerts.service import acknowledge as acknowledge_in_store
from journal.core.alerts.service import current_alerts
from journal.core.errors import JournalError
from journal.core.language import Words
from journal.core.operations.outcome import Changes, Outcome

if TYPE_CHECKING:
    from journal.core.journal import Journal


class AlertOperationWords(Words):
    "Undo steps and refusals of acknowledging alerts."


def _acknowledged(alert: Alert) -> str:
    if alert.site:
        return AlertOperationWords.tr("acknowledged the alert of {date} for {site}").format(
            date=alert.date.isoformat(), site=alert.site
        )
    return AlertOperationWords.tr("acknowledged the alert of {date}").format(date=alert.date.isoformat())


def _taken_back(alert: Alert) -> str:
    if alert.site:
        return AlertOperationWords.tr(
            "took back the acknowledgement of the alert of {date} for {site}"
        ).format(date=alert.date.isoformat(), site=alert.site)
    return AlertOperationWords.tr("took back the acknowledgement of the alert of {date}").format(
        date=alert.date.isoformat()
    )


Labels = tuple[str, str]  # an undo step's words: when done, when taken back


def acknowledge(journal: Journal, alert_id: int, note: str | None = None) -> Outcome[Alert]:
    """Mark an alert as seen, with an optional note ("shown to Dr ... on ...")."""
    with journal.store.transaction():
        alert = acknowledge_in_store(journal.store, alert_id, note)
        ack_id = journal.store.last_acknowledgement_id(alert_id)
    return Outcome(
        alert,
        Changes.of(alerts=[alert_id]),
        _acknowledged(alert),
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
        _taken_back(alert),
        undo=lambda j: _reacknowledge(j, alert, ack),
    )


def _reacknowledge(journal: Journal, alert: Alert, ack: Acknowledgement) -> Outcome[Alert]:
    """The redo: the same acknowledgement (time and note) again."""
    with journal.store.transaction():
        ack_id = journal.store.acknowledge_alert(alert.id, ack)
    return Outcome(
        alert,
        Changes.of(alerts=[alert.id]),
        _acknowledged(alert),
        undo=lambda j: unacknowledge(j, alert, ack_id),
    )


def acknowledge_all(
    journal: Journal, alert_ids: list[int], note: str | None = None, labels: Labels | None = None
) -> Outcome[list[Alert]]:
    """Acknowledge several alerts with one note, in one transaction and one undo step (a line
    of repeats in the alerts pane, or everything shown at a visit)."""
    if not alert_ids:
        raise JournalError(AlertOperationWords.tr("There is no open alert to acknowledge."))
    done: list[tuple[Alert, int]] = []
    with journal.store.transaction():
        for alert_id in alert_ids:
            alert = acknowledge_in_store(journal.store, alert_id, note)
            done.append((alert, journal.store.last_acknowledgement_id(alert_id)))
    count = len(done)
    words = labels or (
        (_acknowledged(done[0][0]), _taken_back(done[0][0]))
        if count == 1
        else (
            AlertOperationWords.tr("acknowledged %n alerts", "", count),
            AlertOperationWords.tr("took back the acknowledgement of %n alerts", "", count),
        )
    )
    return Outcome(
        [alert for alert, _ in done],
        Changes.of(alerts=list(alert_ids)),
        words[0],
        undo=lambda j: _unacknowledge_all(j, done, words),
    )


def _unacknowledge_all(
    journal: Journal, done: list[tuple[Alert, int]], words: Labels
) -> Outcome[list[Alert]]:
    with journal.store.transaction():
        for _alert, ack_id in done:
            journal.store.remove_acknowledgement(ack_id)
    alerts = [alert for alert, _ in done]

    def redo(j: Journal) -> Outcome[list[Alert]]:
        again: list[tuple[Alert, int]] = []
        with j.store.transaction():
            for alert in alerts:
                again.append((alert, j.store.acknowledge_alert(alert.id, alert.acknowledgements[0])))
        return Outcome(
            alerts,
            Changes.of(alerts=[a.id for a in alerts]),
            words[0],
            undo=lambda jj: _unacknowledge_all(jj, again, words),
        )

    return Outcome(
        alerts,
        Changes.of(alerts=[a.id for a in alerts]),
        words[1],
        undo=redo,
    )


def acknowledge_at_visit(journal: Journal, visit_id: int) -> Outcome[list[Alert]]:
    """Every alert open on the visit's day (dated on or before it), acknowledged as shown at
    that visit: the note names the visit's date and who was seen."""
    from journal.core.domain.model import Visit

    visit = journal.store.record(Visit, visit_id)
    shown = [a.id for a in current_alerts(journal.store, until=visit.date) if a.is_open]
    if not shown:
        raise JournalError(
            AlertOperationWords.tr("No open alert was there to show at the visit of {date}.").format(
                date=visit.date.isoformat()
            )
        )
    who = f" with {visit.clinician}" if visit.clinician else ""
    note = f"shown at the visit of {visit.date.isoformat()}{who}"
    count, day = len(shown), visit.date.isoformat()
    labels = (
        (
            # English has no .qm to pick the singular from "%n ...": the singular is its own text.
            AlertOperationWords.tr("acknowledged 1 alert as shown at the visit of {date}"),
            AlertOperationWords.tr(
                "took back the acknowledgement of 1 alert as shown at the visit of {date}"
            ),
        )
        if count == 1
        else (
            AlertOperationWords.tr("acknowledged %n alerts as shown at the visit of {date}", "", count),
            AlertOperationWords.tr(
                "took back the acknowledgement of %n alerts as shown at the visit of {date}", "", count
            ),
        )
    )
    return acknowledge_all(journal, shown, note, (labels[0].format(date=day), labels[1].format(date=day)))
