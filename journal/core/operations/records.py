"""The person's records: daily checks, lab results, care events and visits: add, edit, delete,
and the undo of each.

Labs, care and visits are plain rows: an edit's undo writes the old values back, a deletion's
undo puts the row back with its own id. A daily check is one per date and merged rather than
replaced (journal/core/domain/daily.py): a save changes only what it gives, and its undo puts
the day's check back exactly as it was before (or takes it away if the day had none).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from journal.core.domain.model import CareEvent, DailyCheck, LabResult, Visit
from journal.core.errors import NotFound, ValidationError
from journal.core.language import Words
from journal.core.operations.outcome import Changes, Outcome

if TYPE_CHECKING:
    from journal.core.journal import Journal


class RecordOperationWords(Words):
    "Undo steps and refusals of daily checks, lab results, care and visits."


Record = LabResult | CareEvent | Visit
R = TypeVar("R", LabResult, CareEvent, Visit)

KIND_OF: dict[type, str] = {DailyCheck: "daily", LabResult: "labs", CareEvent: "care", Visit: "visits"}


_LABELS: dict[str, dict[str, str]] = {
    "lab": {
        "new": RecordOperationWords.mark("new lab result {test} of {date}"),
        "changed": RecordOperationWords.mark("changed the lab result {test} of {date}"),
        "deleted": RecordOperationWords.mark("deleted the lab result {test} of {date}"),
        "restored": RecordOperationWords.mark("restored the lab result {test} of {date}"),
    },
    "care": {
        "new": RecordOperationWords.mark("new care event {what} of {date}"),
        "changed": RecordOperationWords.mark("changed the care event {what} of {date}"),
        "deleted": RecordOperationWords.mark("deleted the care event {what} of {date}"),
        "restored": RecordOperationWords.mark("restored the care event {what} of {date}"),
    },
    "visit": {
        "new": RecordOperationWords.mark("new visit of {date}"),
        "changed": RecordOperationWords.mark("changed the visit of {date}"),
        "deleted": RecordOperationWords.mark("deleted the visit of {date}"),
        "restored": RecordOperationWords.mark("restored the visit of {date}"),
    },
    "visit_with": {
        "new": RecordOperationWords.mark("new visit of {date} with {clinician}"),
        "changed": RecordOperationWords.mark("changed the visit of {date} with {clinician}"),
        "deleted": RecordOperationWords.mark("deleted the visit of {date} with {clinician}"),
        "restored": RecordOperationWords.mark("restored the visit of {date} with {clinician}"),
    },
    "daily": {
        "new": RecordOperationWords.mark("new daily check of {date}"),
        "changed": RecordOperationWords.mark("changed the daily check of {date}"),
        "deleted": RecordOperationWords.mark("deleted the daily check of {date}"),
        "restored": RecordOperationWords.mark("restored the daily check of {date}"),
    },
}


def _label(action: str, record: Record | DailyCheck) -> str:
    """An undo step's words, one whole sentence per kind of record and action ("deleted the lab
    result phosphate of 2026-03-01")."""
    day = record.date.isoformat()
    if isinstance(record, LabResult):
        return RecordOperationWords.tr(_LABELS["lab"][action]).format(test=record.test, date=day)
    if isinstance(record, CareEvent):
        return RecordOperationWords.tr(_LABELS["care"][action]).format(what=record.what, date=day)
    if isinstance(record, Visit):
        if record.clinician:
            return RecordOperationWords.tr(_LABELS["visit_with"][action]).format(
                date=day, clinician=record.clinician
            )
        return RecordOperationWords.tr(_LABELS["visit"][action]).format(date=day)
    return RecordOperationWords.tr(_LABELS["daily"][action]).format(date=day)


def describe(record: Record | DailyCheck) -> str:
    """ "the lab result phosphate of 2026-03-01" """
    day = record.date.isoformat()
    if isinstance(record, LabResult):
        return f"the lab result {record.test} of {day}"
    if isinstance(record, CareEvent):
        return f"the care event {record.what} of {day}"
    if isinstance(record, Visit):
        return f"the visit of {day}" + (f" with {record.clinician}" if record.clinician else "")
    return f"the daily check of {day}"


def _changes(*records: Record | DailyCheck | None) -> Changes:
    kinds: dict[str, list[int | None]] = {}
    for record in records:
        if record is not None:
            kinds.setdefault(KIND_OF[type(record)], []).append(record.id)
    return Changes.of(**kinds)


def _checked(record: R) -> R:
    """Checked again with the model's rules: a record may have been built by hand."""
    return type(record).new(**dataclasses.asdict(record))


def _site_there(journal: Journal, site_id: int) -> bool:
    try:
        journal.store.site(site_id)
    except NotFound:
        return False
    return True


def _check_site(journal: Journal, record: Record) -> None:
    """A visit's findings name a site of this journal (inside the write's transaction)."""
    if isinstance(record, Visit) and record.site_id is not None:
        try:
            journal.store.site(record.site_id)
        except NotFound:
            raise ValidationError(
                "site_id", RecordOperationWords.tr("there is no site with id {id}").format(id=record.site_id)
            ) from None


# -- labs, care, visits -------------------------------------------------------------------------
def add_record(journal: Journal, record: R) -> Outcome[R]:
    checked = dataclasses.replace(_checked(record), id=None)
    with journal.store.transaction():
        _check_site(journal, checked)
        saved = _insert(journal, checked)
    return _added(saved, _label("new", saved))


def _insert(journal: Journal, record: R) -> R:
    store = journal.store
    if isinstance(record, LabResult):
        return store.add_lab(record)
    if isinstance(record, CareEvent):
        return store.add_care(record)
    return store.add_visit(record)


