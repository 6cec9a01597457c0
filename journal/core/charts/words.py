"""What each chart shows, in words and as a table: for a screen reader, for "Show as table" in
the window, and for any printout that wants a sentence under its chart.

A matplotlib figure has no alternative text, so every chart of `figures.py` and `site_extras.py`
has a twin here built from the same rows and the same period: one sentence that says where the
lines start and end, and a table of every value drawn. No Qt, no matplotlib.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence

from journal.core.charts.lab_units import axis_for, rows_on_axis
from journal.core.domain.hand import FINGERS, HANDS, FingerPalm, finger_words
from journal.core.domain.lab_tests import label as lab_label
from journal.core.domain.model import Entry, LabResult, Site
from journal.core.language import Words, number


class ChartWords(Words):
    """The charts' one-sentence summaries and their tables' headers."""


# The lines of a site's chart (figures.site_figure), in the order they are drawn and said.
SITE_SERIES: tuple[tuple[str, str, str], ...] = (
    # (entry field, words, unit after a value)
    # (words marked here, translated where said)
    ("size_mm", ChartWords.mark("largest size"), " mm"),
    ("count", ChartWords.mark("count"), ""),
    ("tightness", ChartWords.mark("tightness"), ""),
    ("pain", ChartWords.mark("pain"), ""),
)
SITE_HEADERS = {
    "size_mm": ChartWords.mark("Largest size (mm)"),
    "count": ChartWords.mark("Count"),
    "tightness": ChartWords.mark("Tightness (0-10)"),
    "pain": ChartWords.mark("Pain (0-10)"),
}


@dataclasses.dataclass(frozen=True)
class ChartTable:
    """The values a chart draws, one row per date (or per reading), as text to show."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _in(day: dt.date, since: dt.date | None, until: dt.date | None) -> bool:
    return (since is None or day >= since) and (until is None or day <= until)


def _number(value: float) -> str:
    """At most two decimals: a converted lab value (9.21844) reads as the chart's axis does;
    written the locale's way (9,22 in German)."""
    plain = f"{round(value, 2):g}"
    return plain if "e" in plain else number(round(value, 2), len(plain.partition(".")[2]))


def _series_words(words: str, unit: str, points: Sequence[tuple[dt.date, float]], dates: bool) -> str:
    """'largest size from 4.1 mm on 2026-01-03 to 5.5 mm on 2026-11-30' (or one value, or no dates)."""
    (first_day, first), (last_day, last) = points[0], points[-1]
    said = dict(
        what=words,
        first=f"{_number(first)}{unit}",
        last=f"{_number(last)}{unit}",
        first_date=first_day.isoformat(),
        last_date=last_day.isoformat(),
    )
    if len(points) == 1:
        return ChartWords.tr("{what} {first} on {first_date}").format(**said)
    if _number(first) == _number(last):  # not "from 4 to 4"
        if dates:
            return ChartWords.tr("{what} {first} on {first_date} and on {last_date}").format(**said)
        return ChartWords.tr("{what} {first} at the start and the end").format(**said)
    if not dates:
        return ChartWords.tr("{what} from {first} to {last}").format(**said)
    return ChartWords.tr("{what} from {first} on {first_date} to {last} on {last_date}").format(**said)


def _sentence(subject: str, parts: Sequence[str], nothing: str) -> str:
    return f"{subject}: {'; '.join(parts) if parts else nothing}."


def _points(entries: Iterable[Entry], field: str) -> list[tuple[dt.date, float]]:
    return [(e.date, float(getattr(e, field))) for e in entries if getattr(e, field) is not None]


def _shown_entries(entries: Iterable[Entry], since: dt.date | None, until: dt.date | None) -> list[Entry]:
    return sorted((e for e in entries if _in(e.date, since, until)), key=lambda e: (e.date, e.id or 0))


def site_summary(
    site: Site, entries: Iterable[Entry], since: dt.date | None = None, until: dt.date | None = None
) -> str:
    """One sentence on a site's chart: 'Left forearm: largest size from 4.1 mm on 2026-01-03 to
    5.5 mm on 2026-11-30; pain from 3 to 1.' A line's dates are said only where they differ from
    the first line's, which usually spans them all."""
    shown = _shown_entries(entries, since, until)
    parts: list[str] = []
    span: tuple[dt.date, dt.date] | None = None
    for field, words, unit in SITE_SERIES:
        points = _points(shown, field)
        if not points:
            continue
        own = (points[0][0], points[-1][0])
        parts.append(_series_words(ChartWords.tr(words), unit, points, dates=span is None or own != span))
        span = span or own
    return _sentence(site.name, parts, ChartWords.tr("nothing logged in this period"))


