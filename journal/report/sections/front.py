"""Page 1: everything that needs action. Who the summary is for and the period, their
questions, every alert open at the end of the period (whenever raised) and those raised or
acknowledged in it, the sites ordered by what needs attention with their change against the
measurement noise, the labs outside the lab's range, and a line per section saying what
follows on which page."""

from __future__ import annotations

import re

from journal.core.domain import lab_tests
from journal.core.domain.model import LabResult
from journal.core.language import Words
from journal.core.language import number as decimal_number
from journal.core.summary.tree import AlertLine, SiteSummary, StatRow, Summary
from journal.report.sections.common import day, decimal, decimal_sign, number, page_ref, signed, table, text

DECIMAL = re.compile(r"-?\d+\.\d+")


class ReportFrontWords(Words):
    "Page 1 of the summary: the period, alerts, sites at a glance, labs outside range, what follows."


FIELD_WORDS = {
    "size_mm": ReportFrontWords.mark("size (mm)"),
    "restricted_movement": ReportFrontWords.mark("restricted movement"),
    "urination_changes": ReportFrontWords.mark("urination changes"),
    "vitamin_d": ReportFrontWords.mark("vitamin D"),
    # The other fields read as their own names in English; marked so another language says them.
    "count": ReportFrontWords.mark("count"),
    "pain": ReportFrontWords.mark("pain"),
    "tightness": ReportFrontWords.mark("tightness"),
    "inflamed": ReportFrontWords.mark("inflamed"),
    "ulcerated": ReportFrontWords.mark("ulcerated"),
    "discharge": ReportFrontWords.mark("discharge"),
    "fatigue": ReportFrontWords.mark("fatigue"),
    "weakness": ReportFrontWords.mark("weakness"),
    "calcium": ReportFrontWords.mark("calcium"),
    "phosphate": ReportFrontWords.mark("phosphate"),
}
# A recorded yes or no, in the reader's language ("ja", "nein").
ANSWER_WORDS = {"yes": ReportFrontWords.mark("yes"), "no": ReportFrontWords.mark("no")}
MEASURE_WORDS = {
    "size_mm": ReportFrontWords.mark("size"),
    "count": ReportFrontWords.mark("count"),
    "tightness": ReportFrontWords.mark("tightness"),
    "pain": ReportFrontWords.mark("pain"),
}
# Said under the sites table: how "beyond noise" is decided (journal.core.summary.content).
NOISE_NOTE = ReportFrontWords.mark(
    "Beyond noise: a size change larger than the two sizes' combined uncertainty (a size without "
    "a recorded method is taken as a ruler reading, &plusmn;1 mm or 30%); a 0-10 rating change "
    "larger than the smallest detectable change, 1 point or 15% whichever is larger (Salaffi et al., "
    "Eur J Pain 2004)."
)


def front_page(summary: Summary) -> str:
    period = summary.period
    title = (
        ReportFrontWords.tr("Skin journal summary for {name}").format(name=text(summary.profile.name))
        if summary.profile.name
        else ReportFrontWords.tr("Skin journal summary")
    )
    dates = ReportFrontWords.tr("Period: {since} to {until}").format(
        since=day(period.since), until=day(period.until)
    )
    # English has no translation to choose its singular: one message for one day, one for more.
    basis = (
        ReportFrontWords.tr("({basis}, %n day). Made on {date}.", "", period.days)
        if period.days == 1
        else ReportFrontWords.tr("({basis}, %n days). Made on {date}.", "", period.days)
    ).format(basis=text(period.basis), date=day(summary.made_on))
    home = ReportFrontWords.tr("Everything here was recorded at home by the patient.")
    parts = [
        f"<h1>{title}</h1>",
        f'<p class="period"><b>{dates}</b> {basis} {home}</p>',
        _person(summary),
    ]
    if summary.questions:  # near the top: what the patient came to ask is read first
        heading = ReportFrontWords.tr("Questions for the doctor")
        parts.append(f'<h2>{heading}</h2><p class="questions">{text(summary.questions)}</p>')
    parts += [_alerts(summary.alerts), _glance(summary), _labs(summary.labs_out_of_range), _follows(summary)]
    return "".join(parts)


def _person(summary: Summary) -> str:
    profile = summary.profile
    rows = []
    if profile.conditions:
        rows.append(
            (ReportFrontWords.tr("Known conditions"), "<br>".join(text(c) for c in profile.conditions))
        )
    if profile.medicines:
        rows.append(
            (
                ReportFrontWords.tr("Current supplements and medicines"),
                "<br>".join(text(m) for m in profile.medicines),
            )
        )
    if not rows:
        return ""
    return table([ReportFrontWords.tr("About the patient"), ""], rows, widths=[30, 70])


