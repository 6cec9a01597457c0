"""Migration 0004: a journal saved with one acknowledgement per alert (ack_note, acknowledged_at on the
alerts row) is upgraded to the acknowledgement history with nothing lost.

The older journal is made at test time: the migrations before 0004, then alert rows written with
the statement the store used until then."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import sqlite_utils

from journal.core.alerts import Finding, acknowledge, current_alerts, findings
from journal.core.journal import DB_NAME, Journal
from journal.core.store import migrate

BEFORE = ("0001_initial.sql", "0002_alerts.sql")


RECORDS = (
    "INSERT INTO sites (name, kind, region) VALUES ('Left elbow', 'deposit', 'elbow')",
    "INSERT INTO entries (site_id, date, size_mm, ulcerated) VALUES (1, '2025-01-01', 3.0, NULL), "
    "(1, '2025-01-20', 4.5, NULL), (1, '2025-02-01', 4.5, 1)",
)


def _findings_of_today(scratch: Path) -> list[Finding]:
    """What today's rules find in these records (the rules read tables the old schema lacks), so
    the old rows carry the fingerprints the upgraded journal's rules give."""
    with Journal.open(scratch) as journal:
        for statement in RECORDS:
            journal.store.conn.execute(statement)
        return sorted(findings(journal.store), key=lambda f: f.date)


def _journal_before_0004(folder: Path, tmp_path: Path) -> None:
    old_migrations = tmp_path / "old-migrations"
    old_migrations.mkdir()
    for name in BEFORE:
        shutil.copy(migrate.migrations_dir() / name, old_migrations)
    folder.mkdir()
    db = sqlite_utils.Database(folder / DB_NAME)
    migrate.upgrade(db, folder / "backups", old_migrations)
    for statement in RECORDS:
        db.execute(statement)
    found = _findings_of_today(tmp_path / "scratch")
    assert [f.rule for f in found] == ["rapid_growth", "pain_inflammation_ulceration"]
    for finding in found:
        db.execute(
            "INSERT INTO alerts (fingerprint, rule, site_id, date, status, message, evidence) "
            "VALUES (?, ?, ?, ?, 'open', ?, ?)",
            [
                finding.fingerprint,
                finding.rule,
                finding.site_id,
                finding.date.isoformat(),
                finding.message,
                json.dumps([ev.to_plain() for ev in finding.evidence]),
            ],
        )
    # What acknowledging did before 0004: the one note and time on the alert's own row.
    db.execute(
        "UPDATE alerts SET status = 'acknowledged', ack_note = ?, acknowledged_at = ? WHERE rule = ?",
        ["shown to Dr Meyer", "2025-01-22T09:30:00", "rapid_growth"],
    )
    db.conn.commit()
    db.close()


def test_an_acknowledgement_saved_before_the_history_is_moved_into_it(tmp_path):
    folder = tmp_path / "journal"
    _journal_before_0004(folder, tmp_path)
    with Journal.open(folder) as journal:
        growth, sore = sorted(current_alerts(journal.store, include_acknowledged=True), key=lambda a: a.date)
        assert (growth.status, [(a.at, a.note) for a in growth.acknowledgements]) == (
            "acknowledged",
            [("2025-01-22T09:30:00", "shown to Dr Meyer")],
        )
        assert (sore.status, sore.acknowledgements) == ("open", ())
        again = acknowledge(journal.store, growth.id, "and to Dr Roth")
        assert [a.note for a in again.acknowledgements] == ["and to Dr Roth", "shown to Dr Meyer"]
    assert list((folder / "backups").glob("before-0004_alert_acknowledgements-*.sqlite3"))
    with sqlite3.connect(folder / DB_NAME) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(alerts)")}
        assert not {"ack_note", "acknowledged_at"} & columns  # one place for acknowledgements
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_deleting_a_site_takes_its_alerts_acknowledgements_with_it(journal):
    from journal.core.domain.model import Entry, Site

    site = journal.store.add_site(Site.new(name="Left elbow", kind="deposit", region="elbow"))
    journal.store.add_entry(Entry.new(site_id=site.id, date="2025-02-01", ulcerated=True))
    (alert,) = current_alerts(journal.store)
    acknowledge(journal.store, alert.id, "seen")
    journal.store.delete_site(site.id)
    assert journal.db.execute("SELECT count(*) FROM alert_acknowledgements").fetchone()[0] == 0
