"""Hand function: add, change and delete finger-to-palm readings, and the undo of each.

One reading a day, hand and finger: saving another for the same ones replaces it (the person
measured again), and the undo puts the first back."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from journal.core.domain.hand import FingerPalm, finger_label, hand_label
from journal.core.errors import ValidationError
from journal.core.language import Words, number
from journal.core.operations.outcome import Changes, Outcome

if TYPE_CHECKING:
    from journal.core.journal import Journal


class HandOperationWords(Words):
    "Undo steps and refusals of finger-to-palm readings."


def _checked(reading: FingerPalm) -> FingerPalm:
    return FingerPalm.new(**dataclasses.asdict(reading))


def _short(value: float) -> str:
    """A number as short as it is exact (as "{:g}" writes it), in the locale's way of writing decimals."""
    written = f"{value:g}"
    return number(value, len(written.partition(".")[2])) if "e" not in written else written


def _about(r: FingerPalm) -> dict[str, str]:
    """The words that name a reading in an undo step: hand, finger, day and distance."""
    return {
        "hand": hand_label(r.hand),
        "finger": finger_label(r.finger),
        "date": r.date.isoformat(),
        "mm": _short(r.distance_mm),
    }


def _changes(*ids: int | None) -> Changes:
    return Changes.of(hand=list(ids))


def add_finger_palm(journal: Journal, reading: FingerPalm) -> Outcome[FingerPalm]:
    """Save a reading; one of the same day, hand and finger is replaced (the undo puts it back)."""
    checked = dataclasses.replace(_checked(reading), id=None)
    store = journal.store
    with store.transaction():
        before = store.finger_palm_same(checked)
        if before is not None and before.id is not None:
            store.delete_finger_palm(before.id)
        saved = store.put_finger_palm(checked)
    assert saved.id is not None
    saved_id = saved.id
    if before is None:
        return Outcome(
            saved,
            _changes(saved_id),
            HandOperationWords.tr("new {hand} {finger} finger reading of {date} ({mm} mm)").format(
                **_about(saved)
            ),
            undo=lambda j: delete_finger_palm(j, saved_id),
        )
    return _swapped(saved, before)


def _swapped(now: FingerPalm, before: FingerPalm) -> Outcome[FingerPalm]:
    assert now.id is not None
    now_id = now.id

    def undo(journal: Journal) -> Outcome[FingerPalm]:
        with journal.store.transaction():
            journal.store.delete_finger_palm(now_id)
            back = journal.store.put_finger_palm(before)
        return _swapped(back, now)

    return Outcome(
        now,
        _changes(now.id, before.id),
        HandOperationWords.tr("changed the {hand} {finger} finger reading of {date} ({mm} mm)").format(
            **_about(now)
        ),
        undo=undo,
    )


def edit_finger_palm(journal: Journal, reading: FingerPalm) -> Outcome[FingerPalm]:
    """Save every value of a saved reading; a day, hand and finger that has a reading of its own
    is refused (change that one instead)."""
    assert reading.id is not None
    checked = _checked(reading)
    store = journal.store
    with store.transaction():
        before = store.finger_palm_reading(reading.id)
        other = store.finger_palm_same(checked)
        if other is not None and other.id != reading.id:
            raise ValidationError(
                "date",
                HandOperationWords.tr(
                    "{date} has a {hand} {finger} finger reading of its own (id {id}); change that one instead"
                ).format(**_about(checked), id=other.id),
            )
        store.delete_finger_palm(reading.id)
        saved = store.put_finger_palm(checked)
    return _swapped(saved, before)


def delete_finger_palm(journal: Journal, reading_id: int) -> Outcome[FingerPalm]:
    with journal.store.transaction():
        removed = journal.store.delete_finger_palm(reading_id)
    return Outcome(
        removed,
        _changes(reading_id),
        HandOperationWords.tr("deleted the {hand} {finger} finger reading of {date} ({mm} mm)").format(
            **_about(removed)
        ),
        undo=lambda j: _restore(j, removed),
    )


def _restore(journal: Journal, reading: FingerPalm) -> Outcome[FingerPalm]:
    with journal.store.transaction():
        saved = journal.store.put_finger_palm(reading)
    assert saved.id is not None
    saved_id = saved.id
    return Outcome(
        saved,
        _changes(saved_id),
        HandOperationWords.tr("restored the {hand} {finger} finger reading of {date} ({mm} mm)").format(
            **_about(saved)
        ),
        undo=lambda j: delete_finger_palm(j, saved_id),
    )
