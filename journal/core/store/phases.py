"""A site's lifecycle phases (migration 0010) and the sites its visits are about."""

from __future__ import annotations

from collections.abc import Iterable

from journal.core.domain.codec import from_row, to_row
from journal.core.domain.phases import SitePhase
from journal.core.errors import NotFound
from journal.core.language import Words
from journal.core.store.base import StoreBase


class StorePhaseWords(Words):
    "Refusal of an unknown phase mark."


class Phases(StoreBase):
    def site_phases(self, site_id: int | None = None) -> list[SitePhase]:
        """The phases of one site (or of every site), in date order."""
        where, params = ("site_id = ?", [site_id]) if site_id is not None else ("1", [])
        rows = self._rows(f"SELECT * FROM site_phases WHERE {where} ORDER BY site_id, date", params)
        return [from_row(SitePhase, row) for row in rows]

    def site_phase_on(self, site_id: int, day: str) -> SitePhase | None:
        rows = self._rows("SELECT * FROM site_phases WHERE site_id = ? AND date = ?", [site_id, day])
        return from_row(SitePhase, rows[0]) if rows else None

    def put_site_phase(self, phase: SitePhase) -> SitePhase:
        """Save `phase`, with its own id when it has one (an undo puts a row back as it was)."""
        row = to_row(phase)
        with self.transaction():
            cursor = self.conn.execute(
                f"INSERT INTO site_phases ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
        return from_row(SitePhase, {**row, "id": cursor.lastrowid})

    def delete_site_phase(self, phase_id: int) -> SitePhase:
        with self.transaction():
            rows = self._rows("SELECT * FROM site_phases WHERE id = ?", [phase_id])
            if not rows:
                raise NotFound(StorePhaseWords.tr("no site phase with id {id}").format(id=phase_id))
            self.conn.execute("DELETE FROM site_phases WHERE id = ?", [phase_id])
        return from_row(SitePhase, rows[0])

    # -- the visits a site's findings are about: kept by a site's deletion for its undo -------
    def visit_ids_of_site(self, site_id: int) -> list[int]:
        return [r["id"] for r in self._rows("SELECT id FROM visits WHERE site_id = ? ORDER BY id", [site_id])]

    def link_visits_to_site(self, visit_ids: Iterable[int], site_id: int) -> None:
        """Point these visits at `site_id` again (the undo of the site's deletion, which set
        their site to NULL); a visit deleted or pointed elsewhere since is left as it is."""
        with self.transaction():
            self.conn.executemany(
                "UPDATE visits SET site_id = ? WHERE id = ? AND site_id IS NULL",
                [(site_id, visit_id) for visit_id in visit_ids],
            )
