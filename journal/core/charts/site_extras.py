"""What a site's chart shows beside its entries: the thickness its visits' ultrasounds measured
(migration 0009) and the phases of its lifecycle as shaded spans (migration 0010); and the
hand-function chart of finger-to-palm distances (migration 0011)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from journal.core.charts.words import ChartWords
from journal.core.domain.hand import FINGERS, HANDS, FingerPalm, finger_words
from journal.core.domain.phases import SitePhase, phase_label, spans

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from journal.core.store import Store

ULTRASOUND_STYLE: dict[str, Any] = {
    "color": "#6b4226",
    "marker": "h",
    "linestyle": "-.",
    "markersize": 7,
    "linewidth": 1.2,
}
# Light fills, each with its own hatch, so the phases read in black and white too.
PHASE_FILLS: dict[str, tuple[str, str]] = {
    "active": ("#f4d6a0", ""),
    "broke_open": ("#f2a7a0", "xx"),
    "healing": ("#cfe3c1", ".."),
    "healed": ("#e3ecf5", ""),
    "removed": ("#dddddd", "//"),
}


@dataclasses.dataclass(frozen=True)
class SiteChartExtras:
    ultrasound: tuple[tuple[dt.date, float], ...] = ()  # (visit date, thickness in mm)
    phases: tuple[SitePhase, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.ultrasound or self.phases)


def site_chart_extras(store: Store, site_id: int | None) -> SiteChartExtras:
    if site_id is None:
        return SiteChartExtras()
    ultrasound = tuple(
        (v.date, float(v.ultrasound_mm)) for v in store.visits() if v.site_id == site_id and v.ultrasound_mm
    )
    return SiteChartExtras(ultrasound, tuple(store.site_phases(site_id)))


def draw_site_extras(
    panels: Sequence[tuple[str, Axes]], extras: SiteChartExtras, since: dt.date | None, until: dt.date | None
) -> None:
    """Shade each phase over every panel (labelled in the first) and plot the ultrasound
    thickness on the size panel, named in its legend."""
    shown = [
        (d, mm)
        for d, mm in extras.ultrasound
        if (since is None or d >= since) and (until is None or d <= until)
    ]
    for name, axes in panels:
        if name == "size" and shown:
            _ultrasound(axes, shown)
    if not extras.phases or not panels:
        return
    from matplotlib.dates import num2date
    from matplotlib.transforms import blended_transform_factory

    # The phase still going is shaded to the end of what the chart shows, not to today: an
    # open span would otherwise stretch the time axis past the last entry.
    first_axes = panels[0][1]
    xlim = first_axes.get_xlim()
    latest = max([p.date for p in extras.phases] + [num2date(xlim[1]).date()])
    limit = until or latest
    for index, span in enumerate(spans(extras.phases)):
        start = max(span.start, since) if since else span.start
        end = min(span.end or limit, limit)
        if end < start:
            continue
        colour, hatch = PHASE_FILLS[span.phase]
        for n, (_, axes) in enumerate(panels):
            axes.axvspan(
                start,  # type: ignore[arg-type]
                end if end > start else end + dt.timedelta(days=1),  # type: ignore[arg-type]
                color=colour,
                alpha=0.45,
                hatch=hatch,
                linewidth=0,
                zorder=0,
                gid=f"phase_{index}" if n == 0 else None,
            )
        first = panels[0][1]
        first.text(
            start,  # type: ignore[arg-type]
            0.02,
            phase_label(span.phase),
            transform=blended_transform_factory(first.transData, first.transAxes),
            fontsize=7,
            va="bottom",
            ha="left",
            color="#444444",
            rotation=90,
            clip_on=True,
        )
    if len({p.date for p in extras.phases}) and latest <= num2date(xlim[1]).date():
        for _, axes in panels:
            axes.set_xlim(xlim)  # the shading does not widen the time axis


def _ultrasound(axes: Axes, points: Sequence[tuple[dt.date, float]]) -> None:
    (line,) = axes.plot(
        [d for d, _ in points],  # type: ignore[arg-type]
        [mm for _, mm in points],
        label=ChartWords.tr("thickness on ultrasound (mm)"),
        gid="ultrasound_mm",
        **ULTRASOUND_STYLE,
    )
    bottom, top = axes.get_ylim()
    highest = max(mm for _, mm in points)
    if highest * 1.2 > top:
        axes.set_ylim(bottom=min(bottom, 0), top=highest * 1.2 + 0.5)
    legend = axes.get_legend()
    handles: list[Any] = [h for h in legend.legend_handles if h is not None] if legend is not None else []
    labels = [t.get_text() for t in legend.get_texts()] if legend is not None else []
    axes.legend(
        [*handles, line], [*labels, str(line.get_label())], loc="upper left", fontsize=8, frameon=False
    )


# -- hand function ------------------------------------------------------------------------
FINGER_MARKERS = {"index": "o", "middle": "s", "ring": "^", "little": "D"}
HAND_LINES = {"left": "-", "right": "--"}


def hand_figure(
    readings: Sequence[FingerPalm],
    width: float = 7.0,
    height: float = 3.0,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> Figure:
    """Finger-to-palm distance over time, one line per hand and finger (dashed: right hand;
    marker: the finger). Lower is better: 0 mm is a fingertip that reaches the palm's crease."""
    from matplotlib.figure import Figure

    from journal.core.charts.figures import _date_axis, localise_ticks
    from journal.core.charts.fonts import use_fallback_fonts

    shown = [r for r in readings if (since is None or r.date >= since) and (until is None or r.date <= until)]
    use_fallback_fonts()
    figure = Figure(figsize=(width, height), layout="constrained")
    axes = figure.subplots()
    axes.set_title(ChartWords.tr("Finger-to-palm distance (larger is stiffer)"), fontsize=10)
    for hand in HANDS:
        for finger in FINGERS:
            mine = [r for r in shown if r.hand == hand and r.finger == finger]
            if mine:
                axes.plot(
                    [r.date for r in mine],  # type: ignore[arg-type]
                    [r.distance_mm for r in mine],
                    linestyle=HAND_LINES[hand],
                    marker=FINGER_MARKERS[finger],
                    markersize=5,
                    linewidth=1.3,
                    label=finger_words(hand, finger),
                    gid=f"{hand}_{finger}",
                )
    axes.set_ylabel("mm")
    top = max((r.distance_mm for r in shown), default=10.0)
    axes.set_ylim(bottom=0, top=top * 1.25 + 2)
    axes.grid(True, alpha=0.25)
    _date_axis(axes)
    if shown:
        axes.legend(loc="upper left", fontsize=7, frameon=False, ncols=4)
    else:
        axes.text(
            0.5,
            0.5,
            ChartWords.tr("No readings in this period"),
            transform=axes.transAxes,
            ha="center",
            va="center",
        )
    localise_ticks(figure)
    return figure
