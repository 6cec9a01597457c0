"""Finger-to-palm readings: saved, replaced for the same day, hand and finger, undone, refused in words."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from journal.core.domain.hand import FingerPalm
from journal.core.errors import ValidationError
from journal.core.operations import hand as ops

D = dt.date


def test_add_edit_delete_and_their_undo(journal):
    added = ops.add_finger_palm(
        journal, FingerPalm.new(date="2026-03-01", hand="right", finger="index", distance_mm=12)
    )
    reading = added.value
    assert added.label == "new right index finger reading of 2026-03-01 (12 mm)"
    assert added.changes.to_plain() == {"hand": [reading.id]}
    changed = ops.edit_finger_palm(journal, dataclasses.replace(reading, distance_mm=9.5))
    assert [r.distance_mm for r in journal.store.finger_palm()] == [9.5]
    changed.undo(journal)
    assert [r.distance_mm for r in journal.store.finger_palm()] == [12.0]
    deleted = ops.delete_finger_palm(journal, journal.store.finger_palm()[0].id)
    assert journal.store.finger_palm() == []
    deleted.undo(journal)
    assert [r.distance_mm for r in journal.store.finger_palm()] == [12.0]


def test_measuring_again_the_same_day_replaces_and_undo_puts_the_first_back(journal):
    ops.add_finger_palm(
        journal, FingerPalm.new(date="2026-03-01", hand="left", finger="ring", distance_mm=20)
    )
    again = ops.add_finger_palm(
        journal, FingerPalm.new(date="2026-03-01", hand="left", finger="ring", distance_mm=18)
    )
    assert [r.distance_mm for r in journal.store.finger_palm()] == [18.0]
    again.undo(journal)
    assert [r.distance_mm for r in journal.store.finger_palm()] == [20.0]


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ({"hand": "both", "finger": "index", "distance_mm": 3}, "'both' is not one of: left, right"),
        (
            {"hand": "left", "finger": "thumb", "distance_mm": 3},
            "'thumb' is not one of: index, middle, ring, little",
        ),
        ({"hand": "left", "finger": "index", "distance_mm": -1}, "out of range"),
        ({"hand": "left", "finger": "index", "distance_mm": 300}, "out of range"),
        ({"hand": "left", "finger": "index", "distance_mm": "far"}, "is not a number"),
        ({"hand": "left", "finger": "index"}, "give the distance in mm"),
    ],
)
def test_bad_readings_are_refused_in_words(journal, raw, words):
    with pytest.raises(ValidationError, match=words):
        ops.add_finger_palm(journal, FingerPalm.new(date="2026-03-01", **raw))
    assert journal.store.finger_palm() == []


def test_an_edit_onto_another_readings_day_is_refused(journal):
    a = ops.add_finger_palm(
        journal, FingerPalm.new(date="2026-03-01", hand="left", finger="ring", distance_mm=20)
    ).value
    ops.add_finger_palm(
        journal, FingerPalm.new(date="2026-03-02", hand="left", finger="ring", distance_mm=19)
    )
    with pytest.raises(ValidationError, match="has a left ring finger reading of its own"):
        ops.edit_finger_palm(journal, dataclasses.replace(a, date=D(2026, 3, 2)))
    assert [r.distance_mm for r in journal.store.finger_palm()] == [20.0, 19.0]


def test_the_new_tables_feed_the_write_log_and_a_bad_row_is_found(journal):
    assert journal.store.writes_are_logged()
    journal.store.conn.execute(
        "INSERT INTO finger_palm (date, hand, finger, distance_mm) VALUES ('2026-13-45', 'left', 'index', 3)"
    )
    journal.store.conn.commit()
    bad = journal.store.bad_rows(written_since_check=True)
    assert [(b.table, b.columns) for b in bad] == [("finger_palm", ("date",))]
