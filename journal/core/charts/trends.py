"""Which way a site is going: size (or, for an area, tightness) up, down or steady.

The arrow beside a site compares the newest value logged with the average of the few
values logged before it, so one unusual day does not flip the arrow. A change smaller than
what a ruler or a 0-10 feeling can tell apart counts as steady. It describes the journal's
own numbers; it is not a judgement about the skin.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable

from journal.core.domain.model import Entry

# The measures an arrow can follow, in order of preference: a size in millimetres says
# more than a feeling, so it is used whenever the site has at least two of them.
TREND_FIELDS = ("size_mm", "tightness")
EARLIER_VALUES = 3
# Below these, a change is within what a ruler (0.5 mm) or a 0-10 rating can tell apart.
SIZE_MIN_CHANGE_MM = 0.5
SIZE_MIN_CHANGE_RATIO = 0.10
TIGHTNESS_MIN_CHANGE = 1.0


class Direction(enum.StrEnum):
    UP = "up"
    DOWN = "down"
    STEADY = "steady"


@dataclasses.dataclass(frozen=True)
class Trend:
    field: str
    direction: Direction
    latest: float
    earlier: float  # the average of up to EARLIER_VALUES values before the latest

    def describe(self) -> str:
        what = "size" if self.field == "size_mm" else "tightness"
        unit = " mm" if self.field == "size_mm" else ""
        verb = {
            Direction.UP: "went up",
            Direction.DOWN: "went down",
            Direction.STEADY: "stayed about the same",
        }
        return (
            f"{what.capitalize()} {verb[self.direction]}: {self.latest:g}{unit} now, "
            f"{self.earlier:.1f}{unit} on average before"
        )


def _values(entries: Iterable[Entry], field: str) -> list[float]:
    ordered = sorted(entries, key=lambda e: (e.date, e.id or 0))
    return [float(v) for v in (getattr(e, field) for e in ordered) if v is not None]


def _threshold(field: str, earlier: float) -> float:
    if field == "size_mm":
        return max(SIZE_MIN_CHANGE_MM, SIZE_MIN_CHANGE_RATIO * earlier)
    return TIGHTNESS_MIN_CHANGE


def trend(entries: Iterable[Entry]) -> Trend | None:
    """The trend of one site's entries (any order), or None with fewer than two values."""
    entries = list(entries)
    for field in TREND_FIELDS:
        values = _values(entries, field)
        if len(values) < 2:
            continue
        latest = values[-1]
        before = values[-1 - EARLIER_VALUES : -1]
        earlier = sum(before) / len(before)
        change = round(latest - earlier, 6)  # 5.6 - 5.1 must be 0.5, not 0.4999...
        if abs(change) < _threshold(field, earlier):
            direction = Direction.STEADY
        else:
            direction = Direction.UP if change > 0 else Direction.DOWN
        return Trend(field, direction, latest, earlier)
    return None
