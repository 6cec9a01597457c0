"""Settings, profile, alert acknowledgement, import and restore as operations, on a real journal."""

from __future__ import annotations

import pytest
from alerts_support import add_site, log

from journal.core.alerts import current_alerts
from journal.core.backup.create import backup_schedule, create_backup
from journal.core.domain.preferences import current_values
from journal.core.domain.profile import load_profile
from journal.core.errors import ValidationError
from journal.core.operations import alerts as alert_ops
from journal.core.operations import data as data_ops
from journal.core.operations import settings as ops
from journal.core.operations.outcome import Changes


def test_a_setting_changed_reset_and_undone(journal):
    default = current_values(journal.store)["alerts.pain_threshold"]
    changed = ops.set_setting(journal, "alerts.pain_threshold", 5)
    assert changed.value["alerts.pain_threshold"] == 5
    assert changed.changes.to_plain() == {"settings": []}
    assert changed.label == "changed the setting alerts.pain_threshold"
    redo = changed.undo(journal)
    assert current_values(journal.store)["alerts.pain_threshold"] == default
    assert journal.store.setting("alerts.pain_threshold") is None  # no value stored, as before
    redo.undo(journal)
    assert current_values(journal.store)["alerts.pain_threshold"] == 5
    reset = ops.reset_setting(journal, "alerts.pain_threshold")
    assert reset.value == default
    reset.undo(journal)
    assert current_values(journal.store)["alerts.pain_threshold"] == 5


def test_a_refused_setting_changes_nothing(journal):
    before = current_values(journal.store)
    with pytest.raises(ValidationError):
        ops.save_settings(journal, {"alerts.pain_threshold": 4, "alerts.symptom_days": 1000})
    with pytest.raises(ValidationError):
        ops.set_setting(journal, "no.such", 1)
    assert current_values(journal.store) == before


def test_backup_schedule_and_its_undo(journal):
    before = backup_schedule(journal.store)
    changed = ops.set_backup_schedule(journal, 3, 9)
    assert backup_schedule(journal.store) == (3, 9)
    changed.undo(journal)
    assert backup_schedule(journal.store) == before


def test_profile_update_and_undo(journal):
    first = ops.update_profile(journal, name="Sam", medicines="Vitamin D 1000 IU")
    assert first.changes.to_plain() == {"profile": []} and first.label == "changed the profile"
    second = ops.update_profile(journal, conditions="calcinosis")
    assert load_profile(journal.store).medicines == ("Vitamin D 1000 IU",)
    second.undo(journal)
    assert load_profile(journal.store) == first.value
    first.undo(journal)
    assert load_profile(journal.store).name is None
    with pytest.raises(ValidationError):
        ops.update_profile(journal, name="x" * 500)
    assert load_profile(journal.store).name is None


def test_acknowledge_is_undone_by_taking_out_only_its_acknowledgement(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, size_mm=3.0)
    log(journal.store, site, 14, size_mm=4.0)
    (alert,) = current_alerts(journal.store)
    first = alert_ops.acknowledge(journal, alert.id, "shown to Dr Meyer")
    second = alert_ops.acknowledge(journal, alert.id, "and to Dr Roth")
    assert second.changes.to_plain() == {"alerts": [alert.id]}
    assert second.label == "acknowledged the alert of 2025-03-17 for Left forearm"
    redo = second.undo(journal)
    (now,) = current_alerts(journal.store, include_acknowledged=True)
    assert [a.note for a in now.acknowledgements] == ["shown to Dr Meyer"]
    redo.undo(journal)
    (now,) = current_alerts(journal.store, include_acknowledged=True)
    assert [a.note for a in now.acknowledgements] == ["and to Dr Roth", "shown to Dr Meyer"]
    second.undo(journal)
    first.undo(journal)
    (now,) = current_alerts(journal.store)  # open again: no acknowledgement left
    assert now.status == "open" and now.acknowledgements == ()


def test_import_and_restore_change_everything_and_cannot_be_undone(journal, tmp_path):
    labs = tmp_path / "labs.csv"
    labs.write_text(
        "date,test,value,unit,low,high,note\n2026-03-01,phosphate,1.1,mmol/L,,,\n", encoding="utf-8"
    )
    dry = data_ops.import_files(journal, [labs], dry_run=True)
    assert dry.changes == Changes() and dry.undo is None and journal.store.labs() == []
    done = data_ops.import_files(journal, [labs])
    assert done.changes == Changes.everything() and done.undo is None and len(journal.store.labs()) == 1

    backup = create_backup(journal.folder, tmp_path / "b.zip").path
    restored = data_ops.restore(backup, tmp_path / "restored")
    assert restored.changes == Changes.everything() and restored.undo is None
    assert restored.label == "restored the backup b.zip"
    assert (tmp_path / "restored" / "journal.sqlite3").is_file()
