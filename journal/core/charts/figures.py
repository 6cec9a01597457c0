"""Charts of change over time, as matplotlib Figures (no pyplot, no Qt).

The window wraps these in a canvas and the doctor summary renders the same figures, so a
chart looks the same in both. matplotlib is imported inside the functions: starting the
app or the command line does not pay for it until a chart is drawn. Lines differ by marker
and dash as well as colour, so a black-and-white printout stays readable.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from journal.core.charts.colours import ALERT_COLOUR
from journal.core.charts.site_extras import SiteChartExtras, draw_site_extras
from journal.core.charts.words import ChartWords
from journal.core.domain.choices import CARE_KIND_LABELS, shown
from journal.core.domain.lab_tests import label as lab_label
from journal.core.domain.model import CareEvent, Entry, LabResult, Site
from journal.core.language import number
from journal.core.measure.uncertainty import SIZE_METHOD_LABELS, size_uncertainty_mm

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

SIZE_STYLE: dict[str, Any] = {
    "color": "#1f5f8b",
    "marker": "o",
    "linestyle": "-",
    "markersize": 4,
    "linewidth": 1.6,
}
COUNT_STYLE: dict[str, Any] = {
    "color": "#7a4f9a",
    "marker": "s",
    "linestyle": "--",
    "markersize": 4,
    "linewidth": 1.2,
}
TIGHTNESS_STYLE: dict[str, Any] = {
    "color": "#2f6f73",
    "marker": "^",
    "linestyle": "-",
    "markersize": 4,
    "linewidth": 1.6,
}
PAIN_STYLE: dict[str, Any] = {
    "color": "#b5452b",
    "marker": "v",
    "linestyle": ":",
    "markersize": 4,
    "linewidth": 1.4,
}
# How each size was measured, by the marker drawn over its point (a shape reads in black and white).
METHOD_MARKERS: dict[str, str] = {"photo": "D", "ruler": "o", "calliper": "P", "estimate": "*"}
CARE_COLOUR = "#8a8a8a"


def _new_figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    from journal.core.charts.fonts import use_fallback_fonts

    use_fallback_fonts()  # a site named in Japanese draws its name, not boxes
    return Figure(figsize=(width, height), layout="constrained")


def _series(entries: Iterable[Entry], field: str) -> tuple[list[dt.date], list[float]]:
    dates, values = [], []
    for entry in entries:
        value = getattr(entry, field)
        if value is not None:
            dates.append(entry.date)
            values.append(float(value))
    return dates, values


@dataclasses.dataclass(frozen=True)
class SizePoint:
    """One size of a site's series with its ± and how it was measured (None: not known)."""

    date: dt.date
    size_mm: float
    uncertainty_mm: float | None
    method: str | None


def size_points(
    entries: Iterable[Entry], photo_uncertainty: Mapping[int, float] | None = None
) -> list[SizePoint]:
    """The sizes of these entries with their uncertainty (journal/core/measure/uncertainty.py):
    a photo measurement's own (`photo_uncertainty`, by entry id), else the method's spread."""
    known = photo_uncertainty or {}
    return [
        SizePoint(
            e.date,
            float(e.size_mm),
            size_uncertainty_mm(e.size_method, e.size_mm, known.get(e.id) if e.id is not None else None),
            e.size_method,
        )
        for e in entries
        if e.size_mm is not None
    ]


def _mark_events(axes: Axes, care_dates: Sequence[dt.date], alert_dates: Sequence[dt.date]) -> None:
    for day in sorted(set(care_dates)):
        axes.axvline(day, color=CARE_COLOUR, linewidth=0.6, alpha=0.35, zorder=0)
    for day in sorted(set(alert_dates)):
        axes.axvline(day, color=ALERT_COLOUR, linewidth=1.2, linestyle="--", zorder=1)


# Month names as the axis writes them (matplotlib's strftime speaks only English).
MONTHS = (  # each marked by itself: the translation tools read the literal in the call
    ChartWords.mark("Jan"),
    ChartWords.mark("Feb"),
    ChartWords.mark("Mar"),
    ChartWords.mark("Apr"),
    ChartWords.mark("May"),
    ChartWords.mark("Jun"),
    ChartWords.mark("Jul"),
    ChartWords.mark("Aug"),
    ChartWords.mark("Sep"),
    ChartWords.mark("Oct"),
    ChartWords.mark("Nov"),
    ChartWords.mark("Dec"),
)


