"""One line per site, as the side list of the window shows it, and which sites are due a check.

Built from four store queries whatever the size of the journal, so ten years open quickly:
the newest entry, the newest photo and the last few measured values of every site come in
one query each, and only those rows become records.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from journal.core.charts.trends import EARLIER_VALUES, TREND_FIELDS, Trend, trend
from journal.core.domain.model import Entry, Photo, Site
from journal.core.language import Words, date_text
from journal.core.store import Store


class OverviewWords(Words):
    """When a site was last checked, as the site list and the reminders say it."""


@dataclasses.dataclass(frozen=True)
class SiteOverview:
    site: Site
    last_entry: Entry | None
    latest_photo: Photo | None
    trend: Trend | None

    @property
    def last_checked(self) -> dt.date | None:
        return None if self.last_entry is None else self.last_entry.date

    @property
    def watched(self) -> bool:
        """Resolved and archived sites are kept for the record but need no reminders."""
        return not self.site.archived and self.site.resolved_on is None

    def days_since_check(self, today: dt.date) -> int | None:
        return None if self.last_checked is None else (today - self.last_checked).days

    def check_due(self, today: dt.date) -> bool:
        """Due when the last check is as old as the site's interval.

        A site never checked is waiting for its first check, not overdue: a site keeps no date
        of its making to count from, and "due" the minute it is made reads as a reproach to
        someone who has only just set it up. Its first entry starts the count."""
        if not self.watched:
            return False
        days = self.days_since_check(today)
        return days is not None and days >= self.site.reminder_days


def site_overviews(store: Store, include_archived: bool = False) -> list[SiteOverview]:
    latest = store.latest_entries()
    photos = store.latest_photo_by_site()
    # A trend reads the newest few values of each measure: one query for every site.
    recent = store.recent_measured_entries(TREND_FIELDS, EARLIER_VALUES + 1)
    out = []
    for site in store.sites(include_archived=include_archived):
        assert site.id is not None
        out.append(
            SiteOverview(site, latest.get(site.id), photos.get(site.id), trend(recent.get(site.id, [])))
        )
    return out


def due_for_check(overviews: list[SiteOverview], today: dt.date) -> list[SiteOverview]:
    """Sites whose check is due, the longest-waiting first."""
    due = [o for o in overviews if o.check_due(today)]
    return sorted(due, key=lambda o: (o.last_checked or dt.date.min, o.site.name.lower()))


def due_checks(store: Store, today: dt.date) -> list[SiteOverview]:
    """The checks that are due today (the window's reminders and `skinjournal due`)."""
    return due_for_check(site_overviews(store), today)


def last_check_words(last: dt.date | None, today: dt.date) -> str:
    """When a site was last checked, as a reminder says it: "checked 9 days ago"."""
    if last is None:
        return OverviewWords.tr("not checked yet")
    days = (today - last).days
    if days <= 0:
        return OverviewWords.tr("checked today")
    if days == 1:
        return OverviewWords.tr("checked yesterday")
    if days < 60:
        return OverviewWords.tr("checked %n days ago", "", days)
    return OverviewWords.tr("last checked {date}").format(date=date_text(last))
