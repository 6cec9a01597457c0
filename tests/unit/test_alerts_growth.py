"""rapid_growth (size and bump count) and sudden_change (tightness): margins, windows, steps."""

from __future__ import annotations

import dataclasses

import pytest
from alerts_support import add_site, alerts_of, day, log

from journal.core.alerts import ADVICE


# -- rapid_growth: size ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("before", "after", "raised"),
    [
        (5.0, 6.4, False),  # +1.4 mm but only +28%: below the percent margin
        (5.0, 6.5, True),  # +30% exactly (and +1.5 mm): at the margin
        (2.0, 2.9, False),  # +45% but only +0.9 mm: below the millimetre margin
        (2.0, 3.0, True),  # +1.0 mm exactly (and +50%)
        (4.0, 5.2, True),  # both exactly: 4.0 * 1.3 is 5.2 in floating point only approximately
        (3.0, 7.5, True),  # far above
    ],
)
def test_growth_needs_both_margins(journal, before, after, raised):
    site = add_site(journal.store)
    log(journal.store, site, 0, size_mm=before)
    log(journal.store, site, 28, size_mm=after)
    found = alerts_of(journal.store, "rapid_growth")
    assert bool(found) == raised
    if raised:
        (alert,) = found
        assert alert.date == day(28) and alert.site == "Left forearm" and alert.status == "open"
        assert f"{after:.1f} mm" in alert.message and f"{before:.1f} mm" in alert.message
        assert day(0).isoformat() in alert.message and day(28).isoformat() in alert.message
        assert alert.message.endswith(ADVICE)
        assert [(ev.date, ev.field, ev.value) for ev in alert.evidence] == [
            (day(0), "size_mm", before),
            (day(28), "size_mm", after),
        ]


@pytest.mark.parametrize(("gap", "raised"), [(41, True), (42, True), (43, False)])
def test_growth_counts_against_sizes_within_42_days(journal, gap, raised):
    site = add_site(journal.store)
    log(journal.store, site, 0, size_mm=3.0)
    log(journal.store, site, gap, size_mm=4.5)
    assert bool(alerts_of(journal.store, "rapid_growth")) == raised


def test_monthly_measuring_compares_with_the_month_before(journal):
    site = add_site(journal.store)
    for n, size in enumerate([3.0, 3.2, 3.1, 4.3]):
        log(journal.store, site, 30 * n, size_mm=size)
    (alert,) = alerts_of(journal.store, "rapid_growth")
    assert alert.date == day(90)
    assert "up from 3.1 mm on " + day(60).isoformat() in alert.message


def test_entries_added_out_of_order_raise_the_same_alert(journal):
    site = add_site(journal.store)
    for n, size in [(35, 4.2), (0, 3.0), (21, 3.4), (7, 3.1)]:
        log(journal.store, site, n, size_mm=size)
    (alert,) = alerts_of(journal.store, "rapid_growth")
    assert alert.date == day(35)  # the first day the sign showed, whatever the order of saving
    assert [ev.date for ev in alert.evidence] == [day(0), day(35)]


def test_two_measurements_on_one_day_are_not_growth(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, size_mm=2.0)
    log(journal.store, site, 0, size_mm=3.5)
    assert alerts_of(journal.store, "rapid_growth") == []


def test_same_day_entries_count_as_the_days_largest_size(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, size_mm=2.0)
    log(journal.store, site, 0, size_mm=2.4)  # the day's size is 2.4: 3.2 is only +0.8 mm from it
    log(journal.store, site, 14, size_mm=3.2)
    assert alerts_of(journal.store, "rapid_growth") == []
    log(journal.store, site, 14, size_mm=3.4)  # a second, larger measurement the later day
    (alert,) = alerts_of(journal.store, "rapid_growth")
    assert "3.4 mm" in alert.message and "up from 2.4 mm" in alert.message


def test_entries_without_a_size_are_skipped(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, size_mm=3.0)
    log(journal.store, site, 7, tightness=4)  # no size logged: neither a baseline nor growth
    log(journal.store, site, 14, note="looked at it")
    assert alerts_of(journal.store, "rapid_growth") == []
    log(journal.store, site, 21, size_mm=4.0)
    (alert,) = alerts_of(journal.store, "rapid_growth")
    assert [(ev.date, ev.value) for ev in alert.evidence] == [(day(0), 3.0), (day(21), 4.0)]


def test_growth_that_continues_raises_again_only_at_a_further_step(journal):
    site = add_site(journal.store)
    for n, size in enumerate([3.0, 3.5, 4.0, 4.5, 5.0, 5.2]):
        log(journal.store, site, 7 * n, size_mm=size)
    found = alerts_of(journal.store, "rapid_growth")
    # 4.0 is the first step; 4.5 and 5.0 continue it; 5.2 is both margins above 4.0.
    assert [a.date for a in found] == [day(14), day(35)]
    assert (
        f"That is a further step from 4.0 mm on {day(14).isoformat()}, when the growth was last noted."
        in (found[1].message)
    )
    assert [(ev.date, ev.value) for ev in found[1].evidence] == [
        (day(0), 3.0),
        (day(14), 4.0),
        (day(35), 5.2),
    ]


def test_a_new_growth_episode_after_a_quiet_spell_raises_again(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, size_mm=3.0)
    log(journal.store, site, 14, size_mm=4.0)
    for n in range(1, 7):
        log(journal.store, site, 14 + 30 * n, size_mm=4.0)  # steady for half a year
    log(journal.store, site, 215, size_mm=5.0)  # +1.0 mm but +25%: not rapid
    log(journal.store, site, 230, size_mm=5.2)  # both margins above the 4.0 mm of day 194
    assert [a.date for a in alerts_of(journal.store, "rapid_growth")] == [day(14), day(230)]


