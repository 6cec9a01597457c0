"""The care log: massage, supplements, skin care, sun protection."""

from __future__ import annotations

from enum import IntEnum

from journal.core.domain import choices as C
from journal.core.domain.model import CareEvent, plain_text
from journal.gui.panes.records.base import RecordPane
from journal.gui.panes.records.fields import Field, choice_pairs
from journal.gui.panes.records.table import Column


class CareColumn(IntEnum):
    DATE = 0
    KIND = 1
    WHAT = 2
    AMOUNT = 3
    MINUTES = 4
    NOTE = 5


def _amount(care: CareEvent) -> str:
    return f"{plain_text(care.amount)} {care.unit or ''}".strip()


class CarePane(RecordPane):
    KIND = "care"
    NOUN = "care event"
    RECORD = CareEvent
    FIELDS = (
        Field("date", "Date", "date", required=True),
        Field("kind", "Kind", "choice", choice_pairs(C.CARE_KINDS, C.CARE_KIND_LABELS), required=True),
        Field("what", "What", "text", required=True, placeholder="for example: scalp massage, vitamin D"),
        Field("amount", "Amount", "number", placeholder="for example 1000"),
        Field("unit", "Unit", "text", placeholder="for example IU, mg, mcg"),
        Field("minutes", "Minutes", "number", placeholder="how long, for massage"),
        Field("note", "Note", "long_text"),
    )
    COLUMNS = (
        Column("Date", "date"),
        Column("Kind", "kind", lambda care: C.CARE_KIND_LABELS.get(care.kind, care.kind)),
        Column("What", "what"),
        Column("Amount", "amount", _amount),
        Column("Minutes", "minutes"),
        Column("Note", "note"),
    )

    def load_records(self) -> list[CareEvent]:
        return list(reversed(self.session.store.care_events()))
