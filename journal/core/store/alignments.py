"""Photo alignments: two photos of a site lined up by landmarks (journal/core/measure/align.py)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from journal.core.errors import NotFound
from journal.core.language import Words
from journal.core.store.base import StoreBase


class StoreAlignmentWords(Words):
    "Refusal of an unknown photo alignment."


if TYPE_CHECKING:  # imported where rows are read: opening a journal does not need it
    from journal.core.measure.align import Alignment

_POINTS = ("x1", "y1", "x2", "y2")


class Alignments(StoreBase):
    def alignment_for(self, first_sha256: str, second_sha256: str) -> Alignment | None:
        """The alignment of these two pictures, oriented first -> second, or None."""
        rows = self._rows(
            "SELECT * FROM photo_alignments WHERE (first_sha256 = ? AND second_sha256 = ?) "
            "OR (first_sha256 = ? AND second_sha256 = ?)",
            [first_sha256, second_sha256, second_sha256, first_sha256],
        )
        return _alignment(rows[0]).for_pair(first_sha256, second_sha256) if rows else None

    def alignment(self, alignment_id: int) -> Alignment:
        rows = self._rows("SELECT * FROM photo_alignments WHERE id = ?", [alignment_id])
        if not rows:
            raise NotFound(StoreAlignmentWords.tr("no photo alignment with id {id}").format(id=alignment_id))
        return _alignment(rows[0])

    def put_alignment(self, alignment: Alignment) -> Alignment:
        """Save an alignment, replacing the pair's earlier one; with an id, it keeps that id
        (the undo of a removal). Returns it as saved."""
        created = alignment.created_at or dt.datetime.now().replace(microsecond=0)
        row: dict[str, Any] = {
            "first_sha256": alignment.first_sha256,
            "second_sha256": alignment.second_sha256,
            **{f"first_{k}": v for k, v in zip(_POINTS, _flat(alignment.first_points), strict=True)},
            **{f"second_{k}": v for k, v in zip(_POINTS, _flat(alignment.second_points), strict=True)},
            "created_at": created.isoformat(),
        }
        if alignment.id is not None:
            row["id"] = alignment.id
        with self.transaction():
            self.conn.execute(
                "DELETE FROM photo_alignments WHERE (first_sha256 = ? AND second_sha256 = ?) "
                "OR (first_sha256 = ? AND second_sha256 = ?)",
                [
                    alignment.first_sha256,
                    alignment.second_sha256,
                    alignment.second_sha256,
                    alignment.first_sha256,
                ],
            )
            cursor = self.conn.execute(
                f"INSERT INTO photo_alignments ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
        return self.alignment(int(cursor.lastrowid or 0))

    def count_alignments(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM photo_alignments").fetchone()[0])

    def delete_alignment(self, alignment_id: int) -> Alignment:
        """Delete one alignment; returns it as it was, so the deletion can be undone."""
        with self.transaction():
            removed = self.alignment(alignment_id)
            self.conn.execute("DELETE FROM photo_alignments WHERE id = ?", [alignment_id])
        return removed


def _flat(pair: tuple[tuple[float, float], tuple[float, float]]) -> tuple[float, float, float, float]:
    (x1, y1), (x2, y2) = pair
    return (x1, y1, x2, y2)


def _alignment(row: dict[str, Any]) -> Alignment:
    from journal.core.measure.align import Alignment

    def pair(side: str) -> tuple[tuple[float, float], tuple[float, float]]:
        x1, y1, x2, y2 = (float(row[f"{side}_{k}"]) for k in _POINTS)
        return ((x1, y1), (x2, y2))

    return Alignment(
        first_sha256=row["first_sha256"],
        second_sha256=row["second_sha256"],
        first_points=pair("first"),
        second_points=pair("second"),
        created_at=dt.datetime.fromisoformat(row["created_at"]),
        id=int(row["id"]),
    )
