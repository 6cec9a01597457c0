"""A site's lifecycle: mark the phase it entered on a date, take a mark away, and the undo of each.

One phase a site and day: marking a day that has one replaces it, and the undo puts it back.
A change of phase is a change of the site (Changes "sites"), so its chart and list redraw."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.core.domain.phases import SitePhase
from journal.core.language import Words
from journal.core.operations.outcome import Changes, Outcome

if TYPE_CHECKING:
    from journal.core.journal import Journal


class PhaseOperationWords(Words):
    "Undo steps of marking a site's phase."


def _marked(site: str, mark: SitePhase) -> str:
    return PhaseOperationWords.tr("marked {site} {phase} from {date}").format(
        site=site, phase=mark.label, date=mark.date.isoformat()
    )


def set_phase(journal: Journal, phase: SitePhase) -> Outcome[SitePhase]:
    """Mark that a site entered `phase.phase` on `phase.date` (a mark of that day is replaced)."""
    checked = SitePhase.new(site_id=phase.site_id, date=phase.date, phase=phase.phase, note=phase.note)
    store = journal.store
    with store.transaction():
        site = store.site(checked.site_id)  # NotFound: refused in words
        before = store.site_phase_on(checked.site_id, checked.date.isoformat())
        if before is not None and before.id is not None:
            store.delete_site_phase(before.id)
        saved = store.put_site_phase(checked)
    assert saved.id is not None
    saved_id = saved.id
    label = _marked(site.name, saved)

    def undo(j: Journal) -> Outcome[SitePhase]:
        if before is None:
            return clear_phase(j, saved_id)
        return _replace(
            j,
            saved_id,
            before,
            label=PhaseOperationWords.tr("put {site} back to {phase}").format(
                site=site.name, phase=before.label
            ),
        )

    return Outcome(saved, Changes.of(sites=[site.id]), label, undo=undo)


def _replace(journal: Journal, phase_id: int, other: SitePhase, *, label: str) -> Outcome[SitePhase]:
    """Take the mark `phase_id` away and put `other` (of the same site and day) back in its place."""
    with journal.store.transaction():
        removed = journal.store.delete_site_phase(phase_id)
        saved = journal.store.put_site_phase(other)
    assert saved.id is not None
    saved_id = saved.id
    return Outcome(
        saved,
        Changes.of(sites=[saved.site_id]),
        label,
        undo=lambda j: _replace(j, saved_id, removed, label=label),
    )


def clear_phase(journal: Journal, phase_id: int) -> Outcome[SitePhase]:
    """Take a phase mark away; the undo puts it back with its own id."""
    store = journal.store
    with store.transaction():
        removed = store.delete_site_phase(phase_id)
        site = store.site(removed.site_id)
    return Outcome(
        removed,
        Changes.of(sites=[removed.site_id]),
        PhaseOperationWords.tr("took away {site}'s {phase} of {date}").format(
            site=site.name, phase=removed.label, date=removed.date.isoformat()
        ),
        undo=lambda j: _restore(j, removed),
    )


def _restore(journal: Journal, phase: SitePhase) -> Outcome[SitePhase]:
    with journal.store.transaction():
        site = journal.store.site(phase.site_id)
        saved = journal.store.put_site_phase(phase)
    assert saved.id is not None
    saved_id = saved.id
    return Outcome(
        saved,
        Changes.of(sites=[saved.site_id]),
        _marked(site.name, saved),
        undo=lambda j: clear_phase(j, saved_id),
    )
