"""The daily check: how the person felt today (fatigue, weakness, urination changes, stress).

One check per date, and the form is always the check of the date it shows: picking a date
that has a check loads it, and saving changes that check (journal/core/domain/daily.py merges only
what the person changed, so a sign logged meanwhile from the command line is kept).
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtWidgets import QDateEdit, QWidget

from journal.core.domain import daily
from journal.core.domain.model import DailyCheck
from journal.core.errors import ValidationError
from journal.core.language import Words, date_text
from journal.core.operations import Outcome
from journal.core.operations import records as ops
from journal.gui.panes.records.base import RecordPane, RecordPaneWords, RecordTexts
from journal.gui.panes.records.fields import Field
from journal.gui.panes.records.table import Column
from journal.gui.session import JournalSession


class DailyPaneWords(Words):
    """The daily check's form and list."""


class DailyColumn(IntEnum):
    DATE = 0
    FATIGUE = 1
    WEAKNESS = 2
    URINATION = 3
    STRESS = 4
    NOTE = 5


def _ticked(field: str):  # type: ignore[no-untyped-def]
    """yes, no, or blank for not checked."""
    return lambda check: {True: DailyPaneWords.tr("yes"), False: DailyPaneWords.tr("no")}.get(
        getattr(check, field), ""
    )


