"""Every setting a person can change, in one list: what it is, its default, why, and its value now.

The window's Preferences dialog and `skinjournal settings` both read this list, so the words
and the checks are the same everywhere. The alert thresholds and their reasons come from
`journal.core.alerts.settings`; the backup schedule from `journal.core.backup.create`, which keeps
both of its numbers in one setting. A value equal to its default is stored as no value at
all, so a later version's better default reaches everyone who never changed it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING

from journal.core.alerts.settings import SPEC_BY_KEY, SPECS, Thresholds, save_threshold
from journal.core.alerts.settings import shown_help as threshold_help
from journal.core.alerts.settings import shown_label as threshold_label
from journal.core.backup.create import DEFAULT_SCHEDULE, backup_schedule, set_backup_schedule
from journal.core.domain.validate import NumberSetting
from journal.core.errors import ValidationError
from journal.core.language import Words


class PreferenceWords(Words):
    """Preferences: their headings, the backup schedule's names and reasons, and refusals."""


if TYPE_CHECKING:
    from journal.core.store import Store

WARNING_SIGNS = PreferenceWords.mark("Warning signs")
BACKUPS = PreferenceWords.mark("Backups")
EVERY_DAYS = "backup.every_days"
KEEP_LAST = "backup.keep_last"
_PAIR = ("alerts.symptom_days", "alerts.symptom_window_days")  # checked against each other


@dataclasses.dataclass(frozen=True)
class Preference(NumberSetting):
    section: str  # the heading it is shown under


PREFERENCES: tuple[Preference, ...] = (
    *(Preference(**dataclasses.asdict(spec), section=WARNING_SIGNS) for spec in SPECS),
    Preference(
        EVERY_DAYS,
        PreferenceWords.mark("Automatic backup: every this many days (0: off)"),
        DEFAULT_SCHEDULE["every_days"],
        0,
        365,
        True,
        PreferenceWords.mark(
            "When the window opens and the last automatic backup is at least this old, a new one is made in "
            "the background: the database and every photo in one zip file in the journal's backups folder. "
            "Turned off, none is made; File > Back up now still works, and a backup is always made before "
            "the journal's format is upgraded."
        ),
        BACKUPS,
    ),
    Preference(
        KEEP_LAST,
        PreferenceWords.mark("Automatic backup: keep this many"),
        DEFAULT_SCHEDULE["keep_last"],
        1,
        1000,
        True,
        PreferenceWords.mark(
            "Photos make backups large, so only the newest automatic backups are kept: each time a new one "
            "is made, the oldest beyond this number are deleted. Backups you save yourself are never deleted."
        ),
        BACKUPS,
    ),
)
BY_KEY = {pref.key: pref for pref in PREFERENCES}


# The words above stay English where they are data (`skinjournal settings --json`); these give
# them in the person's language for the window and the command line's listing.
def shown_section(section: str) -> str:
    """A heading ("Warning signs", "Backups") in the person's language."""
    return PreferenceWords.tr(section)


def shown_label(pref: NumberSetting) -> str:
    """A setting's name in the person's language (an alert threshold's as "Group: words")."""
    return threshold_label(pref) if pref.key in SPEC_BY_KEY else PreferenceWords.tr(pref.label)


def shown_help(pref: NumberSetting) -> str:
    """The reason for a setting's default in the person's language."""
    return threshold_help(pref) if pref.key in SPEC_BY_KEY else PreferenceWords.tr(pref.help)


def current_values(store: Store) -> dict[str, float | int]:
    """The value each setting has now (the default where none, or no usable one, is stored)."""
    thresholds = Thresholds.from_store(store)
    values: dict[str, float | int] = {
        s.key: getattr(thresholds, s.key.removeprefix("alerts.")) for s in SPECS
    }
    values[EVERY_DAYS], values[KEEP_LAST] = backup_schedule(store)
    return values


def save_preferences(store: Store, changes: Mapping[str, object]) -> dict[str, float | int]:
    """Check and save several settings at once. A refused value raises ValidationError naming
    its key, and then none of the changes is saved. Returns every setting's value afterwards."""
    for key in changes:
        if key not in BY_KEY:
            raise ValidationError(
                key, PreferenceWords.tr("no such setting (known: {keys})").format(keys=", ".join(BY_KEY))
            )
    with store.transaction():
        for key in _alert_order(store, changes):
            saved = save_threshold(store, key, changes[key])
            if saved == BY_KEY[key].default:
                store.delete_setting(key)
        if EVERY_DAYS in changes or KEEP_LAST in changes:
            every, keep = backup_schedule(store)
            every = int(BY_KEY[EVERY_DAYS].check(changes.get(EVERY_DAYS, every)))
            keep = int(BY_KEY[KEEP_LAST].check(changes.get(KEEP_LAST, keep)))
            set_backup_schedule(store, every, keep)
    return current_values(store)


def reset_preference(store: Store, key: str) -> float | int:
    """Put one setting back to its default; refused (nothing changed) when the default does not
    fit with another setting, e.g. a 14-day window shorter than 20 required days."""
    pref = BY_KEY.get(key)
    if pref is None:
        raise ValidationError(
            key, PreferenceWords.tr("no such setting (known: {keys})").format(keys=", ".join(BY_KEY))
        )
    return save_preferences(store, {key: pref.default})[key]


def _alert_order(store: Store, changes: Mapping[str, object]) -> list[str]:
    """The alert keys to save, the symptom pair in the order that keeps days <= window at
    every step (one order always does when the final pair is valid)."""
    keys = [key for key in changes if key.startswith("alerts.") and key not in _PAIR]
    pair = [key for key in _PAIR if key in changes]  # days, then window
    if len(pair) == 2:
        days = BY_KEY[_PAIR[0]].check(changes[_PAIR[0]])
        if days > Thresholds.from_store(store).symptom_window_days:
            pair.reverse()  # the days do not fit the old window: widen the window first
    return keys + pair
