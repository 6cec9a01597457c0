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
from journal.core.language import Words, number


class TrendWords(Words):
    """A site's trend as the site list says it."""


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
        """ "Size went up: 6 mm now, 5.0 mm on average before", in the person's language."""
        said = _SAID[(self.field == "size_mm", self.direction)]
        return TrendWords.tr(said).format(latest=_short(self.latest), earlier=number(self.earlier, 1))


# One whole sentence per measure and direction, so each language can say it its own way.
_SAID = {
    (True, Direction.UP): TrendWords.mark("Size went up: {latest} mm now, {earlier} mm on average before"),
    (True, Direction.DOWN): TrendWords.mark(
        "Size went down: {latest} mm now, {earlier} mm on average before"
    ),
    (True, Direction.STEADY): TrendWords.mark(
        "Size stayed about the same: {latest} mm now, {earlier} mm on average before"
    ),
    (False, Direction.UP): TrendWords.mark("Tightness went up: {latest} now, {earlier} on average before"),
    (False, Direction.DOWN): TrendWords.mark(
        "Tightness went down: {latest} now, {earlier} on average before"
    ),
    (False, Direction.STEADY): TrendWords.mark(
        "Tightness stayed about the same: {latest} now, {earlier} on average before"
    ),
}


def _short(value: float) -> str:
    """As few decimals as the value needs (6, 5.5), written the locale's way."""
    plain = f"{value:g}"
    return number(value, len(plain.partition(".")[2])) if "e" not in plain else plain


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
