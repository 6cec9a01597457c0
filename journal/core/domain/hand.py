"""Hand function measured at home: the finger-to-palm distance.

With the fingers bent as far as they go, the distance from the fingertip to the distal palmar
crease, in millimetres, with a ruler. Larger means stiffer; 0 is a fingertip that reaches the
crease. Reliable when a person repeats it (Torok KS et al., "Reliability and validity of the
delta finger-to-palm (FTP), a new measure of finger range of motion in systemic sclerosis",
Clin Exp Rheumatol 2010;28(2 Suppl 58):S28-36; ICC 0.92-0.99)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from journal.core.domain import validate as v
from journal.core.errors import ValidationError
from journal.core.language import Words


class HandWords(Words):
    """Hands and fingers by name, and how to measure the finger-to-palm distance."""


HANDS = ("left", "right")
# The four long fingers: the thumb does not bend to the distal palmar crease.
FINGERS = ("index", "middle", "ring", "little")
# Marked in English (stored values are the keys above); `hand_label`, `finger_label` translate.
HAND_LABELS = {"left": HandWords.mark("left"), "right": HandWords.mark("right")}
FINGER_LABELS = {
    "index": HandWords.mark("index"),
    "middle": HandWords.mark("middle"),
    "ring": HandWords.mark("ring"),
    "little": HandWords.mark("little"),
}
MAX_DISTANCE_MM = 120.0  # a straight finger's tip lies about 100 mm from the crease
# A citation: the same in every language.
SOURCE = "Torok et al., Clin Exp Rheumatol 2010 (ICC 0.92-0.99)"
HOW_TO = HandWords.mark(
    "Bend the fingers of one hand as far as they go, as in making a loose fist, and measure with a "
    "ruler from the tip of each finger to the crease of the palm nearest the fingers (the distal "
    "palmar crease). 0 mm means the fingertip reaches the crease; larger means stiffer."
)


def hand_label(hand: str) -> str:
    """ "left" or "right" in the person's language (an unknown value as stored)."""
    label = HAND_LABELS.get(hand)
    return HandWords.tr(label) if label is not None else hand


def finger_label(finger: str) -> str:
    """A finger's name in the person's language (an unknown value as stored)."""
    label = FINGER_LABELS.get(finger)
    return HandWords.tr(label) if label is not None else finger


def finger_words(hand: str, finger: str) -> str:
    """One finger of one hand, as a chart's line is named: "left index"."""
    return HandWords.tr("{hand} {finger}").format(hand=hand_label(hand), finger=finger_label(finger))


def how_to() -> str:
    """How to measure, in the person's language (the source apart: SOURCE)."""
    return HandWords.tr(HOW_TO)


def how_to_text() -> str:
    """How to measure, in the person's language, with its source: "... (Torok et al., ...)."."""
    return HandWords.tr("{how_to} ({source}.)").format(how_to=how_to(), source=SOURCE)


@dataclasses.dataclass(frozen=True)
class FingerPalm:
    date: dt.date
    hand: str  # HANDS
    finger: str  # FINGERS
    distance_mm: float
    note: str | None = None
    id: int | None = None

    @classmethod
    def new(cls, **raw: Any) -> FingerPalm:
        distance = v.optional_float("distance_mm", raw.get("distance_mm"), 0.0, MAX_DISTANCE_MM)
        if distance is None:
            raise ValidationError(
                "distance_mm", HandWords.tr("give the distance in mm (0 if the fingertip reaches the crease)")
            )
        return cls(
            date=v.record_date("date", raw.get("date")),
            hand=str(v.choice("hand", raw.get("hand"), HANDS, required=True)),
            finger=str(v.choice("finger", raw.get("finger"), FINGERS, required=True)),
            distance_mm=distance,
            note=v.text("note", raw.get("note"), max_len=2000),
            id=raw.get("id"),
        )

    @property
    def words(self) -> str:
        """ "left index finger", in the person's language."""
        return HandWords.tr("{hand} {finger} finger").format(
            hand=hand_label(self.hand), finger=finger_label(self.finger)
        )
