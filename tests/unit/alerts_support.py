"""Helpers for the alert tests: a real store (on disk or in memory) and short ways to log data."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlite_utils

from journal.core.alerts import Alert, current_alerts
from journal.core.domain.model import DailyCheck, Entry, LabResult, Site
from journal.core.store import Store, migrate

START = dt.date(2025, 3, 3)


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def memory_store() -> Store:
    """A real SQLite store with every migration applied, in memory (for hypothesis' many examples)."""
    db = sqlite_utils.Database(memory=True)
    db.execute("PRAGMA foreign_keys = ON")
    migrate.load_migrations().apply(db)
    return Store(db)


def add_site(store: Store, name: str = "Left forearm", **fields: Any) -> Site:
    raw = {"kind": "deposit", "region": "forearm", **fields}
    return store.add_site(Site.new(name=name, **raw))


def log(store: Store, site: Site, when: int | dt.date, **fields: Any) -> Entry:
    date = day(when) if isinstance(when, int) else when
    saved, _ = store.add_entry(Entry.new(site_id=site.id, date=date, **fields))
    return saved


def check(store: Store, when: int, **fields: Any) -> DailyCheck:
    return store.save_daily(DailyCheck.new(date=day(when), **fields))


def lab(store: Store, when: int, **fields: Any) -> LabResult:
    raw = {"test": "calcium", "unit": "mmol/L", **fields}
    return store.add_lab(LabResult.new(date=day(when), **raw))


def alerts_of(store: Store, rule: str, **kw: Any) -> list[Alert]:
    return [a for a in current_alerts(store, include_acknowledged=True, **kw) if a.rule == rule]


def comparable(alerts: list[Alert]) -> list[tuple[Any, ...]]:
    """What a person reads in an alert, without the ids that depend on the order rows were saved."""
    return sorted(
        (
            a.rule,
            a.site,
            a.date,
            a.status,
            a.message,
            tuple((ev.date, ev.field, ev.value) for ev in a.evidence),
        )
        for a in alerts
    )
