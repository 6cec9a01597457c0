"""Lining up two photos of a site: save an alignment (replacing the pair's earlier one) or
remove it, each undoable. The alignment itself is journal/core/measure/align.py's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.core.domain.model import Photo
from journal.core.language import Words
from journal.core.measure.align import Alignment, Pair
from journal.core.operations.outcome import Changes, Outcome

if TYPE_CHECKING:
    from journal.core.journal import Journal


class AlignmentOperationWords(Words):
    "Undo steps of lining up two photos."


def _changes(*alignments: Alignment | None) -> Changes:
    return Changes.of(alignments=[a.id for a in alignments if a is not None])


def align_photos(
    journal: Journal, first: Photo | int, second: Photo | int, first_points: Pair, second_points: Pair
) -> Outcome[Alignment]:
    """Line up `second` on `first` by the same two landmarks clicked on each (stored-photo
    pixels). A pair lined up before gets the new alignment; the undo puts the old one back."""
    store = journal.store
    one = first if isinstance(first, Photo) else store.photo(first)
    two = second if isinstance(second, Photo) else store.photo(second)
    alignment = Alignment.new(
        first_sha256=one.sha256,
        second_sha256=two.sha256,
        first_points=first_points,
        second_points=second_points,
    )
    with store.transaction():
        before = store.alignment_for(one.sha256, two.sha256)
        saved = store.put_alignment(alignment)
    return _saved_outcome(saved, before, AlignmentOperationWords.tr("lined up two photos"))


def _saved_outcome(saved: Alignment, before: Alignment | None, label: str) -> Outcome[Alignment]:
    assert saved.id is not None
    saved_id = saved.id

    def undo(journal: Journal) -> Outcome[Alignment]:
        if before is None:
            return remove_alignment(journal, saved_id)
        return _put(journal, before, saved, AlignmentOperationWords.tr("lined up the two photos as before"))

    return Outcome(saved, _changes(saved, before), label, undo=undo)


def _put(journal: Journal, alignment: Alignment, other: Alignment, label: str) -> Outcome[Alignment]:
    """Put `alignment` back in place of the pair's current one; the undo puts `other` back."""
    with journal.store.transaction():
        saved = journal.store.put_alignment(alignment)
    return _saved_outcome(saved, other, label)


def remove_alignment(journal: Journal, alignment_id: int) -> Outcome[Alignment]:
    """Forget how a pair was lined up; the undo brings the same alignment back (same id)."""
    with journal.store.transaction():
        removed = journal.store.delete_alignment(alignment_id)

    def undo(j: Journal) -> Outcome[Alignment]:
        with j.store.transaction():
            restored = j.store.put_alignment(removed)
        return Outcome(
            restored,
            _changes(restored),
            AlignmentOperationWords.tr("lined up the two photos again"),
            undo=lambda jj: remove_alignment(jj, alignment_id),
        )

    return Outcome(
        removed,
        _changes(removed),
        AlignmentOperationWords.tr("removed the alignment of two photos"),
        undo=undo,
    )
