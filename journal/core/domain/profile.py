"""Who the doctor summary is for: a name (optional), known conditions, current supplements
and medicines, as the person typed them.

The journal never names a condition: "known conditions" are the person's own words for what
their doctor told them, printed on the summary's first page and nowhere else. Stored in the
journal's settings under `PROFILE_KEY` as {"name": str | None, "conditions": [str],
"medicines": [str]}, the shape `Profile.from_setting` reads back for the summary.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from journal.core.errors import ValidationError
from journal.core.language import Words
from journal.core.store import Store
from journal.core.summary.tree import Profile


class ProfileWords(Words):
    """Why the person's details were refused."""


PROFILE_KEY = "profile"
MAX_NAME = 100
MAX_ITEM = 200  # one condition or one medicine with its dose
MAX_ITEMS = 30  # per list: a whole page of medicines would crowd out the alerts
FIELD_WORDS = {"name": "Name", "conditions": "Known conditions", "medicines": "Supplements and medicines"}

__all__ = [
    "FIELD_WORDS",
    "MAX_ITEM",
    "MAX_ITEMS",
    "MAX_NAME",
    "PROFILE_KEY",
    "Profile",
    "load_profile",
    "make_profile",
    "profile_to_plain",
    "save_profile",
    "split_items",
    "update_profile",
]


def split_items(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """One item a line, or separated by ";" (how a single command-line argument lists them)."""
    if value is None:
        return ()
    lines = value.replace(";", "\n").splitlines() if isinstance(value, str) else list(value)
    return tuple(text for line in lines if (text := " ".join(str(line).split())))


def make_profile(
    name: str | None = None,
    conditions: str | Sequence[str] | None = None,
    medicines: str | Sequence[str] | None = None,
) -> Profile:
    """A checked profile; blank text means "not given". Raises ValidationError naming the field."""
    clean_name = " ".join((name or "").split()) or None
    if clean_name is not None and len(clean_name) > MAX_NAME:
        raise ValidationError(
            "name",
            ProfileWords.tr("{count} characters is too long (at most {most})").format(
                count=len(clean_name), most=MAX_NAME
            ),
        )
    return Profile(
        name=clean_name,
        conditions=_checked("conditions", conditions),
        medicines=_checked("medicines", medicines),
    )


def _checked(field: str, value: str | Sequence[str] | None) -> tuple[str, ...]:
    items = tuple(dict.fromkeys(split_items(value)))  # the same line twice says nothing more
    if len(items) > MAX_ITEMS:
        raise ValidationError(
            field,
            ProfileWords.tr("{count} lines is too many (at most {most})").format(
                count=len(items), most=MAX_ITEMS
            ),
        )
    for number, item in enumerate(items, start=1):
        if len(item) > MAX_ITEM:
            raise ValidationError(
                field,
                f"line {number} (\u201c{item[:30]}\u2026\u201d) has {len(item)} "
                f"characters, too long (at most {MAX_ITEM})",
            )
    return items


def profile_to_plain(profile: Profile) -> dict[str, Any]:
    return {
        "name": profile.name,
        "conditions": list(profile.conditions),
        "medicines": list(profile.medicines),
    }


def load_profile(store: Store) -> Profile:
    """The saved profile, tolerant of any shape stored before (an empty profile if none)."""
    return Profile.from_setting(store.setting(PROFILE_KEY))


def save_profile(store: Store, profile: Profile) -> Profile:
    """Check `profile` again (it may have been built by hand) and save it; nothing is saved if refused."""
    checked = make_profile(profile.name, profile.conditions, profile.medicines)
    store.set_setting(PROFILE_KEY, profile_to_plain(checked))
    return checked


def update_profile(
    store: Store, name: str | None = None, conditions: str | None = None, medicines: str | None = None
) -> Profile:
    """Change only the fields given (None keeps the saved value, "" clears it)."""
    current = load_profile(store)
    return save_profile(
        store,
        make_profile(
            current.name if name is None else name,
            current.conditions if conditions is None else conditions,
            current.medicines if medicines is None else medicines,
        ),
    )
