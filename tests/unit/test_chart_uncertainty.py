"""The site chart draws each size with its ± as an error bar and marks how it was measured; the
same figure code serves the window, the command line's PNG and the summary."""

from __future__ import annotations

import datetime as dt

import pytest

from journal.core.charts.figures import METHOD_MARKERS, site_figure, size_points
from journal.core.domain.model import Entry, Site

SITE = Site.new(name="Left elbow", kind="deposit", region="elbow", id=1)


def _entries() -> list[Entry]:
    return [
        Entry.new(site_id=1, date="2026-01-05", size_mm=5.0, size_method="ruler", id=1),
        Entry.new(site_id=1, date="2026-02-05", size_mm=5.5, size_method="photo", id=2),
        Entry.new(site_id=1, date="2026-03-05", size_mm=6.0, size_method="estimate", id=3),
        Entry.new(site_id=1, date="2026-04-05", size_mm=6.2, id=4),  # no method recorded
        Entry.new(site_id=1, date="2026-04-06", pain=3, id=5),  # no size
    ]


def test_size_points_carry_their_uncertainty():
    points = size_points(_entries(), {2: 0.3})
    assert [(p.date.month, p.size_mm, p.uncertainty_mm, p.method) for p in points] == [
        (1, 5.0, 1.5, "ruler"),
        (2, 5.5, 0.3, "photo"),
        (3, 6.0, 3.0, "estimate"),
        (4, 6.2, None, None),
    ]


def test_the_chart_draws_error_bars_and_a_marker_per_method():
    figure = site_figure(SITE, _entries(), photo_uncertainty={2: 0.3})
    axes = figure.axes[0]
    (bars,) = [c for c in axes.collections if c.get_gid() == "size_uncertainty"]
    spans = sorted(round(float(seg[1][1] - seg[0][1]), 6) for seg in bars.get_segments())
    assert spans == pytest.approx([0.6, 3.0, 6.0])  # 2 x ±0.3, ±1.5, ±3.0; none for the unknown
    marked = {
        line.get_label(): line for line in axes.get_lines() if str(line.get_label()).startswith("size by")
    }
    assert set(marked) == {"size by photo measurement", "size by ruler", "size by estimate"}
    assert marked["size by photo measurement"].get_marker() == METHOD_MARKERS["photo"]
    assert list(marked["size by ruler"].get_xdata()) == [dt.date(2026, 1, 5)]
    legend = [t.get_text() for t in axes.get_legend().get_texts()]
    assert "± how far the size may be off" in legend and "size by ruler" in legend
    assert axes.get_ylim()[1] >= 6.0 + 3.0  # the top of the widest bar stays in view


def test_a_chart_without_methods_looks_as_before():
    entries = [Entry.new(site_id=1, date=f"2026-0{m}-01", size_mm=3 + m / 10, id=m) for m in (1, 2, 3)]
    axes = site_figure(SITE, entries).axes[0]
    assert not [c for c in axes.collections if c.get_gid() == "size_uncertainty"]
    assert [t.get_text() for t in axes.get_legend().get_texts()] == ["largest size (mm)"]
