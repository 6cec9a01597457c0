"""Alerts as lines per site and sign (repeats counted, newest first), and acknowledging many at once:
a line of repeats, or everything shown at a visit, as one undo step."""

from __future__ import annotations

import datetime as dt

import pytest

from journal.core.alerts import current_alerts
from journal.core.alerts.grouping import group_alerts, needing_a_look
from journal.core.domain.model import Entry, Site, Visit
from journal.core.errors import JournalError
from journal.core.operations import records
from journal.core.operations.alerts import acknowledge_all, acknowledge_at_visit


def _log(journal, site, day: str, **values) -> None:
    journal.add_entry(Entry.new(site_id=site.id, date=day, **values))


@pytest.fixture
def repeats(journal):
    """The elbow broke open three times (each healed in between), the knee once, later."""
    elbow = journal.store.add_site(Site.new(name="Left elbow", kind="deposit", region="elbow"))
    knee = journal.store.add_site(Site.new(name="Right knee", kind="deposit", region="knee"))
    for opened, healed in (("2026-01-05", "2026-01-12"), ("2026-02-02", "2026-02-09"), ("2026-03-02", None)):
        _log(journal, elbow, opened, ulcerated=True)
        if healed:
            _log(journal, elbow, healed, ulcerated=False)
    _log(journal, knee, "2026-03-20", ulcerated=True)
    return elbow, knee


def test_repeats_of_a_sign_at_a_site_are_one_line_with_a_count_newest_first(journal, repeats):
    elbow, knee = repeats
    alerts = current_alerts(journal.store, include_acknowledged=True)
    broke_open = [a for a in alerts if a.rule == "pain_inflammation_ulceration"]
    assert len([a for a in broke_open if a.site_id == elbow.id]) > 1  # found more than once
    groups = [g for g in group_alerts(alerts) if g.rule == "pain_inflammation_ulceration"]
    assert [(g.site, g.count > 1) for g in groups] == [("Right knee", False), ("Left elbow", True)]
    elbow_line = groups[1]
    assert elbow_line.date == max(a.date for a in elbow_line.alerts)
    assert [a.date for a in elbow_line.alerts] == sorted((a.date for a in elbow_line.alerts), reverse=True)
    every = group_alerts(alerts)
    assert [g.date for g in every] == sorted((g.date for g in every), reverse=True)
    assert needing_a_look(alerts) == len(every)


def test_a_line_of_repeats_is_acknowledged_in_one_undoable_step(journal, repeats):
    elbow, _knee = repeats
    (line,) = [
        g
        for g in group_alerts(current_alerts(journal.store))
        if g.site_id == elbow.id and g.rule == "pain_inflammation_ulceration"
    ]
    ids = [a.id for a in line.open_alerts]
    done = acknowledge_all(journal, ids, "shown to Dr Meier")
    assert sorted(done.changes.to_plain()["alerts"]) == sorted(ids)
    still_open = {a.id for a in current_alerts(journal.store)}
    assert not still_open & set(ids)
    undone = done.undo(journal)
    assert set(ids) <= {a.id for a in current_alerts(journal.store)}
    undone.undo(journal)  # the redo: the same note again
    after = {a.id: a for a in current_alerts(journal.store, include_acknowledged=True)}
    assert all(not after[i].is_open and after[i].acknowledgements[0].note == "shown to Dr Meier" for i in ids)
    with pytest.raises(JournalError):
        acknowledge_all(journal, [])


def test_acknowledge_all_shown_at_a_visit_takes_what_was_open_that_day(journal, repeats):
    _elbow, knee = repeats
    visit = records.add_record(journal, Visit.new(date="2026-03-10", clinician="Dr Meier")).value
    before = {a.id: a for a in current_alerts(journal.store)}
    done = acknowledge_at_visit(journal, visit.id)
    shown = {a.id for a in done.value}
    assert shown == {i for i, a in before.items() if a.date <= dt.date(2026, 3, 10)}
    assert "visit of 2026-03-10" in done.label
    left = current_alerts(journal.store)
    assert [a.site_id for a in left] == [knee.id]  # the knee's sign came after the visit
    (acked,) = [a for a in current_alerts(journal.store, include_acknowledged=True) if a.id == min(shown)]
    assert acked.acknowledgements[0].note == "shown at the visit of 2026-03-10 with Dr Meier"
    done.undo(journal)
    assert {a.id for a in current_alerts(journal.store)} == set(before)
    with pytest.raises(JournalError, match="No open alert"):
        early = records.add_record(journal, Visit.new(date="2025-12-01")).value
        acknowledge_at_visit(journal, early.id)
