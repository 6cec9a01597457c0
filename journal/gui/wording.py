"""The words the window uses for an entry's fields: plain language, the same in every pane."""

from __future__ import annotations

from journal.core.domain import choices as C
from journal.core.domain.model import Entry
from journal.core.photos import quality

# The warning signs, worded as a person would notice them (stored names stay technical).
WARNING_LABELS = {
    "ulcerated": "Broke open",
    "discharge": "Chalk-like material came out",
    "inflamed": "Red, warm or swollen",
    "restricted_movement": "Harder to move the joint",
}

# Words at both ends of each 0-10 rating.
RATING_ENDS = {
    "tightness": ("soft, pliable", "stuck to the bone"),
    "pain": ("no pain", "worst pain"),
}

LOOK_LABELS = {"shiny": "Shiny", "pale": "Pale", "hair_thinning": "Hair thinning"}

NOT_CHECKED = "not checked"

# The photo tips live beside the import's quality checks, whose warnings quote them.
PHOTO_GUIDANCE = quality.PHOTO_GUIDANCE  # the short form, under the photos of an entry
PHOTO_TIPS = quality.PHOTO_TIPS  # every tip, in Help > Photo tips


def yes_no(value: bool | None) -> str:
    return NOT_CHECKED if value is None else ("yes" if value else "no")


def entry_details(entry: Entry) -> str:
    """The logged values other than ratings, size and count, as one short line."""
    parts = []
    if entry.mobility:
        parts.append(f"mobility: {C.MOBILITY_LABELS.get(entry.mobility, entry.mobility)}")
    if entry.colour:
        parts.append(f"colour: {C.COLOUR_LABELS.get(entry.colour, entry.colour)}")
    for field, label in LOOK_LABELS.items():
        value = getattr(entry, field)
        if value is not None:
            parts.append(f"{label.lower()}: {yes_no(value)}")
    return "; ".join(parts)


def warning_text(entry: Entry) -> str:
    return "; ".join(WARNING_LABELS[name] for name in WARNING_LABELS if getattr(entry, name))


def size_words(size: int) -> str:
    """A file's size as a person reads it: kB under 1 MB ("0.0 MB" says nothing), MB above."""
    if size < 2**20:
        return f"{max(1, round(size / 2**10))} kB"
    return f"{size / 2**20:.1f} MB"
