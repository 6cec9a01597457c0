"""The trend arrow beside a site: size first, tightness for areas, small changes are steady."""

from __future__ import annotations

import datetime as dt

from journal.core.charts.trends import Direction, trend
from journal.core.domain.model import Entry


def _entries(field: str, values: list[float | None]) -> list[Entry]:
    start = dt.date(2026, 1, 1)
    return [
        Entry(site_id=1, date=start + dt.timedelta(days=7 * i), id=i + 1, **{field: v})
        for i, v in enumerate(values)
    ]


def test_fewer_than_two_values_gives_no_arrow() -> None:
    assert trend([]) is None
    assert trend(_entries("size_mm", [4.0])) is None
    assert trend(_entries("size_mm", [None, 4.0, None])) is None


def test_growing_size_points_up_and_shrinking_points_down() -> None:
    up = trend(_entries("size_mm", [4.0, 4.0, 4.0, 5.0]))
    assert up is not None and up.direction is Direction.UP and up.field == "size_mm"
    assert up.latest == 5.0 and up.earlier == 4.0
    down = trend(_entries("size_mm", [6.0, 6.2, 5.8, 4.9]))
    assert down is not None and down.direction is Direction.DOWN


def test_change_within_ruler_precision_is_steady() -> None:
    steady = trend(_entries("size_mm", [5.1, 5.1, 5.1, 5.5]))
    assert steady is not None and steady.direction is Direction.STEADY
    # Exactly half a millimetre is a real change, despite floating point (2.3 - 1.8).
    edge = trend(_entries("size_mm", [1.8, 2.3]))
    assert edge is not None and edge.direction is Direction.UP


def test_large_deposits_need_a_ten_percent_change() -> None:
    steady = trend(_entries("size_mm", [20.0, 20.0, 21.5]))
    assert steady is not None and steady.direction is Direction.STEADY
    up = trend(_entries("size_mm", [20.0, 20.0, 22.0]))
    assert up is not None and up.direction is Direction.UP


def test_only_the_three_values_before_the_latest_count() -> None:
    # The old high values are far back: compared with the last three, 3.0 is steady.
    result = trend(_entries("size_mm", [9.0, 9.0, 3.0, 3.0, 3.0, 3.0]))
    assert result is not None and result.direction is Direction.STEADY and result.earlier == 3.0


def test_area_without_sizes_follows_tightness() -> None:
    result = trend(_entries("tightness", [3, 3, 4, 6]))
    assert result is not None and result.field == "tightness" and result.direction is Direction.UP
    assert "Tightness went up" in result.describe()
    steady = trend(_entries("tightness", [4, 5, 4, 5]))
    assert steady is not None and steady.direction is Direction.STEADY


def test_order_of_the_entries_given_does_not_matter() -> None:
    entries = _entries("size_mm", [4.0, 4.0, 4.0, 5.0])
    assert trend(list(reversed(entries))) == trend(entries)
