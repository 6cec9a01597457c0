"""Entries and their photos: add, edit, delete, and the undo of each.

An entry's whole state is the entry row and its photo rows. Undoing an edit or a deletion puts
one whole state back, rows with their own ids (`store.restore_entry`), so a photo taken off in
an edit returns as the same row; photo files are named by their hash and stay on disk while a
step that may bring them back exists (`Outcome.photo_shas`, photos.prune). A photo's
measurements go with its row (ON DELETE CASCADE), so each step that puts photo rows back puts
their measurements back too, with their ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from journal.core.domain.model import Entry, Photo
from journal.core.language import Words
from journal.core.measure.model import Measurement
from journal.core.operations.outcome import Changes, Outcome
from journal.core.photos.pipeline import PreparedPhoto

if TYPE_CHECKING:
    from journal.core.journal import Journal


class EntryOperationWords(Words):
    "Undo steps and refusals of entries and their photos."


EntryState = tuple[Entry, list[Photo]]
PhotoSource = Path | str | PreparedPhoto


def _prepared(journal: Journal, photos: Iterable[PhotoSource], entry: Entry) -> list[PreparedPhoto]:
    """Photos decoded and checked before anything is written (one bad file stores nothing);
    the window prepares them in a worker and passes them ready."""
    ready = list(photos)
    paths = [p for p in ready if not isinstance(p, PreparedPhoto)]
    decoded = iter(journal.prepare_photos(paths, entry.date)) if paths else iter(())
    return [p if isinstance(p, PreparedPhoto) else next(decoded) for p in ready]


def _changes(state: EntryState, *more: EntryState) -> Changes:
    states = (state, *more)
    return Changes.of(
        entries=[s[0].id for s in states],
        photos=[p.id for s in states for p in s[1]],
        sites={s[0].site_id for s in states},
    )


def _shas(*states: EntryState) -> frozenset[str]:
    return frozenset(p.sha256 for state in states for p in state[1])


def _put_back(journal: Journal, measurements: Iterable[Measurement], photos: Iterable[Photo]) -> None:
    """Restore the measurements of these (restored) photos, with their own ids."""
    present = {p.id for p in photos}
    for measurement in measurements:
        if measurement.photo_id in present:
            journal.store.add_measurement(measurement)


def _about(journal: Journal, entry: Entry) -> dict[str, str]:
    """The site and the day that name an entry in an undo step's words."""
    return {"site": journal.store.site(entry.site_id).name, "date": entry.date.isoformat()}


def describe(journal: Journal, entry: Entry) -> str:
    """ "the entry for Left elbow on 2026-11-02" """
    return f"the entry for {journal.store.site(entry.site_id).name} on {entry.date.isoformat()}"


def add_entry(journal: Journal, entry: Entry, photos: Sequence[PhotoSource] = ()) -> Outcome[EntryState]:
    prepared = _prepared(journal, photos, entry)
    if prepared:
        journal.store.site(entry.site_id)  # an unknown site is refused before a file is written
    saved = journal.add_prepared_entry(entry, prepared)
    assert saved[0].id is not None
    entry_id = saved[0].id
    return Outcome(
        saved,
        _changes(saved),
        EntryOperationWords.tr("new entry: the entry for {site} on {date}").format(
            **_about(journal, saved[0])
        ),
        undo=lambda j: delete_entry(j, entry_id),
        photo_shas=_shas(saved),
    )


def delete_entry(journal: Journal, entry_id: int) -> Outcome[EntryState]:
    with journal.store.transaction():
        measured = journal.store.measurements_of_entry(entry_id)
        removed = journal.store.delete_entry(entry_id)
    return Outcome(
        removed,
        _changes(removed),
        EntryOperationWords.tr("deleted the entry for {site} on {date}").format(
            **_about(journal, removed[0])
        ),
        undo=lambda j: restore_entry(j, removed, measured),
        photo_shas=_shas(removed),
    )


