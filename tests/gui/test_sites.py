"""Sites in the window: add, rename, resolve, archive, and the checks that are due."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDateEdit, QDialog, QInputDialog, QMessageBox, QPushButton

from journal.core.domain.model import Entry, Site
from journal.gui.commands import site_actions
from journal.gui.dialogs.site_dialog import SiteDialog
from journal.gui.main_window import MainWindow
from journal.gui.models.site_list_model import SiteRole


def _open_window(qtbot, session, settings) -> MainWindow:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_duplicate_site_name_is_refused_and_nothing_added(qtbot, session, journal, elbow, when_modal) -> None:
    dialog = SiteDialog(session)
    qtbot.addWidget(dialog)
    dialog.name.setText("left ELBOW")
    messages = []
    when_modal(lambda box: (messages.append(box.text()), box.accept()))
    dialog.save()
    assert messages and "already exists" in messages[0]
    assert [s.name for s in journal.store.sites()] == ["Left elbow"]


def test_rename_resolve_and_archive(qtbot, session, settings, journal, elbow, when_modal) -> None:
    window = _open_window(qtbot, session, settings)

    def rename(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Left elbow (outer)")
        dialog.accept()

    when_modal(rename)
    site_actions.rename_site(window, session, elbow.id)
    assert journal.store.site(elbow.id).name == "Left elbow (outer)"
    assert window.sites.model.index(0).data() == "Left elbow (outer)"

    def gone_on(dialog) -> None:
        assert isinstance(dialog, QDialog)
        dialog.findChild(QDateEdit).setDate(dt.date(2026, 2, 1))
        dialog.accept()

    when_modal(gone_on)
    site_actions.toggle_resolved(window, session, elbow.id)
    assert journal.store.site(elbow.id).resolved_on == dt.date(2026, 2, 1)
    assert window.sites.model.index(0).data(SiteRole.STATUS) == "resolved"

    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    site_actions.toggle_archived(window, session, elbow.id)
    assert journal.store.site(elbow.id).archived
    assert window.sites.model.rowCount() == 0
    window.commands["show_archived"].trigger()
    assert window.sites.model.rowCount() == 1


def test_site_settings_change_the_reminder_interval(qtbot, session, journal, elbow) -> None:
    dialog = SiteDialog(session, journal.store.site(elbow.id))
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Left elbow" and dialog.near_joint.isChecked()
    dialog.reminder.setValue(30)
    dialog.save()
    assert journal.store.site(elbow.id).reminder_days == 30


def test_due_checks_are_listed_with_log_now(qtbot, session, settings, journal) -> None:
    today = dt.date.today()
    weekly = journal.store.add_site(
        Site.new(name="Scalp crown", kind="area", region="scalp", reminder_days=7)
    )
    monthly = journal.store.add_site(
        Site.new(name="Right knee", kind="deposit", region="knee", reminder_days=30)
    )
    for site in (weekly, monthly):
        journal.add_entry(Entry.new(site_id=site.id, date=today - dt.timedelta(days=10)))
    window = _open_window(qtbot, session, settings)
    panel = window.sites.reminders
    assert panel.isVisible()
    assert [o.site.name for o in panel.due] == ["Scalp crown"]
    assert "1 site is due" in panel.title.text()
    (log_now,) = [b for b in panel.findChildren(QPushButton) if b.text() == "Log now"]
    log_now.click()
    editor = window.editor
    assert editor is not None and editor.site.currentData() == weekly.id
    editor.save_button.click()
    # Logged: the site is no longer due and the panel goes away.
    assert panel.due == [] and not panel.isVisible()


def test_delete_site_asks_names_its_entries_and_undo_brings_everything_back(
    qtbot, session, settings, journal, elbow, samples, when_modal
) -> None:
    from journal.core.domain.model import Entry
    from journal.core.operations import entries as entry_ops

    window = _open_window(qtbot, session, settings)
    entry, photos = entry_ops.add_entry(
        journal,
        Entry.new(site_id=elbow.id, date="2026-03-01", pain=2),
        [samples / "photos" / "forearm_2026-03-01.jpg"],
    ).value
    asked: list[str] = []

    def cancel(box) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    when_modal(cancel)
    session.site_selected.emit(elbow.id)
    window.commands["delete_site"].trigger()
    assert "Left elbow and its 1 entry with their photos" in asked[0]
    assert [s.name for s in journal.store.sites()] == ["Left elbow"]  # No: nothing changed

    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.commands["delete_site"].trigger()
    assert journal.store.sites() == [] and journal.store.entries() == []
    qtbot.waitUntil(lambda: window.sites.model.rowCount() == 0)

    window.commands["undo"].trigger()
    assert [s.id for s in journal.store.sites()] == [elbow.id]
    assert journal.store.entries() == [entry] and journal.store.photos(entry_id=entry.id) == photos
    qtbot.waitUntil(lambda: window.sites.model.rowCount() == 1)
