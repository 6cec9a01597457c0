"""The summary's words for a site's phases, a visit's structured findings and hand function."""

from __future__ import annotations

from collections.abc import Mapping

from journal.core.domain.hand import FINGERS, HANDS, SOURCE
from journal.core.domain.model import Visit, plain_text
from journal.core.domain.phases import spans
from journal.core.summary.tree import SiteSummary, Summary
from journal.report.pictures import Pictures
from journal.report.sections.common import day, table, text

HAND_CHART_SIZE_IN = (7.0, 2.4)


def phases_line(site: SiteSummary) -> str:
    """Every phase of the site's lifecycle with its dates (shaded in the chart)."""
    history = spans(site.chart_extras.phases)
    if not history:
        return ""
    said = "; ".join(
        f"{text(s.label)} from {day(s.start)}" + (f" to {day(s.end)}" if s.end else " (now)") for s in history
    )
    return f"<p><b>Phases:</b> {said} (shaded in the chart).</p>"


def findings_cell(visit: Visit, site_names: Mapping[int, str]) -> str:
    """What the doctor said, then the structured findings, each named."""
    parts = [text(visit.findings)] if visit.findings else []
    if visit.site_id is not None:
        parts.append(f"<b>Site:</b> {text(site_names.get(visit.site_id, 'a deleted site'))}")
    if visit.ultrasound_mm is not None or visit.ultrasound_depth_mm is not None:
        sizes = []
        if visit.ultrasound_mm is not None:
            sizes.append(f"{plain_text(visit.ultrasound_mm)} mm thick")
        if visit.ultrasound_depth_mm is not None:
            sizes.append(f"{plain_text(visit.ultrasound_depth_mm)} mm deep")
        parts.append(f"<b>Ultrasound:</b> {', '.join(sizes)}")
    if visit.xray:
        parts.append(f"<b>X-ray:</b> {text(visit.xray)}")
    if visit.biopsy is not None or visit.biopsy_result:
        result = f": {text(visit.biopsy_result)}" if visit.biopsy_result else ""
        parts.append(f"<b>Biopsy:</b> {'done' if visit.biopsy else 'not done'}{result}")
    if visit.named_type:
        parts.append(f"<b>Type named:</b> {text(visit.named_type)}")
    return "<br>".join(parts)


def hand_section(summary: Summary, pictures: Pictures) -> str:
    """First and latest finger-to-palm distance per hand and finger in the period, and the chart."""
    if not summary.hand:
        return ""
    rows = []
    for hand in HANDS:
        for finger in FINGERS:
            mine = [r for r in summary.hand if r.hand == hand and r.finger == finger]
            if mine:
                first, last = mine[0], mine[-1]
                change = f"{last.distance_mm - first.distance_mm:+g} mm" if len(mine) > 1 else "&ndash;"
                rows.append(
                    [
                        f"{hand} {finger}",
                        f"{first.distance_mm:g} mm ({day(first.date)})",
                        f"{last.distance_mm:g} mm ({day(last.date)})",
                        change,
                    ]
                )
    from journal.core.charts.site_extras import hand_figure

    def make(width: float, height: float):  # type: ignore[no-untyped-def]
        return hand_figure(summary.hand, width=width, height=height)

    return (
        "<h2>Hand function</h2>"
        f"<p>Finger-to-palm distance measured at home with a ruler; larger means stiffer ({text(SOURCE)}).</p>"
        + table(["Finger", "First in period", "Latest", "Change"], rows, widths=[22, 30, 30, 18])
        + f'<p class="chart">{pictures.chart("chart-hand", make, *HAND_CHART_SIZE_IN)}</p>'
    )
