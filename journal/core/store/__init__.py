"""The store: the one place that speaks SQL. Everything else gets dataclasses.

Every write runs in a transaction (`Database.atomic`), so a refused or interrupted
change leaves the journal as it was. Methods that change data return what they changed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import sqlite_utils

from journal.core.codec import from_row, to_row
from journal.core.errors import NotFound, ValidationError
from journal.core.model import CareEvent, DailyCheck, Entry, LabResult, Photo, Site, Visit

if TYPE_CHECKING:  # imported where rows are read: the alerts package is not needed to open a journal
    from journal.core.alerts.model import StoredAlert

T = TypeVar("T")

TABLE_OF: dict[type, str] = {
    Site: "sites", Entry: "entries", Photo: "photos", DailyCheck: "daily_checks",
    LabResult: "labs", CareEvent: "care", Visit: "visits",
}


def _range(column: str, since: dt.date | None, until: dt.date | None) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if since is not None:
        clauses.append(f"{column} >= ?")
        params.append(since.isoformat())
    if until is not None:
        clauses.append(f"{column} <= ?")
        params.append(until.isoformat())
    return " AND ".join(clauses) or "1", params


def _distinct(photos: list[Photo]) -> list[Photo]:
    """The same picture given twice is one photo row; report it once."""
    return list({photo.id: photo for photo in photos}.values())


class Store:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # -- transactions -------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes into one transaction (nested calls use savepoints)."""
        with self.db.atomic():
            yield

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _insert(self, record: T) -> T:
        table = TABLE_OF[type(record)]
        row = to_row(record)
        with self.db.atomic():
            cursor = self.db.execute(
                f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
        return from_row(type(record), {**row, "id": cursor.lastrowid})

    def _update(self, record: T) -> T:
        table = TABLE_OF[type(record)]
        row = to_row(record)
        record_id = row.pop("id", None)
        if record_id is None:
            raise ValueError("cannot update a record that was never saved")
        with self.db.atomic():
            cursor = self.db.execute(
                f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                [*row.values(), record_id],
            )
            if cursor.rowcount != 1:
                raise NotFound(f"no {table} record with id {record_id}")
        return record

    def _get(self, cls: type[T], record_id: int) -> T:
        rows = self._rows(f"SELECT * FROM {TABLE_OF[cls]} WHERE id = ?", [record_id])
        if not rows:
            raise NotFound(f"no {TABLE_OF[cls]} record with id {record_id}")
        return from_row(cls, rows[0])

    def _delete(self, cls: type, record_id: int) -> None:
        with self.db.atomic():
            self.db.execute(f"DELETE FROM {TABLE_OF[cls]} WHERE id = ?", [record_id])

    def _all(self, cls: type[T], where: str = "1", params: Iterable[Any] = (), order: str = "id") -> list[T]:
        sql = f"SELECT * FROM {TABLE_OF[cls]} WHERE {where} ORDER BY {order}"
        return [from_row(cls, row) for row in self._rows(sql, params)]

    def count(self, cls: type) -> int:
        return int(self.db.execute(f"SELECT count(*) FROM {TABLE_OF[cls]}").fetchone()[0])

    def is_empty(self) -> bool:
        return all(self.count(cls) == 0 for cls in TABLE_OF)

    # -- sites --------------------------------------------------------------
    def add_site(self, site: Site) -> Site:
        if self.site_by_name(site.name, missing_ok=True) is not None:
            raise ValidationError("name", f"a site named {site.name!r} already exists")
        return self._insert(site)

    def update_site(self, site: Site) -> Site:
        other = self.site_by_name(site.name, missing_ok=True)
        if other is not None and other.id != site.id:
            raise ValidationError("name", f"a site named {site.name!r} already exists")
        return self._update(site)

    def site(self, site_id: int) -> Site:
        return self._get(Site, site_id)

    def site_by_name(self, name: str, missing_ok: bool = False) -> Site | None:
        # casefold in Python: SQLite's NOCASE folds only ASCII, so "Ärmel" and "ärmel" would differ.
        wanted = name.strip().casefold()
        for row in self._rows("SELECT * FROM sites ORDER BY id"):
            if row["name"].casefold() == wanted:
                return from_row(Site, row)
        if missing_ok:
            return None
        raise NotFound(f"no site named {name!r} (see `skinjournal site list`)")

    def sites(self, include_archived: bool = True) -> list[Site]:
        where = "1" if include_archived else "archived = 0"
        return self._all(Site, where, order="name COLLATE NOCASE")

    def delete_site(self, site_id: int) -> None:
        self._delete(Site, site_id)

    # -- entries and their photos --------------------------------------------
    def add_entry(self, entry: Entry, photos: Iterable[Photo] = ()) -> tuple[Entry, list[Photo]]:
        """Insert an entry and its photo rows together (the photo files must already be durable)."""
        with self.db.atomic():
            self.site(entry.site_id)
            saved = self._insert(entry)
            assert saved.id is not None
            saved_photos = _distinct([self._insert_photo(p, saved.id) for p in photos])
        return saved, saved_photos

    def _insert_photo(self, photo: Photo, entry_id: int) -> Photo:
        existing = self._rows(
            "SELECT * FROM photos WHERE entry_id = ? AND sha256 = ?", [entry_id, photo.sha256]
        )
        if existing:
            return from_row(Photo, existing[0])
        return self._insert(dataclasses.replace(photo, entry_id=entry_id, id=None))

    def add_photos(self, entry_id: int, photos: Iterable[Photo]) -> list[Photo]:
        with self.db.atomic():
            self.entry(entry_id)
            return _distinct([self._insert_photo(p, entry_id) for p in photos])

    def update_entry(self, entry: Entry) -> Entry:
        return self._update(entry)

    def entry(self, entry_id: int) -> Entry:
        return self._get(Entry, entry_id)

    def entries(
        self, site_id: int | None = None, since: dt.date | None = None, until: dt.date | None = None,
        newest_first: bool = False,
    ) -> list[Entry]:
        where, params = _range("date", since, until)
        if site_id is not None:
            where += " AND site_id = ?"
            params.append(site_id)
        order = "date DESC, id DESC" if newest_first else "date, id"
        return self._all(Entry, where, params, order=order)

    def delete_entry(self, entry_id: int) -> tuple[Entry, list[Photo]]:
        """Delete an entry; return it and its photo rows so the deletion can be undone."""
        with self.db.atomic():
            entry = self.entry(entry_id)
            photos = self.photos(entry_id=entry_id)
            self._delete(Entry, entry_id)
        return entry, photos

    def restore_entry(self, entry: Entry, photos: Iterable[Photo]) -> tuple[Entry, list[Photo]]:
        """Undo a deletion: the entry comes back with its old id and photos."""
        row = to_row(entry)
        with self.db.atomic():
            self.db.execute(
                f"INSERT INTO entries ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            for photo in photos:
                prow = to_row(photo)
                self.db.execute(
                    f"INSERT INTO photos ({', '.join(prow)}) VALUES ({', '.join('?' * len(prow))})",
                    list(prow.values()),
                )
        return entry, list(photos)

    def photos(self, entry_id: int | None = None, site_id: int | None = None) -> list[Photo]:
        if entry_id is not None:
            return self._all(Photo, "entry_id = ?", [entry_id])
        if site_id is not None:
            rows = self._rows(
                "SELECT photos.* FROM photos JOIN entries ON entries.id = photos.entry_id "
                "WHERE entries.site_id = ? ORDER BY entries.date, photos.id", [site_id])
            return [from_row(Photo, r) for r in rows]
        return self._all(Photo)

    def photo(self, photo_id: int) -> Photo:
        return self._get(Photo, photo_id)

    def delete_photo(self, photo_id: int) -> None:
        self._delete(Photo, photo_id)

    def photo_refcount(self, sha256: str) -> int:
        return int(self.db.execute("SELECT count(*) FROM photos WHERE sha256 = ?", [sha256]).fetchone()[0])

    def latest_entries(self) -> dict[int, Entry]:
        """The newest entry of each site, by site id."""
        rows = self._rows(
            "SELECT e.* FROM entries e JOIN (SELECT site_id, max(date) AS d FROM entries GROUP BY site_id) m "
            "ON e.site_id = m.site_id AND e.date = m.d ORDER BY e.id")
        return {row["site_id"]: from_row(Entry, row) for row in rows}

    def latest_photos(self) -> dict[int, Photo]:
        """The newest photo of each site, by site id."""
        rows = self._rows(
            "SELECT e.site_id AS site_id_, p.* FROM photos p JOIN entries e ON e.id = p.entry_id "
            "ORDER BY e.date, p.id")
        return {row["site_id_"]: from_row(Photo, row) for row in rows}

    # -- entries with their photo files (skinjournal entries --json: one query) -------
    def entries_with_photo_files(self, site_id: int | None = None) -> list[tuple[Entry, list[tuple[str, str]]]]:
        """Entries in date order, each with its photos' (sha256, ext) in the order they were added.

        One query and no Photo records: listing a 10-year journal must not cost a query
        or a dataclass per photo."""
        where, params = ("e.site_id = ?", [site_id]) if site_id is not None else ("1", [])
        rows = self._rows(
            "SELECT e.*, p.sha256 AS photo_sha256_, p.ext AS photo_ext_ FROM entries e "
            f"LEFT JOIN photos p ON p.entry_id = e.id WHERE {where} ORDER BY e.date, e.id, p.id", params)
        out: list[tuple[Entry, list[tuple[str, str]]]] = []
        for row in rows:
            if not out or out[-1][0].id != row["id"]:
                out.append((from_row(Entry, row), []))
            if row["photo_sha256_"] is not None:
                out[-1][1].append((row["photo_sha256_"], row["photo_ext_"]))
        return out

    # -- person-level records -------------------------------------------------
    def save_daily(self, check: DailyCheck) -> DailyCheck:
        """One daily check per date: saving a date again replaces that day's check."""
        with self.db.atomic():
            self.db.execute("DELETE FROM daily_checks WHERE date = ?", [check.date.isoformat()])
            return self._insert(check)

    def daily_checks(self, since: dt.date | None = None, until: dt.date | None = None) -> list[DailyCheck]:
        where, params = _range("date", since, until)
        return self._all(DailyCheck, where, params, order="date")

    def delete_daily(self, check_id: int) -> None:
        self._delete(DailyCheck, check_id)

    def add_lab(self, lab: LabResult) -> LabResult:
        return self._insert(lab)

    def update_lab(self, lab: LabResult) -> LabResult:
        return self._update(lab)

    def labs(self, test: str | None = None, since: dt.date | None = None, until: dt.date | None = None) -> list[LabResult]:
        where, params = _range("date", since, until)
        if test is not None:
            where += " AND test = ?"
            params.append(test)
        return self._all(LabResult, where, params, order="date, id")

    def delete_lab(self, lab_id: int) -> None:
        self._delete(LabResult, lab_id)

    def add_care(self, care: CareEvent) -> CareEvent:
        return self._insert(care)

    def update_care(self, care: CareEvent) -> CareEvent:
        return self._update(care)

    def care_events(self, since: dt.date | None = None, until: dt.date | None = None) -> list[CareEvent]:
        where, params = _range("date", since, until)
        return self._all(CareEvent, where, params, order="date, id")

    def delete_care(self, care_id: int) -> None:
        self._delete(CareEvent, care_id)

    def add_visit(self, visit: Visit) -> Visit:
        return self._insert(visit)

    def update_visit(self, visit: Visit) -> Visit:
        return self._update(visit)

    def visits(self, since: dt.date | None = None, until: dt.date | None = None) -> list[Visit]:
        where, params = _range("date", since, until)
        return self._all(Visit, where, params, order="date, id")

    def delete_visit(self, visit_id: int) -> None:
        self._delete(Visit, visit_id)

    # -- settings ---------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, json.dumps(value)])

    # -- settings: a setting put back to its default (journal/core/preferences) ----------
    def delete_setting(self, key: str) -> None:
        """Forget a stored setting, so `setting(key, default)` answers the default again."""
        with self.db.atomic():
            self.db.execute("DELETE FROM settings WHERE key = ?", [key])

    # -- alerts (journal/core/alerts: warning signs recomputed from the data) -----------
    def stored_alerts(self) -> list[StoredAlert]:
        """Every alerts row, withdrawn ones included, by date."""
        return [_stored_alert(row) for row in self._rows("SELECT * FROM alerts ORDER BY date, id")]

    def write_alerts(
        self, upserts: Iterable[StoredAlert], withdraw: Iterable[int], delete: Iterable[int],
    ) -> None:
        """Save alerts by fingerprint (status and acknowledgement untouched), withdraw and delete, at once."""
        with self.db.atomic():
            for alert in upserts:
                evidence = json.dumps([ev.to_plain() for ev in alert.evidence], ensure_ascii=False)
                self.db.execute(
                    "INSERT INTO alerts (fingerprint, rule, site_id, date, status, message, evidence, withdrawn) "
                    "VALUES (?, ?, ?, ?, 'open', ?, ?, 0) ON CONFLICT(fingerprint) DO UPDATE SET "
                    "rule = excluded.rule, site_id = excluded.site_id, date = excluded.date, "
                    "message = excluded.message, evidence = excluded.evidence, withdrawn = 0",
                    [alert.fingerprint, alert.rule, alert.site_id, alert.date.isoformat(), alert.message,
                     evidence])
            for alert_id in withdraw:
                self.db.execute("UPDATE alerts SET withdrawn = 1 WHERE id = ?", [alert_id])
            for alert_id in delete:
                self.db.execute("DELETE FROM alerts WHERE id = ? AND status = 'open'", [alert_id])

    def change_mark(self) -> tuple[int, int] | None:
        """Changes whenever the database does: this connection's writes or another's commits.
        None inside an open transaction, whose changes may still be rolled back."""
        if self.db.conn.in_transaction:
            return None
        return self.db.conn.total_changes, int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def acknowledge_alert(self, alert_id: int, note: str | None, at: str) -> None:
        with self.db.atomic():
            cursor = self.db.execute(
                "UPDATE alerts SET status = 'acknowledged', ack_note = ?, acknowledged_at = ? "
                "WHERE id = ? AND withdrawn = 0", [note, at, alert_id])
            if cursor.rowcount != 1:
                raise NotFound(f"no alert with id {alert_id}")

    # -- CSV import (journal/core/csv_import.py) ----------------------------------------
    def add_entries_bulk(self, entries: Iterable[tuple[Entry, Iterable[Photo]]]) -> int:
        """Insert many validated entries with their photo rows in one transaction, without
        reading each back (a 100k-row import); returns how many entries were added."""
        added = 0
        with self.db.atomic():
            for entry, photos in entries:
                row = to_row(entry)
                cursor = self.db.execute(
                    f"INSERT INTO entries ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                    list(row.values()))
                for photo in photos:
                    self._insert_photo(photo, int(cursor.lastrowid or 0))
                added += 1
        return added

    # -- CSV export (journal/core/csv_export.py) -----------------------------------
    def csv_cursor(self, kind: str) -> sqlite3.Cursor:
        """The rows of one CSV file (see csv_format.COLUMNS), ready to write as they come:
        site names instead of ids, yes/no, free text guarded against formulas. Entries come
        as (site, the columns date to restricted_movement already joined by commas, note)."""
        return self.db.conn.execute(_CSV_QUERIES[kind])

    # -- window: the side list of sites (journal/core/overview.py) ---------------------
    def latest_photo_by_site(self) -> dict[int, Photo]:
        """The newest photo of each site. One small query per site walks the (site_id, date)
        index backwards: a few rows read, where one query over every photo reads thousands."""
        out: dict[int, Photo] = {}
        for (site_id,) in self.db.execute("SELECT id FROM sites").fetchall():
            rows = self._rows(
                "SELECT p.* FROM entries e JOIN photos p ON p.entry_id = e.id WHERE e.site_id = ? "
                "ORDER BY e.date DESC, p.id DESC LIMIT 1", [site_id])
            if rows:
                out[site_id] = from_row(Photo, rows[0])
        return out

    def recent_measured_entries(self, fields: Iterable[str], per_site: int) -> dict[int, list[Entry]]:
        """Per site, its newest `per_site` entries holding each of `fields`, oldest first
        (an entry holding several of them comes once). Indexed: a few rows per site and field."""
        columns = [_column(field) for field in fields]
        out: dict[int, list[Entry]] = {}
        for (site_id,) in self.db.execute("SELECT id FROM sites").fetchall():
            found: dict[int, Entry] = {}
            for column in columns:
                for row in self._rows(
                        f"SELECT * FROM entries WHERE site_id = ? AND {column} IS NOT NULL "
                        "ORDER BY date DESC, id DESC LIMIT ?", [site_id, per_site]):
                    found.setdefault(row["id"], from_row(Entry, row))
            if found:
                out[site_id] = sorted(found.values(), key=lambda e: (e.date, e.id or 0))
        return out

    # -- checks -------------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        try:
            rows = [r[0] for r in self.db.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.DatabaseError as exc:  # damage bad enough that the check cannot finish
            return [f"the database cannot be read to the end ({exc})"]
        problems = [] if rows == ["ok"] else rows
        problems += [f"foreign key broken in {r[0]} row {r[1]}" for r in self.db.execute("PRAGMA foreign_key_check").fetchall()]
        return problems


def _stored_alert(row: dict[str, Any]) -> StoredAlert:
    from journal.core.alerts.model import Evidence, StoredAlert

    return StoredAlert(
        fingerprint=row["fingerprint"], rule=row["rule"], site_id=row["site_id"],
        date=dt.date.fromisoformat(row["date"]), status=row["status"], message=row["message"],
        evidence=tuple(Evidence.from_plain(ev) for ev in json.loads(row["evidence"])),
        ack_note=row["ack_note"], acknowledged_at=row["acknowledged_at"], withdrawn=bool(row["withdrawn"]),
        id=row["id"],
    )

# -- CSV export queries (journal/core/csv_export.py) -----------------------------------
def _guard(column: str) -> str:
    """SQL for csv_format.neutralise: a leading quote before text that starts with quotes
    and then = + - @ tab or CR (code points 61 43 45 64 9 13; 39 is the quote)."""
    return (f"CASE WHEN unicode({column}) IN (9, 13, 39, 43, 45, 61, 64) "
            f"AND unicode(ltrim({column}, '''')) IN (9, 13, 43, 45, 61, 64) "
            f"THEN '''' || {column} ELSE {column} END")


def _yes_no(column: str) -> str:
    return f"CASE {column} WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END AS {column.split('.')[-1]}"


_ENTRY_FLAGS = {"shiny", "pale", "hair_thinning", "inflamed", "ulcerated", "discharge", "restricted_movement"}
_ENTRY_COLUMNS = ("date", "tightness", "mobility", "shiny", "pale", "hair_thinning", "size_mm", "count",
                  "colour", "pain", "inflamed", "ulcerated", "discharge", "restricted_movement")
# Dates, numbers, yes/no and words from choices.py never need CSV quotes, so SQLite joins
# them into one ready-made piece of the line (printf's %s leaves NULL empty): a third of
# the Python objects per row, which is what keeps 100k entries near the shell's speed.
_ENTRY_PLAIN = "printf('{}', {})".format(
    ",".join(["%s"] * len(_ENTRY_COLUMNS)),
    ", ".join(f"CASE e.{c} WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END" if c in _ENTRY_FLAGS else f"e.{c}"
              for c in _ENTRY_COLUMNS),
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
        f"SELECT date, test, value, {_guard('unit')} AS unit, low, high, {_guard('note')} AS note "
        "FROM labs ORDER BY date, id"
    ),
    "care": (
        f"SELECT date, kind, {_guard('what')} AS what, amount, {_guard('unit')} AS unit, minutes, "
        f"{_guard('note')} AS note FROM care ORDER BY date, id"
    ),
    "visits": (
        f"SELECT date, {_guard('clinician')} AS clinician, {_guard('findings')} AS findings, "
        f"{_guard('note')} AS note FROM visits ORDER BY date, id"
    ),
}


# -- window: the side list of sites ---------------------------------------------------------
_ENTRY_FIELDS = tuple(f.name for f in dataclasses.fields(Entry))


def _column(name: str) -> str:
    """An Entry field as a column name; refuses anything else (it is put into SQL text)."""
    if name not in _ENTRY_FIELDS:
        raise ValueError(f"not an entry field: {name!r}")
    return name
