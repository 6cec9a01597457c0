"""The daily check: how the person felt today (fatigue, weakness, urination changes, stress).

One check per date, and the form is always the check of the date it shows: picking a date
that has a check loads it, and saving changes that check (journal/core/daily.py merges only
what the person changed, so a sign logged meanwhile from the command line is kept).
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtWidgets import QWidget

from journal.core import daily
from journal.core.model import DailyCheck
from journal.gui.records.base import RecordPane
from journal.gui.records.fields import Field
from journal.gui.records.table import Column
from journal.gui.session import JournalSession


class DailyColumn(IntEnum):
    DATE = 0
    FATIGUE = 1
    WEAKNESS = 2
    URINATION = 3
    STRESS = 4
    NOTE = 5


def _ticked(field: str):  # type: ignore[no-untyped-def]
    """yes, no, or blank for not checked."""
    return lambda check: {True: "yes", False: "no"}.get(getattr(check, field), "")


class DailyPane(RecordPane):
    KIND = "daily"
    NOUN = "daily check"
    RECORD = DailyCheck
    HINT = ("One check per day: a date that already has a check shows it here, and saving changes it. "
            "Leave a sign at \"not checked\" if you did not think about it.")
    FIELDS = (
        Field("date", "Date", "date", required=True),
        Field("fatigue", "Unusually tired (fatigue)", "yes_no"),
        Field("weakness", "Muscles felt weak", "yes_no"),
        Field("urination_changes", "Change in urination", "yes_no",
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

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        self._loading = False  # the form is being filled by code: a date change is not the person's
        self._shown: dict[str, Any] = {}  # the form's values as last loaded, to tell what was typed since
        super().__init__(session, parent)
        self.form.editors["date"].widget.dateChanged.connect(lambda _date: self._show_day())
        # Changed elsewhere (another pane, an undo): show it, unless the person is typing here.
        self.session.records_changed.connect(
            lambda kind: self._show_day() if kind == self.KIND and self._typed() == self._shown else None)

    def load_records(self) -> list[DailyCheck]:
        return list(reversed(self.session.store.daily_checks()))

    def save_record(self, record: DailyCheck, previous: DailyCheck | None) -> DailyCheck:
        """Only what the person changed from the check they saw; the rest stays as saved now."""
        seen = previous if previous is not None and previous.date == record.date else None
        return self.session.store.merge_daily(record.date, daily.edited(seen, record), seen=seen)

    def delete_record(self, record: DailyCheck) -> None:
        assert record.id is not None
        self.session.store.delete_daily(record.id)

    def restore_record(self, record: DailyCheck) -> None:
        # A check made for the day since the deletion keeps its own "yes" answers.
        self.session.store.save_daily(record, keep_logged_yes=True)

    # -- the form follows its date ---------------------------------------------------------------
    def start_new(self) -> None:
        self._loading = True
        try:
            super().start_new()
        finally:
            self._loading = False
        self._shown = self._typed()
        self._show_day()

    def edit_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        self._show_day(record.date)
        self.form.editors["date"].widget.setFocus()

    def _show_day(self, day: dt.date | None = None) -> None:
        """Show the check saved for the form's date (or `day`), or an empty one. Values typed
        for a date without a check stay (the person set the date after ticking)."""
        if self._loading:
            return
        day = day or dt.date.fromisoformat(self.form.editors["date"].value())
        saved = self.session.store.daily_check(day)
        typed = self._typed() != self._shown
        if saved is None and typed and self.editing is None:
            self.heading.setText(f"<b>New {self.NOUN} for {day.isoformat()}</b>")
            return
        self._loading = True
        try:
            if saved is not None:
                self.form.load(saved)
            else:
                self.form.clear()
                self.form.editors["date"].set_value(day)
        finally:
            self._loading = False
        self.editing, self._shown = saved, self._typed()
        if saved is not None:
            self.heading.setText(f"<b>Editing the {self.NOUN} of {day.isoformat()}</b>")
            self.cancel_button.setText("Cancel edit")
            self._select(saved.id)  # and its row in the list beside the form
        else:
            self.heading.setText(f"<b>New {self.NOUN} for {day.isoformat()}</b>")
            self.cancel_button.setText("Clear")
        if typed:
            self._say(f"The form now shows the {self.NOUN} of {day.isoformat()}; what you had changed "
                      "in the form before picking this date was not saved.")

    def _typed(self) -> dict[str, Any]:
        return {name: value for name, value in self.form.raw().items() if name != "date"}
