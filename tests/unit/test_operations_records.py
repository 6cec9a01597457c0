"""Daily checks, labs, care events and visits: add, edit, delete, undo and redo on a real journal."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from journal.core.domain.daily import LoggedYesKept
from journal.core.domain.model import CareEvent, DailyCheck, LabResult, Visit
from journal.core.errors import NotFound, ValidationError
from journal.core.operations import records as ops

DAY = dt.date(2026, 3, 1)


@pytest.mark.parametrize(
    "record, kind, label",
    [
        (
            LabResult.new(date=DAY, test="phosphate", value=1.1, unit="mmol/L"),
            "labs",
            "the lab result phosphate of 2026-03-01",
        ),
        (
            CareEvent.new(date=DAY, kind="supplement", what="Vitamin D", amount=1000, unit="IU"),
            "care",
            "the care event Vitamin D of 2026-03-01",
        ),
        (Visit.new(date=DAY, clinician="Dr Meyer"), "visits", "the visit of 2026-03-01 with Dr Meyer"),
    ],
)
def test_add_edit_delete_each_undone_and_redone(journal, record, kind, label):
    added = ops.add_record(journal, record)
    saved = added.value
    assert added.label == f"new {label.removeprefix('the ')}"
    assert added.changes.to_plain() == {kind: [saved.id]}
    assert added.undo(journal).undo(journal).value == saved
    assert journal.store.record(type(record), saved.id) == saved

    changed = ops.edit_record(journal, dataclasses.replace(saved, note="fasting"))
    assert changed.label == f"changed {label}" and changed.changes.to_plain() == {kind: [saved.id]}
    undone = changed.undo(journal)
    assert journal.store.record(type(record), saved.id) == saved
    undone.undo(journal)
    assert journal.store.record(type(record), saved.id).note == "fasting"

    deleted = ops.delete_record(journal, type(record), saved.id)
    assert deleted.label == f"deleted {label}"
    with pytest.raises(NotFound):
        journal.store.record(type(record), saved.id)
    deleted.undo(journal)
    assert journal.store.record(type(record), saved.id).id == saved.id  # back with its id


def test_a_refused_record_change_changes_nothing(journal):
    lab = ops.add_lab(journal, LabResult.new(date=DAY, test="phosphate", value=1.1, unit="mmol/L")).value
    with pytest.raises(ValidationError):
        ops.edit_record(journal, dataclasses.replace(lab, low=3.0, high=1.0))
    with pytest.raises(ValidationError):
        ops.edit_record(journal, dataclasses.replace(lab, test="=unicorn"))  # no test's name
    with pytest.raises(NotFound):
        ops.delete_record(journal, LabResult, 999)
    assert journal.store.labs() == [lab]


def test_daily_save_merges_and_its_undo_puts_the_day_back_as_it_was(journal):
    first = ops.save_daily(journal, DailyCheck.new(date=DAY, fatigue=True, stress=3))
    check = first.value
    assert first.label == "new daily check of 2026-03-01"
    assert first.changes.to_plain() == {"daily": [check.id]}
    second = ops.save_daily(journal, DailyCheck.new(date=DAY, weakness=True, note="long day"))
    merged = second.value
    assert (merged.fatigue, merged.weakness, merged.stress, merged.note) == (True, True, 3, "long day")
    assert second.label == "changed the daily check of 2026-03-01"
    second.undo(journal).undo(journal)
    assert journal.store.daily_check(DAY) == merged
    second.undo(journal)
    assert journal.store.daily_check(DAY) == check
    first.undo(journal)
    assert journal.store.daily_check(DAY) is None


def test_daily_keeps_a_logged_yes_and_changes_nothing_when_refused(journal):
    check = ops.save_daily(journal, DailyCheck.new(date=DAY, urination_changes=True)).value
    with pytest.raises(LoggedYesKept):
        ops.save_daily(journal, DailyCheck.new(date=DAY, urination_changes=False))
    assert journal.store.daily_check(DAY) == check


def test_daily_merge_edit_and_delete(journal):
    seen = ops.save_daily(journal, DailyCheck.new(date=DAY, fatigue=True)).value
    merged = ops.merge_daily(journal, DAY, {"fatigue": False}, seen=seen)  # the form showed the "yes"
    assert merged.value.fatigue is False
    merged.undo(journal)
    assert journal.store.daily_check(DAY) == seen

    other = ops.save_daily(journal, DailyCheck.new(date=DAY + dt.timedelta(days=1), stress=2)).value
    with pytest.raises(ValidationError, match="has a daily check of its own"):
        ops.edit_daily(journal, dataclasses.replace(seen, date=other.date))
    edited = ops.edit_daily(journal, dataclasses.replace(seen, fatigue=None, stress=5))
    assert journal.store.daily_check(DAY) == dataclasses.replace(seen, fatigue=None, stress=5)
    edited.undo(journal)
    assert journal.store.daily_check(DAY) == seen

    deleted = ops.delete_daily(journal, seen.id)
    assert deleted.label == "deleted the daily check of 2026-03-01"
    assert journal.store.daily_check(DAY) is None
    assert deleted.undo(journal).value == seen
