"""The ± of a size, checked against sums done by hand."""

from __future__ import annotations

import math

import pytest

from journal.core.measure.geometry import Segment
from journal.core.measure.model import Measurement, Reference
from journal.core.measure.uncertainty import (
    CLICK_ERROR_PX,
    FLOOR_MM,
    SIZE_METHODS,
    combined,
    method_uncertainty_mm,
    photo_uncertainty_mm,
    size_uncertainty_mm,
)


def test_the_click_error_is_a_few_pixels():
    assert CLICK_ERROR_PX == 2.0


def test_a_photo_measurement_propagates_the_click_error_of_both_segments():
    # 10 mm over 100 px: 0.1 mm a pixel. A 50 px bump is 5 mm. Each segment's length is off by
    # sqrt(2) * 2 px; relative errors 2.828/50 and 2.828/100 add in quadrature:
    # 5 mm * sqrt(0.05657^2 + 0.02828^2) = 5 * 0.063246 = 0.31623 mm (= sqrt(0.1)).
    ruler = Reference.new(kind="ruler", length_mm=10, segment=(0, 0, 100, 0))
    bump = Segment.of(200, 200, 230, 240)  # 30-40-50: 50 px, slanted
    assert photo_uncertainty_mm(ruler, bump) == pytest.approx(math.sqrt(0.1), abs=1e-9)
    measured = Measurement.new(1, ruler, bump)
    assert measured.length_mm == pytest.approx(5.0)
    assert measured.length_uncertainty_mm == pytest.approx(0.316228, abs=1e-6)


def test_a_reference_across_more_pixels_gives_a_smaller_error():
    # The same 5 mm bump (250 px) against a 50 mm ruler over 2500 px (0.02 mm a pixel):
    # 0.02 * 2.828 * sqrt(1 + 0.1^2) = 0.056569 * 1.004988 = 0.056851 mm; under the 0.1 mm floor.
    ruler = Reference.new(kind="ruler", length_mm=50, segment=(0, 0, 2500, 0))
    assert photo_uncertainty_mm(ruler, Segment.of(0, 10, 250, 10)) == FLOOR_MM
    # A bigger click error is not the point here: the floor is what a 0.1 mm step can tell.


def test_a_coarse_scale_is_honest_about_a_small_bump():
    # A coin of 23.25 mm over 60 px (0.3875 mm a pixel), a bump of 12 px (4.65 mm):
    # 0.3875 * 2.828427 * sqrt(1 + 0.2^2) = 1.096016 * 1.019804 = 1.117721 mm.
    euro = Reference.new(kind="coin", coin_key="eur-1", segment=(10, 10, 70, 10))
    assert photo_uncertainty_mm(euro, Segment.of(100, 100, 112, 100)) == pytest.approx(1.117721, abs=1e-6)


@pytest.mark.parametrize(
    ("method", "size", "expected"),
    [
        ("ruler", 2.0, 1.0),  # 30% of 2 mm is 0.6: the 1 mm floor holds
        ("ruler", 10.0, 3.0),  # 30% of 10 mm
        ("ruler", 3.3, 1.0),  # 0.99 mm: still the floor
        ("calliper", 4.0, 0.5),
        ("calliper", 8.0, 0.8),
        ("estimate", 3.0, 2.0),
        ("estimate", 10.0, 5.0),
        ("photo", 5.0, None),  # its calibration says, not the method
        (None, 5.0, None),
        ("ruler", None, None),
    ],
)
def test_a_method_has_its_spread(method, size, expected):
    found = method_uncertainty_mm(method, size)
    assert found == (None if expected is None else pytest.approx(expected))


def test_an_estimate_is_wider_than_a_ruler_which_is_wider_than_a_calliper():
    for size in (1.0, 4.0, 12.0, 40.0):
        spreads = [method_uncertainty_mm(m, size) for m in ("calliper", "ruler", "estimate")]
        assert spreads == sorted(spreads) and len(set(spreads)) == 3


def test_two_uncertainties_combine_as_the_root_of_the_sum_of_squares():
    assert combined(0.3, 0.4) == pytest.approx(0.5)
    assert combined(1.5, 1.5) == pytest.approx(2.121320, abs=1e-6)
    assert combined(0.0, 0.7) == pytest.approx(0.7)


def test_an_entry_size_takes_its_photo_measurement_or_its_method():
    assert SIZE_METHODS == ("photo", "ruler", "calliper", "estimate")
    assert size_uncertainty_mm("photo", 5.0, 0.3) == 0.3
    assert size_uncertainty_mm("photo", 5.0) is None
    assert size_uncertainty_mm("ruler", 5.0, 0.3) == pytest.approx(1.5)
    assert size_uncertainty_mm("ruler", None) is None
    assert size_uncertainty_mm(None, 5.0) is None
