"""Add a site or change one: name, kind, region, reminder interval, resolved, archived."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal.core.domain import choices as C
from journal.core.domain.model import Site
from journal.core.domain.validate import latest_date
from journal.core.errors import JournalError, ValidationError
from journal.core.language import Words
from journal.gui.widgets.date_edit import DateField

if TYPE_CHECKING:
    from journal.gui.session import JournalSession


class SiteDialogWords(Words):
    "Adding a site or changing its settings."


KIND_NAMES = {"deposit": SiteDialogWords.mark("deposit"), "area": SiteDialogWords.mark("area")}
KIND_WORDS = {
    "deposit": SiteDialogWords.mark("a bump or cluster you can measure"),
    "area": SiteDialogWords.mark("an area judged by feel (e.g. scalp)"),
}


class SiteDialog(QDialog):
    def __init__(
        self, session: JournalSession, site: Site | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.site = session, site
        self.saved_site: Site | None = None
        self.setWindowTitle(SiteDialogWords.tr("Site settings") if site else SiteDialogWords.tr("Add a site"))
        self.name = QLineEdit()
        self.name.setAccessibleName(SiteDialogWords.tr("Site name"))
        self.name.setPlaceholderText(SiteDialogWords.tr("for example: Left elbow, Scalp crown"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(SiteDialogWords.tr("Kind of site"))
        for kind in C.SITE_KINDS:
            self.kind.addItem(
                SiteDialogWords.tr("{kind}: {words}").format(
                    kind=SiteDialogWords.tr(KIND_NAMES[kind]), words=SiteDialogWords.tr(KIND_WORDS[kind])
                ),
                kind,
            )
        self.region = QComboBox()
        self.region.setAccessibleName(SiteDialogWords.tr("Body region"))
        for region in C.REGIONS:
            self.region.addItem(C.shown(C.REGION_LABELS, region), region)
        self.near_joint = QCheckBox(SiteDialogWords.tr("Close to a joint"))
        self.reminder = QSpinBox()
        self.reminder.setRange(1, 365)
        self.reminder.setValue(7)
        self.reminder.setSuffix(SiteDialogWords.tr(" days"))
        self.reminder.setAccessibleName(SiteDialogWords.tr("Remind me to check after this many days"))
        self.diagnosed = QComboBox()
        self.diagnosed.setAccessibleName(SiteDialogWords.tr("Type named by a doctor"))
        self.diagnosed.addItem(SiteDialogWords.tr("none named"), None)
        for kind in C.DIAGNOSED_TYPES:
            self.diagnosed.addItem(kind, kind)
        self.resolved = QCheckBox(SiteDialogWords.tr("Gone since"))
        self.resolved_on = DateField(latest=latest_date)
        self.resolved_on.setAccessibleName(SiteDialogWords.tr("Date it went away"))
        self.archived = QCheckBox(SiteDialogWords.tr("Archived (kept, but hidden from the list)"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.notes.setAccessibleName(SiteDialogWords.tr("Notes about the site"))

        resolved_row = QHBoxLayout()
        resolved_row.addWidget(self.resolved)
        resolved_row.addWidget(self.resolved_on, 1)
        form = QFormLayout()
        form.addRow(SiteDialogWords.tr("&Name:"), self.name)
        form.addRow(SiteDialogWords.tr("&Kind:"), self.kind)
        form.addRow(SiteDialogWords.tr("&Region:"), self.region)
        form.addRow("", self.near_joint)
        form.addRow(SiteDialogWords.tr("Re&mind after:"), self.reminder)
        form.addRow(SiteDialogWords.tr("&Type named by a doctor:"), self.diagnosed)
        form.addRow("", self.archived)
        # A row of two widgets gets no buddy from the form: without one the "&" would show as typed.
        resolved_label = QLabel(SiteDialogWords.tr("Resol&ved:"))
        resolved_label.setBuddy(self.resolved)
        form.addRow(resolved_label, resolved_row)
        form.addRow(SiteDialogWords.tr("N&otes:"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.resolved.toggled.connect(self.resolved_on.setEnabled)
        if site is not None:
            self._load(site)
        else:
            self.resolved.setVisible(False)
            self.resolved_on.setVisible(False)
            form.labelForField(resolved_row).setVisible(False)
            self.archived.setVisible(False)
        self.resolved_on.setEnabled(self.resolved.isChecked())

    def _load(self, site: Site) -> None:
        self.name.setText(site.name)
        self.kind.setCurrentIndex(self.kind.findData(site.kind))
        self.region.setCurrentIndex(self.region.findData(site.region))
        self.near_joint.setChecked(site.near_joint)
        self.reminder.setValue(site.reminder_days)
        self.diagnosed.setCurrentIndex(max(self.diagnosed.findData(site.diagnosed_type), 0))
        self.archived.setChecked(site.archived)
        self.resolved.setChecked(site.resolved_on is not None)
        if site.resolved_on:
            self.resolved_on.setDate(site.resolved_on)
        self.notes.setPlainText(site.notes or "")

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "kind": self.kind.currentData(),
            "region": self.region.currentData(),
            "near_joint": self.near_joint.isChecked(),
            "reminder_days": self.reminder.value(),
            "diagnosed_type": self.diagnosed.currentData(),
            "archived": self.archived.isChecked(),
            "resolved_on": self.resolved_on.date().toPython() if self.resolved.isChecked() else None,
            "notes": self.notes.toPlainText().strip() or None,
        }

    def save(self) -> None:
        from journal.core.operations import sites as ops

        journal = self.session.journal
        try:
            site = Site.new(**self.values())
            if self.site is None:
                outcome = ops.add_site(journal, site)
            else:
                outcome = ops.edit_site(journal, dataclasses.replace(site, id=self.site.id))
        except ValidationError as exc:
            QMessageBox.warning(
                self, SiteDialogWords.tr("Site not saved"), f"{exc.field.capitalize()}: {exc.reason}."
            )
            self.name.setFocus()
            return
        except JournalError as exc:
            QMessageBox.critical(
                self,
                SiteDialogWords.tr("Site not saved"),
                SiteDialogWords.tr("{error}\n\nNothing was changed.").format(error=exc),
            )
            return
        self.saved_site = self.session.do(outcome).value  # an undo step; the panes refresh from it
        self.accept()
