"""Edit > Preferences: the warning-sign margins with their reasons, and the backup schedule."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

from journal.core.alerts import current_alerts
from journal.core.backup.create import auto_backup_if_due, backup_schedule
from journal.core.domain.model import Entry, Site
from journal.core.domain.preferences import PREFERENCES
from journal.core.journal import Journal
from journal.core.operations import Changes
from journal.gui.dialogs.settings_dialog import SettingsDialog
from journal.gui.panes.alerts_pane import AlertsPane


def _dialog(qtbot, session) -> SettingsDialog:
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    spin.interpretText()


def _save(qtbot, dialog: SettingsDialog) -> None:
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def _cut_off(dialog: SettingsDialog) -> list[str]:
    """Visible word-wrapped labels given less height than their words need."""
    return [
        label.text()[:40]
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.wordWrap() and label.height() < label.heightForWidth(label.width())
    ]


def _pain_5(session, journal: Journal) -> None:
    site = journal.store.add_site(Site.new(name="Left elbow", kind="deposit", region="elbow"))
    journal.add_entry(Entry.new(site_id=site.id, date=dt.date(2026, 2, 1), pain=5), [])
    session.notify(Changes.of(entries=[], sites=[site.id]))


def test_raising_the_pain_threshold_takes_the_alert_out_of_the_alerts_pane(qtbot, session, journal) -> None:
    _pain_5(session, journal)
    pane = AlertsPane(session)
    qtbot.addWidget(pane)
    assert pane.model.rowCount() == 1

    dialog = _dialog(qtbot, session)
    assert dialog.spins["alerts.pain_threshold"].value() == 4
    _type(qtbot, dialog.spins["alerts.pain_threshold"], "7")
    with qtbot.waitSignal(session.alerts_changed):
        _save(qtbot, dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert pane.model.rowCount() == 0
    assert current_alerts(session.store) == []

    # Restore defaults brings back 4, and with it the alert.
    again = _dialog(qtbot, session)
    assert again.spins["alerts.pain_threshold"].value() == 7
    restore = next(b for b in again.findChildren(QPushButton) if b.text() == "&Restore defaults")
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert again.spins["alerts.pain_threshold"].value() == 4
    with qtbot.waitSignal(session.alerts_changed):
        _save(qtbot, again)
    assert pane.model.rowCount() == 1
    assert [a.rule for a in current_alerts(session.store)] == ["pain_inflammation_ulceration"]
    assert session.store.setting("alerts.pain_threshold") is None  # the default is stored as no value


def test_every_margin_shows_its_reason_in_full(qtbot, session, save_shot) -> None:
    dialog = _dialog(qtbot, session)
    labels = {label.text(): label for label in dialog.findChildren(QLabel)}
    assert any("so that noise does not raise alerts" in text for text in labels)
    for pref in PREFERENCES:
        spin = dialog.spins.get(pref.key) or dialog.backups.spins[pref.key]
        assert spin.toolTip() == pref.help and spin.accessibleDescription() == pref.help
        assert labels[pref.help].wordWrap()
    assert _cut_off(dialog) == []
    save_shot(dialog, "settings_dialog")
    dialog.tabs.setCurrentIndex(1)
    assert all(labels[pref.help].isVisible() for pref in PREFERENCES[-2:])
    assert _cut_off(dialog) == []
    save_shot(dialog, "settings_dialog_backups")


def test_backup_schedule_round_trips(qtbot, session, journal) -> None:
    dialog = _dialog(qtbot, session)
    tab = dialog.backups
    assert tab.enabled.isChecked() and tab.spins["backup.every_days"].value() == 7
    assert str(journal.backups_dir) in tab.folder.text()
    assert tab.status.text() == "No automatic backup has been made yet."
    dialog.tabs.setCurrentWidget(tab)
    _type(qtbot, tab.spins["backup.every_days"], "3")
    _type(qtbot, tab.spins["backup.keep_last"], "2")
    _save(qtbot, dialog)
    assert backup_schedule(journal.store) == (3, 2)

    again = _dialog(qtbot, session)
    assert (
        again.backups.spins["backup.every_days"].value(),
        again.backups.spins["backup.keep_last"].value(),
    ) == (3, 2)
    again.tabs.setCurrentWidget(again.backups)
    again.backups.enabled.setFocus()
    qtbot.keyClick(again.backups.enabled, Qt.Key.Key_Space)  # off
    assert not again.backups.spins["backup.every_days"].isEnabled()
    _save(qtbot, again)
    assert backup_schedule(journal.store) == (0, 2)

    # A real one, as at start-up (of a journal with something in it: an empty one is not backed up).
    journal.store.add_site(Site.new(name="Left elbow", kind="deposit", region="elbow"))
    auto_backup_if_due(journal, 1, 2, now=dt.datetime(2026, 3, 1, 9, 30))
    off = _dialog(qtbot, session)
    assert off.backups.status.text() == (
        "Last automatic backup: 2026-03-01 09:30. Automatic backups in the folder now: 1."
    )
    assert not off.backups.enabled.isChecked()
    assert off.backups.spins["backup.every_days"].value() == 7  # the default, offered when turned on again
    assert not off.backups.spins["backup.every_days"].isEnabled()


def test_a_refused_value_shows_beside_its_field_and_saves_nothing(qtbot, session, journal, save_shot) -> None:
    dialog = _dialog(qtbot, session)
    _type(qtbot, dialog.spins["alerts.pain_threshold"], "6")
    _type(qtbot, dialog.spins["alerts.symptom_days"], "10")
    _type(qtbot, dialog.spins["alerts.symptom_window_days"], "7")
    with qtbot.assertNotEmitted(session.alerts_changed):
        _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != SettingsDialog.DialogCode.Accepted
    [(key, message)] = dialog.visible_errors().items()
    assert key in ("alerts.symptom_days", "alerts.symptom_window_days")
    assert "cannot fit in a window of 7 days" in message and message.endswith("Nothing was saved.")
    error, viewport = dialog.errors[key], dialog.margins_scroll.viewport()

    def in_view() -> bool:  # scrolled to, though the daily-check margins are below the first screenful
        top = error.mapTo(viewport, error.rect().topLeft()).y()
        return 0 <= top and top + error.height() <= viewport.height()

    qtbot.waitUntil(in_view, timeout=2000)
    assert error.isVisible() and _cut_off(dialog) == []
    save_shot(dialog, "settings_dialog_refused")
    for saved in ("alerts.pain_threshold", "alerts.symptom_days", "alerts.symptom_window_days"):
        assert journal.store.setting(saved) is None, saved

    _type(qtbot, dialog.spins["alerts.symptom_window_days"], "21")  # corrected: now it saves
    _save(qtbot, dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert [
        journal.store.setting(k)
        for k in ("alerts.pain_threshold", "alerts.symptom_days", "alerts.symptom_window_days")
    ] == [6, 10, 21]


def test_edit_menu_preferences_opens_the_dialog(qtbot, window, when_modal) -> None:
    action = window.commands["preferences"]
    assert action in window.menuBar().actions()[1].menu().actions()  # Edit
    assert QKeySequence("Ctrl+,") in action.shortcuts()
    seen = []

    def change(dialog) -> None:
        seen.append(dialog)
        dialog.spins["alerts.tightness_points"].setValue(5)
        _save(qtbot, dialog)

    when_modal(change)
    action.trigger()
    assert isinstance(seen[0], SettingsDialog)
    assert window.session.store.setting("alerts.tightness_points") == 5
    assert window.statusBar().currentMessage().startswith("Preferences saved")
