"""Measuring on synthetic photos: a ruler with millimetre ticks and discs of known diameter are
drawn with Pillow at a known scale; the points are taken where a person would click (the tick
marks and the discs' visible edges, found in the pixels drawn), and the sizes come back within 2%."""

from __future__ import annotations

import math

import pytest
from PIL import Image, ImageDraw

from journal.core.errors import ValidationError
from journal.core.measure.coins import COINS, coin
from journal.core.measure.geometry import Segment
from journal.core.measure.model import Measurement, Reference

PX_PER_MM = 13.7  # a phone close-up from about 20 cm: a deliberately uneven scale
ORIGIN = (60.0, 40.0)  # where the ruler's 0 mark is drawn
BACKGROUND, INK, SKIN, BUMP = (255, 255, 255), (0, 0, 0), (224, 180, 160), (250, 245, 235)


SUPERSAMPLE = 4  # drawn larger and scaled down, so edges blend into the skin as in a photo


def _photo(discs: list[tuple[float, float, float]]) -> Image.Image:
    """A skin-coloured photo with a ruler (ticks every mm, longer every 5) along the top and
    discs (centre x, centre y in px, diameter in mm) drawn at PX_PER_MM."""
    k = SUPERSAMPLE
    big = Image.new("RGB", (1200 * k, 800 * k), SKIN)
    draw = ImageDraw.Draw(big)
    draw.rectangle([20 * k, 10 * k, 1180 * k, 120 * k], fill=BACKGROUND)
    for mm in range(0, 81):
        x = round((ORIGIN[0] + mm * PX_PER_MM) * k)  # a tick as wide as one pixel of the photo
        height = 40 if mm % 5 == 0 else 20
        draw.rectangle([x - k // 2, ORIGIN[1] * k, x + k // 2 - 1, (ORIGIN[1] + height) * k], fill=INK)
    for cx, cy, diameter in discs:
        r = diameter * PX_PER_MM / 2 * k
        draw.ellipse([cx * k - r, cy * k - r, cx * k + r, cy * k + r], fill=BUMP)
    return big.resize((1200, 800), Image.Resampling.BOX)


def _tick(image: Image.Image, mm: int) -> tuple[float, float]:
    """Where a person clicks the ruler's mark: the middle of the dark mark nearest where it is
    expected (its darkness-weighted centre, as the eye finds the middle of a blurred line)."""
    expected = ORIGIN[0] + mm * PX_PER_MM
    y = int(ORIGIN[1] + 10)
    xs = range(int(expected) - 3, int(expected) + 4)
    darkness = [255 - _value(image, (x + 0.5, y + 0.5)) for x in xs]
    assert max(darkness) > 100, f"no tick drawn near {expected}"
    return (sum((x + 0.5) * d for x, d in zip(xs, darkness, strict=True)) / sum(darkness), float(y))


def _value(image: Image.Image, at: tuple[float, float]) -> float:
    """The green channel (it tells bump 245 from skin 180 and ink 0) between pixel centres,
    interpolated: pixel (i, j) covers i..i+1, so its centre is at i + 0.5."""
    x, y = at[0] - 0.5, at[1] - 0.5
    x0, y0 = math.floor(x), math.floor(y)
    fx, fy = x - x0, y - y0

    def g(i: int, j: int) -> float:
        pixel = image.getpixel((i, j))
        assert isinstance(pixel, tuple)
        return float(pixel[1])

    top = g(x0, y0) * (1 - fx) + g(x0 + 1, y0) * fx
    bottom = g(x0, y0 + 1) * (1 - fx) + g(x0 + 1, y0 + 1) * fx
    return top * (1 - fy) + bottom * fy


def _edges(image: Image.Image, centre: tuple[float, float], angle_deg: float) -> Segment:
    """The disc's two visible edges along a line through its centre at `angle_deg`: where the
    colour passes halfway from bump to skin walking outwards, as a person clicks a bump's edge."""
    dx, dy = math.cos(math.radians(angle_deg)), math.sin(math.radians(angle_deg))
    half = (BUMP[1] + SKIN[1]) / 2
    ends = []
    for sign in (1, -1):
        step = 0.0
        while _value(image, (centre[0] + sign * step * dx, centre[1] + sign * step * dy)) > half:
            step += 0.05
        ends.append((centre[0] + sign * step * dx, centre[1] + sign * step * dy))
    return Segment(ends[0], ends[1])


@pytest.mark.parametrize("diameter", [3.0, 6.5, 12.0, 20.0])
def test_a_disc_measured_against_the_ruler_is_its_size_within_two_percent(diameter):
    image = _photo([(600, 450, diameter)])
    ruler = Reference.new(kind="ruler", segment=Segment(_tick(image, 0), _tick(image, 50)), length_mm=50)
    across = _edges(image, (600, 450), 0)
    tall = _edges(image, (600, 450), 90)
    measured = Measurement.new(1, ruler, across, tall)
    assert measured.length_mm == pytest.approx(diameter, rel=0.02)
    assert measured.width_mm == pytest.approx(diameter, rel=0.02)


def test_a_slanted_segment_measures_the_same_as_a_level_one():
    image = _photo([(600, 450, 9.0)])
    ruler = Reference.new(kind="ruler", segment=Segment(_tick(image, 10), _tick(image, 20)), length_mm=10)
    slanted = _edges(image, (600, 450), 37)
    assert Measurement.new(1, ruler, slanted).length_mm == pytest.approx(9.0, rel=0.02)


def test_a_coin_gives_the_scale_and_a_bump_beside_it_measures_true():
    euro = coin("eur-1")
    image = _photo([(300, 500, euro.diameter_mm), (800, 500, 7.5)])
    reference = Reference.new(kind="coin", coin_key="eur-1", segment=_edges(image, (300, 500), 0))
    assert reference.length_mm == 23.25
    assert reference.mm_per_pixel == pytest.approx(1 / PX_PER_MM, rel=0.02)
    bump = Measurement.new(1, reference, _edges(image, (800, 500), 0))
    assert bump.length_mm == pytest.approx(7.5, rel=0.02)


def test_an_object_of_a_typed_size_gives_the_scale():
    image = _photo([(300, 500, 15.0), (800, 500, 4.0)])
    reference = Reference.new(kind="object", length_mm=15.0, segment=_edges(image, (300, 500), 0))
    assert Measurement.new(1, reference, _edges(image, (800, 500), 0)).length_mm == pytest.approx(
        4.0, rel=0.02
    )


def test_every_coin_of_the_issue_is_listed_with_its_published_diameter():
    diameters = {c.key: c.diameter_mm for c in COINS}
    assert diameters["eur-1c"] == 16.25 and diameters["eur-2"] == 25.75
    assert diameters["usd-25c"] == 24.26 and diameters["usd-10c"] == 17.91
    assert diameters["gbp-1p"] == 20.30 and diameters["gbp-2"] == 28.40
    assert len([k for k in diameters if k.startswith("eur-")]) == 8
    assert len([k for k in diameters if k.startswith("usd-")]) == 4
    assert len([k for k in diameters if k.startswith("gbp-")]) == 8


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"kind": "coin", "coin_key": "eur-3", "segment": (0, 0, 100, 0)}, "coin"),
        ({"kind": "ruler", "length_mm": 0, "segment": (0, 0, 100, 0)}, "reference"),
        ({"kind": "ruler", "length_mm": 10, "segment": (5, 5, 5, 5)}, "reference"),
        ({"kind": "ruler", "length_mm": 10, "segment": (0, 0, 4, 0)}, "reference"),
        ({"kind": "tape", "length_mm": 10, "segment": (0, 0, 100, 0)}, "reference"),
        ({"kind": "ruler", "length_mm": "ten", "segment": (0, 0, 100, 0)}, "reference"),
    ],
)
def test_a_reference_that_gives_no_scale_is_refused_with_a_reason(raw, field):
    with pytest.raises(ValidationError) as refused:
        Reference.new(**raw)
    assert refused.value.field == field


def test_a_segment_of_no_length_is_refused():
    ruler = Reference.new(kind="ruler", length_mm=10, segment=(0, 0, 100, 0))
    with pytest.raises(ValidationError, match="same point"):
        Measurement.new(1, ruler, (50, 50, 50, 50))
