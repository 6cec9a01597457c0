"""The checks as recurring events in an iCalendar file (RFC 5545), so the person's own
calendar reminds them while the app is closed: one event per watched site, repeating every
`Site.reminder_days` days from the day its next check is due, and one for the daily check.

Events are all-day, with an alarm at a fixed hour of that day (a positive TRIGGER relative
to the start of the day, RFC 5545 3.8.6.3). Each UID is made from the journal folder and the
site's row, so importing a newer file updates the events instead of adding a second set.
Written by hand: the format is small, and the app needs no calendar library to write it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from pathlib import Path

from journal import APP_DISPLAY_NAME, __version__
from journal.core.charts.overview import site_overviews
from journal.core.folder.durable import write_atomic
from journal.core.journal import Journal
from journal.core.language import Words


class CalendarWords(Words):
    """The reminders a person reads in their own calendar."""


SITE_ALARM_HOUR = 9  # the morning of the day a site's check is due
DAILY_ALARM_HOUR = 20  # the evening, for the day's check
LINE_OCTETS = 75  # RFC 5545 3.1: lines longer than this are folded
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f]")


@dataclasses.dataclass(frozen=True)
class Reminder:
    uid: str
    summary: str
    description: str
    first: dt.date
    every_days: int
    alarm_hour: int


def reminders(journal: Journal, today: dt.date) -> list[Reminder]:
    """The daily check's reminder, then one per watched site (archived and resolved sites
    have none), each from the day its next check is due (today if overdue or never checked)."""
    key = hashlib.sha256(str(Path(journal.folder).resolve()).encode("utf-8")).hexdigest()[:12]
    out = [
        Reminder(
            uid=f"daily-check-{key}@skinjournal",
            summary=CalendarWords.tr("Daily check ({app})").format(app=APP_DISPLAY_NAME),
            description=CalendarWords.tr(
                "How was today? Log fatigue, muscle weakness, changes in urination and stress in the daily check."
            ),
            first=today,
            every_days=1,
            alarm_hour=DAILY_ALARM_HOUR,
        )
    ]
    for line in sorted(site_overviews(journal.store), key=lambda o: o.site.name.casefold()):
        site = line.site
        if not line.watched:
            continue
        due = (
            today if line.last_checked is None else line.last_checked + dt.timedelta(days=site.reminder_days)
        )
        days = site.reminder_days
        out.append(
            Reminder(
                uid=f"site-{site.id}-{key}@skinjournal",
                summary=CalendarWords.tr("Check {site} ({app})").format(site=site.name, app=APP_DISPLAY_NAME),
                description=(
                    CalendarWords.tr("Time to check {site}: a photo and its values, every day.")
                    if days == 1
                    else CalendarWords.tr(
                        "Time to check {site}: a photo and its values, every %n days.", "", days
                    )
                ).format(site=site.name),
                first=max(due, today),
                every_days=days,
                alarm_hour=SITE_ALARM_HOUR,
            )
        )
    return out


def escape_text(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, newlines as \\n."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    text = text.replace("\r\n", "\n").replace("\n", "\\n")
    return _CONTROL.sub("", text)  # other control characters may not appear in TEXT


def fold(line: str) -> str:
    """One content line folded after at most 75 octets (RFC 5545 3.1), never inside a UTF-8
    character; each continuation starts with a space."""
    parts: list[str] = []
    current, size, limit = "", 0, LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, LINE_OCTETS - 1  # the leading space counts
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def calendar_text(items: list[Reminder], now: dt.datetime) -> str:
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//{APP_DISPLAY_NAME}//Reminders {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for item in items:
        summary = escape_text(item.summary)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{item.uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{item.first.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(item.first + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            f"RRULE:FREQ=DAILY;INTERVAL={item.every_days}",
            f"SUMMARY:{summary}",
            f"DESCRIPTION:{escape_text(item.description)}",
            "TRANSP:TRANSPARENT",  # a reminder, not a busy day
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{summary}",
            f"TRIGGER;RELATED=START:PT{item.alarm_hour}H",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_reminders(journal: Journal, out: Path, today: dt.date | None = None) -> list[Reminder]:
    """Write the reminders to `out` (whole or not at all); return them."""
    items = reminders(journal, today or dt.date.today())
    write_atomic(Path(out), calendar_text(items, dt.datetime.now(dt.UTC)).encode("utf-8"))
    return items