class DailyPane(RecordPane):
    KIND = "daily"
    NOUN = "daily check"
    WORDS = DailyPaneWords
    TEXTS = RecordTexts(
        plural=DailyPaneWords.mark("Daily checks"),
        saved_list=DailyPaneWords.mark("Saved daily checks"),
        new=DailyPaneWords.mark("<b>New daily check</b>"),
        editing=DailyPaneWords.mark("<b>Editing the daily check of {date}</b>"),
        saved=DailyPaneWords.mark("Saved the daily check of {date}."),
        updated=DailyPaneWords.mark("Updated the daily check of {date}."),
        deleted=DailyPaneWords.mark("Deleted the daily check of {date}. Undo ({keys}) brings it back."),
        edit_selected=DailyPaneWords.mark("Edit the selected daily check"),
        delete_selected=DailyPaneWords.mark("Delete the selected daily check"),
    )
    RECORD = DailyCheck
    HINT = DailyPaneWords.mark(
        "One check per day: a date that already has a check shows it here, and saving changes it. "
        'Leave a sign at "not checked" if you did not think about it.'
    )
    FIELDS = (
        Field("date", DailyPaneWords.mark("Date"), "date", required=True),
        Field("fatigue", DailyPaneWords.mark("Unusually tired (fatigue)"), "yes_no"),
        Field("weakness", DailyPaneWords.mark("Muscles felt weak"), "yes_no"),
        Field(
            "urination_changes",
            DailyPaneWords.mark("Change in urination"),
            "yes_no",
            help=DailyPaneWords.mark("Any change in how often, how much, or the colour"),
        ),
        Field(
            "stress",
            DailyPaneWords.mark("Stress"),
            "rating",
            help=DailyPaneWords.mark("0 = calm, 10 = the most stressed you can imagine"),
        ),
        Field("note", DailyPaneWords.mark("Note"), "long_text"),
    )
    COLUMNS = (
        Column(DailyPaneWords.mark("Date"), "date"),
        Column(DailyPaneWords.mark("Fatigue"), "fatigue", _ticked("fatigue")),
        Column(DailyPaneWords.mark("Weakness"), "weakness", _ticked("weakness")),
        Column(DailyPaneWords.mark("Urination changes"), "urination_changes", _ticked("urination_changes")),
        Column(DailyPaneWords.mark("Stress"), "stress"),
        Column(DailyPaneWords.mark("Note"), "note"),
    )

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        self._loading = False  # the form is being filled by code: a date change is not the person's
        self._shown: dict[str, Any] = {}  # what the form showed when filled, to tell what the person changed
        super().__init__(session, parent)
        date_edit = self._date_edit()
        # A typed date counts once it is complete (Return or leaving the field), not at each digit:
        # 2026-03-15 would otherwise pass through 2026-03-01 and load that day's check on the way.
        date_edit.setKeyboardTracking(False)
        date_edit.dateChanged.connect(lambda _date: self._show_day())
        # Changed elsewhere (another pane, an undo): show it, unless the person is changing the form.
        self.session.changed.connect(
            lambda changes: self._show_day() if self.KIND in changes and not self._changes() else None
        )

    def load_records(self) -> list[DailyCheck]:
        return list(reversed(self.session.store.daily_checks()))

    def save_operation(self, record: DailyCheck, previous: DailyCheck | None) -> Outcome[DailyCheck]:
        """Only what the person changed from the check they saw; the rest stays as saved now."""
        seen = previous if previous is not None and previous.date == record.date else None
        return ops.merge_daily(self.session.journal, record.date, daily.edited(seen, record), seen=seen)

    def delete_operation(self, record: DailyCheck) -> Outcome[DailyCheck]:
        assert record.id is not None
        return ops.delete_daily(self.session.journal, record.id)

    def _date_edit(self) -> QDateEdit:
        widget = self.form.editors["date"].widget
        assert isinstance(widget, QDateEdit)  # the "date" field is a date field
        return widget

    def save(self) -> DailyCheck | None:
        # A date still being typed (Ctrl+Return in the field) counts first, so the check is saved
        # for the date the field shows, merged with that day's check.
        self._date_edit().interpretText()
        saved: DailyCheck | None = super().save()
        return saved

    # -- the form follows its date ---------------------------------------------------------------
    def start_new(self) -> None:
        self._loading = True
        try:
            super().start_new()
        finally:
            self._loading = False
        self._shown = self._values()
        self._show_day()

    def edit_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        self._show_day(record.date)
        self.form.editors["date"].widget.setFocus()

    def _show_day(self, day: dt.date | None = None) -> None:
        """Fill the form with the check saved for its date (or `day`), or an empty one, keeping
        what the person had changed in the form (merged by the core, which keeps a saved yes)."""
        if self._loading:
            return
        day = day or dt.date.fromisoformat(self.form.editors["date"].value())
        saved = self.session.store.daily_check(day)
        shown = saved if saved is not None else DailyCheck(date=day)
        changes = self._changes()
        try:
            typed = DailyCheck.new(**{**self.form.raw(), "date": day})
            wanted = {name: getattr(typed, name) for name in changes}
            filled = daily.merge(saved, day, wanted, keep_logged_yes=True) if wanted else shown
        except ValidationError as exc:  # say so, and leave the form as the person left it
            self.form.show_error(exc.field, exc.reason)
            return
        self._loading = True
        try:
            self.form.load(filled)
        finally:
            self._loading = False
        self.editing, self._shown = saved, _form_values(shown)
        if saved is not None:
            self.heading.setText(self.text("editing").format(date=date_text(day)))
            self.cancel_button.setText(RecordPaneWords.tr("Cancel edit"))
            self.select_record(saved.id)  # and its row in the list beside the form
        else:
            self.heading.setText(
                DailyPaneWords.tr("<b>New daily check for {date}</b>").format(date=date_text(day))
            )
            self.cancel_button.setText(RecordPaneWords.tr("Clear"))
        if wanted and saved is not None:
            kept = [
                self.form.editors[name].field.label
                for name in wanted
                if name in daily.YES_NO_FIELDS and getattr(filled, name) != wanted[name]
            ]
            said = DailyPaneWords.tr(
                "{date} already has a daily check: it is shown with your changes added; save to keep them."
            ).format(date=date_text(day))
            if kept:
                said += " " + DailyPaneWords.tr("Already logged as yes, and kept: {fields}.").format(
                    fields=", ".join(kept)
                )
            self._say(said)

    def _values(self) -> dict[str, Any]:
        return {name: value for name, value in self.form.raw().items() if name != "date"}

    def _changes(self) -> dict[str, Any]:
        """The fields the person changed since the form was filled."""
        return {name: value for name, value in self._values().items() if value != self._shown.get(name)}


def _form_values(check: DailyCheck) -> dict[str, Any]:
    """A check as the form's editors give it back (an empty note is "")."""
    return {name: (getattr(check, name) if name != "note" else check.note or "") for name in daily.FIELDS}
