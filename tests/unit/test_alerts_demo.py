"""The demo journal raises the warning signs its story contains, and nothing its ruler noise makes up."""

from __future__ import annotations

import datetime as dt

import pytest

from journal.core.alerts import current_alerts
from journal.core.demo.generate import generate_demo
from journal.core.demo.story import FAST_GROWTH_WEEKS, Timeline
from journal.core.journal import Journal

END = dt.date(2026, 6, 30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    with Journal.open(tmp_path_factory.mktemp("demo") / "journal") as journal:
        generate_demo(journal, years=1.5, sites=4, seed=1, end=END)
        yield journal


@pytest.mark.slow
def test_the_demo_story_raises_its_alerts_and_no_others(demo):
    alerts = current_alerts(demo.store)
    assert {(a.rule, a.site) for a in alerts} == {
        ("rapid_growth", "Right index finger"),  # the fast growth episode
        ("pain_inflammation_ulceration", "Left forearm"),  # red and warm, then broke open
        ("chalky_discharge", "Left forearm"),  # chalky material came out
        ("lab_out_of_range", None),  # the one calcium value the lab flagged
    }
    timeline = Timeline.for_years(END, 1.5)
    growth_start = timeline.date(timeline.growth_week)
    growth_end = timeline.date(timeline.growth_week + FAST_GROWTH_WEEKS)
    assert all(growth_start < a.date <= growth_end for a in alerts if a.rule == "rapid_growth")
    opened = timeline.date(timeline.ulcer_week)
    assert [a.date for a in alerts if a.rule == "chalky_discharge"] == [opened]
    sore = [a for a in alerts if a.rule == "pain_inflammation_ulceration"]
    assert any(a.date == opened and "ulcerated" in {ev.field for ev in a.evidence} for a in sore)
    assert all(a.date >= opened - dt.timedelta(days=7) for a in sore)  # nothing before the episode


@pytest.mark.slow
def test_the_demo_alerts_quote_the_entries_behind_them(demo):
    for alert in current_alerts(demo.store):
        for ev in alert.evidence:
            if ev.entry_id is None:
                continue
            entry = demo.store.entry(ev.entry_id)
            assert (entry.date, getattr(entry, ev.field)) == (ev.date, ev.value)
            assert entry.site_id == alert.site_id