def restore_entry(
    journal: Journal, state: EntryState, measurements: Iterable[Measurement] = ()
) -> Outcome[EntryState]:
    """Put a deleted entry back with its own id, photo rows and their measurements (the undo of a deletion)."""
    entry_id = state[0].id
    assert entry_id is not None
    with journal.store.transaction():
        restored = journal.store.restore_entry(*state)
        _put_back(journal, measurements, restored[1])
    return Outcome(
        restored,
        _changes(restored),
        EntryOperationWords.tr("restored the entry for {site} on {date}").format(
            **_about(journal, restored[0])
        ),
        undo=lambda j: delete_entry(j, entry_id),
        photo_shas=_shas(restored),
    )


def edit_entry(
    journal: Journal,
    entry: Entry,
    add_photos: Sequence[PhotoSource] = (),
    remove_photo_ids: Iterable[int] = (),
) -> Outcome[EntryState]:
    """Change an entry's values, add photos and take photos off, in one transaction."""
    assert entry.id is not None
    before: EntryState = (journal.store.entry(entry.id), journal.store.photos(entry_id=entry.id))
    measured = journal.store.measurements_of_entry(entry.id)  # a photo taken off takes its own along
    prepared = _prepared(journal, add_photos, entry)
    removing = set(remove_photo_ids)
    unknown = removing - {p.id for p in before[1]}
    if unknown:
        from journal.core.errors import NotFound

        raise NotFound(
            EntryOperationWords.tr("photo {photo} is not a photo of entry {entry}").format(
                photo=min(unknown), entry=entry.id
            )
        )
    with journal.store.transaction():
        journal.store.update_entry(entry)
        for photo_id in sorted(removing):
            journal.store.delete_photo(photo_id)
        if prepared:
            journal.add_prepared_photos(entry.id, prepared)
    after: EntryState = (journal.store.entry(entry.id), journal.store.photos(entry_id=entry.id))
    return _state_outcome(journal, after, before, _changed(journal, after[0]), measured)


def _changed(journal: Journal, entry: Entry) -> str:
    return EntryOperationWords.tr("changed the entry for {site} on {date}").format(**_about(journal, entry))


def put_entry_state(
    journal: Journal,
    state: EntryState,
    other: EntryState,
    label: str,
    measurements: Sequence[Measurement] | None = None,
) -> Outcome[EntryState]:
    """Replace the entry's current state by `state` (rows with their ids) and the measurements of
    its photos (by default those there now); the undo puts `other` back with what is there now."""
    entry_id = state[0].id
    assert entry_id is not None
    with journal.store.transaction():
        current = journal.store.measurements_of_entry(entry_id)
        journal.store.delete_entry(entry_id)
        journal.store.restore_entry(*state)
        _put_back(journal, current if measurements is None else measurements, state[1])
    return _state_outcome(journal, state, other, label, current)


def _state_outcome(
    journal: Journal,
    now: EntryState,
    before: EntryState,
    label: str,
    measured_before: Sequence[Measurement] | None = None,
) -> Outcome[EntryState]:
    return Outcome(
        now,
        _changes(now, before),
        label,
        undo=lambda j: put_entry_state(j, before, now, _changed(j, before[0]), measured_before),
        photo_shas=_shas(now, before),
    )


def add_photos(journal: Journal, entry_id: int, photos: Sequence[PhotoSource]) -> Outcome[EntryState]:
    """Add photos to a saved entry (the command line's `photos add`)."""
    return edit_entry(journal, journal.store.entry(entry_id), add_photos=photos)


def remove_photo(journal: Journal, photo_id: int) -> Outcome[EntryState]:
    """Take one photo off its entry; the undo puts the same photo row back."""
    photo = journal.store.photo(photo_id)
    return edit_entry(journal, journal.store.entry(photo.entry_id), remove_photo_ids=[photo_id])
