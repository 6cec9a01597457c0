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

from journal.core.domain.model import Entry, LabResult, Photo, Site, Visit

DAYS_PER_MONTH = 365.25 / 12
# A rate over a couple of days says nothing about a slow change; below this span the
# table shows no per-month figure rather than a wild extrapolation.
MIN_SPAN_DAYS = 14
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
    is_open: bool
    evidence: tuple[EvidenceLine, ...]
    acknowledgements: tuple[tuple[str, str | None], ...] = ()  # (when, note), latest first

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

    @property
    def change(self) -> float | None:
        if self.first is None or self.last is None or self.readings < 2:
            return None
        return self.last.value - self.first.value

    @property
    def per_month(self) -> float | None:
        change = self.change
        if change is None or self.first is None or self.last is None:
            return None
        span = (self.last.date - self.first.date).days
        return None if span < MIN_SPAN_DAYS else change / (span / DAYS_PER_MONTH)


@dataclasses.dataclass(frozen=True)
class StripPhoto:
    date: dt.date  # the day the photo was taken
    path: Path
    photo: Photo
    entry_date: dt.date | None = None  # the day of its entry, when known

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

    def stat(self, field: str) -> StatRow:
        return next(row for row in self.stats if row.field == field)


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


def _items(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.replace(";", "\n").splitlines()
    if not isinstance(value, list | tuple):
        return ()
    return tuple(text for item in value if isinstance(item, str) and (text := item.strip()))
