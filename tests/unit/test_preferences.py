"""journal.core.domain.preferences: several settings saved at once, all or nothing, as the Preferences dialog saves them."""

from __future__ import annotations

import pytest

from journal.core.backup.create import SCHEDULE_KEY, backup_schedule
from journal.core.domain.preferences import current_values, save_preferences
from journal.core.errors import ValidationError
from journal.core.journal import Journal


def test_symptom_days_and_window_can_move_together_in_either_direction(journal: Journal) -> None:
    store = journal.store
    # Both up: 20 days does not fit the old 14-day window, so the window must be saved first.
    values = save_preferences(store, {"alerts.symptom_days": 20, "alerts.symptom_window_days": 30})
    assert (values["alerts.symptom_days"], values["alerts.symptom_window_days"]) == (20, 30)
    # Both down: the 10-day window does not hold the old 20 days, so the days must go first.
    values = save_preferences(store, {"alerts.symptom_window_days": 10, "alerts.symptom_days": 3})
    assert (values["alerts.symptom_days"], values["alerts.symptom_window_days"]) == (3, 10)


def test_one_refused_value_saves_none_of_the_others(journal: Journal) -> None:
    store = journal.store
    with pytest.raises(ValidationError) as refused:
        save_preferences(
            store,
            {
                "alerts.pain_threshold": 6,
                "backup.keep_last": 2,
                "alerts.symptom_days": 9,
                "alerts.symptom_window_days": 8,
            },
        )
    assert refused.value.field in ("alerts.symptom_days", "alerts.symptom_window_days")
    values = current_values(store)
    assert (values["alerts.pain_threshold"], values["backup.keep_last"], values["alerts.symptom_days"]) == (
        4,
        5,
        5,
    )
    assert store.setting("alerts.pain_threshold") is None and store.setting(SCHEDULE_KEY) is None


def test_a_value_put_back_to_its_default_is_no_longer_stored(journal: Journal) -> None:
    store = journal.store
    save_preferences(store, {"alerts.growth_percent": 50})
    assert store.setting("alerts.growth_percent") == 50
    save_preferences(store, {"alerts.growth_percent": 30})
    assert store.setting("alerts.growth_percent") is None
    assert current_values(store)["alerts.growth_percent"] == 30


def test_backup_schedule_halves_are_saved_for_the_window(journal: Journal) -> None:
    save_preferences(journal.store, {"backup.every_days": 3})
    save_preferences(journal.store, {"backup.keep_last": 9})
    assert backup_schedule(journal.store) == (3, 9)


def test_a_damaged_stored_schedule_reads_as_the_default(journal: Journal) -> None:
    journal.store.set_setting(SCHEDULE_KEY, "weekly")
    values = current_values(journal.store)
    assert (values["backup.every_days"], values["backup.keep_last"]) == (7, 5)
    save_preferences(journal.store, {"backup.keep_last": 2})  # and saving repairs it
    assert backup_schedule(journal.store) == (7, 2)
