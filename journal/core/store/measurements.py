"""Measurements on photos: the reference and the segments clicked, in the photo's pixels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from journal.core.errors import NotFound
from journal.core.language import Words
from journal.core.measure.geometry import Segment
from journal.core.measure.model import Measurement, Reference
from journal.core.store.base import StoreBase


class StoreMeasurementWords(Words):
    "Refusals of an unknown photo or measurement."


_COLUMNS = (
    "photo_id",
    "reference_kind",
    "reference_x1",
    "reference_y1",
    "reference_x2",
    "reference_y2",
    "reference_mm",
    "coin_key",
    "length_x1",
    "length_y1",
    "length_x2",
    "length_y2",
    "width_x1",
    "width_y1",
    "width_x2",
    "width_y2",
    "created_at",
)
# Newest last: in the order they were made (ids break a tie within a second).
_ORDER = "created_at, id"


def _row(m: Measurement) -> list[Any]:
    width = m.width.to_plain() if m.width is not None else [None] * 4
    created = m.created_at or dt.datetime.now().replace(microsecond=0)
    return [
        m.photo_id,
        m.reference.kind,
        *m.reference.segment.to_plain(),
        m.reference.length_mm,
        m.reference.coin_key,
        *m.length.to_plain(),
        *width,
        created.isoformat(timespec="seconds"),
    ]


def _measurement(row: dict[str, Any]) -> Measurement:
    """A stored row as a Measurement; trusted as written by `add_measurement` (validated then)."""
    ref = Segment.of(row["reference_x1"], row["reference_y1"], row["reference_x2"], row["reference_y2"])
    width = (
        None
        if row["width_x1"] is None
        else Segment.of(row["width_x1"], row["width_y1"], row["width_x2"], row["width_y2"])
    )
    return Measurement(
        photo_id=int(row["photo_id"]),
        reference=Reference(row["reference_kind"], ref, float(row["reference_mm"]), row["coin_key"]),
        length=Segment.of(row["length_x1"], row["length_y1"], row["length_x2"], row["length_y2"]),
        width=width,
        created_at=dt.datetime.fromisoformat(row["created_at"]),
        id=int(row["id"]),
    )


class Measurements(StoreBase):
    def add_measurement(self, measurement: Measurement) -> Measurement:
        """Save a measurement (a restored one keeps its id); NotFound if its photo is gone."""
        if not self._rows("SELECT id FROM photos WHERE id = ?", [measurement.photo_id]):
            raise NotFound(
                StoreMeasurementWords.tr("There is no photo with id {id}.").format(id=measurement.photo_id)
            )
        columns = list(_COLUMNS)
        values = _row(measurement)
        if measurement.id is not None:
            columns.insert(0, "id")
            values.insert(0, measurement.id)
        with self.transaction():
            cursor = self.conn.execute(
                f"INSERT INTO measurements ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                values,
            )
        return self.measurement(int(cursor.lastrowid or 0))

    def measurement(self, measurement_id: int) -> Measurement:
        rows = self._rows("SELECT * FROM measurements WHERE id = ?", [measurement_id])
        if not rows:
            raise NotFound(
                StoreMeasurementWords.tr("There is no measurement with id {id}.").format(id=measurement_id)
            )
        return _measurement(rows[0])

    def delete_measurement(self, measurement_id: int) -> Measurement:
        """Delete one measurement; return it so the deletion can be undone."""
        with self.transaction():
            gone = self.measurement(measurement_id)
            self.conn.execute("DELETE FROM measurements WHERE id = ?", [measurement_id])
        return gone

    def measurements_for_photo(self, photo_id: int) -> list[Measurement]:
        """The photo's measurements, newest last."""
        rows = self._rows(f"SELECT * FROM measurements WHERE photo_id = ? ORDER BY {_ORDER}", [photo_id])
        return [_measurement(row) for row in rows]

    def measurements_of_photos(self, photo_ids: Iterable[int]) -> list[Measurement]:
        """The measurements of these photos, newest last."""
        ids = list(photo_ids)
        out: list[Measurement] = []
        for start in range(0, len(ids), 500):  # well under SQLite's limit on bound parameters
            chunk = ids[start : start + 500]
            rows = self._rows(
                f"SELECT * FROM measurements WHERE photo_id IN ({', '.join('?' * len(chunk))}) ORDER BY {_ORDER}",
                chunk,
            )
            out += [_measurement(row) for row in rows]
        return sorted(out, key=lambda m: (m.created_at or dt.datetime.min, m.id or 0))

    def measurements_of_entry(self, entry_id: int) -> list[Measurement]:
        """The measurements on any photo of the entry, newest last."""
        rows = self._rows(
            "SELECT m.* FROM measurements m JOIN photos p ON p.id = m.photo_id "
            f"WHERE p.entry_id = ? ORDER BY m.{_ORDER.replace(', ', ', m.')}",
            [entry_id],
        )
        return [_measurement(row) for row in rows]

    def latest_measurement_for_entry(self, entry_id: int) -> Measurement | None:
        """The newest measurement on any photo of the entry, or None."""
        found = self.measurements_of_entry(entry_id)
        return found[-1] if found else None

    def latest_measurements(self) -> dict[int, Measurement]:
        """The newest measurement of each entry that has one, by entry id (for the charts and
        the growth rule: an entry's photo-measured size carries that measurement's uncertainty)."""
        rows = self._rows(
            "SELECT p.entry_id AS entry_id_, m.* FROM measurements m JOIN photos p ON p.id = m.photo_id "
            "ORDER BY m.created_at, m.id"
        )
        return {int(row["entry_id_"]): _measurement(row) for row in rows}
