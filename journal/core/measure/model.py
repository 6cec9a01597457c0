"""A measurement on a photo: the reference that gives the scale and the segments measured."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from typing import Any

from journal.core.errors import ValidationError
from journal.core.language import Words, number
from journal.core.measure.coins import coin
from journal.core.measure.geometry import Segment
from journal.core.measure.uncertainty import photo_uncertainty_mm


class MeasureModelWords(Words):
    """A photo measurement's reference said in words, and why a measurement was refused."""


def _mm(value: float) -> str:
    """A length as few decimals as it has (23.25, 10), written the locale's way."""
    plain = f"{value:g}"
    return number(value, len(plain.partition(".")[2])) if "e" not in plain else plain


REFERENCE_KINDS = ("ruler", "coin", "object")
# A reference shorter than this on the photo gives no usable scale: a click error of a few
# pixels would already be a large part of it (see uncertainty.photo_uncertainty_mm).
MIN_REFERENCE_PX = 5.0
MAX_REFERENCE_MM = 1000.0


def _segment(field: str, value: object) -> Segment:
    if isinstance(value, Segment):
        points = value.to_plain()
    elif isinstance(value, list | tuple) and len(value) == 4:
        points = list(value)
    else:
        raise ValidationError(
            field, MeasureModelWords.tr("give the two end points as x1,y1,x2,y2 (pixels of the photo)")
        )
    try:
        numbers = [float(p) for p in points]
    except (TypeError, ValueError):
        raise ValidationError(
            field, MeasureModelWords.tr("the end points must be numbers (pixels of the photo)")
        ) from None
    if not all(math.isfinite(n) and n >= 0 for n in numbers):
        raise ValidationError(
            field, MeasureModelWords.tr("the end points must be pixels inside the photo (0 or more)")
        )
    return Segment.of(*numbers)


@dataclasses.dataclass(frozen=True)
class Reference:
    kind: str
    segment: Segment
    length_mm: float
    coin_key: str | None = None

    @property
    def mm_per_pixel(self) -> float:
        return self.length_mm / self.segment.pixels

    @classmethod
    def new(cls, **raw: Any) -> Reference:
        """A validated reference: a ruler or an object with a typed length, or a coin by key
        (its diameter is the length)."""
        kind = raw.get("kind")
        if kind not in REFERENCE_KINDS:
            raise ValidationError(
                "reference",
                MeasureModelWords.tr("{value} is not a kind of reference (ruler, coin or object)").format(
                    value=repr(kind)
                ),
            )
        segment = _segment("reference", raw.get("segment"))
        coin_key = None
        if kind == "coin":
            found = coin(str(raw.get("coin_key") or ""))
            coin_key, length = found.key, found.diameter_mm
        else:
            try:
                length = float(raw.get("length_mm"))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                raise ValidationError(
                    "reference", MeasureModelWords.tr("give the reference's length in mm")
                ) from None
            if not (math.isfinite(length) and 0 < length <= MAX_REFERENCE_MM):
                raise ValidationError(
                    "reference",
                    MeasureModelWords.tr(
                        "the reference's length must be above 0 and at most {most} mm"
                    ).format(most=f"{MAX_REFERENCE_MM:g}"),
                )
        if segment.pixels < MIN_REFERENCE_PX:
            raise ValidationError(
                "reference",
                MeasureModelWords.tr(
                    "the reference spans {pixels} pixels on the photo; it needs at least {least} "
                    "(click its two ends further apart)"
                ).format(pixels=f"{segment.pixels:.1f}", least=f"{MIN_REFERENCE_PX:g}"),
            )
        return cls(kind, segment, length, coin_key)

    def describe(self) -> str:
        if self.kind == "coin" and self.coin_key:
            return MeasureModelWords.tr("coin {coin} ({mm} mm)").format(
                coin=coin(self.coin_key).shown, mm=_mm(self.length_mm)
            )
        said = {
            "ruler": MeasureModelWords.mark("ruler of {mm} mm"),
            "object": MeasureModelWords.mark("object of {mm} mm"),
        }.get(self.kind)
        if said is None:
            return f"{self.kind} of {self.length_mm:g} mm"
        return MeasureModelWords.tr(said).format(mm=_mm(self.length_mm))


@dataclasses.dataclass(frozen=True)
class Measurement:
    photo_id: int
    reference: Reference
    length: Segment
    width: Segment | None = None
    created_at: dt.datetime | None = None
    id: int | None = None

    @classmethod
    def new(cls, photo_id: int, reference: Reference, length: object, width: object = None) -> Measurement:
        """A measurement with its segments checked (the reference is checked by Reference.new)."""
        length_segment = _segment("length", length)
        width_segment = None if width is None else _segment("width", width)
        for field, seg in (("length", length_segment), ("width", width_segment)):
            if seg is not None and seg.pixels <= 0:
                raise ValidationError(
                    field, MeasureModelWords.tr("the two end points are the same point; click both ends")
                )
        made = cls(photo_id, reference, length_segment, width_segment)
        for field, size in (("length", made.length_mm), ("width", made.width_mm)):
            if size is not None and size > 100:
                raise ValidationError(
                    field,
                    MeasureModelWords.tr(
                        "measures {size} mm, more than the 100 mm a size may be; check the reference"
                    ).format(size=f"{size:.1f}"),
                )
        return made

    @property
    def length_mm(self) -> float:
        return self.length.pixels * self.reference.mm_per_pixel

    @property
    def width_mm(self) -> float | None:
        return None if self.width is None else self.width.pixels * self.reference.mm_per_pixel

    @property
    def length_uncertainty_mm(self) -> float:
        return photo_uncertainty_mm(self.reference, self.length)

    @property
    def width_uncertainty_mm(self) -> float | None:
        return None if self.width is None else photo_uncertainty_mm(self.reference, self.width)

    def to_plain(self) -> dict[str, Any]:
        """JSON-ready: points, reference, sizes and uncertainties (mm, rounded to 0.01)."""
        width_mm, width_u = self.width_mm, self.width_uncertainty_mm
        return {
            "id": self.id,
            "photo_id": self.photo_id,
            "reference": {
                "kind": self.reference.kind,
                "points": self.reference.segment.to_plain(),
                "length_mm": self.reference.length_mm,
                "coin": self.reference.coin_key,
            },
            "length": {
                "points": self.length.to_plain(),
                "mm": round(self.length_mm, 2),
                "uncertainty_mm": round(self.length_uncertainty_mm, 2),
            },
            "width": None
            if self.width is None or width_mm is None or width_u is None
            else {
                "points": self.width.to_plain(),
                "mm": round(width_mm, 2),
                "uncertainty_mm": round(width_u, 2),
            },
            "created_at": self.created_at.isoformat(timespec="seconds") if self.created_at else None,
        }
