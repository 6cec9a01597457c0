"""Alerts as the journal keeps them: recomputed from the data, synced to the alerts table.

Every call recomputes the findings from the whole journal (the rules are cheap) and syncs
the table by fingerprint (rule, site, day the sign first showed), so an alert keeps its id
and its acknowledgement across recomputations, edits elsewhere and restarts.

- A new finding becomes an open alert.
- A finding whose entries were edited keeps its alert; the message and evidence follow the data.
- A finding that no longer shows (its entry edited or deleted, a threshold changed):
  an open alert disappears; an acknowledged alert is kept out of sight as withdrawn, so the
  person's note survives an undone deletion: if the same sign shows again on the same day,
  the alert comes back acknowledged, with its note.
- A worse sign later (a further growth step, a new ulceration) is a finding on a later day,
  hence a new alert; the acknowledged one stays in the history.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING

from journal.core.alerts.model import RULE_IDS, Acknowledgement, Alert, Finding, StoredAlert
from journal.core.alerts.rules import JournalData, evaluate
from journal.core.alerts.settings import Thresholds
from journal.core.domain import validate
from journal.core.errors import DiskFull, NotFound
from journal.core.language import Words
from journal.core.store import disk_full

if TYPE_CHECKING:
    from journal.core.store import Store


class ServiceWords(Words):
    """What the alerts' bookkeeping says when an alert is not there."""


NOTE_MAX = 2000

# The last sync per store, with the store's change mark at that time: asking again before
# anything in the database changed (in this process or another) costs no recomputation.
_last_sync: weakref.WeakKeyDictionary[Store, tuple[tuple[int, int] | None, list[StoredAlert]]] = (
    weakref.WeakKeyDictionary()
)


def findings(store: Store) -> list[Finding]:
    """What the rules find in the journal now (pure: nothing is written)."""
    photo = {entry_id: m.length_uncertainty_mm for entry_id, m in store.latest_measurements().items()}
    data = JournalData(store.sites(), store.entries(), store.daily_checks(), store.labs(), photo)
    return evaluate(data, Thresholds.from_store(store))


def sync(store: Store, found_elsewhere: Iterable[Finding] | None = None) -> list[StoredAlert]:
    """Recompute and bring the alerts table in line; return the rows the data shows now.

    `found_elsewhere`: the findings of this same database state, computed by the caller
    (the window runs the rules on a read connection in a worker thread, then syncs here
    only if nothing changed meanwhile); the rules are not run again.
    """
    cached = _last_sync.get(store)
    mark = store.change_mark()
    if cached is not None and mark is not None and cached[0] == mark:
        return list(cached[1])
    synced: list[list[StoredAlert]] = []
    try:
        _sync_table(store, found_elsewhere, synced)
    except (sqlite3.OperationalError, DiskFull) as exc:
        # A full disk must not hide a warning sign: the rows the data shows now (read inside
        # the transaction before its commit failed) are returned although the table could not
        # keep them; the next sync with room saves them, with the same ids.
        if not synced or not (isinstance(exc, DiskFull) or disk_full.is_disk_full(exc)):
            raise
        return list(synced[0])
    _last_sync[store] = (store.change_mark(), synced[0])
    return list(synced[0])


def _sync_table(
    store: Store, found_elsewhere: Iterable[Finding] | None, synced: list[list[StoredAlert]]
) -> None:
    """Bring the table in line; the rows it then holds go into `synced` before the commit."""
    with store.transaction():
        found = {f.fingerprint: f for f in (findings(store) if found_elsewhere is None else found_elsewhere)}
        stored = {row.fingerprint: row for row in store.stored_alerts()}
        upserts, withdraw, delete = [], [], []
        for key, finding in found.items():
            row = stored.get(key)
            fresh = StoredAlert(
                key, finding.rule, finding.site_id, finding.date, "open", finding.message, finding.evidence
            )
            if row is None:
                upserts.append(fresh)
            elif (row.message, row.evidence, row.withdrawn) != (fresh.message, fresh.evidence, False):
                upserts.append(dataclasses.replace(fresh, id=row.id))
        for key, row in stored.items():
            if key in found or row.id is None:
                continue
            if row.status == "open":
                delete.append(row.id)
            elif not row.withdrawn:
                withdraw.append(row.id)
        if upserts or withdraw or delete:
            store.write_alerts(upserts, withdraw, delete)
        synced.append([row for row in store.stored_alerts() if not row.withdrawn])


def current_alerts(
    store: Store,
    *,
    include_acknowledged: bool = False,
    since: dt.date | None = None,
    until: dt.date | None = None,
    site_id: int | None = None,
    recompute: bool = True,
) -> list[Alert]:
    """The alerts the data shows, open first, then by date (oldest first).

    `since`/`until` choose by the alert's date, the day its sign first showed, so a summary
    of an old period lists that period's alerts. `site_id` keeps one site's alerts only.
    `recompute=False` reads the alerts table as last synced, without running the rules:
    for a caller that keeps it in sync itself (the window does so in a worker thread).
    """
    names = {site.id: site.name for site in store.sites()}
    order = {rule: i for i, rule in enumerate(RULE_IDS)}
    rows = sync(store) if recompute else [row for row in store.stored_alerts() if not row.withdrawn]
    alerts = [
        _alert(row, names)
        for row in rows
        if (include_acknowledged or row.status == "open")
        and (since is None or row.date >= since)
        and (until is None or row.date <= until)
        and (site_id is None or row.site_id == site_id)
    ]
    return sorted(alerts, key=lambda a: (not a.is_open, a.date, order.get(a.rule, 99), a.site or "", a.id))


def acknowledge(store: Store, alert_id: int, note: str | None = None) -> Alert:
    """Mark an alert as seen (optionally with a note, e.g. "shown to Dr ... on ...").

    Each acknowledgement is kept with its own time and note: acknowledging again (shown to a
    second doctor) adds to the history and never replaces an earlier note.
    """
    clean = validate.text("note", note, max_len=NOTE_MAX)
    with store.transaction():
        rows = {row.id: row for row in sync(store)}
        row = rows.get(alert_id)
        if row is None:
            raise NotFound(
                ServiceWords.tr("no alert with id {id} (see `skinjournal alerts --all`)").format(id=alert_id)
            )
        ack = Acknowledgement(dt.datetime.now().isoformat(timespec="seconds"), clean)
        store.acknowledge_alert(alert_id, ack)
        row = dataclasses.replace(row, status="acknowledged", acknowledgements=(ack, *row.acknowledgements))
    return _alert(row, {site.id: site.name for site in store.sites()})


def _alert(row: StoredAlert, names: dict[int | None, str]) -> Alert:
    assert row.id is not None
    return Alert(
        id=row.id,
        rule=row.rule,
        site_id=row.site_id,
        site=names.get(row.site_id),
        date=row.date,
        status=row.status,
        message=row.message,
        evidence=row.evidence,
        acknowledgements=row.acknowledgements,
    )
