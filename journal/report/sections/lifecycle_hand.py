"""The summary's words for a site's phases, a visit's structured findings and hand function."""

from __future__ import annotations

from collections.abc import Mapping

from journal.core.domain.hand import FINGERS, HANDS, SOURCE
from journal.core.domain.model import Visit, plain_text
from journal.core.domain.phases import spans
from journal.core.language import Words
from journal.core.summary.tree import SiteSummary, Summary
from journal.report.pictures import Pictures
from journal.report.sections.common import day, decimal, decimal_sign, table, text


class ReportLifecycleWords(Words):
    "The summary's lines on a site's phases, a visit's findings and hand function."


HAND_CHART_SIZE_IN = (7.0, 2.4)


def phases_line(site: SiteSummary) -> str:
    """Every phase of the site's lifecycle with its dates (shaded in the chart)."""
    history = spans(site.chart_extras.phases)
    if not history:
        return ""
    said = "; ".join(
        (
            ReportLifecycleWords.tr("{phase} from {start} to {end}").format(
                phase=text(s.label), start=day(s.start), end=day(s.end)
            )
            if s.end
            else ReportLifecycleWords.tr("{phase} from {start} (now)").format(
                phase=text(s.label), start=day(s.start)
            )
        )
        for s in history
    )
    line = ReportLifecycleWords.tr("<b>Phases:</b> {phases} (shaded in the chart).").format(phases=said)
    return f"<p>{line}</p>"


def findings_cell(visit: Visit, site_names: Mapping[int, str]) -> str:
    """What the doctor said, then the structured findings, each named."""
    parts = [text(visit.findings)] if visit.findings else []
    if visit.site_id is not None:
        name = site_names.get(visit.site_id) or ReportLifecycleWords.tr("a deleted site")
        parts.append("<b>" + ReportLifecycleWords.tr("Site:") + f"</b> {text(name)}")
    if visit.ultrasound_mm is not None or visit.ultrasound_depth_mm is not None:
        sizes = []
        if visit.ultrasound_mm is not None:
            sizes.append(ReportLifecycleWords.tr("{size} mm thick").format(size=_mm(visit.ultrasound_mm)))
        if visit.ultrasound_depth_mm is not None:
            sizes.append(
                ReportLifecycleWords.tr("{size} mm deep").format(size=_mm(visit.ultrasound_depth_mm))
            )
        parts.append("<b>" + ReportLifecycleWords.tr("Ultrasound:") + f"</b> {', '.join(sizes)}")
    if visit.xray:
        parts.append("<b>" + ReportLifecycleWords.tr("X-ray:") + f"</b> {text(visit.xray)}")
    if visit.biopsy is not None or visit.biopsy_result:
        result = f": {text(visit.biopsy_result)}" if visit.biopsy_result else ""
        done = ReportLifecycleWords.tr("done") if visit.biopsy else ReportLifecycleWords.tr("not done")
        parts.append("<b>" + ReportLifecycleWords.tr("Biopsy:") + f"</b> {done}{result}")
    if visit.named_type:
        parts.append("<b>" + ReportLifecycleWords.tr("Type named:") + f"</b> {text(visit.named_type)}")
    return "<br>".join(parts)


def _mm(value: float) -> str:
    """A size in mm as recorded, with the locale's decimal sign."""
    return plain_text(value).replace(".", decimal_sign())


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
                moved = last.distance_mm - first.distance_mm
                change = (
                    f"{'+' if moved >= 0 else '-'}{decimal(abs(moved))} mm" if len(mine) > 1 else "&ndash;"
                )
                rows.append(
                    [
                        f"{hand} {finger}",
                        _measured(first.distance_mm, day(first.date)),
                        _measured(last.distance_mm, day(last.date)),
                        change,
                    ]
                )
    from journal.core.charts.site_extras import hand_figure

    def make(width: float, height: float):  # type: ignore[no-untyped-def]
        return hand_figure(summary.hand, width=width, height=height)

    explained = ReportLifecycleWords.tr(
        "Finger-to-palm distance measured at home with a ruler; larger means stiffer ({source})."
    ).format(source=text(SOURCE))
    headers = [
        ReportLifecycleWords.tr("Finger"),
        ReportLifecycleWords.tr("First in period"),
        ReportLifecycleWords.tr("Latest"),
        ReportLifecycleWords.tr("Change"),
    ]
    return (
        "<h2>" + ReportLifecycleWords.tr("Hand function") + f"</h2>"
        f"<p>{explained}</p>"
        + table(headers, rows, widths=[22, 30, 30, 18])
        + f'<p class="chart">{pictures.chart("chart-hand", make, *HAND_CHART_SIZE_IN)}</p>'
    )


def _measured(distance_mm: float, date: str) -> str:
    return ReportLifecycleWords.tr("{size} mm ({date})").format(size=decimal(distance_mm), date=date)
