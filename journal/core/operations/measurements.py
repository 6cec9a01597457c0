"""Measuring a bump on a photo: the measurement is kept with its photo, and its size goes into
the photo's entry (size, width, "measured on a photo"). Each step undoes to the state before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.core.domain.model import Entry, Photo, to_plain
from journal.core.errors import NotFound, ValidationError
from journal.core.language import Words, number
from journal.core.measure.geometry import Segment
from journal.core.measure.model import Measurement, Reference
from journal.core.operations.outcome import Changes, Outcome

if TYPE_CHECKING:
    from journal.core.journal import Journal


class MeasurementOperationWords(Words):
    "Undo steps and refusals of measuring on a photo."


Measured = tuple[Measurement, Entry]


def _photo_entry(journal: Journal, photo_id: int) -> Entry:
    try:
        return journal.store.entry(journal.store.photo(photo_id).entry_id)
    except NotFound:
        raise NotFound(
            MeasurementOperationWords.tr("There is no photo with id {id}; nothing was measured.").format(
                id=photo_id
            )
        ) from None


def _measured_entry(entry: Entry, measurement: Measurement) -> Entry:
    """The entry with the measurement's sizes, in the 0.1 mm steps every size is kept in."""
    width = measurement.width_mm
    return Entry.new(
        **{
            **to_plain(entry),
            "size_mm": round(measurement.length_mm, 1),
            "width_mm": None if width is None else round(width, 1),
            "size_method": "photo",
        }
    )


def _inside(photo: Photo, segments: tuple[tuple[str, Segment | None], ...]) -> None:
    """Every clicked point lies on the photo (pixels of the stored file, edges included)."""
    for field, segment in segments:
        for x, y in () if segment is None else (segment.a, segment.b):
            if not (0 <= x <= photo.width and 0 <= y <= photo.height):
                raise ValidationError(
                    field,
                    MeasurementOperationWords.tr(
                        "the point {x},{y} is outside the photo ({width} x {height} pixels)"
                    ).format(x=f"{x:g}", y=f"{y:g}", width=photo.width, height=photo.height),
                )


def _short(value: float) -> str:
    """A size as short as it is exact (as "{:g}" writes it: "12", "12.5"), in the locale's way."""
    written = f"{value:g}"
    return number(value, len(written.partition(".")[2])) if "e" not in written else written


def _about(journal: Journal, entry: Entry) -> dict[str, str]:
    return {"site": journal.store.site(entry.site_id).name, "date": entry.date.isoformat()}


def _changes(measurement: Measurement, entry: Entry) -> Changes:
    return Changes.of(measurements=[measurement.id], entries=[entry.id], sites=[entry.site_id])


def measure_photo(
    journal: Journal,
    photo_id: int,
    reference: Reference,
    length: Segment,
    width: Segment | None = None,
) -> Outcome[Measured]:
    """Save a measurement of the photo and put its size into the photo's entry."""
    before = _photo_entry(journal, photo_id)
    photo = journal.store.photo(photo_id)
    measurement = Measurement.new(photo_id, reference, length, width)
    _inside(photo, (("reference", reference.segment), ("length", length), ("width", width)))
    after = _measured_entry(before, measurement)
    with journal.store.transaction():
        saved = journal.store.add_measurement(measurement)
        journal.store.update_entry(after)
    return _measured(journal, saved, before, after)


def _measured(journal: Journal, saved: Measurement, before: Entry, after: Entry) -> Outcome[Measured]:
    return Outcome(
        (saved, after),
        _changes(saved, after),
        MeasurementOperationWords.tr(
            "measured {size} ± {uncertainty} mm on a photo of the entry for {site} on {date}"
        ).format(
            size=_short(after.size_mm or 0.0),
            uncertainty=number(saved.length_uncertainty_mm, 1),
            **_about(journal, after),
        ),
        undo=lambda j: _unmeasure(j, saved, before, after),
    )


def _unmeasure(journal: Journal, saved: Measurement, before: Entry, after: Entry) -> Outcome[Measured]:
    """The undo of measure_photo: the measurement goes, the entry's values come back."""
    assert saved.id is not None
    with journal.store.transaction():
        journal.store.delete_measurement(saved.id)
        journal.store.replace_record(before)
    return Outcome(
        (saved, before),
        _changes(saved, before),
        MeasurementOperationWords.tr(
            "took back the measurement on a photo of the entry for {site} on {date}"
        ).format(**_about(journal, before)),
        undo=lambda j: _remeasure(j, saved, before, after),
    )


def _remeasure(journal: Journal, saved: Measurement, before: Entry, after: Entry) -> Outcome[Measured]:
    """The redo: the same measurement (its id) and the entry's measured values again."""
    with journal.store.transaction():
        restored = journal.store.add_measurement(saved)
        journal.store.replace_record(after)
    return _measured(journal, restored, before, after)


def remove_measurement(journal: Journal, measurement_id: int) -> Outcome[Measurement]:
    """Delete a measurement; the entry's size stays as it is (it was the person's to keep)."""
    try:
        with journal.store.transaction():
            gone = journal.store.delete_measurement(measurement_id)
    except NotFound:
        raise NotFound(
            MeasurementOperationWords.tr("There is no measurement with id {id}; nothing was changed.").format(
                id=measurement_id
            )
        ) from None
    entry = _photo_entry(journal, gone.photo_id)
    return Outcome(
        gone,
        _changes(gone, entry),
        MeasurementOperationWords.tr(
            "removed the measurement on a photo of the entry for {site} on {date}"
        ).format(**_about(journal, entry)),
        undo=lambda j: restore_measurement(j, gone),
    )


def restore_measurement(journal: Journal, measurement: Measurement) -> Outcome[Measurement]:
    """Put a removed measurement back with its own id (the undo of remove_measurement)."""
    assert measurement.id is not None
    measurement_id = measurement.id
    with journal.store.transaction():
        restored = journal.store.add_measurement(measurement)
    entry = _photo_entry(journal, restored.photo_id)
    return Outcome(
        restored,
        _changes(restored, entry),
        MeasurementOperationWords.tr(
            "restored the measurement on a photo of the entry for {site} on {date}"
        ).format(**_about(journal, entry)),
        undo=lambda j: remove_measurement(j, measurement_id),
    )