def test_shrinking_is_never_growth(journal):
    site = add_site(journal.store)
    for n, size in enumerate([8.0, 6.0, 4.0, 2.0]):
        log(journal.store, site, 7 * n, size_mm=size)
    assert alerts_of(journal.store, "rapid_growth") == []


# -- rapid_growth: bump count -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("before", "after", "raised"),
    [
        (2, 3, False),
        (2, 4, True),
        (3, 5, False),
        (3, 6, True),
        (4, 12, True),
        (1, 5, False),  # doubling counts only from 2 bumps: one new bump is often a counting difference
        (0, 3, False),
    ],
)
def test_count_must_at_least_double_from_two(journal, before, after, raised):
    site = add_site(journal.store)
    log(journal.store, site, 0, count=before)
    log(journal.store, site, 20, count=after)
    found = alerts_of(journal.store, "rapid_growth")
    assert bool(found) == raised
    if raised:
        assert f"{after} bumps were counted" in found[0].message
        assert [(ev.field, ev.value) for ev in found[0].evidence] == [("count", before), ("count", after)]


def test_count_doubling_outside_the_window_is_not_rapid(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, count=2)
    log(journal.store, site, 60, count=4)
    assert alerts_of(journal.store, "rapid_growth") == []


def test_size_and_count_growing_the_same_day_make_one_alert(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, size_mm=3.0, count=2)
    log(journal.store, site, 14, size_mm=4.5, count=5)
    (alert,) = alerts_of(journal.store, "rapid_growth")
    assert {ev.field for ev in alert.evidence} == {"size_mm", "count"}
    assert "4.5 mm" in alert.message and "5 bumps" in alert.message


def test_resolved_site_keeps_its_alerts_and_a_later_sign_still_raises(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, size_mm=3.0)
    log(journal.store, site, 14, size_mm=4.0)
    journal.store.update_site(dataclasses.replace(site, resolved_on=day(100)))
    log(journal.store, site, 100, size_mm=0.0)
    (before,) = alerts_of(journal.store, "rapid_growth")
    assert before.date == day(14) and "resolved" not in before.message
    log(journal.store, site, 120, size_mm=1.5)  # logged after the site was marked resolved
    later = alerts_of(journal.store, "rapid_growth")[1]
    assert later.date == day(120)
    assert f"marked resolved on {day(100).isoformat()}" in later.message


# -- sudden_change: tightness ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("before", "after", "raised"), [(3, 5, False), (3, 6, True), (2, 9, True), (6, 3, False)]
)
def test_tightness_must_rise_three_points(journal, before, after, raised):
    site = add_site(journal.store, "Scalp crown", kind="area", region="scalp")
    log(journal.store, site, 0, tightness=before)
    log(journal.store, site, 5, tightness=after)
    found = alerts_of(journal.store, "sudden_change")
    assert bool(found) == raised
    if raised:
        (alert,) = found
        assert f"rated {after} of 10 on {day(5).isoformat()}, up from {before} on {day(0).isoformat()}" in (
            alert.message
        )
        assert "slow course" in alert.message and "assessed by a doctor" in alert.message


@pytest.mark.parametrize(("gap", "raised"), [(7, True), (8, False)])
def test_tightness_rise_counts_within_a_week(journal, gap, raised):
    site = add_site(journal.store, "Scalp crown", kind="area", region="scalp")
    log(journal.store, site, 0, tightness=2)
    log(journal.store, site, gap, tightness=5)
    assert bool(alerts_of(journal.store, "sudden_change")) == raised


def test_a_slow_rise_in_tightness_is_not_sudden(journal):
    site = add_site(journal.store, "Scalp crown", kind="area", region="scalp")
    for n, value in enumerate([2, 3, 4, 5, 6, 7, 8]):
        log(journal.store, site, 7 * n, tightness=value)
    assert alerts_of(journal.store, "sudden_change") == []


def test_tightness_out_of_order_same_day_and_missing(journal):
    site = add_site(journal.store, "Scalp crown", kind="area", region="scalp")
    log(journal.store, site, 4, tightness=7)
    log(journal.store, site, 2, size_mm=1.0)  # no tightness: skipped
    log(journal.store, site, 0, tightness=4)
    log(journal.store, site, 0, tightness=2)  # same day: the day's reading is its highest, 4
    assert alerts_of(journal.store, "sudden_change")[0].message.count("up from 4 on") == 1
    log(journal.store, site, 1, tightness=3)
    log(journal.store, site, 1, tightness=3)
    (alert,) = alerts_of(journal.store, "sudden_change")
    assert alert.date == day(4) and f"up from 3 on {day(1).isoformat()}" in alert.message


def test_tightness_rising_further_raises_a_new_alert(journal):
    site = add_site(journal.store, "Scalp crown", kind="area", region="scalp")
    for n, value in [(0, 1), (3, 4), (5, 5), (7, 7)]:
        log(journal.store, site, n, tightness=value)
    first, further = alerts_of(journal.store, "sudden_change")
    assert (first.date, further.date) == (day(3), day(7))
    assert f"further step from 4 of 10 on {day(3).isoformat()}" in further.message


def test_tightness_after_resolution_is_worded_with_the_date(journal):
    site = add_site(journal.store, "Scalp crown", kind="area", region="scalp", resolved_on=day(1).isoformat())
    log(journal.store, site, 0, tightness=1)
    log(journal.store, site, 6, tightness=5)
    (alert,) = alerts_of(journal.store, "sudden_change")
    assert "marked resolved on" in alert.message