def site_table(
    entries: Iterable[Entry], since: dt.date | None = None, until: dt.date | None = None
) -> ChartTable:
    """One row per entry in the period with a charted value; a column per line that has values."""
    shown = [
        e
        for e in _shown_entries(entries, since, until)
        if any(getattr(e, f) is not None for f, *_ in SITE_SERIES)
    ]
    fields = [f for f, *_ in SITE_SERIES if any(getattr(e, f) is not None for e in shown)]
    rows = tuple(
        (
            e.date.isoformat(),
            *("" if getattr(e, f) is None else _number(float(getattr(e, f))) for f in fields),
        )
        for e in shown
    )
    return ChartTable((ChartWords.tr("Date"), *(ChartWords.tr(SITE_HEADERS[f]) for f in fields)), rows)


def _lab_rows(
    labs: Sequence[LabResult], test: str, unit: str | None, since: dt.date | None, until: dt.date | None
) -> tuple[str, list[LabResult]]:
    axis = axis_for(labs, test, unit)
    if axis is None:
        return lab_label(test), []
    return axis.words, rows_on_axis(labs, axis, since, until)


def lab_summary(
    labs: Sequence[LabResult],
    test: str,
    unit: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> str:
    """'Calcium, total (mg/dL): 3 results, from 9.1 on 2026-01-03 to 9.8 on 2026-11-30; 1 outside
    the lab's range.' In the chart's unit (figures.lab_figure converts the same way)."""
    title, rows = _lab_rows(labs, test, unit, since, until)
    if not rows:
        return _sentence(title, [], ChartWords.tr("no results in this period"))
    results = len(rows)
    values = _series_words("", "", [(r.date, r.value) for r in rows], True).strip()
    # English says "1 result" from its own source text (nothing translates English).
    if results == 1:
        counted = ChartWords.tr("%n result, {values}", "", results)
    else:
        counted = ChartWords.tr("%n results, {values}", "", results)
    parts = [counted.format(values=values)]
    outside = sum(1 for r in rows if r.out_of_range)
    parts.append(
        ChartWords.tr("%n outside the lab's range", "", outside)
        if outside
        else ChartWords.tr("all within the lab's range")
    )
    return _sentence(title, parts, "")


def lab_table(
    labs: Sequence[LabResult],
    test: str,
    unit: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> ChartTable:
    _title, rows = _lab_rows(labs, test, unit, since, until)
    shown_unit = rows[-1].unit if rows else (unit or "")

    def band(r: LabResult) -> str:
        if r.low is None and r.high is None:
            return ""
        return f"{'' if r.low is None else _number(r.low)}-{'' if r.high is None else _number(r.high)}"

    return ChartTable(
        (
            ChartWords.tr("Date"),
            ChartWords.tr("Result ({unit})").format(unit=shown_unit),
            ChartWords.tr("Lab's range"),
            ChartWords.tr("Outside range"),
        ),
        tuple(
            (r.date.isoformat(), _number(r.value), band(r), ChartWords.tr("yes") if r.out_of_range else "")
            for r in rows
        ),
    )


def _readings(
    readings: Iterable[FingerPalm], since: dt.date | None, until: dt.date | None
) -> list[FingerPalm]:
    order = {(h, f): i for i, (h, f) in enumerate((h, f) for h in HANDS for f in FINGERS)}
    return sorted(
        (r for r in readings if _in(r.date, since, until)),
        key=lambda r: (r.date, order.get((r.hand, r.finger), 99), r.id or 0),
    )


def hand_summary(
    readings: Iterable[FingerPalm], since: dt.date | None = None, until: dt.date | None = None
) -> str:
    """'Finger-to-palm distance: left index from 12 mm on ... to 8 mm on ...; right ring 5 mm on ....'"""
    shown = _readings(readings, since, until)
    parts = []
    for hand in HANDS:
        for finger in FINGERS:
            points = [(r.date, r.distance_mm) for r in shown if r.hand == hand and r.finger == finger]
            if points:
                parts.append(_series_words(finger_words(hand, finger), " mm", points, True))
    return _sentence(
        ChartWords.tr("Finger-to-palm distance (larger is stiffer)"),
        parts,
        ChartWords.tr("no readings in this period"),
    )


def hand_table(
    readings: Iterable[FingerPalm], since: dt.date | None = None, until: dt.date | None = None
) -> ChartTable:
    return ChartTable(
        (
            ChartWords.tr("Date"),
            ChartWords.tr("Hand"),
            ChartWords.tr("Finger"),
            ChartWords.tr("Distance (mm)"),
        ),
        tuple(
            (r.date.isoformat(), r.hand, r.finger, _number(r.distance_mm))
            for r in _readings(readings, since, until)
        ),
    )