def _month_names(label: str) -> str:
    """`label` with each English month abbreviation in the person's language."""
    return re.sub(r"\b(" + "|".join(MONTHS) + r")\b", lambda m: ChartWords.tr(m.group(1)), label)


def localise_ticks(figure: Figure) -> None:
    """The value axes' numbers with the locale's decimal sign ("2,5"), as every other number shown;
    matplotlib's own formatter writes "2.5" whatever the language."""
    sign = number(1.5, 1)[1]
    if sign == ".":
        return
    from matplotlib.ticker import ScalarFormatter

    class LocaleScalarFormatter(ScalarFormatter):
        def __call__(self, x: float, pos: int | None = None) -> str:
            return str(super().__call__(x, pos)).replace(".", sign)

    for axes in figure.axes:
        if type(axes.yaxis.get_major_formatter()) is ScalarFormatter:
            axes.yaxis.set_major_formatter(LocaleScalarFormatter())


def _date_axis(axes: Axes) -> None:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    class LocalConciseDateFormatter(ConciseDateFormatter):
        def format_ticks(self, values: Any) -> list[str]:
            return [_month_names(label) for label in super().format_ticks(values)]

        def get_offset(self) -> str:
            return _month_names(super().get_offset())

    locator = AutoDateLocator(minticks=3, maxticks=8)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(LocalConciseDateFormatter(locator))


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
    photo_uncertainty: Mapping[int, float] | None = None,
    title: bool = True,
    extras: SiteChartExtras | None = None,
) -> Figure:
    """Size and count over time, then tightness and pain, on one time axis; alert dates as
    red dashed lines, care events as a strip of ticks underneath (one row per kind). Each size
    has an error bar of its ± and a marker for how it was measured (`photo_uncertainty`: the ±
    of photo-measured sizes by entry id, store.latest_measurements()).

    A panel appears only when its values were logged (a scalp area has no size), so a chart
    never shows an empty frame with a meaningless scale. `extras`: the thickness on the
    site's visits' ultrasounds and its lifecycle phases (charts/site_extras.py)."""
    shown = [e for e in entries if _in_range(e.date, since, until)]
    care_shown = [c for c in care if _in_range(c.date, since, until)]
    alerts = sorted({d for d in alert_dates if _in_range(d, since, until)})
    series = {name: _series(shown, name) for name in ("size_mm", "count", "tightness", "pain")}
    has_size = bool(series["size_mm"][0] or series["count"][0] or (extras and extras.ultrasound))
    has_ratings = bool(series["tightness"][0] or series["pain"][0])
    panels = (["size"] if has_size or not has_ratings else []) + (["ratings"] if has_ratings else [])
    ratios = [3.0] * len(panels) + ([0.2 + 0.22 * len({c.kind for c in care_shown})] if care_shown else [])

    figure = _new_figure(width, height)
    grid = figure.subplots(len(ratios), 1, sharex=True, squeeze=False, gridspec_kw={"height_ratios": ratios})
    all_axes = [row[0] for row in grid]
    if title:
        figure.suptitle(site.name, fontsize=11, fontweight="bold")
    sizes = size_points(shown, photo_uncertainty)
    for axes, panel in zip(all_axes, panels, strict=False):
        if panel == "size":
            _size_panel(axes, series, sizes)
        else:
            _ratings_panel(axes, series)
        _mark_events(axes, (), alerts)
        axes.grid(True, alpha=0.25)
    if care_shown:
        _care_strip(all_axes[-1], care_shown)
    if extras:
        draw_site_extras(list(zip(panels, all_axes, strict=False)), extras, since, until)
    if alerts:
        _add_alert_key(all_axes[0])
    last = all_axes[-1]
    if since is not None or until is not None:
        known = [e.date for e in shown] + [c.date for c in care_shown] or [since or until]
        _padded_xlim(last, since or min(known), until or max(known))  # type: ignore[type-var]
    _date_axis(last)
    if not shown:
        all_axes[0].text(
            0.5,
            0.5,
            ChartWords.tr("No entries in this period"),
            transform=all_axes[0].transAxes,
            ha="center",
            va="center",
        )
    localise_ticks(figure)
    return figure


