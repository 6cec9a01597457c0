"""The care log: massage, supplements, skin care, sun protection."""

from __future__ import annotations

from enum import IntEnum

from journal.core.domain import choices as C
from journal.core.domain.model import CareEvent
from journal.core.language import Words
from journal.gui.panes.records.base import RecordPane, RecordTexts
from journal.gui.panes.records.fields import Field, choice_pairs
from journal.gui.panes.records.table import Column
from journal.gui.wording import shown_text


class CarePaneWords(Words):
    """The care log's form and list."""


class CareColumn(IntEnum):
    DATE = 0
    KIND = 1
    WHAT = 2
    AMOUNT = 3
    MINUTES = 4
    NOTE = 5


def _amount(care: CareEvent) -> str:
    return f"{shown_text(care.amount)} {care.unit or ''}".strip()


class CarePane(RecordPane):
    KIND = "care"
    NOUN = "care event"
    WORDS = CarePaneWords
    TEXTS = RecordTexts(
        plural=CarePaneWords.mark("Care events"),
        saved_list=CarePaneWords.mark("Saved care events"),
        new=CarePaneWords.mark("<b>New care event</b>"),
        editing=CarePaneWords.mark("<b>Editing the care event of {date}</b>"),
        saved=CarePaneWords.mark("Saved the care event of {date}."),
        updated=CarePaneWords.mark("Updated the care event of {date}."),
        deleted=CarePaneWords.mark("Deleted the care event of {date}. Undo ({keys}) brings it back."),
        edit_selected=CarePaneWords.mark("Edit the selected care event"),
        delete_selected=CarePaneWords.mark("Delete the selected care event"),
    )
    RECORD = CareEvent
    FIELDS = (
        Field("date", CarePaneWords.mark("Date"), "date", required=True),
        Field(
            "kind",
            CarePaneWords.mark("Kind"),
            "choice",
            choice_pairs(C.CARE_KINDS, C.CARE_KIND_LABELS),
            required=True,
            choice_words=lambda kind: C.shown(C.CARE_KIND_LABELS, kind),
        ),
        Field(
            "what",
            CarePaneWords.mark("What"),
            "text",
            required=True,
            placeholder=CarePaneWords.mark("for example: scalp massage, vitamin D"),
        ),
        Field(
            "amount",
            CarePaneWords.mark("Amount"),
            "number",
            placeholder=CarePaneWords.mark("for example 1000"),
        ),
        Field(
            "unit",
            CarePaneWords.mark("Unit"),
            "text",
            placeholder=CarePaneWords.mark("for example IU, mg, mcg"),
        ),
        Field(
            "minutes",
            CarePaneWords.mark("Minutes"),
            "number",
            placeholder=CarePaneWords.mark("how long, for massage"),
        ),
        Field("note", CarePaneWords.mark("Note"), "long_text"),
    )
    COLUMNS = (
        Column(CarePaneWords.mark("Date"), "date"),
        Column(CarePaneWords.mark("Kind"), "kind", lambda care: C.shown(C.CARE_KIND_LABELS, care.kind)),
        Column(CarePaneWords.mark("What"), "what"),
        Column(CarePaneWords.mark("Amount"), "amount", _amount),
        Column(CarePaneWords.mark("Minutes"), "minutes"),
        Column(CarePaneWords.mark("Note"), "note"),
    )

    def load_records(self) -> list[CareEvent]:
        return list(reversed(self.session.store.care_events()))
