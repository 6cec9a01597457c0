"""Each chart's sentence and table (journal/core/charts/words.py): what a screen reader says and
what "Show as table" shows, from the same rows and period the chart draws."""

from __future__ import annotations

import datetime as dt

from journal.core.charts.words import (
    hand_summary,
    hand_table,
    lab_summary,
    lab_table,
    site_summary,
    site_table,
)
from journal.core.domain.hand import FingerPalm
from journal.core.domain.model import Entry, LabResult, Site

D = dt.date
FOREARM = Site.new(name="Left forearm", kind="deposit", region="forearm")


def _entries() -> list[Entry]:
    return [
        Entry.new(site_id=1, date="2026-11-30", size_mm=5.5, pain=1, id=3),
        Entry.new(site_id=1, date="2026-01-03", size_mm=4.1, pain=3, id=1),
        Entry.new(site_id=1, date="2026-06-01", note="only a note", id=2),
    ]


def test_site_sentence_says_where_each_line_starts_and_ends() -> None:
    assert site_summary(FOREARM, _entries()) == (
        "Left forearm: largest size from 4.1 mm on 2026-01-03 to 5.5 mm on 2026-11-30; pain from 3 to 1."
    )


def test_site_sentence_follows_the_period_and_says_when_nothing_is_in_it() -> None:
    assert site_summary(FOREARM, _entries(), since=D(2026, 6, 1)) == (
        "Left forearm: largest size 5.5 mm on 2026-11-30; pain 1 on 2026-11-30."
    )
    assert site_summary(FOREARM, _entries(), until=D(2025, 12, 31)) == (
        "Left forearm: nothing logged in this period."
    )


def test_site_sentence_gives_a_line_its_own_dates_when_they_differ() -> None:
    entries = [*_entries(), Entry.new(site_id=1, date="2026-12-01", tightness=4, id=4)]
    assert "tightness 4 on 2026-12-01" in site_summary(FOREARM, entries)


def test_a_line_that_ends_where_it_started_is_not_said_from_4_to_4() -> None:
    entries = [*_entries(), Entry.new(site_id=1, date="2026-01-03", tightness=4, id=5)]
    entries.append(Entry.new(site_id=1, date="2026-11-30", tightness=4, id=6))
    assert "tightness 4 at the start and the end" in site_summary(FOREARM, entries)
    assert site_summary(FOREARM, entries[3:]) == "Left forearm: tightness 4 on 2026-01-03 and on 2026-11-30."


def test_site_table_has_a_row_per_charted_entry_and_a_column_per_line() -> None:
    table = site_table(_entries())
    assert table.headers == ("Date", "Largest size (mm)", "Pain (0-10)")
    assert table.rows == (("2026-01-03", "4.1", "3"), ("2026-11-30", "5.5", "1"))


def test_lab_sentence_and_table_convert_to_the_charts_unit() -> None:
    labs = [
        LabResult.new(date="2026-01-03", test="calcium", value=2.3, unit="mmol/L", low=2.1, high=2.6),
        LabResult.new(date="2026-03-03", test="calcium", value=11.0, unit="mg/dL", low=8.5, high=10.5),
    ]
    sentence = lab_summary(labs, "calcium", unit="mg/dL")
    assert sentence.endswith(
        ": 2 results, from 9.22 on 2026-01-03 to 11 on 2026-03-03; 1 outside the lab's range."
    )
    table = lab_table(labs, "calcium", unit="mg/dL")
    assert table.headers == ("Date", "Result (mg/dL)", "Lab's range", "Outside range")
    assert table.rows[1] == ("2026-03-03", "11", "8.5-10.5", "yes")
    assert "no results in this period" in lab_summary(labs, "calcium", since=D(2027, 1, 1))


def test_hand_sentence_and_table_list_each_finger() -> None:
    readings = [
        FingerPalm.new(date="2026-01-03", hand="left", finger="index", distance_mm=12),
        FingerPalm.new(date="2026-05-03", hand="left", finger="index", distance_mm=8),
        FingerPalm.new(date="2026-05-03", hand="right", finger="ring", distance_mm=5),
    ]
    assert hand_summary(readings) == (
        "Finger-to-palm distance (larger is stiffer): left index from 12 mm on 2026-01-03 to 8 mm on "
        "2026-05-03; right ring 5 mm on 2026-05-03."
    )
    assert hand_table(readings).rows[-1] == ("2026-05-03", "right", "ring", "5")
    assert hand_summary([]).endswith("no readings in this period.")
