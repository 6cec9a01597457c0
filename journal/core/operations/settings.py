"""Settings and the profile: change, reset, and the undo of each.

The checks live in journal/core/domain/preferences.py and profile.py; these operations wrap
them in one transaction each and remember the stored values they replace, so the undo writes
exactly those back (no value stored means the default, and stays so).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from journal.core.backup.create import SCHEDULE_KEY
from journal.core.domain import preferences
from journal.core.domain.profile import PROFILE_KEY, Profile, make_profile, save_profile
from journal.core.domain.profile import update_profile as update_in_store
from journal.core.language import Words
from journal.core.operations.outcome import Changes, Outcome

if TYPE_CHECKING:
    from journal.core.journal import Journal
    from journal.core.store import Store


class SettingsOperationWords(Words):
    "Undo steps of changing settings and the profile."


_ABSENT = object()  # no stored value: the setting answers its default


def _stored_keys(keys: Iterable[str]) -> list[str]:
    """The settings rows preferences are kept in (both backup numbers share one)."""
    rows = {SCHEDULE_KEY if key in (preferences.EVERY_DAYS, preferences.KEEP_LAST) else key for key in keys}
    return sorted(rows)


def _snapshot(store: Store, keys: Iterable[str]) -> dict[str, Any]:
    return {key: store.setting(key, _ABSENT) for key in keys}


def _changes(kind: str) -> Changes:
    return Changes.whole(kind)  # a setting has no id


def _put(journal: Journal, values: Mapping[str, Any], kind: str, label: str) -> Outcome[None]:
    """Write stored values back as they were (the undo, and the redo, of a settings change)."""
    with journal.store.transaction():
        before = _snapshot(journal.store, values)
        for key, value in values.items():
            if value is _ABSENT:
                journal.store.delete_setting(key)
            else:
                journal.store.set_setting(key, value)
    return Outcome(None, _changes(kind), label, undo=lambda j: _put(j, before, kind, label))


def _outcome(value: Any, before: dict[str, Any], kind: str, label: str) -> Outcome[Any]:
    return Outcome(value, _changes(kind), label, undo=lambda j: _put(j, before, kind, label))


def save_settings(journal: Journal, changes: Mapping[str, object]) -> Outcome[dict[str, float | int]]:
    """Check and save several preferences at once (all or none); the value is every setting's value."""
    with journal.store.transaction():
        before = _snapshot(journal.store, _stored_keys(k for k in changes if k in preferences.BY_KEY))
        values = preferences.save_preferences(journal.store, changes)
    names = ", ".join(changes)
    return _outcome(
        values,
        before,
        "settings",
        (
            SettingsOperationWords.tr("changed the settings {names}")
            if len(changes) > 1
            else SettingsOperationWords.tr("changed the setting {names}")
        ).format(names=names),
    )


def set_setting(journal: Journal, key: str, value: object) -> Outcome[dict[str, float | int]]:
    return save_settings(journal, {key: value})


def reset_setting(journal: Journal, key: str) -> Outcome[float | int]:
    """Put one preference back to its default (refused when the default does not fit another setting)."""
    with journal.store.transaction():
        before = _snapshot(journal.store, _stored_keys([key] if key in preferences.BY_KEY else []))
        value = preferences.reset_preference(journal.store, key)
    return _outcome(
        value, before, "settings", SettingsOperationWords.tr("put {key} back to its default").format(key=key)
    )


def set_backup_schedule(journal: Journal, every_days: int, keep_last: int) -> Outcome[dict[str, float | int]]:
    return save_settings(journal, {preferences.EVERY_DAYS: every_days, preferences.KEEP_LAST: keep_last})


def remember(journal: Journal, key: str, value: object, label: str) -> Outcome[None]:
    """Keep a value the window offers again next time (the summary's questions for the doctor)."""
    with journal.store.transaction():
        before = _snapshot(journal.store, [key])
        journal.store.set_setting(key, value)
    return _outcome(None, before, "settings", label)


def save_profile_op(journal: Journal, profile: Profile) -> Outcome[Profile]:
    """Save the whole profile (the window's form), checked again."""
    checked = make_profile(profile.name, profile.conditions, profile.medicines)
    with journal.store.transaction():
        before = _snapshot(journal.store, [PROFILE_KEY])
        saved = save_profile(journal.store, checked)
    return _outcome(saved, before, "profile", SettingsOperationWords.tr("changed the profile"))


def update_profile(
    journal: Journal, name: str | None = None, conditions: str | None = None, medicines: str | None = None
) -> Outcome[Profile]:
    """Change only the fields given (None keeps the saved value, "" clears it)."""
    with journal.store.transaction():
        before = _snapshot(journal.store, [PROFILE_KEY])
        saved = update_in_store(journal.store, name=name, conditions=conditions, medicines=medicines)
    return _outcome(saved, before, "profile", SettingsOperationWords.tr("changed the profile"))
