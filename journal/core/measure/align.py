"""Lining up two photos of one site by two pairs of landmarks (a similarity transform).

The person clicks the same two landmarks (a freckle, a hair whorl, the ends of a scar) on each
photo. Two pairs fix a similarity exactly: a shift, a turn and one scale (no shear, no
perspective), the model for the same patch of skin photographed again from a slightly
different distance and angle. Written with complex numbers, a point z = x + iy of the second
photo goes to s*z + t on the first, where s = (q2 - q1) / (p2 - p1) carries the scale (|s|)
and the turn (arg s), and t = q1 - s*p1 is the shift; that is the closed form of the two-point
case of Umeyama's least-squares similarity (S. Umeyama, "Least-squares estimation of
transformation parameters between two point patterns", IEEE TPAMI 13(4), 1991).

When both photos carry a calibration, the scale is known independently (mm per pixel of each):
then only the turn and the shift come from the landmarks (`scale=`), so that landmarks placed on
the bump itself cannot hide its growth by scaling it away, and the same millimetre is the same
size on screen. Coordinates are pixels of the stored (upright) photo files, origin top-left.
"""

from __future__ import annotations

import cmath
import dataclasses
import datetime as dt
import math
from typing import Any

from journal.core.errors import ValidationError
from journal.core.language import Words


class AlignWords(Words):
    """Why two photos' landmarks were refused."""


Point = tuple[float, float]
Pair = tuple[Point, Point]

# Landmarks closer than this give a turn and a scale that a click or two changes a lot.
MIN_LANDMARK_SPACING_PX = 10.0


@dataclasses.dataclass(frozen=True)
class Similarity:
    """x' = a*x - b*y + tx, y' = b*x + a*y + ty (a = scale*cos(angle), b = scale*sin(angle))."""

    a: float
    b: float
    tx: float
    ty: float

    @classmethod
    def identity(cls) -> Similarity:
        return cls(1.0, 0.0, 0.0, 0.0)

    @classmethod
    def of(cls, scale: float, angle: float, tx: float, ty: float) -> Similarity:
        """From a scale, a turn (radians, counter-clockwise in x-right/y-up terms; with the
        image's y pointing down it turns clockwise on screen) and a shift."""
        return cls(scale * math.cos(angle), scale * math.sin(angle), tx, ty)

    @property
    def scale(self) -> float:
        return math.hypot(self.a, self.b)

    @property
    def angle(self) -> float:
        """Radians in (-pi, pi]."""
        return math.atan2(self.b, self.a)

    def apply(self, point: Point) -> Point:
        x, y = point
        return (self.a * x - self.b * y + self.tx, self.b * x + self.a * y + self.ty)

    def inverse(self) -> Similarity:
        s = complex(self.a, self.b)
        if s == 0:
            raise ValueError("a similarity of scale 0 has no inverse")
        inv = 1 / s
        t = -inv * complex(self.tx, self.ty)
        return Similarity(inv.real, inv.imag, t.real, t.imag)

    def then(self, other: Similarity) -> Similarity:
        """This transform followed by `other`."""
        s = complex(other.a, other.b) * complex(self.a, self.b)
        t = complex(other.a, other.b) * complex(self.tx, self.ty) + complex(other.tx, other.ty)
        return Similarity(s.real, s.imag, t.real, t.imag)


def _z(point: Point) -> complex:
    return complex(point[0], point[1])


def _check_pair(name: str, pair: Pair) -> None:
    if len(pair) != 2 or any(len(p) != 2 for p in pair):
        raise ValidationError(name, AlignWords.tr("two landmarks are needed, each a point x, y"))
    if not all(math.isfinite(v) for p in pair for v in p):
        raise ValidationError(name, AlignWords.tr("a landmark is not a point on the photo"))
    if abs(_z(pair[1]) - _z(pair[0])) < MIN_LANDMARK_SPACING_PX:
        raise ValidationError(
            name,
            AlignWords.tr(
                "the two landmarks are less than {least} pixels apart; pick two points further from each other"
            ).format(least=f"{MIN_LANDMARK_SPACING_PX:.0f}"),
        )


