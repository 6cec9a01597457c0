"""A second daily check for a date adds to the first instead of replacing it (journal/core/domain/daily.py),
in the store and through `skinjournal daily`; "not checked" stays apart from "no"."""

from __future__ import annotations

import datetime as dt

import pytest
from journal_helpers import folder_state, run_cli

from journal.core.domain import daily
from journal.core.domain.model import DailyCheck
from journal.core.errors import ValidationError
from journal.core.journal import Journal

DAY = dt.date(2026, 3, 1)


def _checks(journal_dir):
    with Journal.open(journal_dir) as journal:
        return journal.store.daily_checks()


def _ok(journal_dir, *args):
    result = run_cli(journal_dir, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


# -- the core -------------------------------------------------------------------------------------


def test_a_second_save_for_a_day_keeps_what_it_does_not_give(journal):
    journal.store.save_daily(DailyCheck.new(date=DAY, urination_changes=True, note="darker"))
    journal.store.save_daily(
        DailyCheck.new(date=DAY, fatigue=True, weakness=False, stress=4, note="long day")
    )
    [check] = journal.store.daily_checks()
    assert (check.fatigue, check.weakness, check.urination_changes, check.stress) == (True, False, True, 4)
    assert check.note == "darker\nlong day"


def test_a_logged_yes_is_not_turned_into_no_or_not_checked(journal):
    first = journal.store.save_daily(DailyCheck.new(date=DAY, urination_changes=True))
    with pytest.raises(daily.LoggedYesKept) as caught:
        journal.store.save_daily(DailyCheck.new(date=DAY, urination_changes=False, fatigue=True))
    assert caught.value.field == "urination_changes"
    with pytest.raises(daily.LoggedYesKept):
        journal.store.merge_daily(DAY, {"urination_changes": None})
    assert journal.store.daily_checks() == [first]  # the fatigue of the refused save is not half-saved


def test_replace_or_a_yes_the_person_saw_may_change_it(journal):
    seen = journal.store.save_daily(DailyCheck.new(date=DAY, fatigue=True, note="tired"))
    changed = journal.store.merge_daily(DAY, {"fatigue": None, "note": "rested"}, seen=seen)
    assert (changed.fatigue, changed.note) == (None, "rested")
    assert journal.store.save_daily(DailyCheck.new(date=DAY, fatigue=True)).fatigue is True
    assert journal.store.save_daily(DailyCheck.new(date=DAY, fatigue=False), replace=True).fatigue is False
    assert len(journal.store.daily_checks()) == 1


def test_a_form_merges_only_what_the_person_changed(journal):
    """The window loaded the check, then a yes was logged elsewhere: saving the form keeps it."""
    seen = journal.store.save_daily(DailyCheck.new(date=DAY, fatigue=False))
    journal.store.save_daily(DailyCheck.new(date=DAY, urination_changes=True, note="from the phone"))
    form = DailyCheck.new(date=DAY, fatigue=True, stress=3, note="typed in the window")
    saved = journal.store.merge_daily(DAY, daily.edited(seen, form), seen=seen)
    assert (saved.fatigue, saved.urination_changes, saved.stress) == (True, True, 3)
    assert saved.note == "from the phone\ntyped in the window"  # the note the form did not show is kept


def test_joined_notes_are_checked_as_one(journal):
    journal.store.save_daily(DailyCheck.new(date=DAY, note="a" * 6000))
    with pytest.raises(ValidationError) as caught:
        journal.store.save_daily(DailyCheck.new(date=DAY, note="b" * 6000))
    assert caught.value.field == "note"
    assert journal.store.daily_checks()[0].note == "a" * 6000


# -- the command line -----------------------------------------------------------------------------


def test_cli_twice_for_the_same_date_keeps_both(tmp_path):
    journal_dir = tmp_path / "journal"
    _ok(journal_dir, "daily", "--date", "2026-03-01", "--urination-changes")
    out = _ok(journal_dir, "daily", "--date", "2026-03-01", "--fatigue", "--stress", "5")
    assert "urination changes yes" in out and "fatigue yes" in out
    [check] = _checks(journal_dir)
    assert (check.fatigue, check.weakness, check.urination_changes, check.stress) == (True, None, True, 5)


def test_cli_flags_not_given_are_not_checked_and_no_forms_say_no(tmp_path):
    journal_dir = tmp_path / "journal"
    _ok(journal_dir, "daily", "--date", "2026-03-01", "--fatigue", "--no-weakness")
    [check] = _checks(journal_dir)
    assert (check.fatigue, check.weakness, check.urination_changes) == (True, False, None)


def test_cli_refuses_to_turn_a_logged_yes_into_no(tmp_path):
    journal_dir = tmp_path / "journal"
    _ok(journal_dir, "daily", "--date", "2026-03-01", "--urination-changes", "--fatigue")
    before = folder_state(journal_dir)
    result = run_cli(journal_dir, "daily", "--date", "2026-03-01", "--no-urination-changes", "--stress", "2")
    assert result.returncode == 2
    assert "urination_changes" in result.stderr and "already says yes" in result.stderr
    assert "--replace" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""
    assert folder_state(journal_dir) == before
    [check] = _checks(journal_dir)
    assert (check.urination_changes, check.stress) == (True, None)


def test_cli_replace_changes_a_logged_yes(tmp_path):
    journal_dir = tmp_path / "journal"
    _ok(journal_dir, "daily", "--date", "2026-03-01", "--urination-changes", "--fatigue", "--note", "first")
    _ok(
        journal_dir,
        "daily",
        "--date",
        "2026-03-01",
        "--no-urination-changes",
        "--note",
        "second",
        "--replace",
    )
    [check] = _checks(journal_dir)
    assert (check.fatigue, check.urination_changes, check.note) == (True, False, "second")


def test_cli_daily_with_nothing_to_save_is_refused(tmp_path):
    journal_dir = tmp_path / "journal"
    result = run_cli(journal_dir, "daily", "--date", "2026-03-01")
    assert result.returncode == 2 and "Nothing to save" in result.stderr and "Traceback" not in result.stderr
