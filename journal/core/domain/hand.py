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

HANDS = ("left", "right")
# The four long fingers: the thumb does not bend to the distal palmar crease.
FINGERS = ("index", "middle", "ring", "little")
MAX_DISTANCE_MM = 120.0  # a straight finger's tip lies about 100 mm from the crease
SOURCE = "Torok et al., Clin Exp Rheumatol 2010 (ICC 0.92-0.99)"
HOW_TO = (
    "Bend the fingers of one hand as far as they go, as in making a loose fist, and measure with a "
    "ruler from the tip of each finger to the crease of the palm nearest the fingers (the distal "
    "palmar crease). 0 mm means the fingertip reaches the crease; larger means stiffer."
)


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
                "distance_mm", "give the distance in mm (0 if the fingertip reaches the crease)"
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
        return f"{self.hand} {self.finger} finger"
