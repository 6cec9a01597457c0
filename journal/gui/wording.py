"""The words the window uses for an entry's fields: plain language, the same in every pane."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import TypeVar

from journal.core.domain import choices as C
from journal.core.domain.model import Entry, plain_text
from journal.core.language import Words, date_text, number
from journal.core.photos import quality

V = TypeVar("V", str, tuple[str, str])


class WordingWords(Words):
    "The words for an entry's fields, the same in every pane and in the entry editor."


class Shown(Mapping[str, V]):
    """A table of marked words that reads each one in the language shown, when it is read
    (the table is made at import, before a language is installed)."""

    def __init__(self, words: dict[str, V]) -> None:
        self._words: dict[str, V] = words

    def __getitem__(self, key: str) -> V:
        value = self._words[key]
        if isinstance(value, tuple):
            return tuple(WordingWords.tr(one) for one in value)  # type: ignore[return-value]
        return WordingWords.tr(value)

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


# The warning signs, worded as a person would notice them (stored names stay technical).
WARNING_LABELS: Mapping[str, str] = Shown(
    {
        "ulcerated": WordingWords.mark("Broke open"),
        "discharge": WordingWords.mark("Chalk-like material came out"),
        "inflamed": WordingWords.mark("Red, warm or swollen"),
        "restricted_movement": WordingWords.mark("Harder to move the joint"),
    }
)

# Words at both ends of each 0-10 rating.
RATING_ENDS: Mapping[str, tuple[str, str]] = Shown(
    {
        "tightness": (WordingWords.mark("soft, pliable"), WordingWords.mark("stuck to the bone")),
        "pain": (WordingWords.mark("no pain"), WordingWords.mark("worst pain")),
    }
)

LOOK_LABELS: Mapping[str, str] = Shown(
    {
        "shiny": WordingWords.mark("Shiny"),
        "pale": WordingWords.mark("Pale"),
        "hair_thinning": WordingWords.mark("Hair thinning"),
    }
)

NOT_CHECKED = WordingWords.mark("not checked")  # shown as not_checked()

# The photo tips live beside the import's quality checks, whose warnings quote them.
PHOTO_GUIDANCE = quality.PHOTO_GUIDANCE  # the short form, under the photos of an entry
PHOTO_TIPS = quality.PHOTO_TIPS  # every tip, in Help > Photo tips


def not_checked() -> str:
    return WordingWords.tr(NOT_CHECKED)


def yes_no(value: bool | None) -> str:
    return not_checked() if value is None else (WordingWords.tr("yes") if value else WordingWords.tr("no"))


def entry_details(entry: Entry) -> str:
    """The logged values other than ratings, size and count, as one short line."""
    parts = []
    if entry.mobility:
        mobility = C.shown(C.MOBILITY_LABELS, entry.mobility)
        parts.append(WordingWords.tr("mobility: {value}").format(value=mobility))
    if entry.colour:
        colour = C.shown(C.COLOUR_LABELS, entry.colour)
        parts.append(WordingWords.tr("colour: {value}").format(value=colour))
    for field, label in LOOK_LABELS.items():
        value = getattr(entry, field)
        if value is not None:
            parts.append(WordingWords.tr("{field}: {value}").format(field=label.lower(), value=yes_no(value)))
    return "; ".join(parts)


def warning_text(entry: Entry) -> str:
    return "; ".join(WARNING_LABELS[name] for name in WARNING_LABELS if getattr(entry, name))


def size_words(size: int) -> str:
    """A file's size as a person reads it: kB under 1 MB ("0.0 MB" says nothing), MB above."""
    if size < 2**20:
        return WordingWords.tr("{size} kB").format(size=max(1, round(size / 2**10)))
    return WordingWords.tr("{size} MB").format(size=number(size / 2**20, 1))


def short_number(value: float) -> str:
    """A number as short as it can be written ("12", "5.5"), with the locale's decimal sign."""
    text = f"{value:g}"
    if "." not in text or "e" in text:
        return text
    return number(value, len(text.split(".")[1]))


def shown_text(value: object) -> str:
    """A stored value as a person reads it in a table: `plain_text`, with the locale's decimal
    sign, a date the locale's way (the raw date stays under UserRole for sorting) and yes/no in
    the person's language."""
    if isinstance(value, bool):
        return WordingWords.tr("yes") if value else WordingWords.tr("no")
    if isinstance(value, float):
        return short_number(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return date_text(value)
    return plain_text(value)
