"""The store: the one place that speaks SQL. Everything else gets dataclasses.

Every write runs in a transaction (`Database.atomic`), so a refused or interrupted
change leaves the journal as it was. Methods that change data return what they changed.

`Store` is put together from one mixin per area, each in its own module here; SQL goes in
the module of its area (or a new one), never outside this package. `base.py` holds the
connection, `transaction()` and the generic row helpers.
"""

from __future__ import annotations

from journal.core.store.alerts import Alerts
from journal.core.store.alignments import Alignments
from journal.core.store.base import TABLE_OF, StoreBase
from journal.core.store.checks import Checks
from journal.core.store.csv_io import CsvIO
from journal.core.store.hand import Hand
from journal.core.store.measurements import Measurements
from journal.core.store.overview import Overview
from journal.core.store.person import Person
from journal.core.store.phases import Phases
from journal.core.store.settings import Settings
from journal.core.store.sites_entries import SitesEntries

__all__ = ["TABLE_OF", "Store"]


class Store(
    SitesEntries,
    Measurements,
    Person,
    Phases,
    Hand,
    Settings,
    Alerts,
    Alignments,
    CsvIO,
    Overview,
    Checks,
    StoreBase,
):
    """The journal's database: sites, entries, photos and their measurements, person-level records,
    settings, alerts and photo alignments."""
