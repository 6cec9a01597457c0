"""systemic_symptoms (daily checks) and lab_out_of_range: the person-level alerts (no site)."""

from __future__ import annotations

import pytest
from alerts_support import add_site, alerts_of, check, day, lab, log

from journal.core.alerts import ADVICE, current_alerts
from journal.core.domain.model import DailyCheck

SYSTEMIC = "systemic_symptoms"


# -- fatigue and weakness ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("tired_days", "raised_on"),
    [
        ([0, 3, 6, 9], None),  # 4 of the last 14 days: below
        ([0, 3, 6, 9, 13], 13),  # 5 within days 0..13: at the margin (the window holds 14 days)
        ([0, 3, 6, 9, 14], None),  # day 0 has left the window by day 14
        ([0, 1, 2, 3, 4, 5, 6, 7], 4),  # above: raised on the fifth
    ],
)
def test_fatigue_on_five_of_fourteen_days(journal, tired_days, raised_on):
    for n in range(20):
        check(journal.store, n, fatigue=n in tired_days, stress=3)
    found = alerts_of(journal.store, SYSTEMIC)
    if raised_on is None:
        assert found == []
        return
    (alert,) = found
    assert alert.site is None and alert.site_id is None and alert.date == day(raised_on)
    assert alert.message == (
        f"Fatigue or muscle weakness was noted on 5 of the daily checks from {day(raised_on - 13).isoformat()} "
        f"to {day(raised_on).isoformat()} (the last 14 days). {ADVICE}"
    )
    assert [ev.date for ev in alert.evidence] == [day(n) for n in tired_days[:5]]


def test_weakness_counts_and_a_check_with_both_counts_once(journal):
    check(journal.store, 0, fatigue=True, weakness=True)
    for n in (2, 4):
        check(journal.store, n, weakness=True)
    check(journal.store, 6, fatigue=True)
    assert alerts_of(journal.store, SYSTEMIC) == []  # four checks, though five ticks
    check(journal.store, 8, weakness=True)
    (alert,) = alerts_of(journal.store, SYSTEMIC)
    assert alert.date == day(8)
    assert {(ev.date, ev.field) for ev in alert.evidence} >= {(day(0), "fatigue"), (day(0), "weakness")}


def test_persistent_fatigue_is_one_alert_until_it_eases(journal):
    for n in range(30):
        check(journal.store, n, fatigue=True)
    for n in range(30, 60):
        check(journal.store, n, fatigue=False)
    for n in range(60, 66):
        check(journal.store, n, fatigue=True)
    assert [a.date for a in alerts_of(journal.store, SYSTEMIC)] == [day(4), day(64)]


def test_checks_added_out_of_order_and_a_day_saved_twice(journal):
    for n in (12, 0, 9, 3):
        check(journal.store, n, fatigue=True)
    check(journal.store, 6, fatigue=True)
    # Taking back a logged "yes" needs replace (journal/core/domain/daily.py); the day stays one check.
    journal.store.save_daily(
        DailyCheck.new(date=day(6), fatigue=False, note="felt fine after all"), replace=True
    )
    assert alerts_of(journal.store, SYSTEMIC) == []
    check(journal.store, 6, weakness=True)
    assert [a.date for a in alerts_of(journal.store, SYSTEMIC)] == [day(12)]


def test_checks_without_answers_are_skipped(journal):
    for n in range(14):
        check(journal.store, n, stress=5)  # fatigue and weakness left empty
    for n in (20, 22):
        check(journal.store, n, fatigue=True)
    assert alerts_of(journal.store, SYSTEMIC) == []


# -- urination ---------------------------------------------------------------------------------------------------
def test_any_change_in_urination_raises(journal):
    check(journal.store, 0, urination_changes=False)
    check(journal.store, 1, urination_changes=None)
    assert alerts_of(journal.store, SYSTEMIC) == []
    check(journal.store, 5, urination_changes=True)
    (alert,) = alerts_of(journal.store, SYSTEMIC)
    assert (
        alert.message
        == f"A change in urination was noted in the daily check of {day(5).isoformat()}. {ADVICE}"
    )


