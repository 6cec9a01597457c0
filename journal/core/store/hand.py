"""Hand function readings: the finger-to-palm distance (migration 0011)."""

from __future__ import annotations

import datetime as dt

from journal.core.domain.codec import from_row, to_row
from journal.core.domain.hand import FingerPalm
from journal.core.errors import NotFound
from journal.core.language import Words
from journal.core.store.base import StoreBase, date_range


class StoreHandWords(Words):
    "Refusal of an unknown finger-to-palm reading."


class Hand(StoreBase):
    def finger_palm(self, since: dt.date | None = None, until: dt.date | None = None) -> list[FingerPalm]:
        where, params = date_range("date", since, until)
        rows = self._rows(f"SELECT * FROM finger_palm WHERE {where} ORDER BY date, hand, finger, id", params)
        return [from_row(FingerPalm, row) for row in rows]

    def finger_palm_reading(self, reading_id: int) -> FingerPalm:
        rows = self._rows("SELECT * FROM finger_palm WHERE id = ?", [reading_id])
        if not rows:
            raise NotFound(StoreHandWords.tr("no finger-to-palm reading with id {id}").format(id=reading_id))
        return from_row(FingerPalm, rows[0])

    def finger_palm_same(self, reading: FingerPalm) -> FingerPalm | None:
        """The reading saved for the same day, hand and finger, if any."""
        rows = self._rows(
            "SELECT * FROM finger_palm WHERE date = ? AND hand = ? AND finger = ?",
            [reading.date.isoformat(), reading.hand, reading.finger],
        )
        return from_row(FingerPalm, rows[0]) if rows else None

    def put_finger_palm(self, reading: FingerPalm) -> FingerPalm:
        """Save `reading`, with its own id when it has one (an undo puts a row back as it was)."""
        row = to_row(reading)
        with self.transaction():
            cursor = self.conn.execute(
                f"INSERT INTO finger_palm ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
        return from_row(FingerPalm, {**row, "id": cursor.lastrowid})

    def delete_finger_palm(self, reading_id: int) -> FingerPalm:
        with self.transaction():
            removed = self.finger_palm_reading(reading_id)
            self.conn.execute("DELETE FROM finger_palm WHERE id = ?", [reading_id])
        return removed
