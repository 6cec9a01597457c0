"""Segments and references written as text, as the command line takes them:
"X1,Y1,X2,Y2" in pixels of the stored photo, and a reference as
"ruler:X1,Y1,X2,Y2=10mm", "coin:eur-1:X1,Y1,X2,Y2" or "object:X1,Y1,X2,Y2=23.5mm"."""

from __future__ import annotations

import math
import re

from journal.core.errors import ValidationError
from journal.core.language import Words
from journal.core.measure.geometry import Segment
from journal.core.measure.model import Reference


class MeasureParseWords(Words):
    """Why a segment or a reference written as text was refused."""


_LENGTH = re.compile(r"\s*([0-9]*\.?[0-9]+)\s*(mm)?\s*", re.IGNORECASE)
REFERENCE_FORMS = "ruler:X1,Y1,X2,Y2=10mm, coin:eur-1:X1,Y1,X2,Y2 or object:X1,Y1,X2,Y2=23.5mm"


def parse_segment(field: str, text: str) -> Segment:
    """ "X1,Y1,X2,Y2" (pixels, decimals allowed) as a Segment; ValidationError naming `field`."""
    parts = text.split(",")
    try:
        numbers = [float(part) for part in parts]
    except ValueError:
        numbers = []
    if len(numbers) != 4 or not all(math.isfinite(n) for n in numbers):
        raise ValidationError(
            field,
            MeasureParseWords.tr(
                "{value} is not two points: write X1,Y1,X2,Y2 in pixels of the photo, e.g. 120,340,410,352"
            ).format(value=repr(text)),
        )
    return Segment.of(*numbers)


def parse_reference(text: str) -> Reference:
    """A reference from its text form (see REFERENCE_FORMS), validated by Reference.new."""
    kind, _, rest = text.partition(":")
    kind = kind.strip().lower()
    if kind == "coin":
        key, _, points = rest.partition(":")
        if not points:
            raise ValidationError(
                "reference",
                MeasureParseWords.tr(
                    "{value}: write a coin as coin:KEY:X1,Y1,X2,Y2, e.g. coin:eur-1:10,10,200,10"
                ).format(value=repr(text)),
            )
        return Reference.new(kind="coin", coin_key=key, segment=parse_segment("reference", points))
    if kind in ("ruler", "object"):
        points, equals, length = rest.partition("=")
        matched = _LENGTH.fullmatch(length) if equals else None
        if matched is None:
            raise ValidationError(
                "reference",
                MeasureParseWords.tr(
                    "{value}: give the {kind}'s length in mm after =, e.g. {kind}:10,10,200,10=10mm"
                ).format(value=repr(text), kind=kind),
            )
        return Reference.new(
            kind=kind, segment=parse_segment("reference", points), length_mm=float(matched.group(1))
        )
    raise ValidationError(
        "reference",
        MeasureParseWords.tr("{value} is not a reference: write {forms}").format(
            value=repr(text), forms=REFERENCE_FORMS
        ),
    )
