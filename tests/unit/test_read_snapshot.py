"""A worker's read-only view of an open journal: it cannot write, and it sees one moment."""

from __future__ import annotations

import sqlite3

import pytest

from journal.core.alerts import current_alerts, findings, sync
from journal.core.domain.model import Entry, Site
from journal.core.errors import JournalError
from journal.core.journal import read_snapshot


def _site(journal, name="Left elbow"):
    return journal.store.add_site(Site.new(name=name, kind="deposit", region="elbow"))


def test_a_snapshot_cannot_write(journal):
    _site(journal)
    with read_snapshot(journal.folder) as store, pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.add_site(Site.new(name="Right knee", kind="deposit", region="knee"))
    assert [s.name for s in journal.store.sites()] == ["Left elbow"]


def test_a_snapshot_sees_one_moment_while_the_window_writes(journal):
    site = _site(journal)
    journal.store.add_entry(Entry.new(site_id=site.id, date="2026-02-01", size_mm=4.0), [])
    with read_snapshot(journal.folder) as store:
        assert len(store.entries()) == 1
        journal.store.add_entry(Entry.new(site_id=site.id, date="2026-02-08", ulcerated=True), [])
        assert len(store.entries()) == 1  # the commit made meanwhile is not half-seen
    with read_snapshot(journal.folder) as store:
        assert len(store.entries()) == 2


def test_no_journal_in_the_folder_is_refused(tmp_path):
    with pytest.raises(JournalError, match="no journal"), read_snapshot(tmp_path):
        pass


def test_syncing_findings_made_on_a_snapshot_gives_the_same_alerts(journal):
    site = _site(journal)
    journal.store.add_entry(Entry.new(site_id=site.id, date="2026-02-08", size_mm=4.1, ulcerated=True), [])
    with read_snapshot(journal.folder) as store:
        found = findings(store)
    assert found
    rows = sync(journal.store, found)
    assert [(r.rule, r.site_id, r.date.isoformat()) for r in rows] == [
        ("pain_inflammation_ulceration", site.id, "2026-02-08")
    ]
    assert [a.id for a in current_alerts(journal.store)] == [rows[0].id]
