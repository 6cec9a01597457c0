"""Listing queries: the window's side list of sites (journal/core/charts/overview.py) and
`skinjournal entries --json`; each answers in a few indexed queries however long the journal."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from journal.core.domain.codec import from_row
from journal.core.domain.model import Entry, Photo
from journal.core.store.base import StoreBase

_ENTRY_FIELDS = tuple(f.name for f in dataclasses.fields(Entry))


def _column(name: str) -> str:
    """An Entry field as a column name; refuses anything else (it is put into SQL text)."""
    if name not in _ENTRY_FIELDS:
        raise ValueError(f"not an entry field: {name!r}")
    return name


class Overview(StoreBase):
    # -- entries with their photo files (skinjournal entries --json: one query) -------
    def entries_with_photo_files(
        self, site_id: int | None = None
    ) -> list[tuple[Entry, list[tuple[str, str]]]]:
        """Entries in date order, each with its photos' (sha256, ext) in the order they were added.

        One query and no Photo records: listing a 10-year journal must not cost a query
        or a dataclass per photo."""
        where, params = ("e.site_id = ?", [site_id]) if site_id is not None else ("1", [])
        rows = self._rows(
            "SELECT e.*, p.sha256 AS photo_sha256_, p.ext AS photo_ext_ FROM entries e "
            f"LEFT JOIN photos p ON p.entry_id = e.id WHERE {where} ORDER BY e.date, e.id, p.id",
            params,
        )
        out: list[tuple[Entry, list[tuple[str, str]]]] = []
        for row in rows:
            if not out or out[-1][0].id != row["id"]:
                out.append((from_row(Entry, row), []))
            if row["photo_sha256_"] is not None:
                out[-1][1].append((row["photo_sha256_"], row["photo_ext_"]))
        return out

    # -- window: the side list of sites (journal/core/charts/overview.py) ---------------------
    def latest_photo_by_site(self) -> dict[int, Photo]:
        """The newest photo of each site. One small query per site walks the (site_id, date)
        index backwards: a few rows read, where one query over every photo reads thousands."""
        out: dict[int, Photo] = {}
        for (site_id,) in self.conn.execute("SELECT id FROM sites").fetchall():
            rows = self._rows(
                "SELECT p.* FROM entries e JOIN photos p ON p.entry_id = e.id WHERE e.site_id = ? "
                "ORDER BY e.date DESC, p.id DESC LIMIT 1",
                [site_id],
            )
            if rows:
                out[site_id] = from_row(Photo, rows[0])
        return out

    def recent_measured_entries(
        self, fields: Iterable[str], per_site: int, site_id: int | None = None
    ) -> dict[int, list[Entry]]:
        """Per site (or for `site_id` only), its newest `per_site` entries holding each of `fields`,
        oldest first (an entry holding several of them comes once). Indexed: a few rows per site and field."""
        columns = [_column(field) for field in fields]
        out: dict[int, list[Entry]] = {}
        site_ids = self.conn.execute(
            "SELECT id FROM sites" + ("" if site_id is None else " WHERE id = ?"),
            [] if site_id is None else [site_id],
        ).fetchall()
        for (site_id,) in site_ids:
            found: dict[int, Entry] = {}
            for column in columns:
                for row in self._rows(
                    f"SELECT * FROM entries WHERE site_id = ? AND {column} IS NOT NULL "
                    "ORDER BY date DESC, id DESC LIMIT ?",
                    [site_id, per_site],
                ):
                    found.setdefault(row["id"], from_row(Entry, row))
            if found:
                out[site_id] = sorted(found.values(), key=lambda e: (e.date, e.id or 0))
        return out