def similarity_from_pairs(source: Pair, target: Pair, scale: float | None = None) -> Similarity:
    """The similarity taking source[0] to target[0] and source[1] to target[1].

    With `scale` given (from the two photos' calibrations) only the turn and the shift are fitted:
    the turn from the directions of the two landmark lines, and the shift so that the midpoint of
    the source landmarks lands on the midpoint of the target ones (the least-squares choice for a
    fixed scale and turn)."""
    _check_pair("landmarks", source)
    _check_pair("landmarks", target)
    p1, p2 = _z(source[0]), _z(source[1])
    q1, q2 = _z(target[0]), _z(target[1])
    s = (q2 - q1) / (p2 - p1)
    if scale is not None:
        if not (math.isfinite(scale) and scale > 0):
            raise ValidationError("scale", AlignWords.tr("the scale must be a positive number"))
        s = cmath.rect(scale, cmath.phase(s))
        t = (q1 + q2) / 2 - s * (p1 + p2) / 2
    else:
        t = q1 - s * p1
    return Similarity(s.real, s.imag, t.real, t.imag)


def residual_px(transform: Similarity, source: Pair, target: Pair) -> float:
    """The larger distance, in target pixels, between a mapped source landmark and its target."""
    return max(math.dist(transform.apply(p), q) for p, q in zip(source, target, strict=True))


@dataclasses.dataclass(frozen=True)
class Alignment:
    """Two photos lined up: the same two landmarks on each, in each photo's own pixels.

    A pair is named by the pictures' SHA-256 (what the photo rows point at), not by row ids: an
    entry's edit and its undo put photo rows back, and a picture keeps its alignment through that.
    `transform` takes the second photo's pixels onto the first's."""

    first_sha256: str
    second_sha256: str
    first_points: Pair
    second_points: Pair
    created_at: dt.datetime | None = None
    id: int | None = None

    @classmethod
    def new(cls, **raw: Any) -> Alignment:
        first, second = str(raw.get("first_sha256") or ""), str(raw.get("second_sha256") or "")
        if not first or not second:
            raise ValidationError("photos", AlignWords.tr("two photos are needed to line them up"))
        if first == second:
            raise ValidationError(
                "photos", AlignWords.tr("a photo cannot be lined up with itself; pick two photos")
            )
        try:
            first_points = _pair(raw["first_points"])
            second_points = _pair(raw["second_points"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(
                "landmarks", AlignWords.tr("two landmarks are needed on each photo")
            ) from exc
        _check_pair("landmarks on the first photo", first_points)
        _check_pair("landmarks on the second photo", second_points)
        return cls(first, second, first_points, second_points, raw.get("created_at"), raw.get("id"))

    def transform(self, scale: float | None = None) -> Similarity:
        """Second photo's pixels -> first photo's pixels (`scale`: see similarity_from_pairs)."""
        return similarity_from_pairs(self.second_points, self.first_points, scale)

    def swapped(self) -> Alignment:
        """The same alignment seen from the other photo."""
        return dataclasses.replace(
            self,
            first_sha256=self.second_sha256,
            second_sha256=self.first_sha256,
            first_points=self.second_points,
            second_points=self.first_points,
        )

    def for_pair(self, first_sha256: str, second_sha256: str) -> Alignment:
        """This alignment oriented as (first, second); ValueError if it is not theirs."""
        if (self.first_sha256, self.second_sha256) == (first_sha256, second_sha256):
            return self
        if (self.second_sha256, self.first_sha256) == (first_sha256, second_sha256):
            return self.swapped()
        raise ValueError("this alignment belongs to another pair of photos")


def _pair(value: Any) -> Pair:
    (x1, y1), (x2, y2) = value
    return ((float(x1), float(y1)), (float(x2), float(y2)))
