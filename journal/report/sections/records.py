"""The person-level records of the period: daily checks, labs, care, visits."""

from __future__ import annotations

from journal.core.domain.lab_tests import label as lab_label
from journal.core.domain.model import LabResult
from journal.core.summary.tree import Summary
from journal.report.pictures import Pictures
from journal.report.sections.common import anchor, dates_list, day, plural, table, text
from journal.report.sections.lab_note import lab_note
from journal.report.sections.lifecycle_hand import findings_cell, hand_section

LAB_CHART_SIZE_IN = (7.0, 2.2)


def records_section(summary: Summary, pictures: Pictures) -> str:
    return "".join(
        [
            _daily(summary),
            _labs(summary, pictures),
            _care(summary),
            _visits(summary),
            hand_section(summary, pictures),
        ]
    )


def _daily(summary: Summary) -> str:
    daily = summary.daily
    heading = f"<h2>{anchor('records', 'Daily checks')}</h2>"
    if daily.days_checked == 0:
        return f"{heading}<p>No daily checks were recorded in this period.</p>"
    rows = [[s.label, str(len(s.days)), dates_list(s.days) if s.days else "none"] for s in daily.symptoms]
    return (
        f"{heading}<p>{plural(daily.days_checked, 'day')} checked of the period's "
        f"{plural(summary.period.days, 'day')}.</p>"
        + table(["Reported", "Days", "Dates"], rows, widths=[26, 8, 66])
    )


def _labs(summary: Summary, pictures: Pictures) -> str:
    if not summary.labs:
        return "<h2>Lab results</h2><p>No lab results in this period.</p>"
    rows = [
        [
            day(lab.date),
            text(lab_label(lab.test)),
            f"{lab.value:g}",
            text(lab.unit),
            _range(lab),
            "<b>outside the lab's range</b>" if lab.out_of_range else "within" if _has_range(lab) else "",
            text(lab.note or ""),
        ]
        for lab in summary.labs
    ]
    parts = [
        "<h2>Lab results</h2>",
        table(
            ["Date", "Test", "Result", "Unit", "Lab's range", "Range", "Note"],
            rows,
            widths=[12, 13, 9, 10, 14, 16, 26],
            nowrap=(0,),
        ),
    ]
    parts.append(lab_note(summary.labs))
    from journal.core.charts.figures import lab_figure
    from journal.core.charts.lab_units import lab_axes

    for test in summary.lab_tests_charted:
        for n, axis in enumerate(lab_axes(summary.labs, test)):  # one chart per unit

            def make(width: float, height: float, test: str = test, unit: str = axis.key):  # type: ignore[no-untyped-def]
                # Every lab chart on the period's time axis, so charts of one test line up.
                period = summary.period
                return lab_figure(
                    summary.labs,
                    test,
                    width=width,
                    height=height,
                    unit=unit,
                    since=period.since,
                    until=period.until,
                )

            name = f"chart-lab-{test}" + (f"-{n}" if n else "")
            parts.append(f'<p class="chart">{pictures.chart(name, make, *LAB_CHART_SIZE_IN)}</p>')
    return "".join(parts)


def _has_range(lab: LabResult) -> bool:
    return lab.low is not None or lab.high is not None


def _range(lab: LabResult) -> str:
    if lab.low is not None and lab.high is not None:
        return f"{lab.low:g} &ndash; {lab.high:g}"
    if lab.low is not None:
        return f"at least {lab.low:g}"
    if lab.high is not None:
        return f"at most {lab.high:g}"
    return ""


def _care(summary: Summary) -> str:
    if not summary.care:
        return "<h2>Care</h2><p>No care was recorded in this period.</p>"
    rows = [
        [
            f"<b>{text(c.what)}</b>",
            text(c.kind),
            text(c.dose or ""),
            text(c.how_often),
            str(c.times),
            day(c.since),
            day(c.last),
        ]
        for c in summary.care
    ]
    return "<h2>Care</h2>" + table(
        ["What", "Kind", "Usual amount", "How often", "Times in period", "Since", "Last"],
        rows,
        widths=[22, 13, 14, 17, 10, 12, 12],
        nowrap=(5, 6),
    )


def _visits(summary: Summary) -> str:
    if not summary.visits:
        return "<h2>Visits</h2><p>No visits were recorded in this period.</p>"
    rows = [
        [day(v.date), text(v.clinician or ""), findings_cell(v, summary.site_names), text(v.note or "")]
        for v in summary.visits
    ]
    return "<h2>Visits and findings</h2>" + table(
        ["Date", "Clinician", "Findings", "Note"], rows, widths=[12, 20, 40, 28], nowrap=(0,)
    )
