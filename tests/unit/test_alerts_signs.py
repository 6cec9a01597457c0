"""pain_inflammation_ulceration, chalky_discharge, restricted_movement: the signs ticked on an entry."""

from __future__ import annotations

import dataclasses

import pytest
from alerts_support import add_site, alerts_of, day, log

from journal.core.alerts import ADVICE

PAIN = "pain_inflammation_ulceration"


# -- pain ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("pain", "raised"), [(0, False), (3, False), (4, True), (9, True)])
def test_pain_at_or_above_four_raises(journal, pain, raised):
    site = add_site(journal.store)
    log(journal.store, site, 0, pain=pain)
    found = alerts_of(journal.store, PAIN)
    assert bool(found) == raised
    if raised:
        assert found[0].message == (
            f"On {day(0).isoformat()}, Left forearm was logged with pain rated {pain} of 10. {ADVICE}"
        )
        assert [(ev.field, ev.value) for ev in found[0].evidence] == [("pain", pain)]


def test_lasting_pain_is_one_alert_until_it_rises_two_points(journal):
    site = add_site(journal.store)
    for n, pain in enumerate([4, 5, 4, 5, 7, 8]):
        log(journal.store, site, 7 * n, pain=pain)
    found = alerts_of(journal.store, PAIN)
    assert [a.date for a in found] == [day(0), day(28)]
    assert f"pain rated 7 of 10 (up from 4 on {day(0).isoformat()})" in found[1].message
    assert [(ev.date, ev.value) for ev in found[1].evidence] == [(day(0), 4), (day(28), 7)]


def test_pain_that_eased_and_came_back_raises_again(journal):
    site = add_site(journal.store)
    for n, pain in enumerate([5, 2, 4]):
        log(journal.store, site, 7 * n, pain=pain)
    assert [a.date for a in alerts_of(journal.store, PAIN)] == [day(0), day(14)]


def test_pain_not_rated_is_skipped(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, size_mm=3.0)  # no pain rating: not a sign, and does not end a spell
    assert alerts_of(journal.store, PAIN) == []
    log(journal.store, site, 7, pain=5)
    log(journal.store, site, 14, size_mm=3.1)
    log(journal.store, site, 21, pain=5)
    assert [a.date for a in alerts_of(journal.store, PAIN)] == [day(7)]


def test_pain_on_the_same_day_counts_at_its_highest(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, pain=2)
    log(journal.store, site, 0, pain=6)
    (alert,) = alerts_of(journal.store, PAIN)
    assert "pain rated 6 of 10" in alert.message


# -- inflamed, ulcerated ------------------------------------------------------------------------------
@pytest.mark.parametrize("field", ["inflamed", "ulcerated"])
def test_a_ticked_sign_raises_and_an_untouched_or_no_does_not(journal, field):
    site = add_site(journal.store)
    log(journal.store, site, 0, **{field: None})
    log(journal.store, site, 7, **{field: False})
    assert alerts_of(journal.store, PAIN) == []
    saved = log(journal.store, site, 14, **{field: True})
    (alert,) = alerts_of(journal.store, PAIN)
    assert alert.date == day(14) and f"({field})" in alert.message
    assert [(ev.field, ev.value, ev.entry_id) for ev in alert.evidence] == [(field, True, saved.id)]


def test_signs_of_one_day_make_one_alert(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, pain=5, inflamed=True)
    log(journal.store, site, 0, ulcerated=True)  # a second entry the same day
    (alert,) = alerts_of(journal.store, PAIN)
    assert alert.message.startswith(
        f"On {day(0).isoformat()}, Left forearm was logged with pain rated 5 of 10, redness, warmth or "
        "swelling (inflamed) and an opening in the skin (ulcerated)."
    )
    assert {ev.field for ev in alert.evidence} == {"pain", "inflamed", "ulcerated"}


def test_an_ulceration_that_goes_on_is_one_alert_and_a_new_one_raises_again(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, ulcerated=True)
    log(journal.store, site, 7, ulcerated=True)
    log(journal.store, site, 14, size_mm=3.0)  # logged without ticking it: it had closed
    log(journal.store, site, 30, ulcerated=True)
    assert [a.date for a in alerts_of(journal.store, PAIN)] == [day(0), day(30)]


