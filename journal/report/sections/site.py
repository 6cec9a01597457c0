"""Half a page per site with something to see: its numbers, its chart, its photo strip.

The section starts with an h3 heading: the layout keeps an h3 section on one page when it fits
(journal.report.keep), so a chart or a strip is never split across pages."""

from __future__ import annotations

from journal.core.language import Words
from journal.core.language import number as decimal_number
from journal.core.summary.tree import MIN_RATE_READINGS, Period, SiteSummary, StripPhoto
from journal.report.images import LENGTH_COLOUR, REFERENCE_COLOUR, WIDTH_COLOUR, Mark
from journal.report.pictures import CONTENT_WIDTH_PX, Pictures
from journal.report.sections.common import day, decimal, number, signed, table, text
from journal.report.sections.lifecycle_hand import phases_line


class ReportSiteWords(Words):
    "A site's half page in the summary: its facts, numbers, signs and photo strip."


CHART_SIZE_IN = (7.0, 1.75)
TILE_PX = (140, 105)  # 4:3, 37 x 28 mm on paper; four of them fill the page width with captions
STRIP_COLUMNS = 4


def site_section(site: SiteSummary, period: Period, pictures: Pictures) -> str:
    s = site.site
    facts = [s.kind, s.region.replace("_", " ")]
    if s.near_joint:
        facts.append(ReportSiteWords.tr("near a joint"))
    if s.diagnosed_type:
        facts.append(ReportSiteWords.tr("type as told by a doctor: {type}").format(type=s.diagnosed_type))
    if s.resolved_on:
        facts.append(ReportSiteWords.tr("resolved on {date}").format(date=day(s.resolved_on)))
    first, last = site.entries[0].date, site.entries[-1].date
    entries, photos = len(site.entries), site.photo_total
    # English has no translation to choose its singular: a message for one, one for more.
    span = (
        ReportSiteWords.tr("%n entry from {first} to {last}", "", entries)
        if entries == 1
        else ReportSiteWords.tr("%n entries from {first} to {last}", "", entries)
    ).format(first=day(first), last=day(last))
    parts = [
        f'<h3 class="site">{text(s.name)}</h3>',
        f"<p>{text(', '.join(facts))}. {span}; {_photos(photos)}.</p>",
        _stats(site),
        _signs(site),
        phases_line(site),
        _chart(site, period, pictures),
        _strip(site, pictures),
    ]
    return "".join(parts)


def _photos(n: int) -> str:
    return ReportSiteWords.tr("%n photo", "", n) if n == 1 else ReportSiteWords.tr("%n photos", "", n)


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
            change = "<b>" + ReportSiteWords.tr("{change}, beyond noise").format(change=change) + "</b>"
        elif row.beyond_noise is False:
            change = ReportSiteWords.tr("{change}, within noise").format(change=change)
        per_month = signed(row.field, row.per_month, decimals=2)
        rows.append([row.label, first, last, change, per_month])
    if not rows:
        return (
            "<p>"
            + ReportSiteWords.tr("No size, count, tightness or pain was recorded in this period.")
            + "</p>"
        )
    headers = [
        ReportSiteWords.tr("Measure"),
        ReportSiteWords.tr("First in period"),
        ReportSiteWords.tr("Latest"),
        ReportSiteWords.tr("Change"),
        ReportSiteWords.tr("Per month"),
    ]
    note = ReportSiteWords.tr(
        "Per month: the slope through every reading, given only from {readings} "
        "readings over at least four weeks; otherwise first and latest only."
    ).format(readings=MIN_RATE_READINGS)
    return table(headers, rows, widths=[19, 24, 24, 21, 12], padding=2) + f'<p class="note">{note}</p>'


def _value(field: str, value: float, uncertainty: float | None) -> str:
    shown = number(field, value)
    return (
        f"{shown} &plusmn;{decimal_number(uncertainty, 1)}"
        if uncertainty is not None and field == "size_mm"
        else shown
    )


def _signs(site: SiteSummary) -> str:
    lines = []
    if site.signs:
        noted = "; ".join(
            (
                ReportSiteWords.tr("{sign} on %n entry", "", n)
                if n == 1
                else ReportSiteWords.tr("{sign} on %n entries", "", n)
            ).format(sign=label)
            for label, n in site.signs
        )
        lines.append(ReportSiteWords.tr("<b>Warning signs noted:</b> {signs}.").format(signs=text(noted)))
    if site.alert_dates:
        lines.append(
            ReportSiteWords.tr("<b>Alerts on:</b> {dates} (dashed lines in the chart).").format(
                dates=", ".join(day(d) for d in site.alert_dates)
            )
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
        return "<p>" + ReportSiteWords.tr("No photos in this period.") + "</p>"
    cell_width = CONTENT_WIDTH_PX // STRIP_COLUMNS
    cells = []
    for i, photo in enumerate(site.strip):
        img = pictures.photo(f"photo-{site.site.id}-{i}", photo.read, *TILE_PX, marks=_marks(photo))
        cells.append(f'<td width="{cell_width}" align="center">{img}<br>{_caption(photo, i, site)}</td>')
    rows = "".join(
        f"<tr>{''.join(cells[i : i + STRIP_COLUMNS])}</tr>" for i in range(0, len(cells), STRIP_COLUMNS)
    )
    if site.photo_total == len(site.strip):
        chosen = (
            ReportSiteWords.tr("all %n photo", "", site.photo_total)
            if site.photo_total == 1
            else ReportSiteWords.tr("all %n photos", "", site.photo_total)
        )
    elif site.alert_dates:
        chosen = ReportSiteWords.tr(
            "{shown} of {total}: the first, the latest, every alert date and some between"
        ).format(shown=len(site.strip), total=site.photo_total)
    else:
        chosen = ReportSiteWords.tr("{shown} of {total}: the first, the latest and some between").format(
            shown=len(site.strip), total=site.photo_total
        )
    if any(p.measurement for p in site.strip):
        chosen = ReportSiteWords.tr(
            "{chosen}; lines: the length (yellow) and width (blue) measured on the photo, the reference (pink)"
        ).format(chosen=chosen)
    return (
        "<p><b>" + ReportSiteWords.tr("Photos") + f"</b> ({chosen})</p>"
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
    label = (
        ReportSiteWords.tr("first")
        if index == 0
        else ReportSiteWords.tr("latest")
        if index == len(site.strip) - 1
        else ""
    )
    if photo.alert:
        label = (
            ReportSiteWords.tr("{label}, alert").format(label=label) if label else ReportSiteWords.tr("alert")
        )
    caption = (
        f"<b>{day(photo.date)}</b>{f' ({label})' if label and len(site.strip) > 1 or photo.alert else ''}"
    )
    if photo.entry_date is not None and photo.entry_date != photo.date:
        caption += "<br>" + ReportSiteWords.tr("entry of {date}").format(
            date=day(photo.entry_date)
        )  # taken on another day than its entry's
    said = []
    if photo.size_mm is not None:
        plus = (
            f" &plusmn;{decimal_number(photo.size_uncertainty, 1)}"
            if photo.size_uncertainty is not None
            else ""
        )
        said.append(ReportSiteWords.tr("size {size} mm").format(size=f"{decimal(photo.size_mm)}{plus}"))
    if photo.pain is not None:
        said.append(ReportSiteWords.tr("pain {pain}").format(pain=photo.pain))
    if said:
        caption += "<br>" + ", ".join(said)
    # Said in words too: the tile's own "missing" is part of the picture.
    missing = ReportSiteWords.tr("photo file missing")
    return caption if photo.path.is_file() else f"{caption}<br><b>{missing}</b>"
