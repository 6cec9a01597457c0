"""The doctor summary's content as a tree of plain frozen dataclasses (no Qt, no store).

`journal.core.summary.content.gather_summary` fills it; the report package lays it out. The few
numbers derived here (change, growth per month) live on the records they describe.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from journal.core.alerts.model import ADVICE, AlertWords
from journal.core.alerts.wording import SLOW_COURSE
from journal.core.charts.site_extras import SiteChartExtras
from journal.core.domain.hand import FingerPalm
from journal.core.domain.model import Entry, LabResult, Photo, Site, Visit
from journal.core.measure.model import Measurement

DAYS_PER_MONTH = 365.25 / 12
# A rate ("per month") from two readings, or over a couple of days, is a wild extrapolation of
# noise: the summary gives one only from at least three readings spanning at least four weeks,
# as the slope of a least-squares line through all of them; otherwise first and latest only.
MIN_RATE_READINGS = 3
MIN_RATE_SPAN_DAYS = 28
ADVICE_END = "assessed by a doctor."  # every alert message closes with a sentence ending so


@dataclasses.dataclass(frozen=True)
class Period:
    since: dt.date
    until: dt.date
    basis: str  # why these dates: "chosen", "since the last visit", "the last 6 months"

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1

    def contains(self, day: dt.date) -> bool:
        return self.since <= day <= self.until


@dataclasses.dataclass(frozen=True)
class Profile:
    name: str | None = None
    conditions: tuple[str, ...] = ()
    medicines: tuple[str, ...] = ()

    @classmethod
    def from_setting(cls, value: Any) -> Profile:
        """Tolerant of what a form may have stored: lists, or text with one item a line."""
        if not isinstance(value, dict):
            return cls()
        name = value.get("name")
        medicines = _items(value.get("medicines")) + _items(value.get("supplements"))
        return cls(
            name=name.strip() or None if isinstance(name, str) else None,
            conditions=_items(value.get("conditions")),
            medicines=tuple(dict.fromkeys(medicines)),
        )

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.conditions or self.medicines)


@dataclasses.dataclass(frozen=True)
class EvidenceLine:
    date: dt.date
    field: str
    value: str


@dataclasses.dataclass(frozen=True)
class AlertLine:
    date: dt.date
    site: str | None
    title: str
    message: str
    is_open: bool  # open at the end of the period (acknowledged later, or never)
    evidence: tuple[EvidenceLine, ...]
    acknowledgements: tuple[tuple[str, str | None], ...] = ()  # (when, note), latest first
    rule: str = ""
    site_id: int | None = None
    before_period: bool = False  # raised before the period, still open at its end

    @property
    def acknowledged_at(self) -> str | None:
        """When it was first acknowledged."""
        return self.acknowledgements[-1][0] if self.acknowledgements else None

    @property
    def ack_note(self) -> str | None:
        """The latest note given."""
        return next((note for _at, note in self.acknowledgements if note), None)

    @property
    def seen(self) -> str:
        """The message without its closing advice: on paper the advice is said once for all."""
        for advice in (AlertWords.tr(ADVICE), AlertWords.tr(SLOW_COURSE)):
            # A message written in another language than today's keeps its advice (see below).
            if self.message.endswith(" " + advice):
                return self.message[: -len(advice) - 1]
        if not self.message.endswith(ADVICE_END):
            return self.message
        cut = self.message[: -len(ADVICE_END)].rfind(". ")
        return self.message[: cut + 1] if cut > 0 else self.message


@dataclasses.dataclass(frozen=True)
class Reading:
    date: dt.date
    value: float


@dataclasses.dataclass(frozen=True)
class StatRow:
    field: str
    label: str
    first: Reading | None
    last: Reading | None
    readings: int
    values: tuple[Reading, ...] = ()  # every reading of the period, in date order (for the rate)
    # The smallest change the two measurements compared can show (None: not known). A size's is
    # the combined uncertainty of the first and latest size; a 0-10 rating's the smallest
    # detectable change (content.rating_noise).
    noise: float | None = None
    first_uncertainty: float | None = None  # the ± of the first and latest size
    last_uncertainty: float | None = None

    @property
    def change(self) -> float | None:
        if self.first is None or self.last is None or self.readings < 2:
            return None
        return self.last.value - self.first.value

    @property
    def beyond_noise(self) -> bool | None:
        """Whether the change is larger than the measurements can tell from nothing (None: no
        change to judge, or the noise is not known)."""
        change = self.change
        if change is None or self.noise is None:
            return None
        return abs(change) > self.noise + 1e-9

    @property
    def per_month(self) -> float | None:
        """The least-squares slope per month, from at least MIN_RATE_READINGS readings over at
        least MIN_RATE_SPAN_DAYS days; None otherwise."""
        points = self.values
        if len(points) < MIN_RATE_READINGS or (points[-1].date - points[0].date).days < MIN_RATE_SPAN_DAYS:
            return None
        xs = [(p.date - points[0].date).days for p in points]
        mean_x, mean_y = sum(xs) / len(xs), sum(p.value for p in points) / len(points)
        spread = sum((x - mean_x) ** 2 for x in xs)
        slope = sum((x - mean_x) * (p.value - mean_y) for x, p in zip(xs, points, strict=True)) / spread
        return slope * DAYS_PER_MONTH


@dataclasses.dataclass(frozen=True)
class StripPhoto:
    date: dt.date  # the day the photo was taken
    path: Path
    photo: Photo
    entry_date: dt.date | None = None  # the day of its entry, when known
    size_mm: float | None = None  # its entry's size, with its ±
    size_uncertainty: float | None = None
    pain: int | None = None
    alert: bool = False  # its entry's date is an alert's date
    measurement: Measurement | None = None  # the newest measurement on this photo, drawn on it

    def read(self) -> bytes:
        """The picture's plain bytes: an encrypted journal's sealed photo is decrypted in memory
        (with the keys this process unlocked), never written plain. The journal's folder is two
        folders above the photo's bucket (photos/ab/<sha>.<ext>: PhotoFiles.relative)."""
        from journal.core.photos.pipeline import PhotoFiles

        return PhotoFiles(self.path.parents[2]).read_file(self.path)


