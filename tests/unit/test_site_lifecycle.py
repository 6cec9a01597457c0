"""A site's lifecycle phases, and what a site's deletion and its undo do to its phases and visits."""

from __future__ import annotations

import datetime as dt

import pytest

from journal.core.domain.model import Site, Visit
from journal.core.domain.phases import SitePhase, phase_on, spans
from journal.core.errors import NotFound, ValidationError
from journal.core.operations import phases as ops
from journal.core.operations import records as record_ops
from journal.core.operations import sites as site_ops

D = dt.date


@pytest.fixture
def elbow(journal):
    return journal.store.add_site(Site.new(name="Left elbow", kind="deposit", region="elbow"))


def test_phases_mark_spans_and_undo_and_redo(journal, elbow):
    first = ops.set_phase(journal, SitePhase(elbow.id, D(2026, 1, 5), "active"))
    assert first.label == "marked Left elbow active from 2026-01-05"
    assert first.changes.to_plain() == {"sites": [elbow.id]}
    ops.set_phase(journal, SitePhase(elbow.id, D(2026, 2, 1), "broke open"))
    phases = journal.store.site_phases(elbow.id)
    assert [p.phase for p in phases] == ["active", "broke_open"]
    assert spans(phases)[0].end == D(2026, 2, 1) and spans(phases)[1].end is None
    assert phase_on(phases, D(2026, 1, 20)).phase == "active"

    undone = first.undo(journal)
    assert [p.phase for p in journal.store.site_phases(elbow.id)] == ["broke_open"]
    undone.undo(journal)
    assert [p.phase for p in journal.store.site_phases(elbow.id)] == ["active", "broke_open"]


def test_a_second_mark_on_one_day_replaces_the_first_and_its_undo_puts_it_back(journal, elbow):
    ops.set_phase(journal, SitePhase(elbow.id, D(2026, 1, 5), "active", note="red"))
    again = ops.set_phase(journal, SitePhase(elbow.id, D(2026, 1, 5), "healing"))
    assert [p.phase for p in journal.store.site_phases(elbow.id)] == ["healing"]
    back = again.undo(journal)
    assert [(p.phase, p.note) for p in journal.store.site_phases(elbow.id)] == [("active", "red")]
    back.undo(journal)
    assert [p.phase for p in journal.store.site_phases(elbow.id)] == ["healing"]


def test_bad_phases_are_refused_in_words_and_nothing_changes(journal, elbow):
    with pytest.raises(ValidationError, match="is not a phase; say one of: active, broke open"):
        ops.set_phase(journal, SitePhase(elbow.id, D(2026, 1, 5), "gone"))
    with pytest.raises(ValidationError, match="in the future"):
        ops.set_phase(journal, SitePhase(elbow.id, dt.date.today() + dt.timedelta(days=9), "healed"))
    with pytest.raises(NotFound):
        ops.set_phase(journal, SitePhase(9999, D(2026, 1, 5), "healed"))
    assert journal.store.site_phases() == []


def test_deleting_a_site_and_its_undo_bring_back_its_phases_and_its_visits_link(journal, elbow):
    ops.set_phase(journal, SitePhase(elbow.id, D(2026, 1, 5), "removed"))
    visit = record_ops.add_visit(
        journal, Visit.new(date="2026-01-04", site_id=elbow.id, ultrasound_mm=2.5)
    ).value
    deleted = site_ops.delete_site(journal, elbow.id)
    assert journal.store.record(Visit, visit.id).site_id is None
    assert "visits" in deleted.changes
    deleted.undo(journal)
    assert journal.store.record(Visit, visit.id).site_id == elbow.id
    assert [p.phase for p in journal.store.site_phases(elbow.id)] == ["removed"]
