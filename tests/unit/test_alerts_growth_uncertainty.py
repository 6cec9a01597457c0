"""rapid_growth counts a size change only when it is larger than the two sizes' combined
uncertainty (root sum of squares), on top of the percent and millimetre margins."""

from __future__ import annotations

import pytest
from alerts_support import add_site, alerts_of, log

from journal.core.alerts.settings import SPEC_BY_KEY
from journal.core.domain.model import Entry, Site
from journal.core.measure.geometry import Segment
from journal.core.measure.model import Reference
from journal.core.operations import entries as entry_ops
from journal.core.operations import measurements as measure_ops


@pytest.mark.parametrize(
    ("after", "raised"),
    [
        # 10.0 mm ±3.0 (ruler) to X ±0.3X: growth must pass sqrt(3.0^2 + (0.3X)^2).
        (15.5, False),  # +5.5 mm against sqrt(9 + 21.6225) = 5.534 mm: just below
        (15.6, True),  # +5.6 mm against sqrt(9 + 21.9024) = 5.559 mm: just above
    ],
)
def test_two_ruler_readings_must_differ_by_more_than_their_combined_spread(journal, after, raised):
    site = add_site(journal.store)
    log(journal.store, site, 0, size_mm=10.0, size_method="ruler")
    log(journal.store, site, 28, size_mm=after, size_method="ruler")
    assert bool(alerts_of(journal.store, "rapid_growth")) == raised


@pytest.mark.parametrize(
    ("after", "raised"),
    [
        # 4.0 mm ±2.0 (estimate) to a calliper reading X ±max(0.5, 0.1X): sqrt(4 + u^2).
        (6.0, False),  # +2.0 mm against sqrt(4 + 0.36) = 2.088 mm: just below
        (6.1, True),  # +2.1 mm against sqrt(4 + 0.3721) = 2.091 mm: just above
    ],
)
def test_mixed_methods_combine_their_own_spreads(journal, after, raised):
    site = add_site(journal.store)
    log(journal.store, site, 0, size_mm=4.0, size_method="estimate")
    log(journal.store, site, 28, size_mm=after, size_method="calliper")
    assert bool(alerts_of(journal.store, "rapid_growth")) == raised


def test_two_photo_measurements_show_growth_two_ruler_readings_cannot(journal, samples):
    """The same sizes, 5.0 then 6.5 mm (+30%, +1.5 mm: both margins passed): by ruler the change is
    inside sqrt(1.5^2 + 1.95^2) = 2.46 mm; on two calibrated photos inside only about ±0.1 mm."""
    ruled = add_site(journal.store, "Ruled")
    log(journal.store, ruled, 0, size_mm=5.0, size_method="ruler")
    log(journal.store, ruled, 28, size_mm=6.5, size_method="ruler")

    site = journal.store.add_site(Site.new(name="Photographed", kind="deposit", region="elbow"))
    ruler = Reference.new(kind="ruler", length_mm=10, segment=(100, 100, 600, 100))  # 0.02 mm a pixel
    for date, pixels in (("2025-03-03", 250), ("2025-03-31", 325)):  # 5.0 and 6.5 mm
        (_, photos) = entry_ops.add_entry(
            journal, Entry.new(site_id=site.id, date=date), [samples / "photos" / "forearm_2026-03-01.jpg"]
        ).value
        measure_ops.measure_photo(journal, photos[0].id, ruler, Segment.of(10, 300, 10 + pixels, 300))
    found = alerts_of(journal.store, "rapid_growth")
    assert [a.site for a in found] == ["Photographed"]
    assert "more than the ±0.1 mm the two measurements may be off by" in found[0].message


def test_a_photo_measurement_with_a_coarse_scale_is_honest_about_its_noise(journal, samples):
    """A coin over only 46.5 px (0.5 mm a pixel): a 3.0 mm bump (6 px) and a 4.5 mm one (9 px) are
    each about ±1.42 and ±1.43 mm; +1.5 mm is below their combined 2.02 mm: no alert."""
    site = journal.store.add_site(Site.new(name="Coarse", kind="deposit", region="elbow"))
    coin = Reference.new(kind="coin", coin_key="eur-1", segment=(0, 0, 46.5, 0))
    for date, pixels in (("2025-03-03", 6), ("2025-03-31", 9)):
        (_, photos) = entry_ops.add_entry(
            journal, Entry.new(site_id=site.id, date=date), [samples / "photos" / "forearm_2026-03-01.jpg"]
        ).value
        measure_ops.measure_photo(journal, photos[0].id, coin, Segment.of(100, 100, 100 + pixels, 100))
    assert [e.size_mm for e in journal.store.entries()] == [3.0, 4.5]
    assert alerts_of(journal.store, "rapid_growth") == []


def test_sizes_without_a_method_keep_todays_margins(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, size_mm=5.0)
    log(journal.store, site, 28, size_mm=6.5)
    (alert,) = alerts_of(journal.store, "rapid_growth")
    assert "may be off by" not in alert.message


def test_a_precise_baseline_is_found_beside_a_smaller_noisy_one(journal):
    """5.0 mm by estimate (±2.5) and 5.1 mm by calliper (±0.51) in the window; 7.0 mm by calliper
    (±0.7) has grown from the calliper reading (+1.9 mm > 0.87 mm) though not from the estimate."""
    site = add_site(journal.store)
    log(journal.store, site, 0, size_mm=5.0, size_method="estimate")
    log(journal.store, site, 7, size_mm=5.1, size_method="calliper")
    log(journal.store, site, 28, size_mm=7.0, size_method="calliper")
    (alert,) = alerts_of(journal.store, "rapid_growth")
    assert "up from 5.1 mm" in alert.message


def test_the_settings_say_why():
    for key in ("alerts.growth_percent", "alerts.growth_mm"):
        help_text = SPEC_BY_KEY[key].help
        assert "combined uncertainty" in help_text and "two photo measurements" in help_text
