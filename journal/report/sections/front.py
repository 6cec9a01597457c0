"""Page 1: everything that needs action. Who the summary is for and the period, their
questions, every alert open at the end of the period (whenever raised) and those raised or
acknowledged in it, the sites ordered by what needs attention with their change against the
measurement noise, the labs outside the lab's range, and a line per section saying what
follows on which page."""

from __future__ import annotations

from journal.core.domain.choices import LAB_TEST_LABELS
from journal.core.domain.model import LabResult
from journal.core.summary.tree import AlertLine, SiteSummary, StatRow, Summary
from journal.report.sections.common import day, number, page_ref, plural, signed, table, text

FIELD_WORDS = {
    "size_mm": "size (mm)",
    "restricted_movement": "restricted movement",
    "urination_changes": "urination changes",
    "vitamin_d": "vitamin D",
}
MEASURE_WORDS = {"size_mm": "size", "count": "count", "tightness": "tightness", "pain": "pain"}
# Said under the sites table: how "beyond noise" is decided (journal.core.summary.content).
NOISE_NOTE = (
    "Beyond noise: a size change larger than the two sizes' combined uncertainty (a size without "
    "a recorded method is taken as a ruler reading, &plusmn;1 mm or 30%); a 0-10 rating change "
    "larger than the smallest detectable change, 1 point or 15% whichever is larger (Salaffi et al., "
    "Eur J Pain 2004)."
)


def front_page(summary: Summary) -> str:
    period = summary.period
    who = f" for {text(summary.profile.name)}" if summary.profile.name else ""
    parts = [
        f"<h1>Skin journal summary{who}</h1>",
        f'<p class="period"><b>Period: {day(period.since)} to {day(period.until)}</b> '
        f"({text(period.basis)}, {plural(period.days, 'day')}). Made on {day(summary.made_on)}. "
        "Everything here was recorded at home by the patient.</p>",
        _person(summary),
    ]
    if summary.questions:  # near the top: what the patient came to ask is read first
        parts.append(f'<h2>Questions for the doctor</h2><p class="questions">{text(summary.questions)}</p>')
    parts += [_alerts(summary.alerts), _glance(summary), _labs(summary.labs_out_of_range), _follows(summary)]
    return "".join(parts)


def _person(summary: Summary) -> str:
    profile = summary.profile
    rows = []
    if profile.conditions:
        rows.append(("Known conditions", "<br>".join(text(c) for c in profile.conditions)))
    if profile.medicines:
        rows.append(("Current supplements and medicines", "<br>".join(text(m) for m in profile.medicines)))
    if not rows:
        return ""
    return table(["About the patient", ""], rows, widths=[30, 70])


def _alerts(alerts: tuple[AlertLine, ...]) -> str:
    open_count = sum(1 for a in alerts if a.is_open)
    if not alerts:
        return (
            "<h2>Warning signs</h2><p>No alert is open at the end of the period, and none was raised "
            "or acknowledged in it.</p>"
        )
    others = len(alerts) - open_count
    heading = (
        f"<h2>Warning signs: {open_count} open at the end of the period"
        + (f", {others} more raised or acknowledged in it" if others else "")
        + "</h2><p>Open alerts first, whenever they were raised; newest and most serious first. Each "
        "quotes what was recorded; with each one the journal advised the patient to have it assessed "
        "by a doctor.</p>"
    )
    rows = []
    for alert in alerts:
        seen = f"<b>{text(alert.title)}</b><br>{text(alert.seen)}"
        if alert.is_open:
            status = "<b>OPEN</b>" + ("<br>raised before this period" if alert.before_period else "")
        else:
            status = "Acknowledged" + (
                f"<br>{text(alert.acknowledged_at[:10])}" if alert.acknowledged_at else ""
            )
        for at, note in alert.acknowledgements:  # every note, latest first, each with its day
            if note:
                seen += f"<br><i>Patient's note, {text(at[:10])}: {text(note)}</i>"
        evidence = "<br>".join(
            f"{day(ev.date)}: {text(FIELD_WORDS.get(ev.field, ev.field.replace('_', ' ')))} = {text(ev.value)}"
            for ev in alert.evidence
        )
        rows.append([status, day(alert.date), text(alert.site or "general"), seen, evidence])
    return heading + table(
        ["Status", "Date", "Site", "What was seen", "Entries behind it"],
        rows,
        widths=[15, 11, 14, 36, 24],
        css_class="grid alerts",
        nowrap=(1,),
    )