def _size_panel(
    axes: Axes, series: dict[str, tuple[list[dt.date], list[float]]], points: Sequence[SizePoint] = ()
) -> None:
    from matplotlib.ticker import MaxNLocator

    dates, sizes = series["size_mm"]
    axes.plot(dates, sizes, label=ChartWords.tr("largest size (mm)"), gid="size_mm", **SIZE_STYLE)
    axes.set_ylabel(
        ChartWords.tr("size (mm)"), fontsize=8
    )  # fits a short panel (the summary's half-page chart)
    handles: list[Any] = [line for line in axes.get_lines() if len(line.get_xdata())]
    handles += _size_uncertainty(axes, points)
    if sizes:
        top = max(p.size_mm + (p.uncertainty_mm or 0) for p in points) if points else max(sizes)
        axes.set_ylim(bottom=0, top=top * 1.2 + 0.5)
    dates_c, counts = series["count"]
    if counts:  # a count axis only when counts were logged
        count_axes = axes.twinx()
        count_axes.plot(dates_c, counts, label=ChartWords.tr("count"), gid="count", **COUNT_STYLE)
        count_axes.set_ylabel(ChartWords.tr("count"), fontsize=8)
        count_axes.set_ylim(bottom=0, top=max(counts) * 1.2 + 1)
        count_axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        handles += count_axes.get_lines()[:1]
    _legend_outside(axes, handles, [str(h.get_label()) for h in handles])


def _legend_outside(axes: Axes, handles: Sequence[Any], labels: Sequence[str]) -> None:
    """The legend to the right of the plot area, never over a point (the size panel's method key
    has up to six lines); the constrained layout makes room for it. Beside a count axis on the
    right it starts past that axis's numbers and label (about 0.55 in)."""
    twin = any(other is not axes and other.bbox.bounds == axes.bbox.bounds for other in axes.figure.axes)
    width_in = axes.figure.figure.get_figwidth() * 0.7  # type: ignore[union-attr]  # about the plot area's width once laid out
    axes.legend(
        handles,
        labels,
        loc="upper left",
        bbox_to_anchor=(1.0 + (0.6 if twin else 0.05) / width_in, 1.0),
        borderaxespad=0.0,
        fontsize=7,
        frameon=False,
    )


def _size_uncertainty(axes: Axes, points: Sequence[SizePoint]) -> list[Any]:
    """Error bars of each size's ± and a marker per method; returns the legend's handles for them."""
    handles: list[Any] = []
    barred = [p for p in points if p.uncertainty_mm]
    if barred:
        bars = axes.errorbar(
            [p.date for p in barred],
            [p.size_mm for p in barred],
            yerr=[p.uncertainty_mm or 0.0 for p in barred],
            fmt="none",
            ecolor=SIZE_STYLE["color"],
            elinewidth=0.9,
            capsize=3,
            alpha=0.7,
            label=ChartWords.tr("± how far the size may be off"),
        )
        bars.lines[2][0].set_gid("size_uncertainty")
        handles.append(bars)
    for method, marker in METHOD_MARKERS.items():
        mine = [p for p in points if p.method == method]
        if not mine:
            continue
        (line,) = axes.plot(
            [p.date for p in mine],
            [p.size_mm for p in mine],
            linestyle="none",
            marker=marker,
            markersize=7 if marker == "*" else 5.5,
            markerfacecolor="white",
            markeredgecolor=SIZE_STYLE["color"],
            markeredgewidth=1.3,
            label=ChartWords.tr("size by {method}").format(method=SIZE_METHOD_LABELS[method]),
        )
        handles.append(line)
    return handles


def _ratings_panel(axes: Axes, series: dict[str, tuple[list[dt.date], list[float]]]) -> None:
    axes.plot(
        *series["tightness"], label=ChartWords.tr("tightness (0-10)"), gid="tightness", **TIGHTNESS_STYLE
    )
    axes.plot(*series["pain"], label=ChartWords.tr("pain (0-10)"), gid="pain", **PAIN_STYLE)
    from matplotlib.ticker import MaxNLocator

    axes.set_ylim(-0.5, 10.5)
    axes.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))  # a 0-10 rating has no 2.5
    axes.set_ylabel(ChartWords.tr("rating"), fontsize=8)
    handles = [line for line in axes.get_lines() if len(line.get_xdata())]
    _legend_outside(axes, handles, [str(h.get_label()) for h in handles])


