"""Quick changes to a site from the menu or the side list: add, settings, rename, resolve, archive.

Each opens a small dialog, changes the site through the store and tells the session, so
the side list (and anything else showing sites) refreshes itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from journal.core.domain.model import Site
from journal.core.domain.validate import latest_date
from journal.core.errors import JournalError
from journal.core.language import Words
from journal.gui.dialogs.site_dialog import SiteDialog
from journal.gui.widgets.date_edit import DateField

if TYPE_CHECKING:
    from journal.gui.session import JournalSession


class SiteActionsWords(Words):
    "Quick changes to a site: rename, resolve, archive, delete."


def add_site(parent: QWidget, session: JournalSession) -> Site | None:
    dialog = SiteDialog(session, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved_site is None:
        return None
    assert dialog.saved_site.id is not None
    session.site_selected.emit(dialog.saved_site.id)
    return dialog.saved_site


def edit_site(parent: QWidget, session: JournalSession, site_id: int) -> None:
    SiteDialog(session, session.store.site(site_id), parent=parent).exec()


def rename_site(parent: QWidget, session: JournalSession, site_id: int) -> None:
    site = session.store.site(site_id)
    name, ok = QInputDialog.getText(
        parent,
        SiteActionsWords.tr("Rename site"),
        SiteActionsWords.tr("New name:"),
        QLineEdit.EchoMode.Normal,
        site.name,
    )
    if ok and name.strip() and name.strip() != site.name:
        _save(parent, session, dataclasses.replace(site, name=name.strip()))


def toggle_resolved(parent: QWidget, session: JournalSession, site_id: int) -> None:
    site = session.store.site(site_id)
    if site.resolved_on is not None:
        answer = QMessageBox.question(
            parent,
            SiteActionsWords.tr("Not resolved"),
            SiteActionsWords.tr("Mark {site} as still there?").format(site=site.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            _save(parent, session, dataclasses.replace(site, resolved_on=None))
        return
    day = _ask_date(
        parent,
        SiteActionsWords.tr("Mark {site} as resolved").format(site=site.name),
        SiteActionsWords.tr("It went away on:"),
    )
    if day is not None:
        _save(parent, session, dataclasses.replace(site, resolved_on=day))


def toggle_archived(parent: QWidget, session: JournalSession, site_id: int) -> None:
    site = session.store.site(site_id)
    if site.archived:
        _save(parent, session, dataclasses.replace(site, archived=False))
        return
    answer = QMessageBox.question(
        parent,
        SiteActionsWords.tr("Archive site"),
        SiteActionsWords.tr(
            "Archive {site}? Its entries and photos are kept; it leaves the list and the reminders "
            "(View > Show archived sites brings it back)."
        ).format(site=site.name),
    )
    if answer == QMessageBox.StandardButton.Yes:
        _save(parent, session, dataclasses.replace(site, archived=True))


def delete_site(parent: QWidget, session: JournalSession, site_id: int) -> None:
    """Delete a site with its entries, after saying what goes with it; Undo brings all of it back."""
    from journal.core.operations.sites import delete_site as delete

    site = session.store.site(site_id)
    count = len(session.store.entries(site_id=site_id))
    if count == 0:
        question = SiteActionsWords.tr(
            "Delete {site}? Edit > Undo brings it back while the window is open; "
            "to keep its history out of sight instead, archive it."
        )
    elif count == 1:  # the English plural below would say "1 entries"
        question = SiteActionsWords.tr(
            "Delete {site} and its 1 entry with their photos? Edit > Undo brings it back while the window "
            "is open; to keep its history out of sight instead, archive it."
        )
    else:
        question = SiteActionsWords.tr(
            "Delete {site} and its %n entries with their photos? Edit > Undo brings it back while the window "
            "is open; to keep its history out of sight instead, archive it.",
            "",
            count,
        )
    answer = QMessageBox.question(parent, SiteActionsWords.tr("Delete site"), question.format(site=site.name))
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        outcome = delete(session.journal, site_id, with_entries=True)
    except JournalError as exc:
        QMessageBox.warning(
            parent,
            SiteActionsWords.tr("Site not deleted"),
            SiteActionsWords.tr("{error}\n\nNothing was changed.").format(error=exc),
        )
        return
    session.do(outcome)


def _save(parent: QWidget, session: JournalSession, site: Site) -> None:
    from journal.core.operations.sites import edit_site

    try:
        outcome = edit_site(session.journal, site)
    except JournalError as exc:
        QMessageBox.warning(
            parent,
            SiteActionsWords.tr("Site not changed"),
            SiteActionsWords.tr("{error}\n\nNothing was changed.").format(error=exc),
        )
        return
    session.do(outcome)


def _ask_date(parent: QWidget, title: str, label: str) -> dt.date | None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    edit = DateField(latest=latest_date)
    edit.setAccessibleName(label)
    form = QFormLayout()
    text = QLabel(label)
    text.setBuddy(edit)
    form.addRow(text, edit)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.day()
