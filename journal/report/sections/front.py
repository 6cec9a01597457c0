"""Page 1: who the summary is for, the period, their questions, every alert raised in it, the overview."""

from __future__ import annotations

from journal.core.summary.tree import AlertLine, Summary
from journal.report.sections.common import day, number, plural, signed, table, text

FIELD_WORDS = {
    "size_mm": "size (mm)",
    "restricted_movement": "restricted movement",
    "urination_changes": "urination changes",
    "vitamin_d": "vitamin D",
}


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
    parts += [_alerts(summary.alerts), _overview(summary)]
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
    if not alerts:
        return "<h2>Warning signs raised in this period</h2><p>No alerts were raised in this period.</p>"
    open_count = sum(1 for a in alerts if a.is_open)
    heading = (
        f"<h2>Warning signs raised in this period: {len(alerts)} "
        f"({open_count} still open)</h2><p>Each alert quotes what was recorded; with each one the journal "
        "advised the patient to have it assessed by a doctor.</p>"
    )
    rows = []
    for alert in alerts:
        seen = f"<b>{text(alert.title)}</b><br>{text(alert.seen)}"
        if alert.is_open:
            status = "<b>OPEN</b>"
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


def _overview(summary: Summary) -> str:
    if not summary.sites and not summary.quiet_sites:
        return "<h2>Sites</h2><p>No sites were chosen.</p>"
    rows = []
    for site in summary.sites:
        size, tight = site.stat("size_mm"), site.stat("tightness")
        size_text = (
            f"{number('size_mm', size.first.value)} &rarr; {number('size_mm', size.last.value)}"
            if size.first and size.last
            else "&ndash;"
        )
        tight_text = (
            f"{number('tightness', tight.first.value)} &rarr; {number('tightness', tight.last.value)}"
            if tight.first and tight.last
            else "&ndash;"
        )
        alerts = len(site.alert_dates)
        rows.append(
            [
                f"<b>{text(site.site.name)}</b>",
                str(len(site.entries)),
                size_text,
                signed("size_mm", size.per_month, decimals=2),
                tight_text,
                f"<b>{alerts}</b>" if alerts else "0",
            ]
        )
    for quiet in summary.quiet_sites:
        rows.append([f"<b>{text(quiet.name)}</b>", "0", "no entries in this period", "", "", ""])
    return "<h2>Sites at a glance</h2>" + table(
        [
            "Site",
            "Entries",
            "Size first &rarr; latest (mm)",
            "Size per month (mm)",
            "Tightness first &rarr; latest",
            "Days with alerts",
        ],
        rows,
        widths=[24, 10, 20, 16, 18, 12],
    )