def test_urination_changes_that_go_on_are_one_alert(journal):
    for n in (3, 4, 5):
        check(journal.store, n, urination_changes=True)
    check(journal.store, 2, urination_changes=False)  # out of order
    check(journal.store, 6, urination_changes=False)
    check(journal.store, 9, urination_changes=True)
    assert [a.date for a in alerts_of(journal.store, SYSTEMIC)] == [day(3), day(9)]


def test_both_kinds_the_same_day_make_one_alert(journal):
    for n in range(5):
        check(journal.store, n, fatigue=True, urination_changes=n == 4)
    (alert,) = alerts_of(journal.store, SYSTEMIC)
    assert "Fatigue or muscle weakness" in alert.message and "change in urination" in alert.message


def test_person_alerts_ignore_sites_resolved_or_not(journal):
    site = add_site(journal.store, resolved_on=day(0).isoformat())
    log(journal.store, site, 3, size_mm=2.0)
    check(journal.store, 3, urination_changes=True)
    lab(journal.store, 3, value=3.1, low=2.1, high=2.6)
    for rule in (SYSTEMIC, "lab_out_of_range"):
        (alert,) = alerts_of(journal.store, rule)
        assert alert.site is None and "resolved" not in alert.message
    assert current_alerts(journal.store, site_id=site.id) == []


# -- labs -----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "raised"), [(2.6, False), (2.1, False), (2.61, True), (2.09, True), (3.4, True)]
)
def test_lab_value_against_the_labs_own_range(journal, value, raised):
    lab(journal.store, 0, value=value, low=2.1, high=2.6)
    found = alerts_of(journal.store, "lab_out_of_range")
    assert bool(found) == raised  # the range the lab gives includes its limits
    if raised:
        side = "below" if value < 2.1 else "above"
        assert found[0].message == (
            f"The calcium result of {day(0).isoformat()} was {value:g} mmol/L, {side} the reference range the "
            f"lab gave (2.1 to 2.6 mmol/L). {ADVICE}"
        )
        assert [(ev.field, ev.value) for ev in found[0].evidence] == [("calcium", value)]


def test_a_lab_without_a_range_never_raises(journal):
    lab(journal.store, 0, value=99.0)
    lab(journal.store, 1, test="pth", value=500, unit="pg/mL", low=None, high=None)
    assert alerts_of(journal.store, "lab_out_of_range") == []


def test_a_lab_with_one_limit(journal):
    lab(journal.store, 0, test="pth", value=80, unit="pg/mL", high=65)
    lab(journal.store, 1, test="vitamin_d", value=12, unit="ng/mL", low=20)
    upper, lower = alerts_of(journal.store, "lab_out_of_range")
    assert (
        "The PTH result" in upper.message and "above the upper limit the lab gave (65 pg/mL)" in upper.message
    )
    assert (
        "The vitamin D result" in lower.message
        and "below the lower limit the lab gave (20 ng/mL)" in lower.message
    )


def test_each_out_of_range_result_is_an_alert_and_one_day_makes_one(journal):
    lab(journal.store, 30, value=2.8, low=2.1, high=2.6)
    lab(journal.store, 0, value=2.9, low=2.1, high=2.6)  # out of order
    lab(journal.store, 0, test="phosphate", value=1.9, low=0.8, high=1.5)  # same day, another test
    lab(journal.store, 10, value=2.4, low=2.1, high=2.6)
    first, second = alerts_of(journal.store, "lab_out_of_range")
    assert first.date == day(0) and "calcium" in first.message and "phosphate" in first.message
    assert [ev.field for ev in first.evidence] == ["calcium", "phosphate"]
    assert second.date == day(30)
