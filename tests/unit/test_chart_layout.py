"""Charts a doctor can read: legends beside the data, never over it; whole numbers on a 0-10
axis; the first and last point of the period drawn whole; lab charts on the period's axis."""

from __future__ import annotations

import datetime as dt

from matplotlib.backends.backend_agg import FigureCanvasAgg

from journal.core.charts.figures import lab_figure, site_figure
from journal.core.domain.model import Entry, LabResult, Site

SITE = Site.new(name="Left elbow", kind="deposit", region="elbow", id=1)
SINCE, UNTIL = dt.date(2026, 1, 1), dt.date(2026, 3, 1)


def _entries() -> list[Entry]:
    methods = ["ruler", "photo", "calliper", "estimate", None]
    return [
        Entry.new(
            site_id=1,
            date=SINCE + dt.timedelta(days=14 * i),
            size_mm=9.0 - i,  # the largest first: where a legend in the corner would sit
            size_method=methods[i],
            count=3,
            pain=2 + i,
            tightness=9 - i,
            inflamed=i == 2,
            id=i + 1,
        )
        for i in range(5)
    ] + [Entry.new(site_id=1, date=UNTIL, size_mm=4.0, size_method="ruler", pain=7, id=9)]


def test_legends_sit_outside_every_plot_and_the_rating_axis_is_whole():
    figure = site_figure(
        SITE,
        _entries(),
        alert_dates=[SINCE + dt.timedelta(days=28)],
        since=SINCE,
        until=UNTIL,
        photo_uncertainty={2: 0.3},
        width=7.0,
        height=2.0,
        title=False,
    )
    FigureCanvasAgg(figure).draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    plots = [a for a in figure.axes if a.get_legend() is not None]
    assert len(plots) == 2  # sizes (with the six-line method key) and ratings
    frames = [a.get_window_extent(renderer) for a in figure.axes]
    for axes in plots:
        box = axes.get_legend().get_window_extent(renderer)
        # Clear of every plot area: the legend starts right of the widest frame, counts included.
        assert all(box.x0 >= frame.x1 - 1 for frame in frames if frame.y1 > box.y0 and frame.y0 < box.y1)
        assert box.x1 <= figure.bbox.x1 + 1  # and still on the figure
    ratings = next(a for a in plots if a.get_ylabel() == "rating")
    ticks = [t for t in ratings.get_yticks() if 0 <= t <= 10]
    assert ticks and all(float(t).is_integer() for t in ticks)


def test_the_last_point_of_the_period_is_drawn_whole():
    figure = site_figure(SITE, _entries(), since=SINCE, until=UNTIL)
    left, right = figure.axes[0].get_xlim()
    from matplotlib.dates import date2num

    assert left < date2num(SINCE) and right > date2num(UNTIL)  # room beyond the first and last day


def test_lab_charts_share_the_period_as_their_time_axis():
    labs = [
        LabResult.new(date="2026-01-10", test="calcium", value=2.4, unit="mmol/L", low=2.2, high=2.6),
        LabResult.new(date="2026-01-20", test="calcium", value=2.7, unit="mmol/L", low=2.2, high=2.6),
        LabResult.new(date="2026-02-20", test="phosphate", value=1.1, unit="mmol/L", low=0.8, high=1.5),
        LabResult.new(date="2026-02-25", test="phosphate", value=1.2, unit="mmol/L", low=0.8, high=1.5),
    ]
    limits = {
        test: lab_figure(labs, test, since=SINCE, until=UNTIL).axes[0].get_xlim()
        for test in ("calcium", "phosphate")
    }
    assert limits["calcium"] == limits["phosphate"]
