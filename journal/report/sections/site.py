"""Half a page per site with something to see: its numbers, its chart, its photo strip.

The section starts with an h3 heading: the layout keeps an h3 section on one page when it fits
(journal.report.keep), so a chart or a strip is never split across pages."""

from __future__ import annotations

from journal.core.summary.tree import MIN_RATE_READINGS, Period, SiteSummary, StripPhoto
from journal.report.images import LENGTH_COLOUR, REFERENCE_COLOUR, WIDTH_COLOUR, Mark
from journal.report.pictures import CONTENT_WIDTH_PX, Pictures
from journal.report.sections.common import day, number, plural, signed, table, text
from journal.report.sections.lifecycle_hand import phases_line

CHART_SIZE_IN = (7.0, 1.75)
TILE_PX = (140, 105)  # 4:3, 37 x 28 mm on paper; four of them fill the page width with captions
STRIP_COLUMNS = 4


def site_section(site: SiteSummary, period: Period, pictures: Pictures) -> str:
    s = site.site
    facts = [s.kind, s.region.replace("_", " ")]
    if s.near_joint:
        facts.append("near a joint")
    if s.diagnosed_type:
        facts.append(f"type as told by a doctor: {s.diagnosed_type}")
    if s.resolved_on:
        facts.append(f"resolved on {day(s.resolved_on)}")
    first, last = site.entries[0].date, site.entries[-1].date
    parts = [
        f'<h3 class="site">{text(s.name)}</h3>',
        f"<p>{text(', '.join(facts))}. {plural(len(site.entries), 'entry', 'entries')} from {day(first)} "
        f"to {day(last)}; {plural(site.photo_total, 'photo')}.</p>",
        _stats(site),
        _signs(site),
        phases_line(site),
        _chart(site, period, pictures),
        _strip(site, pictures),
    ]
    return "".join(parts)


def _stats(site: SiteSummary) -> str:
    rows = []
    # Only the measures recorded for this site: an area has tightness but no size, for example.
    for row in (row for row in site.stats if row.readings):
        first = (
            f"{_value(row.field, row.first.value, row.first_uncertainty)} ({day(row.first.date)})"
            if row.first
            else "&ndash;"
        )
        last = (
            f"{_value(row.field, row.last.value, row.last_uncertainty)} ({day(row.last.date)})"
            if row.last
            else "&ndash;"
        )
        change = signed(row.field, row.change)
        if row.beyond_noise:
            change = f"<b>{change}, beyond noise</b>"
        elif row.beyond_noise is False:
            change += ", within noise"
        per_month = signed(row.field, row.per_month, decimals=2)
        rows.append([row.label, first, last, change, per_month])
    if not rows:
        return "<p>No size, count, tightness or pain was recorded in this period.</p>"
    return table(
        ["Measure", "First in period", "Latest", "Change", "Per month"],
        rows,
        widths=[19, 24, 24, 21, 12],
        padding=2,
    ) + (
        f'<p class="note">Per month: the slope through every reading, given only from {MIN_RATE_READINGS} '
        "readings over at least four weeks; otherwise first and latest only.</p>"
    )


def _value(field: str, value: float, uncertainty: float | None) -> str:
    shown = number(field, value)
    return f"{shown} &plusmn;{uncertainty:.1f}" if uncertainty is not None and field == "size_mm" else shown


def _signs(site: SiteSummary) -> str:
    lines = []
    if site.signs:
        noted = "; ".join(f"{label} on {plural(n, 'entry', 'entries')}" for label, n in site.signs)
        lines.append(f"<b>Warning signs noted:</b> {text(noted)}.")
    if site.alert_dates:
        lines.append(
            "<b>Alerts on:</b> "
            + ", ".join(day(d) for d in site.alert_dates)
            + " (dashed lines in the chart)."
        )
    return f"<p>{'<br>'.join(lines)}</p>" if lines else ""


def _chart(site: SiteSummary, period: Period, pictures: Pictures) -> str:
    from journal.core.charts.figures import site_figure

    # No care marks here: care is not tied to a site, and routines logged every few days
    # would grey the whole chart; the care table says what was done and since when.
    def make(width: float, height: float):  # type: ignore[no-untyped-def]
        return site_figure(
            site.site,
            site.entries,
            (),
            site.alert_dates,
            since=period.since,
            until=period.until,
            width=width,
            height=height,
            photo_uncertainty=site.photo_uncertainty,
            title=False,  # the section's heading names the site
            extras=site.chart_extras,
        )

    return f'<p class="chart">{pictures.chart(f"chart-site-{site.site.id}", make, *CHART_SIZE_IN)}</p>'


def _strip(site: SiteSummary, pictures: Pictures) -> str:
    if not site.strip:
        return "<p>No photos in this period.</p>"
    cell_width = CONTENT_WIDTH_PX // STRIP_COLUMNS
    cells = []
    for i, photo in enumerate(site.strip):
        img = pictures.photo(f"photo-{site.site.id}-{i}", photo.read, *TILE_PX, marks=_marks(photo))
        cells.append(f'<td width="{cell_width}" align="center">{img}<br>{_caption(photo, i, site)}</td>')
    rows = "".join(
        f"<tr>{''.join(cells[i : i + STRIP_COLUMNS])}</tr>" for i in range(0, len(cells), STRIP_COLUMNS)
    )
    alerts = ", every alert date and some between" if site.alert_dates else " and some between"
    chosen = (
        f"all {plural(site.photo_total, 'photo')}"
        if site.photo_total == len(site.strip)
        else f"{len(site.strip)} of {site.photo_total}: the first, the latest{alerts}"
    )
    measured = (
        "; lines: the length (yellow) and width (blue) measured on the photo, the reference (pink)"
        if any(p.measurement for p in site.strip)
        else ""
    )
    return (
        f"<p><b>Photos</b> ({chosen}{measured})</p>"
        f'<table class="strip" cellspacing="0" cellpadding="2">{rows}</table>'
    )


def _marks(photo: StripPhoto) -> list[Mark]:
    m = photo.measurement
    if m is None:
        return []
    marks: list[Mark] = [
        (tuple(m.reference.segment.to_plain()), REFERENCE_COLOUR),  # type: ignore[list-item]
        (tuple(m.length.to_plain()), LENGTH_COLOUR),  # type: ignore[list-item]
    ]
    if m.width is not None:
        marks.append((tuple(m.width.to_plain()), WIDTH_COLOUR))  # type: ignore[arg-type]
    return marks


def _caption(photo: StripPhoto, index: int, site: SiteSummary) -> str:
    label = "first" if index == 0 else "latest" if index == len(site.strip) - 1 else ""
    if photo.alert:
        label = f"{label}, alert" if label else "alert"
    caption = (
        f"<b>{day(photo.date)}</b>{f' ({label})' if label and len(site.strip) > 1 or photo.alert else ''}"
    )
    if photo.entry_date is not None and photo.entry_date != photo.date:
        caption += f"<br>entry of {day(photo.entry_date)}"  # taken on another day than its entry's
    said = []
    if photo.size_mm is not None:
        plus = f" &plusmn;{photo.size_uncertainty:.1f}" if photo.size_uncertainty is not None else ""
        said.append(f"size {photo.size_mm:g}{plus} mm")
    if photo.pain is not None:
        said.append(f"pain {photo.pain}")
    if said:
        caption += "<br>" + ", ".join(said)
    # Said in words too: the tile's own "missing" is part of the picture.
    return caption if photo.path.is_file() else f"{caption}<br><b>photo file missing</b>"
