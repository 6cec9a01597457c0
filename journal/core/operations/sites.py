"""Sites: add, edit (rename, region, kind, near a joint, resolved, archived), delete, and the undo of each.

A site is deleted with its entries only when asked (`with_entries`): a site that still has
entries is refused otherwise, since archiving keeps them and is usually what is meant. The
deletion takes the site's entries, photo rows and alert rows along (the schema cascades), so
its undo puts all of them back with their own ids, acknowledgement history included.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from journal.core.domain.model import Entry, Photo, Site
from journal.core.domain.phases import SitePhase
from journal.core.errors import ValidationError
from journal.core.language import Words
from journal.core.measure.model import Measurement
from journal.core.operations.outcome import Changes, Outcome

if TYPE_CHECKING:
    from journal.core.journal import Journal


class SiteOperationWords(Words):
    "Undo steps and refusals of body sites."


@dataclasses.dataclass(frozen=True)
class SiteState:
    """Everything a site's deletion removes, to be put back by its undo."""

    site: Site
    entries: tuple[tuple[Entry, tuple[Photo, ...]], ...] = ()
    alerts: tuple[dict[str, Any], ...] = ()
    acknowledgements: tuple[dict[str, Any], ...] = ()
    measurements: tuple[Measurement, ...] = ()  # of its photos, gone with them (ON DELETE CASCADE)
    visit_ids: tuple[int, ...] = ()  # visits about it: the deletion forgets their site (SET NULL)
    phases: tuple[SitePhase, ...] = ()  # its lifecycle, gone with it (ON DELETE CASCADE)

    @property
    def photo_shas(self) -> frozenset[str]:
        return frozenset(p.sha256 for _, photos in self.entries for p in photos)

    def changes(self) -> Changes:
        return Changes.of(
            sites=[self.site.id],
            entries=[e.id for e, _ in self.entries],
            photos=[p.id for _, photos in self.entries for p in photos],
            alerts=[row["id"] for row in self.alerts],
            visits=list(self.visit_ids),
        )


def add_site(journal: Journal, site: Site) -> Outcome[Site]:
    with journal.store.transaction():
        saved = journal.store.add_site(Site.new(**dataclasses.asdict(site)))
    assert saved.id is not None
    site_id = saved.id
    return Outcome(
        saved,
        Changes.of(sites=[site_id]),
        SiteOperationWords.tr("new site: {name}").format(name=saved.name),
        undo=lambda j: delete_site(j, site_id),
    )


def edit_site(journal: Journal, site: Site) -> Outcome[Site]:
    """Save every value of `site` (a saved site, changed): rename, region, kind, near a joint,
    resolved on, archived or not. The undo puts the values it had back."""
    assert site.id is not None
    checked = Site.new(**dataclasses.asdict(site))
    with journal.store.transaction():
        before = journal.store.site(site.id)
        saved = journal.store.update_site(checked)
    return _edit_outcome(before, saved)


def _edit_outcome(before: Site, now: Site) -> Outcome[Site]:
    return Outcome(
        now, Changes.of(sites=[now.id]), _edit_label(before, now), undo=lambda j: edit_site(j, before)
    )


def _edit_label(before: Site, now: Site) -> str:
    if before.name != now.name:
        return SiteOperationWords.tr("renamed {old} to {new}").format(old=before.name, new=now.name)
    if before.archived != now.archived:
        return (
            SiteOperationWords.tr("archived {name}")
            if now.archived
            else SiteOperationWords.tr("brought back {name}")
        ).format(name=now.name)
    if before.resolved_on != now.resolved_on:
        return (
            SiteOperationWords.tr("marked {name} resolved on {date}").format(
                name=now.name, date=now.resolved_on.isoformat()
            )
            if now.resolved_on
            else SiteOperationWords.tr("marked {name} not resolved").format(name=now.name)
        )
    return SiteOperationWords.tr("changed {name}").format(name=now.name)


def archive_site(journal: Journal, site_id: int, archived: bool = True) -> Outcome[Site]:
    return edit_site(journal, dataclasses.replace(journal.store.site(site_id), archived=archived))


def delete_site(journal: Journal, site_id: int, with_entries: bool = False) -> Outcome[SiteState]:
    """Delete a site; refused (nothing changed) while it has entries, unless `with_entries`."""
    store = journal.store
    with store.transaction():
        site = store.site(site_id)
        entries = store.entries(site_id=site_id)
        count = len(entries)
        if entries and not with_entries:
            raise ValidationError(
                "site",
                (
                    SiteOperationWords.tr(
                        "{name} has %n entry; delete them with it (--with-entries) or archive the site instead",
                        "",
                        count,
                    )
                    if count == 1
                    else SiteOperationWords.tr(
                        "{name} has %n entries; delete them with it (--with-entries) or archive the site instead",
                        "",
                        count,
                    )
                ).format(name=site.name),
            )
        alerts, acks = store.site_alert_rows(site_id)
        measured = tuple(m for e in entries if e.id is not None for m in store.measurements_of_entry(e.id))
        state = SiteState(
            site,
            tuple((e, tuple(store.photos(entry_id=e.id))) for e in entries),
            tuple(alerts),
            tuple(acks),
            measured,
            tuple(store.visit_ids_of_site(site_id)),
            tuple(store.site_phases(site_id)),
        )
        store.delete_site(site_id)
    if not entries:
        label = SiteOperationWords.tr("deleted {name}").format(name=site.name)
    elif count == 1:
        label = SiteOperationWords.tr("deleted {name} and its %n entry", "", count).format(name=site.name)
    else:
        label = SiteOperationWords.tr("deleted {name} and its %n entries", "", count).format(name=site.name)
    return Outcome(
        state, state.changes(), label, undo=lambda j: restore_site(j, state), photo_shas=state.photo_shas
    )


def restore_site(journal: Journal, state: SiteState) -> Outcome[SiteState]:
    """Put a deleted site back with its id, entries, photo rows and alert rows (a deletion's undo)."""
    site_id = state.site.id
    assert site_id is not None
    store = journal.store
    with store.transaction():
        store.restore_record(state.site)
        for entry, photos in state.entries:
            store.restore_entry(entry, photos)
        for measurement in state.measurements:
            store.add_measurement(measurement)  # with its own id, on its restored photo
        store.put_alert_rows(list(state.alerts), list(state.acknowledgements))
        store.link_visits_to_site(state.visit_ids, site_id)
        for phase in state.phases:
            store.put_site_phase(phase)
    with_entries = bool(state.entries)
    return Outcome(
        state,
        state.changes(),
        SiteOperationWords.tr("restored {name}").format(name=state.site.name),
        undo=lambda j: delete_site(j, site_id, with_entries=with_entries),
        photo_shas=state.photo_shas,
    )
