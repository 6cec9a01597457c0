"""How far a size may be off, by how it was measured: the ± beside every size.

Sizes are diameters in millimetres. An uncertainty here is a standard-uncertainty-like
spread ("give or take"), used to say whether a change between two sizes is larger than the
noise of measuring them (see `combined` and the rapid-growth rule).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from journal.core.language import Words

if TYPE_CHECKING:
    from journal.core.measure.geometry import Segment
    from journal.core.measure.model import Reference


class UncertaintyWords(Words):
    """How a size was measured, by name."""


SIZE_METHODS = ("photo", "ruler", "calliper", "estimate")
# English (the FHIR export reads them); `size_method_label` gives them in the person's language.
SIZE_METHOD_LABELS = {
    "photo": UncertaintyWords.mark("photo measurement"),
    "ruler": UncertaintyWords.mark("ruler"),
    "calliper": UncertaintyWords.mark("calliper"),
    "estimate": UncertaintyWords.mark("estimate"),
}


def size_method_label(method: str) -> str:
    """How a size was measured, in the person's language (an unknown value as stored)."""
    label = SIZE_METHOD_LABELS.get(method)
    return UncertaintyWords.tr(label) if label is not None else method


# How far a click lands from the true end point, in pixels of the stored photo, for each end
# of each segment. A chosen convention ("a click error of a few pixels"): the viewer has a
# magnifier and nudges a point one pixel at a time, but the edge of a bump under the skin is
# itself a few pixels wide on a phone close-up.
CLICK_ERROR_PX = 2.0

# Sizes are kept in 0.1 mm steps, so no size is known better than that. A chosen convention.
FLOOR_MM = 0.1

# A ruler held against a small bump: about ±1 mm or 30% of the size, whichever is larger.
# Paper rulers overestimate a wound's area by up to 40-45% and agree less well between readings
# than a calibrated photo (ICC 0.92-0.97 against 0.97-1.00; Wang et al., PLOS ONE 2017,
# doi:10.1371/journal.pone.0183139, in CLINICAL-NOTES.md); the ±1 mm / 30% spread for one
# diameter is the journal's reading of that, as the issue on measuring photos sets it.
RULER_MM, RULER_FRACTION = 1.0, 0.30
# A calliper reads to 0.1 mm, but setting its jaws on the edges of a soft bump under skin does
# not: ±0.5 mm or 10%, whichever is larger. A chosen convention (no published figure for home
# use in the clinical notes): between a photo measurement and a ruler.
CALLIPER_MM, CALLIPER_FRACTION = 0.5, 0.10
# A size guessed by eye: ±2 mm or 50%, whichever is larger. A chosen convention, set wider than
# a ruler on purpose (the issue: "estimate: wider").
ESTIMATE_MM, ESTIMATE_FRACTION = 2.0, 0.50

_METHOD_SPREAD = {
    "ruler": (RULER_MM, RULER_FRACTION),
    "calliper": (CALLIPER_MM, CALLIPER_FRACTION),
    "estimate": (ESTIMATE_MM, ESTIMATE_FRACTION),
}


def photo_uncertainty_mm(reference: Reference, segment: Segment) -> float:
    """The uncertainty of `segment` measured in mm with the scale `reference` gives.

    The size is M = L * p / P: L the reference's length in mm, P its length in pixels, p the
    measured segment's length in pixels. Each of the four clicked end points is off by about
    CLICK_ERROR_PX (c) along its segment, independently, so a segment's length in pixels is off
    by sqrt(2) * c (two ends). First-order propagation of independent errors in a product and
    quotient adds the relative errors in quadrature:

        (dM / M)^2 = (sqrt(2) c / p)^2 + (sqrt(2) c / P)^2
        dM = (L / P) * sqrt(2) * c * sqrt(1 + (p / P)^2)

    so a reference spanning more pixels (closer, or longer) gives a smaller error, and a
    bump that spans few pixels is limited by the clicks on it. The reference's own length is
    taken as exact: coin diameters are minted to hundredths of a millimetre, and a ruler's
    marks or a typed object size are the person's stated truth. What this cannot see (a
    reference out of the skin's plane, a camera at an angle) is why the floor FLOOR_MM stays.
    """
    big = reference.segment.pixels
    small = segment.pixels
    spread = reference.mm_per_pixel * math.sqrt(2) * CLICK_ERROR_PX * math.sqrt(1 + (small / big) ** 2)
    return max(FLOOR_MM, spread)


def method_uncertainty_mm(method: str | None, size_mm: float | None) -> float | None:
    """The spread of a size read by `method` ("ruler", "calliper", "estimate"); None for a photo
    measurement (its uncertainty comes from its calibration), an unknown method or no size."""
    spread = _METHOD_SPREAD.get(method or "")
    if spread is None or size_mm is None:
        return None
    floor, fraction = spread
    return max(floor, fraction * size_mm)


def combined(u1: float, u2: float) -> float:
    """The uncertainty of a difference between two independent measurements: root sum of squares."""
    return math.hypot(u1, u2)


def size_uncertainty_mm(
    method: str | None, size_mm: float | None, photo_uncertainty: float | None = None
) -> float | None:
    """The ± of an entry's size: a photo measurement's own (when its measurement is known),
    else the method's spread; None when the journal cannot tell (no method recorded)."""
    if size_mm is None:
        return None
    if method == "photo":
        return photo_uncertainty
    return method_uncertainty_mm(method, size_mm)