@dataclasses.dataclass(frozen=True)
class SiteSummary:
    site: Site
    entries: tuple[Entry, ...]
    stats: tuple[StatRow, ...]
    strip: tuple[StripPhoto, ...]
    photo_total: int
    alert_dates: tuple[dt.date, ...]
    signs: tuple[tuple[str, int], ...]  # (warning sign label, entries that noted it)
    # The ± of each photo-measured size, by entry id (the chart's error bars).
    photo_uncertainty: Mapping[int, float] = dataclasses.field(default_factory=dict)
    open_alerts: int = 0  # alerts of this site open at the end of the period, whenever raised
    period_alerts: int = 0  # alerts of this site raised in the period (open or acknowledged)
    # Its visits' ultrasound thickness and its lifecycle phases (charts/site_extras.py).
    chart_extras: SiteChartExtras = SiteChartExtras()
    # Phase marks (broke open, healed ...) and ultrasound readings dated in the period: news a
    # doctor should see even when no measurement changed beyond noise.
    milestones: int = 0

    def stat(self, field: str) -> StatRow:
        return next(row for row in self.stats if row.field == field)

    @property
    def changed(self) -> tuple[StatRow, ...]:
        """The measures whose change is larger than the measurement noise."""
        return tuple(row for row in self.stats if row.beyond_noise)

    @property
    def has_something_to_see(self) -> bool:
        """An alert, a change beyond noise or a new phase or ultrasound reading: the site gets its
        half page, else a table line."""
        return bool(self.open_alerts or self.period_alerts or self.changed or self.milestones)

    @property
    def attention(self) -> tuple[int, int, int, str]:
        """Sort key: open alerts first, then a change beyond noise (or an alert of the period),
        then the rest; by name within each."""
        rank = 0 if self.open_alerts else 1 if self.has_something_to_see else 2
        return (rank, -self.open_alerts, -len(self.changed), self.site.name.casefold())


@dataclasses.dataclass(frozen=True)
class SymptomDays:
    field: str
    label: str
    days: tuple[dt.date, ...]


@dataclasses.dataclass(frozen=True)
class DailySummary:
    days_checked: int
    symptoms: tuple[SymptomDays, ...]


@dataclasses.dataclass(frozen=True)
class CareLine:
    kind: str
    what: str
    times: int
    since: dt.date  # first time ever in the journal, not only in the period
    last: dt.date
    how_often: str
    dose: str | None


@dataclasses.dataclass(frozen=True)
class Summary:
    made_on: dt.date
    period: Period
    profile: Profile
    alerts: tuple[AlertLine, ...]
    sites: tuple[SiteSummary, ...]
    quiet_sites: tuple[Site, ...]  # chosen, but nothing recorded in the period
    daily: DailySummary
    labs: tuple[LabResult, ...]
    lab_tests_charted: tuple[str, ...]
    care: tuple[CareLine, ...]
    visits: tuple[Visit, ...]
    questions: str | None
    hand: tuple[FingerPalm, ...] = ()  # finger-to-palm readings of the period
    site_names: Mapping[int, str] = dataclasses.field(default_factory=dict)  # every site, for the visits

    @property
    def detailed_sites(self) -> tuple[SiteSummary, ...]:
        """The sites with something to see (an alert, a change beyond noise), most urgent first."""
        return tuple(site for site in self.sites if site.has_something_to_see)

    @property
    def steady_sites(self) -> tuple[SiteSummary, ...]:
        """Sites with entries but nothing beyond noise and no alert: a table line each."""
        return tuple(site for site in self.sites if not site.has_something_to_see)

    @property
    def labs_out_of_range(self) -> tuple[LabResult, ...]:
        """Results outside the range the lab printed with them, newest first."""
        return tuple(
            sorted((lab for lab in self.labs if lab.out_of_range), key=lambda lab: lab.date, reverse=True)
        )


def _items(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.replace(";", "\n").splitlines()
    if not isinstance(value, list | tuple):
        return ()
    return tuple(text for item in value if isinstance(item, str) and (text := item.strip()))
