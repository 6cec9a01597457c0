"""How an alert speaks: what was seen, with its values and dates, then the documents' advice.

Plain words, never a diagnosis, never a treatment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from journal.core import language
from journal.core.alerts.model import ADVICE, AlertWords, Evidence, Finding
from journal.core.domain.model import Site

SLOW_COURSE = AlertWords.mark(
    "The documents describe a slow course, so a sudden change is worth a professional look: "
    "please have it assessed by a doctor."
)


def mm(value: float) -> str:
    return AlertWords.tr("{size} mm").format(size=language.number(value, 1))


def number(value: float) -> str:
    """A value as short as it is exact ("7", "2.5"), in the locale's way of writing decimals."""
    plain = f"{value:g}"
    if "e" in plain:
        return plain
    places = len(plain.partition(".")[2])
    return language.number(value, places)


def days_between(earlier: dt.date, later: dt.date) -> str:
    days = (later - earlier).days
    if days == 1:  # English says "1 day" from its own source text (nothing translates English)
        return AlertWords.tr("%n day earlier", "", days)
    return AlertWords.tr("%n days earlier", "", days)


def join_and(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return AlertWords.tr("{first} and {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


def resolved_note(site: Site, day: dt.date) -> str | None:
    if site.resolved_on is not None and day > site.resolved_on:
        return AlertWords.tr("{site} was marked resolved on {date}, but this was logged after that.").format(
            site=site.name, date=site.resolved_on.isoformat()
        )
    return None


class DayFindings:
    """Collects the sentences and evidence of one rule, day by day, into one finding per day."""

    def __init__(self, rule: str, site: Site | None, advice: str = ADVICE) -> None:
        self.rule = rule
        self.site = site
        self.advice = advice
        self._days: dict[dt.date, tuple[list[str], list[Evidence]]] = {}

    def add(self, day: dt.date, sentence: str, evidence: Iterable[Evidence]) -> None:
        sentences, found = self._days.setdefault(day, ([], []))
        sentences.append(sentence)
        found.extend(evidence)

    def findings(self) -> list[Finding]:
        out = []
        for day in sorted(self._days):
            sentences, evidence = self._days[day]
            note = resolved_note(self.site, day) if self.site is not None else None
            text = " ".join([*sentences, *([note] if note else []), AlertWords.tr(self.advice)])
            unique = sorted(
                set(evidence), key=lambda ev: (ev.date, ev.field, str(ev.value), ev.entry_id or 0)
            )
            out.append(Finding(self.rule, self.site.id if self.site else None, day, text, tuple(unique)))
        return out
