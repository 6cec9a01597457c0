"""One page per site: the table of first and latest values, the chart, the photo strip."""

from __future__ import annotations

from journal.core.summary.tree import Period, SiteSummary, StripPhoto
from journal.report.pictures import CONTENT_WIDTH_PX, Pictures
from journal.report.sections.common import day, number, plural, signed, table, text

CHART_SIZE_IN = (7.0, 3.7)
TILE_PX = (124, 93)  # 4:3; five of them fill the page width with their captions


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
        f'<h2 class="site">{text(s.name)}</h2>',
        f"<p>{text(', '.join(facts))}. {plural(len(site.entries), 'entry', 'entries')} from {day(first)} "
        f"to {day(last)}; {plural(site.photo_total, 'photo')}.</p>",
        _stats(site),
        _signs(site),
        _chart(site, period, pictures),
        _strip(site, pictures),
    ]
    return "".join(parts)


def _stats(site: SiteSummary) -> str:
    rows = []
    # Only the measures recorded for this site: an area has tightness but no size, for example.
    for row in (row for row in site.stats if row.readings):
        first = f"{number(row.field, row.first.value)} ({day(row.first.date)})" if row.first else "&ndash;"
        last = f"{number(row.field, row.last.value)} ({day(row.last.date)})" if row.last else "&ndash;"
        per_month = signed(row.field, row.per_month, decimals=2)
        if row.per_month is None and row.change is not None:
            per_month = "period too short"
        rows.append([row.label, first, last, signed(row.field, row.change), per_month])
    if not rows:
        return "<p>No size, count, tightness or pain was recorded in this period.</p>"
    return table(
        ["Measure", "First in period", "Latest", "Change", "Per month"], rows, widths=[22, 24, 24, 14, 16]
    )


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
        )

    return f'<p class="chart">{pictures.chart(f"chart-site-{site.site.id}", make, *CHART_SIZE_IN)}</p>'


def _strip(site: SiteSummary, pictures: Pictures) -> str:
    if not site.strip:
        return "<p>No photos in this period.</p>"
    cell_width = CONTENT_WIDTH_PX // 5
    cells = []
    for i, photo in enumerate(site.strip):
        img = pictures.photo(f"photo-{site.site.id}-{i}", photo.read, *TILE_PX)
        cells.append(f'<td width="{cell_width}" align="center">{img}<br>{_caption(photo, i, site)}</td>')
    chosen = (
        f"all {plural(site.photo_total, 'photo')}"
        if site.photo_total == len(site.strip)
        else f"{len(site.strip)} of {site.photo_total}: the first, the latest and some between"
    )
    return (
        f"<p><b>Photos</b> ({chosen})</p>"
        f'<table class="strip" cellspacing="0" cellpadding="2"><tr>{"".join(cells)}</tr></table>'
    )


def _caption(photo: StripPhoto, index: int, site: SiteSummary) -> str:
    label = "first" if index == 0 else "latest" if index == len(site.strip) - 1 else ""
    caption = f"{day(photo.date)}{f' ({label})' if label and len(site.strip) > 1 else ''}"
    if photo.entry_date is not None and photo.entry_date != photo.date:
        caption += f"<br>entry of {day(photo.entry_date)}"  # taken on another day than its entry's
    # Said in words too: the tile's own "missing" is part of the picture.
    return caption if photo.path.is_file() else f"{caption}<br><b>photo file missing</b>"
