"""Lining up two photos: the similarity from two landmark pairs, and the saved alignment."""

from __future__ import annotations

import math

import pytest

from journal.core.errors import ValidationError
from journal.core.measure.align import Alignment, Similarity, residual_px, similarity_from_pairs


@pytest.mark.parametrize(
    ("scale", "angle_deg", "tx", "ty"),
    [(1.0, 0.0, 0.0, 0.0), (0.62, 23.0, 140.5, -37.25), (1.9, -170.0, -900.0, 410.0), (0.25, 90.0, 3.0, 4.0)],
)
def test_a_known_turn_scale_and_shift_is_recovered_from_two_landmarks(scale, angle_deg, tx, ty):
    known = Similarity.of(scale, math.radians(angle_deg), tx, ty)
    source = ((812.0, 1204.0), (1933.5, 655.0))
    target = (known.apply(source[0]), known.apply(source[1]))

    found = similarity_from_pairs(source, target)

    assert found.scale == pytest.approx(scale, rel=1e-9)
    assert math.degrees(found.angle) == pytest.approx(angle_deg, abs=1e-7)
    assert (found.tx, found.ty) == pytest.approx((tx, ty), abs=1e-6)
    # and any other point of the photo goes where the known transform sends it
    assert found.apply((17.0, 2999.0)) == pytest.approx(known.apply((17.0, 2999.0)), abs=1e-6)
    assert residual_px(found, source, target) < 1e-6


def test_clicks_a_pixel_off_still_give_the_transform_closely():
    known = Similarity.of(0.8, math.radians(-12.0), 55.0, 20.0)
    source = ((400.0, 500.0), (2400.0, 1700.0))
    target = known.apply(source[0]), known.apply(source[1])
    clicked = ((target[0][0] + 1.0, target[0][1] - 1.0), (target[1][0] - 1.0, target[1][1]))
    found = similarity_from_pairs(source, clicked)
    assert found.scale == pytest.approx(0.8, rel=0.002)
    assert math.degrees(found.angle) == pytest.approx(-12.0, abs=0.1)


def test_inverse_and_composition_undo_each_other():
    t = Similarity.of(1.7, 0.4, -20.0, 33.0)
    back = t.then(t.inverse())
    assert (back.a, back.b, back.tx, back.ty) == pytest.approx((1.0, 0.0, 0.0, 0.0), abs=1e-12)
    assert t.inverse().apply(t.apply((123.0, -45.0))) == pytest.approx((123.0, -45.0))


def test_a_fixed_scale_from_calibrations_keeps_the_turn_and_centres_the_landmarks():
    known = Similarity.of(0.5, math.radians(30.0), 10.0, -5.0)
    source = ((100.0, 100.0), (500.0, 300.0))
    target = known.apply(source[0]), known.apply(source[1])
    fixed = similarity_from_pairs(source, target, scale=0.55)  # the calibrations say 0.55
    assert fixed.scale == pytest.approx(0.55)
    assert math.degrees(fixed.angle) == pytest.approx(30.0)
    mid = ((source[0][0] + source[1][0]) / 2, (source[0][1] + source[1][1]) / 2)
    assert fixed.apply(mid) == pytest.approx(known.apply(mid))


def test_landmarks_on_one_spot_are_refused_with_a_sentence():
    with pytest.raises(ValidationError, match="less than 10 pixels apart"):
        similarity_from_pairs(((5.0, 5.0), (8.0, 5.0)), ((0.0, 0.0), (100.0, 0.0)))
    with pytest.raises(ValidationError, match="itself"):
        Alignment.new(
            first_sha256="a" * 64,
            second_sha256="a" * 64,
            first_points=((0, 0), (100, 0)),
            second_points=((0, 0), (100, 0)),
        )
    with pytest.raises(ValidationError, match="two landmarks"):
        Alignment.new(first_sha256="a", second_sha256="b", first_points=((0, 0),), second_points=None)


def test_an_alignment_seen_from_the_other_photo_is_the_inverse():
    alignment = Alignment.new(
        first_sha256="a",
        second_sha256="b",
        first_points=((100, 100), (300, 120)),
        second_points=((40, 60), (250, 20)),
    )
    forward = alignment.transform()
    backward = alignment.for_pair("b", "a").transform()
    assert backward.apply(forward.apply((77.0, 88.0))) == pytest.approx((77.0, 88.0))
    with pytest.raises(ValueError):
        alignment.for_pair("a", "c")