def test_a_new_sign_during_another_is_a_new_alert(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, inflamed=True)
    log(journal.store, site, 7, inflamed=True, ulcerated=True)
    found = alerts_of(journal.store, PAIN)
    assert [a.date for a in found] == [day(0), day(7)]
    assert "ulcerated" in found[1].message and "inflamed" not in found[1].message


def test_signs_added_out_of_order(journal):
    site = add_site(journal.store)
    log(journal.store, site, 14, ulcerated=True)
    log(journal.store, site, 7, ulcerated=True)
    log(journal.store, site, 0, pain=1)
    assert [a.date for a in alerts_of(journal.store, PAIN)] == [day(7)]


def test_a_sign_on_a_resolved_site(journal):
    site = add_site(journal.store, resolved_on=day(10).isoformat())
    log(journal.store, site, 5, inflamed=True)
    log(journal.store, site, 20, inflamed=True, pain=1)
    found = alerts_of(journal.store, PAIN)
    # The same spell goes on across the resolution date: one alert, dated when it began.
    assert [a.date for a in found] == [day(5)] and "resolved" not in found[0].message
    log(journal.store, site, 15, pain=0)  # a day without the sign in between: day 20 is a new one
    later = alerts_of(journal.store, PAIN)[1]
    assert later.date == day(20) and f"marked resolved on {day(10).isoformat()}" in later.message


# -- chalky discharge ----------------------------------------------------------------------------------------
def test_chalky_discharge(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, ulcerated=True)  # broke open without discharge: not this sign
    log(journal.store, site, 1, discharge=None)
    assert alerts_of(journal.store, "chalky_discharge") == []
    log(journal.store, site, 9, discharge=True, ulcerated=True)
    log(journal.store, site, 3, discharge=True)  # out of order, and the first day of the discharge
    log(journal.store, site, 3, discharge=False)  # same day: any entry ticking it counts
    (alert,) = alerts_of(journal.store, "chalky_discharge")
    assert alert.message == (
        f"On {day(3).isoformat()}, Left forearm was logged as having broken open and "
        f"let out chalk-like material. {ADVICE}"
    )
    assert [(ev.date, ev.field, ev.value) for ev in alert.evidence] == [(day(3), "discharge", True)]
    log(journal.store, site, 6, size_mm=3.0)  # logged in between without it: day 9 is a new discharge
    assert [a.date for a in alerts_of(journal.store, "chalky_discharge")] == [day(3), day(9)]


def test_chalky_discharge_on_a_resolved_site(journal):
    site = add_site(journal.store, resolved_on=day(0).isoformat())
    log(journal.store, site, 2, discharge=True)
    (alert,) = alerts_of(journal.store, "chalky_discharge")
    assert "marked resolved" in alert.message


# -- restricted movement -------------------------------------------------------------------------------------
def test_restricted_movement_near_a_joint_names_the_joint(journal):
    elbow = add_site(journal.store, "Right elbow", region="elbow", near_joint=True)
    log(journal.store, elbow, 0, restricted_movement=None)
    assert alerts_of(journal.store, "restricted_movement") == []
    log(journal.store, elbow, 4, restricted_movement=True)
    (alert,) = alerts_of(journal.store, "restricted_movement")
    assert alert.message == (
        f"On {day(4).isoformat()}, moving the joint near Right elbow was logged as restricted. {ADVICE}"
    )


def test_restricted_movement_elsewhere_is_worded_without_a_joint(journal):
    scalp = add_site(journal.store, "Scalp crown", kind="area", region="scalp")
    log(journal.store, scalp, 8, restricted_movement=True)
    log(journal.store, scalp, 8, restricted_movement=True)  # same day twice: one alert, both entries
    log(journal.store, scalp, 1, restricted_movement=False)
    (alert,) = alerts_of(journal.store, "restricted_movement")
    assert (
        "joint" not in alert.message and "movement at Scalp crown was logged as restricted" in alert.message
    )
    assert len(alert.evidence) == 2 and len({ev.entry_id for ev in alert.evidence}) == 2


def test_restricted_movement_follows_the_site_record(journal):
    site = add_site(journal.store, "Left knee", region="knee")
    log(journal.store, site, 0, restricted_movement=True)
    assert "joint" not in alerts_of(journal.store, "restricted_movement")[0].message
    journal.store.update_site(dataclasses.replace(site, near_joint=True, resolved_on=day(-1)))
    (alert,) = alerts_of(journal.store, "restricted_movement")
    assert "the joint near Left knee" in alert.message and "marked resolved" in alert.message