def _care_strip(axes: Axes, care: Sequence[CareEvent]) -> None:
    """One row of ticks per kind of care: a daily routine reads as a solid bar, never as
    hundreds of lines across the values."""
    kinds = sorted({c.kind for c in care}, key=lambda kind: shown(CARE_KIND_LABELS, kind))
    for row, kind in enumerate(kinds):
        days = sorted({c.date for c in care if c.kind == kind})  # twice on a day: one tick
        axes.plot(
            days,
            [row] * len(days),
            linestyle="none",
            marker="|",
            markersize=7,
            color=CARE_COLOUR,
            gid=f"care_{kind}",
            label=shown(CARE_KIND_LABELS, kind),
        )
    axes.set_yticks(range(len(kinds)), [shown(CARE_KIND_LABELS, k) for k in kinds], fontsize=7)
    axes.set_ylim(len(kinds) - 0.4, -0.6)  # first kind on top, as in the legend order
    axes.tick_params(axis="y", length=0)
    axes.set_ylabel(ChartWords.tr("care"), fontsize=8)
    for spine in ("top", "right"):
        axes.spines[spine].set_visible(False)


def _add_alert_key(axes: Axes) -> None:
    """Explain the red dashed lines in the first panel's legend."""
    from matplotlib.lines import Line2D

    legend = axes.get_legend()
    handles: list[Any] = [h for h in legend.legend_handles if h is not None] if legend is not None else []
    labels = [t.get_text() for t in legend.get_texts()] if legend is not None else []
    handles.append(Line2D([], [], color=ALERT_COLOUR, linewidth=1.2, linestyle="--"))
    labels.append(ChartWords.tr("warning sign (alert)"))
    _legend_outside(axes, handles, labels)


def lab_figure(
    labs: Sequence[LabResult],
    test: str,
    width: float = 7.0,
    height: float = 2.6,
    since: dt.date | None = None,
    until: dt.date | None = None,
    unit: str | None = None,
) -> Figure:
    """One lab test over time with the lab's own reference range as a shaded band;
    `since`/`until` limit the period shown (the window's date range control). One unit per
    chart (`unit`, a lab_units.LabAxis key; default the test's most used): calcium and
    phosphate in mg/dL and mmol/L are converted onto one axis, other units get charts of their own."""
    from journal.core.charts.lab_units import axis_for, rows_on_axis

    axis = axis_for(labs, test, unit)
    rows = rows_on_axis(labs, axis, since, until) if axis is not None else []
    figure = _new_figure(width, height)
    axes = figure.subplots()
    axes.set_title(axis.words if axis is not None else lab_label(test), fontsize=10)
    banded = [lab for lab in rows if lab.low is not None and lab.high is not None]
    if banded:
        axes.fill_between(
            [lab.date for lab in banded],
            [lab.low for lab in banded],
            [lab.high for lab in banded],  # type: ignore[misc]
            step="mid",
            color="#9fc5a8",
            alpha=0.45,
            hatch="//",
            edgecolor="#5d8a68",
            linewidth=0,
            label=ChartWords.tr("lab's reference range"),
        )
    axes.plot(
        [lab.date for lab in rows],
        [lab.value for lab in rows],
        gid="value",
        **SIZE_STYLE,
        label=ChartWords.tr("result"),
    )
    flagged = [lab for lab in rows if lab.out_of_range]
    if flagged:
        axes.plot(
            [lab.date for lab in flagged],
            [lab.value for lab in flagged],
            linestyle="none",
            marker="X",
            markersize=8,
            color=ALERT_COLOUR,
            label=ChartWords.tr("outside the lab's range"),
            gid="out_of_range",
        )
    axes.grid(True, alpha=0.25)
    if since is not None or until is not None:
        known = [lab.date for lab in rows] or [since or until]
        _padded_xlim(axes, since or min(known), until or max(known))  # type: ignore[type-var]
    _date_axis(axes)
    if not rows:
        axes.text(
            0.5,
            0.5,
            ChartWords.tr("No results in this period"),
            transform=axes.transAxes,
            ha="center",
            va="center",
        )
    handles, labels = axes.get_legend_handles_labels()
    _legend_outside(axes, handles, labels)
    localise_ticks(figure)
    return figure


def _padded_xlim(axes: Axes, first: dt.date, last: dt.date) -> None:
    """The period with a little room at each end: a point on its first or last day is drawn
    whole, never cut in half by the frame."""
    pad = dt.timedelta(days=max(1.0, (last - first).days * 0.02))
    axes.set_xlim(first - pad, last + pad)  # type: ignore[arg-type]