def _alerts(alerts: tuple[AlertLine, ...]) -> str:
    open_count = sum(1 for a in alerts if a.is_open)
    if not alerts:
        heading = ReportFrontWords.tr("Warning signs")
        none = ReportFrontWords.tr(
            "No alert is open at the end of the period, and none was raised or acknowledged in it."
        )
        return f"<h2>{heading}</h2><p>{none}</p>"
    others = len(alerts) - open_count
    title = (
        ReportFrontWords.tr(
            "Warning signs: %n open at the end of the period, {others} more raised or acknowledged in it",
            "",
            open_count,
        ).format(others=others)
        if others
        else ReportFrontWords.tr("Warning signs: %n open at the end of the period", "", open_count)
    )
    explained = ReportFrontWords.tr(
        "Open alerts first, whenever they were raised; newest and most serious first. Each "
        "quotes what was recorded; with each one the journal advised the patient to have it assessed "
        "by a doctor."
    )
    heading = f"<h2>{title}</h2><p>{explained}</p>"
    rows = []
    for alert in alerts:
        seen = f"<b>{text(alert.title)}</b><br>{text(alert.seen)}"
        if alert.is_open:
            status = (
                "<b>"
                + ReportFrontWords.tr("OPEN")
                + "</b>"
                + (
                    "<br>" + ReportFrontWords.tr("raised before this period") + ""
                    if alert.before_period
                    else ""
                )
            )
        else:
            status = ReportFrontWords.tr("Acknowledged") + (
                f"<br>{day(alert.acknowledged_at[:10])}" if alert.acknowledged_at else ""
            )
        for at, note in alert.acknowledgements:  # every note, latest first, each with its day
            if note:
                said = ReportFrontWords.tr("Patient's note, {date}: {note}").format(
                    date=day(at[:10]), note=text(note)
                )
                seen += f"<br><i>{said}</i>"
        evidence = "<br>".join(
            f"{day(ev.date)}: {_field_words(ev.field)} = {text(_evidence_value(ev.value))}"
            for ev in alert.evidence
        )
        site = text(alert.site) if alert.site else ReportFrontWords.tr("general")
        rows.append([status, day(alert.date), site, seen, evidence])
    return heading + table(
        [
            ReportFrontWords.tr("Status"),
            ReportFrontWords.tr("Date"),
            ReportFrontWords.tr("Site"),
            ReportFrontWords.tr("What was seen"),
            ReportFrontWords.tr("Entries behind it"),
        ],
        rows,
        widths=[15, 11, 14, 36, 24],
        css_class="grid alerts",
        nowrap=(1,),
    )


def _field_words(field: str) -> str:
    marked = FIELD_WORDS.get(field)
    return text(ReportFrontWords.tr(marked) if marked else field.replace("_", " "))


def _evidence_value(value: str) -> str:
    """A measured decimal ("2.6") the locale's way; other values (words, yes/no) as recorded."""
    if value in ANSWER_WORDS:
        return ReportFrontWords.tr(ANSWER_WORDS[value])
    return value.replace(".", decimal_sign()) if DECIMAL.fullmatch(value) else value


def _first_latest(row: StatRow) -> str:
    if row.first is None or row.last is None:
        return "&ndash;"
    if row.readings < 2:
        return ReportFrontWords.tr("{value} (once)").format(value=number(row.field, row.last.value))
    return f"{number(row.field, row.first.value)} &rarr; {number(row.field, row.last.value)}"


def _verdict(site: SiteSummary) -> str:
    """Which changes are larger than the noise, each with its change and the noise."""
    said = []
    for row in site.stats:
        if row.beyond_noise is None or row.change is None or row.noise is None:
            continue
        if row.beyond_noise:
            noise = (
                ReportFrontWords.tr("(noise &plusmn;{noise} mm)")
                if row.field == "size_mm"
                else ReportFrontWords.tr("(noise {noise})")
            ).format(noise=decimal_number(row.noise, 1))
            said.append(
                f"<b>{ReportFrontWords.tr(MEASURE_WORDS[row.field])} {signed(row.field, row.change)}</b> {noise}"
            )
    if said:
        return "<b>" + ReportFrontWords.tr("Beyond noise:") + "</b> " + "; ".join(said)
    judged = [row for row in site.stats if row.beyond_noise is not None]
    return (
        ReportFrontWords.tr("within noise")
        if judged
        else ReportFrontWords.tr("one reading: no change to judge")
    )


def _alert_cell(open_alerts: int, period_alerts: int) -> str:
    parts = []
    if open_alerts:
        parts.append("<b>" + ReportFrontWords.tr("%n open", "", open_alerts) + "</b>")
    if period_alerts:
        parts.append(ReportFrontWords.tr("%n in period", "", period_alerts))
    return "<br>".join(parts) or "&ndash;"


