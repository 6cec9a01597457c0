"""Charts of change over time, as matplotlib Figures (no pyplot, no Qt).

The window wraps these in a canvas and the doctor summary renders the same figures, so a
chart looks the same in both. matplotlib is imported inside the functions: starting the
app or the command line does not pay for it until a chart is drawn. Lines differ by marker
and dash as well as colour, so a black-and-white printout stays readable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from journal.core.choices import LAB_TEST_LABELS
from journal.core.model import CareEvent, Entry, LabResult, Site

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

SIZE_STYLE: dict[str, Any] = {"color": "#1f5f8b", "marker": "o", "linestyle": "-", "markersize": 4, "linewidth": 1.6}
COUNT_STYLE: dict[str, Any] = {"color": "#7a4f9a", "marker": "s", "linestyle": "--", "markersize": 4, "linewidth": 1.2}
TIGHTNESS_STYLE: dict[str, Any] = {"color": "#2f6f73", "marker": "^", "linestyle": "-", "markersize": 4, "linewidth": 1.6}
PAIN_STYLE: dict[str, Any] = {"color": "#b5452b", "marker": "v", "linestyle": ":", "markersize": 4, "linewidth": 1.4}
CARE_COLOUR = "#8a8a8a"
ALERT_COLOUR = "#c0392b"


def _new_figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _series(entries: Iterable[Entry], field: str) -> tuple[list[dt.date], list[float]]:
    dates, values = [], []
    for entry in entries:
        value = getattr(entry, field)
        if value is not None:
            dates.append(entry.date)
            values.append(float(value))
    return dates, values


def _mark_events(axes: Axes, care_dates: Sequence[dt.date], alert_dates: Sequence[dt.date]) -> None:
    for day in sorted(set(care_dates)):
        axes.axvline(day, color=CARE_COLOUR, linewidth=0.6, alpha=0.35, zorder=0)
    for day in sorted(set(alert_dates)):
        axes.axvline(day, color=ALERT_COLOUR, linewidth=1.2, linestyle="--", zorder=1)


def _date_axis(axes: Axes) -> None:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator(minticks=3, maxticks=8)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))


def _in_range(day: dt.date, since: dt.date | None, until: dt.date | None) -> bool:
    return (since is None or day >= since) and (until is None or day <= until)


def site_figure(
    site: Site,
    entries: Sequence[Entry],
    care: Sequence[CareEvent] = (),
    alert_dates: Sequence[dt.date] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    width: float = 7.0,
    height: float = 4.2,
) -> Figure:
    """Size and count over time (top), tightness and pain (bottom); care events as grey
    lines and alert dates as red dashed lines on the shared time axis."""
    shown = [e for e in entries if _in_range(e.date, since, until)]
    care_dates = [c.date for c in care if _in_range(c.date, since, until)]
    alerts = [d for d in alert_dates if _in_range(d, since, until)]
    figure = _new_figure(width, height)
    top, bottom = figure.subplots(2, 1, sharex=True)
    figure.suptitle(site.name, fontsize=11, fontweight="bold")

    dates, sizes = _series(shown, "size_mm")
    top.plot(dates, sizes, label="largest size (mm)", gid="size_mm", **SIZE_STYLE)
    top.set_ylabel("size (mm)")
    count_axes = top.twinx()
    dates_c, counts = _series(shown, "count")
    count_axes.plot(dates_c, counts, label="count", gid="count", **COUNT_STYLE)
    count_axes.set_ylabel("count")
    if counts:
        count_axes.set_ylim(bottom=0, top=max(counts) * 1.2 + 1)
    if sizes:
        top.set_ylim(bottom=0, top=max(sizes) * 1.2 + 0.5)
    handles = top.get_lines()[:1] + count_axes.get_lines()[:1]
    top.legend(handles, [h.get_label() for h in handles], loc="upper left", fontsize=8, frameon=False)

    dates_t, tightness = _series(shown, "tightness")
    bottom.plot(dates_t, tightness, label="tightness (0-10)", gid="tightness", **TIGHTNESS_STYLE)
    dates_p, pain = _series(shown, "pain")
    bottom.plot(dates_p, pain, label="pain (0-10)", gid="pain", **PAIN_STYLE)
    bottom.set_ylim(-0.5, 10.5)
    bottom.set_ylabel("rating")
    bottom.legend(loc="upper left", fontsize=8, frameon=False)

    for axes in (top, bottom):
        _mark_events(axes, care_dates, alerts)
        axes.grid(True, alpha=0.25)
    if since is not None or until is not None:
        known = [e.date for e in shown] or [since or until]
        bottom.set_xlim(since or min(known), until or max(known))  # type: ignore[type-var]
    _date_axis(bottom)
    if not shown:
        top.text(0.5, 0.5, "No entries in this period", transform=top.transAxes, ha="center", va="center")
    return figure


def lab_figure(labs: Sequence[LabResult], test: str, width: float = 7.0, height: float = 2.6) -> Figure:
    """One lab test over time with the lab's own reference range as a shaded band."""
    rows = sorted((lab for lab in labs if lab.test == test), key=lambda lab: lab.date)
    figure = _new_figure(width, height)
    axes = figure.subplots()
    unit = rows[-1].unit if rows else ""
    axes.set_title(f"{LAB_TEST_LABELS.get(test, test)} ({unit})" if unit else LAB_TEST_LABELS.get(test, test),
                   fontsize=10)
    banded = [lab for lab in rows if lab.low is not None and lab.high is not None]
    if banded:
        axes.fill_between(
            [lab.date for lab in banded], [lab.low for lab in banded], [lab.high for lab in banded],  # type: ignore[misc]
            step="mid", color="#9fc5a8", alpha=0.45, hatch="//", edgecolor="#5d8a68", linewidth=0,
            label="lab's reference range",
        )
    axes.plot([lab.date for lab in rows], [lab.value for lab in rows], gid="value", **SIZE_STYLE,
              label="result")
    flagged = [lab for lab in rows if lab.out_of_range]
    if flagged:
        axes.plot([lab.date for lab in flagged], [lab.value for lab in flagged], linestyle="none",
                  marker="X", markersize=8, color=ALERT_COLOUR, label="outside the lab's range", gid="out_of_range")
    axes.grid(True, alpha=0.25)
    _date_axis(axes)
    axes.legend(loc="best", fontsize=8, frameon=False)
    return figure
