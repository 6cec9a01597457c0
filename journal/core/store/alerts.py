"""Alert rows (journal/core/alerts: warning signs recomputed from the data)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from journal.core.errors import NotFound
from journal.core.language import Words
from journal.core.store.base import StoreBase


class StoreAlertWords(Words):
    "Refusals of an unknown alert or acknowledgement."


if TYPE_CHECKING:  # imported where rows are read: the alerts package is not needed to open a journal
    from journal.core.alerts.model import Acknowledgement, StoredAlert


class Alerts(StoreBase):
    def stored_alerts(self) -> list[StoredAlert]:
        """Every alerts row, withdrawn ones included, by date, each with its acknowledgements."""
        from journal.core.alerts.model import Acknowledgement

        acks: dict[int, list[Acknowledgement]] = {}
        for row in self._rows(
            "SELECT alert_id, at, note FROM alert_acknowledgements ORDER BY at DESC, id DESC"
        ):  # latest first
            acks.setdefault(row["alert_id"], []).append(Acknowledgement(row["at"], row["note"]))
        return [
            _stored_alert(row, tuple(acks.get(row["id"], ())))
            for row in self._rows("SELECT * FROM alerts ORDER BY date, id")
        ]

    def write_alerts(
        self,
        upserts: Iterable[StoredAlert],
        withdraw: Iterable[int],
        delete: Iterable[int],
    ) -> None:
        """Save alerts by fingerprint (status and acknowledgement untouched), withdraw and delete, at once."""
        with self.transaction():
            for alert in upserts:
                evidence = json.dumps([ev.to_plain() for ev in alert.evidence], ensure_ascii=False)
                self.conn.execute(
                    "INSERT INTO alerts (fingerprint, rule, site_id, date, status, message, evidence, withdrawn) "
                    "VALUES (?, ?, ?, ?, 'open', ?, ?, 0) ON CONFLICT(fingerprint) DO UPDATE SET "
                    "rule = excluded.rule, site_id = excluded.site_id, date = excluded.date, "
                    "message = excluded.message, evidence = excluded.evidence, withdrawn = 0",
                    [
                        alert.fingerprint,
                        alert.rule,
                        alert.site_id,
                        alert.date.isoformat(),
                        alert.message,
                        evidence,
                    ],
                )
            for alert_id in withdraw:
                self.conn.execute("UPDATE alerts SET withdrawn = 1 WHERE id = ?", [alert_id])
            for alert_id in delete:
                self.conn.execute("DELETE FROM alerts WHERE id = ? AND status = 'open'", [alert_id])

    def change_mark(self) -> tuple[int, int] | None:
        """Changes whenever the database does: this connection's writes or another's commits.
        None inside an open transaction, whose changes may still be rolled back."""
        if self.conn.in_transaction:
            return None
        return self.conn.total_changes, int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def acknowledge_alert(self, alert_id: int, ack: Acknowledgement) -> int:
        """Add `ack` to the alert's history (earlier ones stay) and mark it acknowledged; returns
        the acknowledgement's row id."""
        with self.transaction():
            cursor = self.conn.execute(
                "UPDATE alerts SET status = 'acknowledged' WHERE id = ? AND withdrawn = 0", [alert_id]
            )
            if cursor.rowcount != 1:
                raise NotFound(StoreAlertWords.tr("no alert with id {id}").format(id=alert_id))
            cursor = self.conn.execute(
                "INSERT INTO alert_acknowledgements (alert_id, at, note) VALUES (?, ?, ?)",
                [alert_id, ack.at, ack.note],
            )
        return int(cursor.lastrowid or 0)

    def last_acknowledgement_id(self, alert_id: int) -> int:
        """The id of the alert's newest acknowledgement (the one just added)."""
        rows = self._rows("SELECT max(id) AS id FROM alert_acknowledgements WHERE alert_id = ?", [alert_id])
        if not rows or rows[0]["id"] is None:
            raise NotFound(StoreAlertWords.tr("alert {id} has no acknowledgement").format(id=alert_id))
        return int(rows[0]["id"])

    def remove_acknowledgement(self, ack_id: int) -> None:
        """Take one acknowledgement out of its alert's history (the undo of acknowledging); an
        alert left with none is open again."""
        with self.transaction():
            rows = self._rows("SELECT alert_id FROM alert_acknowledgements WHERE id = ?", [ack_id])
            if not rows:
                raise NotFound(StoreAlertWords.tr("no acknowledgement with id {id}").format(id=ack_id))
            self.conn.execute("DELETE FROM alert_acknowledgements WHERE id = ?", [ack_id])
            self.conn.execute(
                "UPDATE alerts SET status = 'open' WHERE id = ? AND NOT EXISTS "
                "(SELECT 1 FROM alert_acknowledgements WHERE alert_id = ?)",
                [rows[0]["alert_id"]] * 2,
            )

    def site_alert_rows(self, site_id: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The alert rows of a site and their acknowledgements, as stored: a site's deletion
        takes them along (ON DELETE CASCADE), and its undo puts them back with `put_alert_rows`."""
        alerts = self._rows("SELECT * FROM alerts WHERE site_id = ? ORDER BY id", [site_id])
        acks = self._rows(
            "SELECT a.* FROM alert_acknowledgements a JOIN alerts ON alerts.id = a.alert_id "
            "WHERE alerts.site_id = ? ORDER BY a.id",
            [site_id],
        )
        return alerts, acks

    def put_alert_rows(self, alerts: list[dict[str, Any]], acks: list[dict[str, Any]]) -> None:
        """Put alert rows read by `site_alert_rows` back with their ids. An alert recomputed
        meanwhile under the same fingerprint gives way to the old row and its history."""
        with self.transaction():
            for table, rows in (("alerts", alerts), ("alert_acknowledgements", acks)):
                for row in rows:
                    if table == "alerts":
                        self.conn.execute("DELETE FROM alerts WHERE fingerprint = ?", [row["fingerprint"]])
                    self.conn.execute(
                        f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                        list(row.values()),
                    )


def _stored_alert(row: dict[str, Any], acks: tuple[Acknowledgement, ...]) -> StoredAlert:
    from journal.core.alerts.model import Evidence, StoredAlert

    return StoredAlert(
        fingerprint=row["fingerprint"],
        rule=row["rule"],
        site_id=row["site_id"],
        date=dt.date.fromisoformat(row["date"]),
        status=row["status"],
        message=row["message"],
        evidence=tuple(Evidence.from_plain(ev) for ev in json.loads(row["evidence"])),
        acknowledgements=acks,
        withdrawn=bool(row["withdrawn"]),
        id=row["id"],
    )
