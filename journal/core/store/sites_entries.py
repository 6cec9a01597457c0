"""Sites, their entries and the entries' photos."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from journal.core.domain.codec import from_row, to_row
from journal.core.domain.model import Entry, Photo, Site
from journal.core.errors import NotFound, ValidationError
from journal.core.language import Words
from journal.core.store.base import StoreBase, date_range, distinct


class StoreSiteWords(Words):
    "Refusals of a site's name."


_ENTRY_FIELDS = frozenset(f.name for f in dataclasses.fields(Entry))


def _entry_column(name: str) -> str:
    """An Entry field as a column name; refuses anything else (it is put into SQL text)."""
    if name not in _ENTRY_FIELDS or name == "id":
        raise ValueError(f"not an entry field: {name!r}")
    return name


class SitesEntries(StoreBase):
    # -- sites --------------------------------------------------------------
    def add_site(self, site: Site) -> Site:
        if self.site_by_name(site.name, missing_ok=True) is not None:
            raise ValidationError(
                "name", StoreSiteWords.tr("a site named {name} already exists").format(name=repr(site.name))
            )
        return self._insert(site)

    def update_site(self, site: Site) -> Site:
        other = self.site_by_name(site.name, missing_ok=True)
        if other is not None and other.id != site.id:
            raise ValidationError(
                "name", StoreSiteWords.tr("a site named {name} already exists").format(name=repr(site.name))
            )
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
        raise NotFound(
            StoreSiteWords.tr("no site named {name} (see `skinjournal site list`)").format(name=repr(name))
        )

    def sites(self, include_archived: bool = True) -> list[Site]:
        where = "1" if include_archived else "archived = 0"
        return self._all(Site, where, order="name COLLATE NOCASE")

    def delete_site(self, site_id: int) -> None:
        self._delete(Site, site_id)

    # -- entries and their photos --------------------------------------------
    def add_entry(self, entry: Entry, photos: Iterable[Photo] = ()) -> tuple[Entry, list[Photo]]:
        """Insert an entry and its photo rows together (the photo files must already be durable)."""
        with self.transaction():
            self.site(entry.site_id)
            saved = self._insert(entry)
            assert saved.id is not None
            saved_photos = distinct([self._insert_photo(p, saved.id) for p in photos])
        return saved, saved_photos

    def add_photos(self, entry_id: int, photos: Iterable[Photo]) -> list[Photo]:
        with self.transaction():
            self.entry(entry_id)
            return distinct([self._insert_photo(p, entry_id) for p in photos])

    def update_entry(self, entry: Entry) -> Entry:
        return self._update(entry)

    def entry(self, entry_id: int) -> Entry:
        return self._get(Entry, entry_id)

    def entries(
        self,
        site_id: int | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        newest_first: bool = False,
    ) -> list[Entry]:
        where, params = date_range("date", since, until)
        if site_id is not None:
            where += " AND site_id = ?"
            params.append(site_id)
        order = "date DESC, id DESC" if newest_first else "date, id"
        return self._all(Entry, where, params, order=order)

    # -- one site's entries a page at a time (the window's timeline) -----------
    def entries_page(self, site_id: int, limit: int, after: Entry | None = None) -> list[Entry]:
        """Up to `limit` of a site's entries, newest first, starting below `after` (the last entry
        of the page before; None for the first page). Keyset paging on the (site_id, date) index,
        so the thousandth page costs what the first does, where OFFSET would count every row above."""
        params: list[object]
        if after is None:
            where, params = "site_id = ?", [site_id]
        else:
            where, params = "site_id = ? AND (date, id) < (?, ?)", [site_id, after.date.isoformat(), after.id]
        rows = self._rows(
            f"SELECT * FROM entries WHERE {where} ORDER BY date DESC, id DESC LIMIT ?", [*params, limit]
        )
        return [from_row(Entry, row) for row in rows]

    def photos_of_entries(self, entry_ids: Iterable[int]) -> list[Photo]:
        """The photos of these entries, in the order they were added (indexed by entry_id)."""
        ids = list(entry_ids)
        out: list[Photo] = []
        for start in range(0, len(ids), 500):  # well under SQLite's limit on bound parameters
            chunk = ids[start : start + 500]
            out += self._all(Photo, f"entry_id IN ({', '.join('?' * len(chunk))})", chunk)
        return out

    # -- a whole journal's entries and photos as plain rows (the FHIR export) ------
    def entry_rows(self, since: dt.date | None = None, until: dt.date | None = None) -> list[dict[str, Any]]:
        """Entries in date order as plain rows, as stored (dates as ISO text, yes/no as 0/1): an
        export of tens of thousands needs their values, not an Entry each."""
        where, params = date_range("date", since, until)
        return self._rows(f"SELECT * FROM entries WHERE {where} ORDER BY date, id", params)

    def photo_rows(self, since: dt.date | None = None, until: dt.date | None = None) -> list[dict[str, Any]]:
        """The photos of the entries dated within [since, until] as plain rows, in the order they
        were added."""
        where, params = date_range("e.date", since, until)
        return self._rows(
            f"SELECT p.* FROM photos p JOIN entries e ON e.id = p.entry_id WHERE {where} ORDER BY p.id",
            params,
        )

    def entries_by_id(self, entry_ids: Iterable[int]) -> list[Entry]:
        """Those of these entries that exist, in id order."""
        ids = list(entry_ids)
        out: list[Entry] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            out += self._all(Entry, f"id IN ({', '.join('?' * len(chunk))})", chunk)
        return out

    def entry_count(self, site_id: int) -> int:
        return int(
            self.conn.execute("SELECT count(*) FROM entries WHERE site_id = ?", [site_id]).fetchone()[0]
        )

    def entries_newer_than(self, entry: Entry) -> int:
        """How many entries of the entry's site come before it in the newest-first order (its row)."""
        return int(
            self.conn.execute(
                "SELECT count(*) FROM entries WHERE site_id = ? AND (date, id) > (?, ?)",
                [entry.site_id, entry.date.isoformat(), entry.id],
            ).fetchone()[0]
        )

    def fields_logged(self, site_id: int, fields: Iterable[str]) -> set[str]:
        """Which of these entry fields hold a value in at least one of the site's entries."""
        names = [_entry_column(field) for field in fields]
        if not names:
            return set()
        found = self.conn.execute(
            f"SELECT {', '.join(f'max({name} IS NOT NULL)' for name in names)} FROM entries WHERE site_id = ?",
            [site_id],
        ).fetchone()
        return {name for name, logged in zip(names, found, strict=True) if logged}

    def delete_entry(self, entry_id: int) -> tuple[Entry, list[Photo]]:
        """Delete an entry; return it and its photo rows so the deletion can be undone."""
        with self.transaction():
            entry = self.entry(entry_id)
            photos = self.photos(entry_id=entry_id)
            self._delete(Entry, entry_id)
        return entry, photos

    def restore_entry(self, entry: Entry, photos: Iterable[Photo]) -> tuple[Entry, list[Photo]]:
        """Undo a deletion: the entry comes back with its old id and photos."""
        row = to_row(entry)
        with self.transaction():
            self.conn.execute(
                f"INSERT INTO entries ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            for photo in photos:
                prow = to_row(photo)
                self.conn.execute(
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
                "WHERE entries.site_id = ? ORDER BY entries.date, photos.id",
                [site_id],
            )
            return [from_row(Photo, r) for r in rows]
        return self._all(Photo)

    def photo(self, photo_id: int) -> Photo:
        return self._get(Photo, photo_id)

    def delete_photo(self, photo_id: int) -> None:
        self._delete(Photo, photo_id)

    def photo_refcount(self, sha256: str) -> int:
        return int(self.conn.execute("SELECT count(*) FROM photos WHERE sha256 = ?", [sha256]).fetchone()[0])

    def referenced_photo_shas(self) -> set[str]:
        """The SHA-256 of every picture a photo row refers to."""
        return {row[0] for row in self.conn.execute("SELECT DISTINCT sha256 FROM photos")}

    @contextlib.contextmanager
    def unreferenced_photos_locked(
        self, shas: Iterable[str], name: Callable[[str], str] = str
    ) -> Iterator[set[str]]:
        """Those of `shas` no photo row refers to (with `name`: file names, compared with the
        names of the rows' SHA-256s), with the database's write lock held until
        the block ends: no writer can add a row that refers to one of them meanwhile, so their
        files may be deleted inside the block. Nothing is written (the transaction is rolled
        back). Inside a transaction already open the lock cannot be taken: nothing is yielded.
        A writer that holds the lock longer than the busy timeout raises OperationalError."""
        wanted = set(shas)
        if self.conn.in_transaction or not wanted:
            yield set()
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            referenced = {name(row[0]) for row in self.conn.execute("SELECT DISTINCT sha256 FROM photos")}
            yield wanted - referenced
        finally:
            self.conn.rollback()

    def latest_entries(self) -> dict[int, Entry]:
        """The newest entry of each site, by site id (of two on its newest date, the later added).
        One small query per site walks the (site_id, date) index backwards: a row read each,
        where a GROUP BY over every entry reads them all (tens of thousands in a long journal)."""
        out: dict[int, Entry] = {}
        for (site_id,) in self.conn.execute("SELECT id FROM sites").fetchall():
            rows = self._rows(
                "SELECT * FROM entries WHERE site_id = ? ORDER BY date DESC, id DESC LIMIT 1", [site_id]
            )
            if rows:
                out[site_id] = from_row(Entry, rows[0])
        return out

    def latest_photos(self) -> dict[int, Photo]:
        """The newest photo of each site, by site id."""
        rows = self._rows(
            "SELECT e.site_id AS site_id_, p.* FROM photos p JOIN entries e ON e.id = p.entry_id "
            "ORDER BY e.date, p.id"
        )
        return {row["site_id_"]: from_row(Photo, row) for row in rows}
