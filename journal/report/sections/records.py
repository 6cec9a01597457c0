"""The person-level records of the period: daily checks, labs, care, visits."""

from __future__ import annotations

from journal.core.domain.lab_tests import label as lab_label
from journal.core.domain.model import LabResult
from journal.core.language import Words
from journal.core.summary.tree import Summary
from journal.report.pictures import Pictures
from journal.report.sections.common import anchor, dates_list, day, decimal, table, text
from journal.report.sections.lab_note import lab_note
from journal.report.sections.lifecycle_hand import findings_cell, hand_section


class ReportRecordsWords(Words):
    "The summary's records of the period: daily checks, labs, care, visits."


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
    heading = "<h2>" + anchor("records", ReportRecordsWords.tr("Daily checks")) + "</h2>"
    if daily.days_checked == 0:
        return (
            f"{heading}<p>" + ReportRecordsWords.tr("No daily checks were recorded in this period.") + "</p>"
        )
    none = ReportRecordsWords.tr("none")
    rows = [[s.label, str(len(s.days)), dates_list(s.days) if s.days else none] for s in daily.symptoms]
    checked, days = daily.days_checked, summary.period.days
    # English has no translation to choose its singular: a message for one day checked, one for more.
    said = (
        ReportRecordsWords.tr("%n day checked of the period's {days}.", "", checked)
        if checked == 1
        else ReportRecordsWords.tr("%n days checked of the period's {days}.", "", checked)
    ).format(days=_days(days))
    headers = [
        ReportRecordsWords.tr("Reported"),
        ReportRecordsWords.tr("Days"),
        ReportRecordsWords.tr("Dates"),
    ]
    return f"{heading}<p>{said}</p>" + table(headers, rows, widths=[26, 8, 66])


def _days(n: int) -> str:
    return ReportRecordsWords.tr("%n day", "", n) if n == 1 else ReportRecordsWords.tr("%n days", "", n)


def _labs(summary: Summary, pictures: Pictures) -> str:
    if not summary.labs:
        heading, none = (
            ReportRecordsWords.tr("Lab results"),
            ReportRecordsWords.tr("No lab results in this period."),
        )
        return f"<h2>{heading}</h2><p>{none}</p>"
    outside = ReportRecordsWords.tr("outside the lab's range")
    rows = [
        [
            day(lab.date),
            text(lab_label(lab.test)),
            decimal(lab.value),
            text(lab.unit),
            _range(lab),
            f"<b>{outside}</b>"
            if lab.out_of_range
            else ReportRecordsWords.tr("within")
            if _has_range(lab)
            else "",
            text(lab.note or ""),
        ]
        for lab in summary.labs
    ]
    parts = [
        "<h2>" + ReportRecordsWords.tr("Lab results") + "</h2>",
        table(
            [
                ReportRecordsWords.tr("Date"),
                ReportRecordsWords.tr("Test"),
                ReportRecordsWords.tr("Result"),
                ReportRecordsWords.tr("Unit"),
                ReportRecordsWords.tr("Lab's range"),
                ReportRecordsWords.tr("Range"),
                ReportRecordsWords.tr("Note"),
            ],
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
        return f"{decimal(lab.low)} &ndash; {decimal(lab.high)}"
    if lab.low is not None:
        return ReportRecordsWords.tr("at least {value}").format(value=decimal(lab.low))
    if lab.high is not None:
        return ReportRecordsWords.tr("at most {value}").format(value=decimal(lab.high))
    return ""


def _care(summary: Summary) -> str:
    if not summary.care:
        heading, none = (
            ReportRecordsWords.tr("Care"),
            ReportRecordsWords.tr("No care was recorded in this period."),
        )
        return f"<h2>{heading}</h2><p>{none}</p>"
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
    headers = [
        ReportRecordsWords.tr("What"),
        ReportRecordsWords.tr("Kind"),
        ReportRecordsWords.tr("Usual amount"),
        ReportRecordsWords.tr("How often"),
        ReportRecordsWords.tr("Times in period"),
        ReportRecordsWords.tr("Since"),
        ReportRecordsWords.tr("Last"),
    ]
    return (
        "<h2>"
        + ReportRecordsWords.tr("Care")
        + "</h2>"
        + table(
            headers,
            rows,
            widths=[22, 13, 14, 17, 10, 12, 12],
            nowrap=(5, 6),
        )
    )


def _visits(summary: Summary) -> str:
    if not summary.visits:
        heading, none = (
            ReportRecordsWords.tr("Visits"),
            ReportRecordsWords.tr("No visits were recorded in this period."),
        )
        return f"<h2>{heading}</h2><p>{none}</p>"
    rows = [
        [day(v.date), text(v.clinician or ""), findings_cell(v, summary.site_names), text(v.note or "")]
        for v in summary.visits
    ]
    headers = [
        ReportRecordsWords.tr("Date"),
        ReportRecordsWords.tr("Clinician"),
        ReportRecordsWords.tr("Findings"),
        ReportRecordsWords.tr("Note"),
    ]
    return (
        "<h2>"
        + ReportRecordsWords.tr("Visits and findings")
        + "</h2>"
        + table(headers, rows, widths=[12, 20, 40, 28], nowrap=(0,))
    )
