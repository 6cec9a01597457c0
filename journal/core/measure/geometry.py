"""Points and segments in the pixels of the stored (already upright) photo file: floats,
origin at the top-left corner, x to the right and y down."""

from __future__ import annotations

import dataclasses
import math

Point = tuple[float, float]


@dataclasses.dataclass(frozen=True)
class Segment:
    """A straight line between two clicked points, e.g. across a coin or along a bump."""

    a: Point
    b: Point

    @property
    def pixels(self) -> float:
        """The segment's length in pixels."""
        return math.hypot(self.b[0] - self.a[0], self.b[1] - self.a[1])

    def to_plain(self) -> list[float]:
        """[x1, y1, x2, y2]: how the command line and JSON write a segment."""
        return [self.a[0], self.a[1], self.b[0], self.b[1]]

    @classmethod
    def of(cls, x1: float, y1: float, x2: float, y2: float) -> Segment:
        return cls((float(x1), float(y1)), (float(x2), float(y2)))
