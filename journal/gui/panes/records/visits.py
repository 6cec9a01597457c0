"""Visits to a doctor or nurse: who, and what they found, in the person's own words."""

from __future__ import annotations

from enum import IntEnum

from journal.core.domain.model import Visit
from journal.gui.panes.records.base import RecordPane
from journal.gui.panes.records.fields import Field
from journal.gui.panes.records.table import Column


class VisitColumn(IntEnum):
    DATE = 0
    CLINICIAN = 1
    FINDINGS = 2
    NOTE = 3


class VisitsPane(RecordPane):
    KIND = "visits"
    NOUN = "visit"
    RECORD = Visit
    FIELDS = (
        Field("date", "Date", "date", required=True),
        Field("clinician", "Seen by", "text", placeholder="for example: Dr Meier, dermatology"),
        Field("findings", "What they said", "long_text"),
        Field("note", "Note", "long_text"),
    )
    COLUMNS = (
        Column("Date", "date"),
        Column("Seen by", "clinician"),
        Column("What they said", "findings"),
        Column("Note", "note"),
    )

    def load_records(self) -> list[Visit]:
        return list(reversed(self.session.store.visits()))
