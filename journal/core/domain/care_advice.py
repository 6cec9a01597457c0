"""What the window says, calmly, when a person logs broken skin or chalk-like discharge.

Advice to look after it and when to see a professional, never a diagnosis. The words follow the
safety words of ../shared/CLINICAL-NOTES.md (scleroderma patient education): a deposit that
breaks open can become infected; do not squeeze or drain it yourself; watch for spreading
redness, warmth, swelling, pus or fever, and seek care promptly if they appear.
"""

from __future__ import annotations

BROKEN_SKIN_ADVICE = (
    "Skin that has broken open, or where chalk-like material comes out, can become infected. "
    "Please do not squeeze or drain it yourself. "
    "Watch for redness that spreads, warmth, swelling, pus or a fever, "
    "and if any of these appear, seek care promptly."
)
# The entry's signs that call for the advice.
ADVICE_SIGNS = ("ulcerated", "discharge")


def care_advice(ulcerated: bool | None, discharge: bool | None) -> str | None:
    """The advice when either sign was logged as seen, else None."""
    return BROKEN_SKIN_ADVICE if ulcerated or discharge else None