def _added(saved: R, label: str) -> Outcome[R]:
    record_id = saved.id
    assert record_id is not None
    return Outcome(saved, _changes(saved), label, undo=lambda j: delete_record(j, type(saved), record_id))


def edit_record(journal: Journal, record: R) -> Outcome[R]:
    """Save every value of `record` (a saved record, changed); the undo writes the old values back."""
    assert record.id is not None
    checked = _checked(record)
    with journal.store.transaction():
        before = journal.store.record(type(record), record.id)
        _check_site(journal, checked)
        saved = journal.store.replace_record(checked)
    return _edited(before, saved)


def _edited(before: R, now: R) -> Outcome[R]:
    return Outcome(now, _changes(now), _label("changed", now), undo=lambda j: edit_record(j, before))


def delete_record(journal: Journal, cls: type[R], record_id: int) -> Outcome[R]:
    with journal.store.transaction():
        removed = journal.store.record(cls, record_id)
        journal.store.delete_record(cls, record_id)
    return Outcome(
        removed, _changes(removed), _label("deleted", removed), undo=lambda j: restore_record(j, removed)
    )


def restore_record(journal: Journal, record: R) -> Outcome[R]:
    """Put a deleted record back with its own id (the undo of a deletion)."""
    record_id = record.id
    assert record_id is not None
    with journal.store.transaction():
        if (
            isinstance(record, Visit)
            and record.site_id is not None
            and not _site_there(journal, record.site_id)
        ):
            record = dataclasses.replace(record, site_id=None)  # its site was deleted since
        restored = journal.store.restore_record(record)
    return Outcome(
        restored,
        _changes(restored),
        _label("restored", restored),
        undo=lambda j: delete_record(j, type(record), record_id),
    )


def add_lab(journal: Journal, lab: LabResult) -> Outcome[LabResult]:
    return add_record(journal, lab)


def add_care(journal: Journal, care: CareEvent) -> Outcome[CareEvent]:
    return add_record(journal, care)


def add_visit(journal: Journal, visit: Visit) -> Outcome[Visit]:
    return add_record(journal, visit)


# -- daily checks: one a date, merged ----------------------------------------------------------
def save_daily(
    journal: Journal, check: DailyCheck, *, replace: bool = False, keep_logged_yes: bool = False
) -> Outcome[DailyCheck]:
    """Merge what `check` says into that day's check (the command line's `daily`, an import's row)."""
    checked = DailyCheck.new(**dataclasses.asdict(check))
    with journal.store.transaction():
        before = journal.store.daily_check(checked.date)
        saved = journal.store.save_daily(checked, replace=replace, keep_logged_yes=keep_logged_yes)
    return _daily_outcome(before, saved)


def merge_daily(
    journal: Journal,
    day: dt.date,
    changes: Mapping[str, Any],
    *,
    seen: DailyCheck | None = None,
    replace: bool = False,
) -> Outcome[DailyCheck]:
    """Make `changes` to the check of `day` (the window's form: what the person changed from
    `seen`, the check it showed)."""
    with journal.store.transaction():
        before = journal.store.daily_check(day)
        saved = journal.store.merge_daily(day, changes, replace=replace, seen=seen)
    return _daily_outcome(before, saved)


def edit_daily(journal: Journal, check: DailyCheck) -> Outcome[DailyCheck]:
    """Write every value of a saved check as given (a correction, "yes" included); a new date
    is refused when that day has a check of its own."""
    assert check.id is not None
    checked = DailyCheck.new(**dataclasses.asdict(check))
    with journal.store.transaction():
        before = journal.store.record(DailyCheck, check.id)
        other = journal.store.daily_check(checked.date)
        if other is not None and other.id != check.id:
            raise ValidationError(
                "date",
                RecordOperationWords.tr(
                    "{date} has a daily check of its own (id {id}); edit that one instead"
                ).format(date=checked.date.isoformat(), id=other.id),
            )
        saved = journal.store.replace_record(checked)
    return _daily_outcome(before, saved)


def _daily_outcome(before: DailyCheck | None, now: DailyCheck) -> Outcome[DailyCheck]:
    if before is None:
        now_id = now.id
        assert now_id is not None
        return Outcome(
            now,
            _changes(now),
            _label("new", now),
            undo=lambda j: delete_daily(j, now_id),
        )
    return Outcome(
        now, _changes(now, before), _label("changed", now), undo=lambda j: _put_daily(j, before, now)
    )


def _put_daily(journal: Journal, check: DailyCheck, other: DailyCheck) -> Outcome[DailyCheck]:
    """Write `check` back exactly (an undo or redo of a save); the undo puts `other` back."""
    with journal.store.transaction():
        saved = journal.store.replace_record(check)  # the same day's check: the same row
    return Outcome(
        saved,
        _changes(saved, other),
        _label("changed", saved),
        undo=lambda j: _put_daily(j, other, saved),
    )


def delete_daily(journal: Journal, check_id: int) -> Outcome[DailyCheck]:
    with journal.store.transaction():
        removed = journal.store.record(DailyCheck, check_id)
        journal.store.delete_daily(check_id)
    return Outcome(
        removed, _changes(removed), _label("deleted", removed), undo=lambda j: restore_daily(j, removed)
    )


def restore_daily(journal: Journal, check: DailyCheck) -> Outcome[DailyCheck]:
    """Put a deleted check back with its id; a check made for that day since keeps its own "yes"
    answers and takes the rest in (store.save_daily)."""
    with journal.store.transaction():
        restored = journal.store.save_daily(check, keep_logged_yes=True)
    restored_id = restored.id
    assert restored_id is not None
    return Outcome(
        restored,
        _changes(restored),
        _label("restored", restored),
        undo=lambda j: delete_daily(j, restored_id),
    )
