"""Alert rows (journal/core/alerts: warning signs recomputed from the data)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from journal.core.errors import NotFound
from journal.core.store.base import StoreBase

if TYPE_CHECKING:  # imported where rows are read: the alerts package is not needed to open a journal
    from journal.core.alerts.model import Acknowledgement, StoredAlert


class Alerts(StoreBase):
    def stored_alerts(self) -> list[StoredAlert]:
        """Every alerts row, withdrawn ones included, by date, each with its acknowledgements."""
        from journal.core.alerts.model import Acknowledgement

        acks: dict[int, list[Acknowledgement]] = {}
        for row in self._rows("SELECT alert_id, at, note FROM alert_acknowledgements "
                              "ORDER BY at DESC, id DESC"):  # latest first
            acks.setdefault(row["alert_id"], []).append(Acknowledgement(row["at"], row["note"]))
        return [_stored_alert(row, tuple(acks.get(row["id"], ())))
                for row in self._rows("SELECT * FROM alerts ORDER BY date, id")]

    def write_alerts(
        self, upserts: Iterable[StoredAlert], withdraw: Iterable[int], delete: Iterable[int],
    ) -> None:
        """Save alerts by fingerprint (status and acknowledgement untouched), withdraw and delete, at once."""
        with self.db.atomic():
            for alert in upserts:
                evidence = json.dumps([ev.to_plain() for ev in alert.evidence], ensure_ascii=False)
                self.db.execute(
                    "INSERT INTO alerts (fingerprint, rule, site_id, date, status, message, evidence, withdrawn) "
                    "VALUES (?, ?, ?, ?, 'open', ?, ?, 0) ON CONFLICT(fingerprint) DO UPDATE SET "
                    "rule = excluded.rule, site_id = excluded.site_id, date = excluded.date, "
                    "message = excluded.message, evidence = excluded.evidence, withdrawn = 0",
                    [alert.fingerprint, alert.rule, alert.site_id, alert.date.isoformat(), alert.message,
                     evidence])
            for alert_id in withdraw:
                self.db.execute("UPDATE alerts SET withdrawn = 1 WHERE id = ?", [alert_id])
            for alert_id in delete:
                self.db.execute("DELETE FROM alerts WHERE id = ? AND status = 'open'", [alert_id])

    def change_mark(self) -> tuple[int, int] | None:
        """Changes whenever the database does: this connection's writes or another's commits.
        None inside an open transaction, whose changes may still be rolled back."""
        if self.conn.in_transaction:
            return None
        return self.conn.total_changes, int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def acknowledge_alert(self, alert_id: int, ack: Acknowledgement) -> None:
        """Add `ack` to the alert's history (earlier ones stay) and mark it acknowledged."""
        with self.db.atomic():
            cursor = self.db.execute(
                "UPDATE alerts SET status = 'acknowledged' WHERE id = ? AND withdrawn = 0", [alert_id])
            if cursor.rowcount != 1:
                raise NotFound(f"no alert with id {alert_id}")
            self.db.execute("INSERT INTO alert_acknowledgements (alert_id, at, note) VALUES (?, ?, ?)",
                            [alert_id, ack.at, ack.note])


def _stored_alert(row: dict[str, Any], acks: tuple[Acknowledgement, ...]) -> StoredAlert:
    from journal.core.alerts.model import Evidence, StoredAlert

    return StoredAlert(
        fingerprint=row["fingerprint"], rule=row["rule"], site_id=row["site_id"],
        date=dt.date.fromisoformat(row["date"]), status=row["status"], message=row["message"],
        evidence=tuple(Evidence.from_plain(ev) for ev in json.loads(row["evidence"])),
        acknowledgements=acks, withdrawn=bool(row["withdrawn"]), id=row["id"],
    )
