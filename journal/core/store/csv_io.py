"""CSV import (journal/core/csv/importer.py) and export (journal/core/csv/export.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from journal.core.domain.codec import to_row
from journal.core.domain.model import Entry, Photo
from journal.core.store.base import StoreBase


class CsvIO(StoreBase):
    # -- CSV import (journal/core/csv/importer.py) ----------------------------------------
    def add_entries_bulk(self, entries: Iterable[tuple[Entry, Iterable[Photo]]]) -> int:
        """Insert many validated entries with their photo rows in one transaction, without
        reading each back (a 100k-row import); returns how many entries were added."""
        added = 0
        with self.transaction():
            for entry, photos in entries:
                row = to_row(entry)
                cursor = self.conn.execute(
                    f"INSERT INTO entries ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                    list(row.values()),
                )
                for photo in photos:
                    self._insert_photo(photo, int(cursor.lastrowid or 0))
                added += 1
        return added

    # -- CSV export (journal/core/csv/export.py) -----------------------------------
    def csv_cursor(self, kind: str) -> sqlite3.Cursor:
        """The rows of one CSV file (see csv_format.COLUMNS), ready to write as they come:
        site names instead of ids, yes/no, free text guarded against formulas. Entries come
        as (site, the columns date to restricted_movement already joined by commas, note)."""
        return self.conn.execute(_CSV_QUERIES[kind])


# -- CSV export queries (journal/core/csv/export.py) -----------------------------------
def _guard(column: str) -> str:
    """SQL for csv_format.neutralise: a leading quote before text that starts with quotes
    and then = + - @ tab or CR (code points 61 43 45 64 9 13; 39 is the quote)."""
    return (
        f"CASE WHEN unicode({column}) IN (9, 13, 39, 43, 45, 61, 64) "
        f"AND unicode(ltrim({column}, '''')) IN (9, 13, 43, 45, 61, 64) "
        f"THEN '''' || {column} ELSE {column} END"
    )


def _yes_no(column: str) -> str:
    return f"CASE {column} WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END AS {column.split('.')[-1]}"


_ENTRY_FLAGS = {"shiny", "pale", "hair_thinning", "inflamed", "ulcerated", "discharge", "restricted_movement"}
_ENTRY_COLUMNS = ("date", *Entry.VALUE_FIELDS)
# Dates, numbers, yes/no and words from choices.py never need CSV quotes, so SQLite joins
# them into one ready-made piece of the line (printf's %s leaves NULL empty): a third of
# the Python objects per row, which is what keeps 100k entries near the shell's speed.
_ENTRY_PLAIN = "printf('{}', {})".format(
    ",".join(["%s"] * len(_ENTRY_COLUMNS)),
    ", ".join(
        f"CASE e.{c} WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END" if c in _ENTRY_FLAGS else f"e.{c}"
        for c in _ENTRY_COLUMNS
    ),
)
# Entries in the order they were recorded (rowid order: no sort); the export numbers them
# 1, 2, 3 ... as it writes, and photos refer to that number (`entry`).
_CSV_QUERIES = {
    "sites": (
        f"SELECT {_guard('name')} AS name, kind, region, {_yes_no('near_joint')}, diagnosed_type, "
        f"resolved_on, {_yes_no('archived')}, reminder_days, {_guard('notes')} AS notes FROM sites ORDER BY id"
    ),
    "entries": (
        f"WITH s AS MATERIALIZED (SELECT id, {_guard('name')} AS name FROM sites) "
        f"SELECT s.name AS site, {_ENTRY_PLAIN} AS plain_values, {_guard('e.note')} AS note "
        "FROM entries e JOIN s ON s.id = e.site_id ORDER BY e.id"
    ),
    "photos": (
        "WITH k AS MATERIALIZED (SELECT id, site_id, date, row_number() OVER (ORDER BY id) AS n FROM entries) "
        f"SELECT k.n AS entry, {_guard('s.name')} AS site, k.date AS date, p.sha256, p.ext, p.taken_on, "
        f"p.width, p.height, {_guard('p.original_name')} AS original_name "
        "FROM photos p JOIN k ON k.id = p.entry_id JOIN sites s ON s.id = k.site_id ORDER BY k.id, p.id"
    ),
    "daily": (
        f"SELECT date, {_yes_no('fatigue')}, {_yes_no('weakness')}, {_yes_no('urination_changes')}, stress, "
        f"{_guard('note')} AS note FROM daily_checks ORDER BY date"
    ),
    "labs": (
        f"SELECT date, {_guard('test')} AS test, value, {_guard('unit')} AS unit, low, high, {_guard('note')} AS note "
        "FROM labs ORDER BY date, id"
    ),
    "care": (
        f"SELECT date, kind, {_guard('what')} AS what, amount, {_guard('unit')} AS unit, minutes, "
        f"{_guard('note')} AS note FROM care ORDER BY date, id"
    ),
    "visits": (
        f"SELECT v.date, {_guard('v.clinician')} AS clinician, {_guard('v.findings')} AS findings, "
        f"{_guard('v.note')} AS note, {_guard('s.name')} AS site, v.ultrasound_mm, v.ultrasound_depth_mm, "
        f"{_guard('v.xray')} AS xray, {_yes_no('v.biopsy')}, {_guard('v.biopsy_result')} AS biopsy_result, "
        "v.named_type FROM visits v LEFT JOIN sites s ON s.id = v.site_id ORDER BY v.date, v.id"
    ),
    "site_phases": (
        f"SELECT {_guard('s.name')} AS site, p.date, p.phase, {_guard('p.note')} AS note "
        "FROM site_phases p JOIN sites s ON s.id = p.site_id ORDER BY s.id, p.date"
    ),
    "finger_palm": (
        f"SELECT date, hand, finger, distance_mm, {_guard('note')} AS note "
        "FROM finger_palm ORDER BY date, hand, finger, id"
    ),
}