def _glance(summary: Summary) -> str:
    heading = ReportFrontWords.tr("Sites at a glance")
    if not summary.sites and not summary.quiet_sites:
        return f"<h2>{heading}</h2><p>" + ReportFrontWords.tr("No sites were chosen.") + "</p>"
    rows = []
    for site in summary.sites:  # already in the order of what needs attention
        rows.append(
            [
                f"<b>{text(site.site.name)}</b>",
                _alert_cell(site.open_alerts, site.period_alerts),
                _first_latest(site.stat("size_mm")),
                _first_latest(site.stat("tightness")),
                _first_latest(site.stat("pain")),
                _verdict(site),
            ]
        )
    open_by_site: dict[str, int] = {}
    for alert in summary.alerts:
        if alert.is_open and alert.site:
            open_by_site[alert.site] = open_by_site.get(alert.site, 0) + 1
    for quiet in summary.quiet_sites:
        rows.append(
            [
                f"<b>{text(quiet.name)}</b>",
                _alert_cell(open_by_site.get(quiet.name, 0), 0),
                ReportFrontWords.tr("no entries in this period"),
                "",
                "",
                "",
            ]
        )
    explained = ReportFrontWords.tr(
        "First and latest value in the period; sites with an open alert "
        "first, then those with a change beyond measurement noise, then the rest."
    )
    return (
        f"<h2>{heading}</h2><p>{explained}</p>"
        + table(
            [
                ReportFrontWords.tr("Site"),
                ReportFrontWords.tr("Alerts"),
                ReportFrontWords.tr("Size (mm)"),
                ReportFrontWords.tr("Tightness"),
                ReportFrontWords.tr("Pain"),
                ReportFrontWords.tr("Change against the noise"),
            ],
            rows,
            widths=[20, 12, 13, 12, 10, 33],  # room for "Hinweise" as well as "Alerts"
        )
        + f'<p class="note">{ReportFrontWords.tr(NOISE_NOTE)}</p>'
    )


def _labs(labs: tuple[LabResult, ...]) -> str:
    heading = ReportFrontWords.tr("Labs outside the lab's range")
    if not labs:
        none = ReportFrontWords.tr("No result in this period was outside its lab's range.")
        return f"<h2>{heading}</h2><p>{none}</p>"
    rows = [
        [
            day(lab.date),
            text(lab_tests.label(lab.test)),
            f"<b>{decimal(lab.value)} {text(lab.unit)}</b>",
            lab_range(lab),
            text(lab.note or ""),
        ]
        for lab in labs
    ]
    return f"<h2>{heading}</h2>" + table(
        [
            ReportFrontWords.tr("Date"),
            ReportFrontWords.tr("Test"),
            ReportFrontWords.tr("Result"),
            ReportFrontWords.tr("The lab's range"),
            ReportFrontWords.tr("Note"),
        ],
        rows,
        widths=[13, 20, 17, 20, 30],
        nowrap=(0,),
    )


def lab_range(lab: LabResult) -> str:
    unit = f" {text(lab.unit)}" if lab.unit else ""
    if lab.low is not None and lab.high is not None:
        return f"{decimal(lab.low)} &ndash; {decimal(lab.high)}{unit}"
    if lab.low is not None:
        return ReportFrontWords.tr("at least {value}").format(value=decimal(lab.low)) + unit
    if lab.high is not None:
        return ReportFrontWords.tr("at most {value}").format(value=decimal(lab.high)) + unit
    return ""


def _follows(summary: Summary) -> str:
    """One line per section after page 1, with its page (filled in once the pages are laid out)."""
    lines = []
    detailed, steady = summary.detailed_sites, summary.steady_sites
    if len(detailed) == 1:
        lines.append(
            ReportFrontWords.tr(
                "%n site with something to see (an alert, a change beyond noise, a new phase or "
                "ultrasound): chart, photos and numbers, half a page each, from {page}.",
                "",
                len(detailed),
            ).format(page=page_ref("sites"))
        )
    elif detailed:
        lines.append(
            ReportFrontWords.tr(
                "%n sites with something to see (an alert, a change beyond noise, a new phase or "
                "ultrasound): chart, photos and numbers, half a page each, from {page}.",
                "",
                len(detailed),
            ).format(page=page_ref("sites"))
        )
    else:
        lines.append(
            ReportFrontWords.tr("No site had an alert or a change beyond measurement noise in this period.")
        )
    if steady or summary.quiet_sites:
        calm = len(steady) + len(summary.quiet_sites)
        lines.append(
            ReportFrontWords.tr(
                "%n site with nothing beyond noise and no alert: their line in the table above is all there is.",
                "",
                calm,
            )
            if calm == 1
            else ReportFrontWords.tr(
                "%n sites with nothing beyond noise and no alert: their line in the table above is all there is.",
                "",
                calm,
            )
        )
    lines.append(
        ReportFrontWords.tr("Daily checks, lab results and charts, care and visits: from {page}.").format(
            page=page_ref("records")
        )
    )
    heading = ReportFrontWords.tr("What follows")
    return f"<h2>{heading}</h2>" + "".join(f'<p class="follows">{line}</p>' for line in lines)
