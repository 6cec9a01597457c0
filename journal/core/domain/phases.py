"""A site's lifecycle: the phase it entered on a date. A site is in a phase from that date until
the next phase's date; a site without any is simply not said to be in one."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from journal.core.domain import validate as v
from journal.core.domain.model import ModelWords
from journal.core.errors import ValidationError
from journal.core.language import Words


class PhaseWords(Words):
    """A site's lifecycle phases and why a phase was refused."""


PHASES = ("active", "broke_open", "healing", "healed", "removed")
# The words for each phase, English as typed on the command line and listed in `--json`;
# `phase_label(phase)` gives them in the person's language.
PHASE_LABELS = {
    "active": PhaseWords.mark("active"),
    "broke_open": PhaseWords.mark("broke open"),
    "healing": PhaseWords.mark("healing"),
    "healed": PhaseWords.mark("healed"),
    "removed": PhaseWords.mark("removed"),
}
# Words a person may type for a phase ("broke open", "broken", "open").
_ALIASES = {
    "broke open": "broke_open",
    "broke-open": "broke_open",
    "broken": "broke_open",
    "open": "broke_open",
}


def phase_label(phase: str) -> str:
    """A stored phase in the person's language (an unknown one as stored)."""
    label = PHASE_LABELS.get(phase)
    return PhaseWords.tr(label) if label is not None else phase


def phase_name(value: object) -> str:
    """The stored name of a phase as typed, or refused in words."""
    text = str(value or "").strip().lower()
    text = _ALIASES.get(text, text)
    if text not in PHASES:
        # The English names are listed too: they are what the command line takes.
        raise ValidationError(
            "phase",
            PhaseWords.tr("{value} is not a phase; say one of: {phases}").format(
                value=repr(value), phases=", ".join(PHASE_LABELS[p] for p in PHASES)
            ),
        )
    return text


@dataclasses.dataclass(frozen=True)
class SitePhase:
    site_id: int
    date: dt.date  # the day the site entered this phase
    phase: str  # PHASES
    note: str | None = None
    id: int | None = None

    @classmethod
    def new(cls, **raw: Any) -> SitePhase:
        site_id = raw.get("site_id")
        if isinstance(site_id, bool) or not isinstance(site_id, int):
            raise ValidationError(
                "site", ModelWords.tr("{value} is not a site of this journal").format(value=repr(site_id))
            )
        return cls(
            site_id=site_id,
            date=v.record_date("date", raw.get("date")),
            phase=phase_name(raw.get("phase")),
            note=v.text("note", raw.get("note"), max_len=2000),
            id=raw.get("id"),
        )

    @property
    def label(self) -> str:
        """In the person's language."""
        return phase_label(self.phase)


@dataclasses.dataclass(frozen=True)
class PhaseSpan:
    """A phase from its date up to the next phase's date (None: still in it)."""

    phase: str
    start: dt.date
    end: dt.date | None

    @property
    def label(self) -> str:
        """In the person's language."""
        return phase_label(self.phase)


def spans(phases: Sequence[SitePhase]) -> list[PhaseSpan]:
    """The phases of one site as spans, in date order."""
    ordered = sorted(phases, key=lambda p: p.date)
    return [
        PhaseSpan(p.phase, p.date, ordered[i + 1].date if i + 1 < len(ordered) else None)
        for i, p in enumerate(ordered)
    ]


def phase_on(phases: Sequence[SitePhase], day: dt.date) -> SitePhase | None:
    """The phase a site was in on `day` (the latest begun by then)."""
    begun = [p for p in phases if p.date <= day]
    return max(begun, key=lambda p: p.date) if begun else None
