"""Measuring on a photo through the operations: the entry takes the size, undo and redo go both
ways, and a measurement lives and dies with its photo (and comes back with it)."""

from __future__ import annotations

import dataclasses

import pytest

from journal.core.domain.model import Entry, Site
from journal.core.errors import NotFound, ValidationError
from journal.core.measure.geometry import Segment
from journal.core.measure.model import Reference
from journal.core.operations import entries as entry_ops
from journal.core.operations import measurements as ops

RULER = Reference.new(kind="ruler", length_mm=10, segment=(100, 100, 300, 100))  # 0.05 mm a pixel
LENGTH = Segment.of(400, 400, 520, 400)  # 6.0 mm
WIDTH = Segment.of(460, 360, 460, 440)  # 4.0 mm


@pytest.fixture
def photographed(journal, samples):
    site = journal.store.add_site(Site.new(name="Left elbow", kind="deposit", region="elbow"))
    entry, photos = entry_ops.add_entry(
        journal,
        Entry.new(site_id=site.id, date="2026-03-01", pain=3, size_mm=5.0, size_method="ruler"),
        [samples / "photos" / "forearm_2026-03-01.jpg", samples / "photos" / "elbow_no_exif.png"],
    ).value
    return entry, photos


def test_measuring_a_photo_fills_the_entry_and_undo_puts_it_back(journal, photographed):
    entry, photos = photographed
    done = ops.measure_photo(journal, photos[0].id, RULER, LENGTH, WIDTH)
    measurement, measured = done.value
    assert (measured.size_mm, measured.width_mm, measured.size_method) == (6.0, 4.0, "photo")
    assert journal.store.entry(entry.id) == measured
    assert journal.store.measurements_for_photo(photos[0].id) == [measurement]
    assert journal.store.latest_measurement_for_entry(entry.id) == measurement
    assert done.changes.to_plain() == {
        "entries": [entry.id],
        "measurements": [measurement.id],
        "sites": [entry.site_id],
    }
    assert done.changes.alerts_may_change
    assert done.label.startswith("measured 6 ± ")

    undone = done.undo(journal)
    assert journal.store.entry(entry.id) == entry  # size 5.0 by ruler, no width
    assert journal.store.measurements_for_photo(photos[0].id) == []
    redone = undone.undo(journal)
    assert journal.store.entry(entry.id) == measured
    assert journal.store.measurements_for_photo(photos[0].id) == [measurement]  # the same id
    assert redone.undo is not None


def test_a_newer_measurement_is_the_entrys_latest(journal, photographed):
    entry, photos = photographed
    first = ops.measure_photo(journal, photos[0].id, RULER, LENGTH).value[0]
    second = ops.measure_photo(journal, photos[1].id, RULER, WIDTH).value[0]
    assert journal.store.latest_measurement_for_entry(entry.id) == second
    assert journal.store.measurements_for_photo(photos[0].id) == [first]
    assert journal.store.entry(entry.id).width_mm is None  # the newest measured no width


def test_removing_a_measurement_keeps_the_size_and_undo_brings_it_back(journal, photographed):
    entry, photos = photographed
    measurement, measured = ops.measure_photo(journal, photos[0].id, RULER, LENGTH).value
    removed = ops.remove_measurement(journal, measurement.id)
    assert journal.store.measurements_for_photo(photos[0].id) == []
    assert journal.store.entry(entry.id) == measured
    removed.undo(journal)
    assert journal.store.measurements_for_photo(photos[0].id) == [measurement]


@pytest.mark.parametrize(
    ("photo_id", "length", "error"),
    [
        (999, LENGTH, NotFound),
        (None, Segment.of(5, 5, 5, 5), ValidationError),
        (None, Segment.of(0, 0, 3000, 0), ValidationError),  # 150 mm: over the 100 mm a size may be
    ],
)
def test_bad_input_changes_nothing(journal, photographed, photo_id, length, error):
    entry, photos = photographed
    with pytest.raises(error):
        ops.measure_photo(journal, photo_id or photos[0].id, RULER, length)
    assert journal.store.entry(entry.id) == entry
    assert journal.store.measurements_for_photo(photos[0].id) == []


def test_a_measurement_is_deleted_with_its_photo_and_restored_with_it(journal, photographed):
    entry, photos = photographed
    measurement = ops.measure_photo(journal, photos[0].id, RULER, LENGTH).value[0]

    removed = entry_ops.remove_photo(journal, photos[0].id)
    assert journal.store.latest_measurement_for_entry(entry.id) is None
    removed.undo(journal)
    assert journal.store.measurements_for_photo(photos[0].id) == [measurement]

    deleted = entry_ops.delete_entry(journal, entry.id)
    assert journal.store.latest_measurement_for_entry(entry.id) is None
    deleted.undo(journal)
    assert journal.store.measurements_for_photo(photos[0].id) == [measurement]


def test_an_edit_and_its_undo_keep_the_measurements(journal, photographed):
    entry, photos = photographed
    measurement = ops.measure_photo(journal, photos[0].id, RULER, LENGTH).value[0]
    edited = entry_ops.edit_entry(journal, dataclasses.replace(journal.store.entry(entry.id), pain=6))
    undone = edited.undo(journal)
    assert journal.store.measurements_for_photo(photos[0].id) == [measurement]
    undone.undo(journal)
    assert journal.store.measurements_for_photo(photos[0].id) == [measurement]
    assert journal.store.entry(entry.id).pain == 6


def test_deleting_a_site_and_undoing_it_brings_its_measurements_back(journal, photographed):
    from journal.core.operations import sites as site_ops

    entry, photos = photographed
    measurement = ops.measure_photo(journal, photos[0].id, RULER, LENGTH).value[0]
    deleted = site_ops.delete_site(journal, entry.site_id, with_entries=True)
    assert journal.store.latest_measurement_for_entry(entry.id) is None
    restored = deleted.undo(journal)
    assert journal.store.measurements_for_photo(photos[0].id) == [measurement]
    restored.undo(journal)  # redo: gone again
    assert journal.store.latest_measurement_for_entry(entry.id) is None
