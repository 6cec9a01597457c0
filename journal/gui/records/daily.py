"""The daily check: how the person felt today (fatigue, weakness, urination changes, stress)."""

from __future__ import annotations

from enum import IntEnum

from journal.core.model import DailyCheck
from journal.gui.records.base import RecordPane
from journal.gui.records.fields import Field
from journal.gui.records.table import Column


class DailyColumn(IntEnum):
    DATE = 0
    FATIGUE = 1
    WEAKNESS = 2
    URINATION = 3
    STRESS = 4
    NOTE = 5


def _ticked(field: str):  # type: ignore[no-untyped-def]
    return lambda check: "yes" if getattr(check, field) else ""


class DailyPane(RecordPane):
    KIND = "daily"
    NOUN = "daily check"
    RECORD = DailyCheck
    HINT = "One check per day: saving a day that already has a check replaces it."
    FIELDS = (
        Field("date", "Date", "date", required=True),
        Field("fatigue", "Unusually tired (fatigue)", "check"),
        Field("weakness", "Muscles felt weak", "check"),
        Field("urination_changes", "Change in urination", "check",
              help="Any change in how often, how much, or the colour"),
        Field("stress", "Stress", "rating", help="0 = calm, 10 = the most stressed you can imagine"),
        Field("note", "Note", "long_text"),
    )
    COLUMNS = (
        Column("Date", "date"),
        Column("Fatigue", "fatigue", _ticked("fatigue")),
        Column("Weakness", "weakness", _ticked("weakness")),
        Column("Urination changes", "urination_changes", _ticked("urination_changes")),
        Column("Stress", "stress"),
        Column("Note", "note"),
    )

    def load_records(self) -> list[DailyCheck]:
        return list(reversed(self.session.store.daily_checks()))

    def save_record(self, record: DailyCheck, previous: DailyCheck | None) -> DailyCheck:
        store = self.session.store
        with store.transaction():
            if previous is not None and previous.id is not None and previous.date != record.date:
                store.delete_daily(previous.id)  # moved to another day: the old day is free again
            return store.save_daily(record)

    def delete_record(self, record: DailyCheck) -> None:
        assert record.id is not None
        self.session.store.delete_daily(record.id)

    def restore_record(self, record: DailyCheck) -> None:
        self.session.store.save_daily(record)
