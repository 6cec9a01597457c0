"""Properties of the alerts over generated journals: isolation between sites, order of saving,
and no alarm on slow growth measured with a ruler's noise."""

from __future__ import annotations

import datetime as dt

from alerts_support import START, add_site, comparable, day, memory_store
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.core.alerts import current_alerts
from journal.core.domain.model import DailyCheck, Entry, LabResult

FLAG = st.none() | st.booleans()


def entries_over(days: int) -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries(
        {
            "day": st.integers(0, days),
            "size_mm": st.none() | st.integers(0, 150).map(lambda tenths: tenths / 10),
            "count": st.none() | st.integers(0, 12),
            "tightness": st.none() | st.integers(0, 10),
            "pain": st.none() | st.integers(0, 10),
            "inflamed": FLAG,
            "ulcerated": FLAG,
            "discharge": FLAG,
            "restricted_movement": FLAG,
        }
    )


ENTRY = entries_over(120)
CROWDED = entries_over(20)  # many entries share a day, where the order of saving could show
CHECK = st.fixed_dictionaries(
    {"day": st.integers(0, 120), "fatigue": FLAG, "weakness": FLAG, "urination_changes": FLAG}
)
LAB = st.fixed_dictionaries({"day": st.integers(0, 120), "value": st.integers(15, 35).map(lambda v: v / 10)})
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _entry(site_id: int, raw: dict) -> Entry:
    fields = {k: v for k, v in raw.items() if k != "day"}
    return Entry.new(site_id=site_id, date=day(raw["day"]), **fields)


@SETTINGS
@given(mine=st.lists(ENTRY, max_size=25), theirs=st.lists(ENTRY, max_size=25), near_joint=st.booleans())
def test_another_sites_data_never_changes_a_sites_alerts(mine, theirs, near_joint):
    alone = memory_store()
    site = add_site(alone, near_joint=near_joint)
    for raw in mine:
        alone.add_entry(_entry(site.id, raw))

    shared = memory_store()
    same = add_site(shared, near_joint=near_joint)
    other = add_site(shared, "Right elbow", region="elbow", near_joint=not near_joint)
    # Interleave the two sites' entries, so their ids mix too.
    for index in range(max(len(mine), len(theirs))):
        if index < len(theirs):
            shared.add_entry(_entry(other.id, theirs[index]))
        if index < len(mine):
            shared.add_entry(_entry(same.id, mine[index]))
    assert comparable(current_alerts(shared, include_acknowledged=True, site_id=same.id)) == comparable(
        current_alerts(alone, include_acknowledged=True, site_id=site.id)
    )


@SETTINGS
@given(
    entries=st.lists(CROWDED, max_size=30),
    checks=st.lists(CHECK, max_size=30, unique_by=lambda c: c["day"]),
    labs=st.lists(LAB, max_size=5),
    order=st.randoms(use_true_random=False),
)
def test_the_order_records_were_saved_in_never_matters(entries, checks, labs, order):
    def build(entries, checks, labs):
        store = memory_store()
        site = add_site(store)
        for raw in entries:
            store.add_entry(_entry(site.id, raw))
        for raw in checks:
            store.save_daily(
                DailyCheck.new(date=day(raw["day"]), **{k: v for k, v in raw.items() if k != "day"})
            )
        for raw in labs:
            store.add_lab(
                LabResult.new(
                    date=day(raw["day"]), test="calcium", value=raw["value"], unit="mmol/L", low=2.1, high=2.6
                )
            )
        return comparable(current_alerts(store, include_acknowledged=True))

    shuffled = [list(entries), list(checks), list(labs)]
    for part in shuffled:
        order.shuffle(part)
    assert build(*shuffled) == build(entries, checks, labs)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    every=st.sampled_from([7, 30]),
    shift=st.integers(0, 6),
    noise=st.lists(st.floats(-0.3, 0.3, allow_nan=False), min_size=30, max_size=30),
)
def test_slow_growth_with_ruler_noise_never_raises_rapid_growth(every, shift, noise):
    """2.0 mm to 2.6 mm over 6 months, measured weekly or monthly, +/-0.3 mm, rounded to 0.1 mm."""
    store = memory_store()
    site = add_site(store)
    days = range(shift, 183, every)
    for index, n in enumerate(days):
        true_size = 2.0 + 0.6 * n / 182
        measured = round(true_size + noise[index % len(noise)], 1)
        store.add_entry(Entry.new(site_id=site.id, date=START + dt.timedelta(days=n), size_mm=measured))
    assert [a for a in current_alerts(store) if a.rule == "rapid_growth"] == []


def test_the_noise_margin_is_what_protects_slow_growth():
    """The same slow course with a wider ruler error (the worst case, +/-0.6 mm) does raise: the
    property above holds because of the margins, not because the rule never fires."""
    store = memory_store()
    site = add_site(store)
    store.add_entry(Entry.new(site_id=site.id, date=day(0), size_mm=1.4))
    store.add_entry(Entry.new(site_id=site.id, date=day(7), size_mm=2.6))
    assert [a.rule for a in current_alerts(store)] == ["rapid_growth"]
