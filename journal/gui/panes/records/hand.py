"""Hand function: the finger-to-palm readings, listed to read back, change and delete.

A records pane like labs and visits: the form on the left, the readings on the right with Edit
and Delete, each change one undoable step. Journal > Hand function... stays the quick way to
log one reading; this is where a person finds what they logged and corrects a typo."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from journal.core.domain.hand import FINGERS, HANDS, FingerPalm, finger_label, hand_label, how_to_text
from journal.core.language import Words
from journal.core.operations import Outcome
from journal.core.operations import hand as hand_ops
from journal.gui.panes.records.base import RecordPane, RecordTexts
from journal.gui.panes.records.fields import Field
from journal.gui.panes.records.table import Column


class HandPaneWords(Words):
    """The hand function pane's form and list."""


class HandColumn(IntEnum):
    DATE = 0
    HAND = 1
    FINGER = 2
    DISTANCE = 3
    NOTE = 4


def _pairs(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((value, value) for value in values)


class HandPane(RecordPane):
    KIND = "hand"
    NOUN = "finger-to-palm reading"
    WORDS = HandPaneWords
    TEXTS = RecordTexts(
        plural=HandPaneWords.mark("Finger-to-palm readings"),
        saved_list=HandPaneWords.mark("Saved finger-to-palm readings"),
        new=HandPaneWords.mark("<b>New finger-to-palm reading</b>"),
        editing=HandPaneWords.mark("<b>Editing the finger-to-palm reading of {date}</b>"),
        saved=HandPaneWords.mark("Saved the finger-to-palm reading of {date}."),
        updated=HandPaneWords.mark("Updated the finger-to-palm reading of {date}."),
        deleted=HandPaneWords.mark(
            "Deleted the finger-to-palm reading of {date}. Undo ({keys}) brings it back."
        ),
        edit_selected=HandPaneWords.mark("Edit the selected finger-to-palm reading"),
        delete_selected=HandPaneWords.mark("Delete the selected finger-to-palm reading"),
    )
    RECORD = FingerPalm
    FIELDS = (
        Field("date", HandPaneWords.mark("Measured on"), "date", required=True),
        Field(
            "hand",
            HandPaneWords.mark("Hand"),
            "choice",
            _pairs(HANDS),
            required=True,
            choice_words=hand_label,
        ),
        Field(
            "finger",
            HandPaneWords.mark("Finger"),
            "choice",
            _pairs(FINGERS),
            required=True,
            choice_words=finger_label,
        ),
        # A text field: a typo is refused in words rather than silently clamped.
        Field(
            "distance_mm",
            HandPaneWords.mark("Distance (mm)"),
            "number",
            required=True,
            placeholder=HandPaneWords.mark("mm, for example 15"),
        ),
        Field("note", HandPaneWords.mark("Note"), "long_text"),
    )
    COLUMNS = (
        Column(HandPaneWords.mark("Date"), "date"),
        Column(HandPaneWords.mark("Hand"), "hand", lambda r: hand_label(r.hand)),
        Column(HandPaneWords.mark("Finger"), "finger", lambda r: finger_label(r.finger)),
        Column(HandPaneWords.mark("Distance (mm)"), "distance_mm"),
        Column(HandPaneWords.mark("Note"), "note"),
    )

    def hint_text(self) -> str:
        return how_to_text()  # how to measure, from the core, with its source

    def save_operation(self, record: Any, previous: Any | None) -> Outcome[Any]:
        journal = self.session.journal
        if previous is None:  # a reading of the same day, hand and finger is replaced (undo puts it back)
            return hand_ops.add_finger_palm(journal, record)
        return hand_ops.edit_finger_palm(journal, record)

    def delete_operation(self, record: Any) -> Outcome[Any]:
        return hand_ops.delete_finger_palm(self.session.journal, record.id)

    def load_records(self) -> list[FingerPalm]:
        return list(reversed(self.session.store.finger_palm()))  # newest first, as the labs
