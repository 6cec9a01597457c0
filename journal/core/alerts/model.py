"""What an alert is: a warning sign seen in the logged data, the records that show it, its lifecycle.

`Finding` is what a rule returns (pure, not yet stored); `Alert` is a finding as the journal
keeps it, with its id, its status and the person's acknowledgement. `StoredAlert` is the row
the store reads and writes. Messages quote what was seen and give the documents' advice;
they never name a condition or suggest a treatment.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from journal.core.language import Words


class AlertWords(Words):
    """Alert titles, their sentences and the documents' advice."""


RULE_IDS: tuple[str, ...] = (
    "rapid_growth",
    "pain_inflammation_ulceration",
    "chalky_discharge",
    "restricted_movement",
    "systemic_symptoms",
    "sudden_change",
    "lab_out_of_range",
)

# Marked here, translated where shown (`Alert.title`, `rule_title`).
RULE_TITLES: dict[str, str] = {
    "rapid_growth": AlertWords.mark("Rapid growth"),
    "pain_inflammation_ulceration": AlertWords.mark("Pain, inflammation or an open sore"),
    "chalky_discharge": AlertWords.mark("Chalk-like discharge"),
    "restricted_movement": AlertWords.mark("Restricted movement"),
    "systemic_symptoms": AlertWords.mark("Fatigue, weakness or urination changes"),
    "sudden_change": AlertWords.mark("Sudden change in tightness"),
    "lab_out_of_range": AlertWords.mark("Lab value outside its reference range"),
}


def rule_title(rule: str) -> str:
    """A rule's title in the person's language (an unknown rule id as it is)."""
    title = RULE_TITLES.get(rule)
    return AlertWords.tr(title) if title else rule


# The documents' advice, closing every message (marked here, translated as the message is made).
ADVICE = AlertWords.mark(
    "This is a warning sign that calls for prompt medical attention: please have it assessed by a doctor."
)

STATUSES = ("open", "acknowledged")


@dataclasses.dataclass(frozen=True)
class Evidence:
    """One logged value behind an alert: an entry's field (entry_id set), a daily check's or a lab's."""

    date: dt.date
    field: str
    value: object
    entry_id: int | None = None

    def to_plain(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "field": self.field,
            "value": self.value,
            "entry_id": self.entry_id,
        }

    @classmethod
    def from_plain(cls, raw: dict[str, Any]) -> Evidence:
        return cls(dt.date.fromisoformat(raw["date"]), raw["field"], raw["value"], raw.get("entry_id"))


@dataclasses.dataclass(frozen=True)
class Finding:
    """A warning sign a rule found on `date`, judged from the data logged up to that date."""

    rule: str
    site_id: int | None
    date: dt.date
    message: str
    evidence: tuple[Evidence, ...]

    @property
    def fingerprint(self) -> str:
        """Identity across recomputations: one alert per rule, site and day the sign first showed."""
        site = "person" if self.site_id is None else f"site{self.site_id}"
        return f"{self.rule}/{site}/{self.date.isoformat()}"


@dataclasses.dataclass(frozen=True)
class Acknowledgement:
    """One time the person acknowledged an alert: when (ISO date and time) and their note, if any."""

    at: str
    note: str | None = None

    def to_plain(self) -> dict[str, Any]:
        return {"at": self.at, "note": self.note}


class _Acknowledged:
    """The acknowledgement history (latest first) and what is read from it."""

    acknowledgements: tuple[Acknowledgement, ...]

    @property
    def acknowledged_at(self) -> str | None:
        """When it was first acknowledged."""
        return self.acknowledgements[-1].at if self.acknowledgements else None

    @property
    def ack_note(self) -> str | None:
        """The latest note given (an acknowledgement without a note leaves it standing)."""
        return next((ack.note for ack in self.acknowledgements if ack.note), None)


@dataclasses.dataclass(frozen=True)
class StoredAlert(_Acknowledged):
    """An alerts row with its acknowledgements (latest first). `withdrawn`: the data no longer
    shows it, kept because it was acknowledged."""

    fingerprint: str
    rule: str
    site_id: int | None
    date: dt.date
    status: str
    message: str
    evidence: tuple[Evidence, ...]
    acknowledgements: tuple[Acknowledgement, ...] = ()
    withdrawn: bool = False
    id: int | None = None


@dataclasses.dataclass(frozen=True)
class Alert(_Acknowledged):
    id: int
    rule: str
    site_id: int | None
    site: str | None
    date: dt.date
    status: str  # "open" | "acknowledged"
    message: str
    evidence: tuple[Evidence, ...]
    acknowledgements: tuple[Acknowledgement, ...] = ()  # latest first

    @property
    def title(self) -> str:
        return rule_title(self.rule)

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def to_plain(self) -> dict[str, Any]:
        """JSON-ready: dates as YYYY-MM-DD, evidence as a list of {date, field, value, entry_id},
        every acknowledgement as {at, note}, latest first (ack_note and acknowledged_at: the
        latest note and the first time, as before there was a history)."""
        return {
            "id": self.id,
            "rule": self.rule,
            "title": RULE_TITLES.get(self.rule, self.rule),  # machine output stays English
            "site": self.site,
            "site_id": self.site_id,
            "date": self.date.isoformat(),
            "status": self.status,
            "message": self.message,
            "evidence": [ev.to_plain() for ev in self.evidence],
            "ack_note": self.ack_note,
            "acknowledged_at": self.acknowledged_at,
            "acknowledgements": [ack.to_plain() for ack in self.acknowledgements],
        }