def _first_latest(row: StatRow) -> str:
    if row.first is None or row.last is None:
        return "&ndash;"
    if row.readings < 2:
        return f"{number(row.field, row.last.value)} (once)"
    return f"{number(row.field, row.first.value)} &rarr; {number(row.field, row.last.value)}"


def _verdict(site: SiteSummary) -> str:
    """Which changes are larger than the noise, each with its change and the noise."""
    said = []
    for row in site.stats:
        if row.beyond_noise is None or row.change is None or row.noise is None:
            continue
        if row.beyond_noise:
            said.append(
                f"<b>{MEASURE_WORDS[row.field]} {signed(row.field, row.change)}</b> "
                + (
                    f"(noise &plusmn;{row.noise:.1f} mm)"
                    if row.field == "size_mm"
                    else f"(noise {row.noise:.1f})"
                )
            )
    if said:
        return "<b>Beyond noise:</b> " + "; ".join(said)
    judged = [row for row in site.stats if row.beyond_noise is not None]
    return "within noise" if judged else "one reading: no change to judge"


def _alert_cell(open_alerts: int, period_alerts: int) -> str:
    parts = []
    if open_alerts:
        parts.append(f"<b>{open_alerts} open</b>")
    if period_alerts:
        parts.append(f"{period_alerts} in period")
    return "<br>".join(parts) or "&ndash;"


def _glance(summary: Summary) -> str:
    if not summary.sites and not summary.quiet_sites:
        return "<h2>Sites at a glance</h2><p>No sites were chosen.</p>"
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
                "no entries in this period",
                "",
                "",
                "",
            ]
        )
    return (
        "<h2>Sites at a glance</h2><p>First and latest value in the period; sites with an open alert "
        "first, then those with a change beyond measurement noise, then the rest.</p>"
        + table(
            ["Site", "Alerts", "Size (mm)", "Tightness", "Pain", "Change against the noise"],
            rows,
            widths=[21, 10, 14, 12, 10, 33],
        )
        + f'<p class="note">{NOISE_NOTE}</p>'
    )


def _labs(labs: tuple[LabResult, ...]) -> str:
    if not labs:
        return "<h2>Labs outside the lab's range</h2><p>No result in this period was outside its lab's range.</p>"
    rows = [
        [
            day(lab.date),
            text(LAB_TEST_LABELS.get(lab.test, lab.test)),
            f"<b>{lab.value:g} {text(lab.unit)}</b>",
            lab_range(lab),
            text(lab.note or ""),
        ]
        for lab in labs
    ]
    return "<h2>Labs outside the lab's range</h2>" + table(
        ["Date", "Test", "Result", "The lab's range", "Note"], rows, widths=[13, 20, 17, 20, 30], nowrap=(0,)
    )


def lab_range(lab: LabResult) -> str:
    unit = f" {text(lab.unit)}" if lab.unit else ""
    if lab.low is not None and lab.high is not None:
        return f"{lab.low:g} &ndash; {lab.high:g}{unit}"
    if lab.low is not None:
        return f"at least {lab.low:g}{unit}"
    if lab.high is not None:
        return f"at most {lab.high:g}{unit}"
    return ""


def _follows(summary: Summary) -> str:
    """One line per section after page 1, with its page (filled in once the pages are laid out)."""
    lines = []
    detailed, steady = summary.detailed_sites, summary.steady_sites
    if detailed:
        lines.append(
            f"{plural(len(detailed), 'site')} with something to see (an alert, a change beyond noise, a new phase or ultrasound): "
            f"chart, photos and numbers, half a page each, from {page_ref('sites')}."
        )
    else:
        lines.append("No site had an alert or a change beyond measurement noise in this period.")
    if steady or summary.quiet_sites:
        lines.append(
            f"{plural(len(steady) + len(summary.quiet_sites), 'site')} with nothing beyond noise and no "
            "alert: their line in the table above is all there is."
        )
    lines.append(f"Daily checks, lab results and charts, care and visits: from {page_ref('records')}.")
    return "<h2>What follows</h2>" + "".join(f'<p class="follows">{line}</p>' for line in lines)
