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
from journal.gui.widgets.date_edit import DateField

if TYPE_CHECKING:
    from journal.gui.session import JournalSession

KIND_WORDS = {"deposit": "a bump or cluster you can measure", "area": "an area judged by feel (e.g. scalp)"}


class SiteDialog(QDialog):
    def __init__(
        self, session: JournalSession, site: Site | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.site = session, site
        self.saved_site: Site | None = None
        self.setWindowTitle("Site settings" if site else "Add a site")
        self.name = QLineEdit()
        self.name.setAccessibleName("Site name")
        self.name.setPlaceholderText("for example: Left elbow, Scalp crown")
        self.kind = QComboBox()
        self.kind.setAccessibleName("Kind of site")
        for kind in C.SITE_KINDS:
            self.kind.addItem(f"{kind}: {KIND_WORDS[kind]}", kind)
        self.region = QComboBox()
        self.region.setAccessibleName("Body region")
        for region in C.REGIONS:
            self.region.addItem(region, region)
        self.near_joint = QCheckBox("Close to a joint")
        self.reminder = QSpinBox()
        self.reminder.setRange(1, 365)
        self.reminder.setValue(7)
        self.reminder.setSuffix(" days")
        self.reminder.setAccessibleName("Remind me to check after this many days")
        self.diagnosed = QComboBox()
        self.diagnosed.setAccessibleName("Type named by a doctor")
        self.diagnosed.addItem("none named", None)
        for kind in C.DIAGNOSED_TYPES:
            self.diagnosed.addItem(kind, kind)
        self.resolved = QCheckBox("Gone since")
        self.resolved_on = DateField(latest=latest_date)
        self.resolved_on.setAccessibleName("Date it went away")
        self.archived = QCheckBox("Archived (kept, but hidden from the list)")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.notes.setAccessibleName("Notes about the site")

        resolved_row = QHBoxLayout()
        resolved_row.addWidget(self.resolved)
        resolved_row.addWidget(self.resolved_on, 1)
        form = QFormLayout()
        form.addRow("&Name:", self.name)
        form.addRow("&Kind:", self.kind)
        form.addRow("&Region:", self.region)
        form.addRow("", self.near_joint)
        form.addRow("Re&mind after:", self.reminder)
        form.addRow("&Type named by a doctor:", self.diagnosed)
        form.addRow("", self.archived)
        # A row of two widgets gets no buddy from the form: without one the "&" would show as typed.
        resolved_label = QLabel("Resol&ved:")
        resolved_label.setBuddy(self.resolved)
        form.addRow(resolved_label, resolved_row)
        form.addRow("N&otes:", self.notes)
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
            QMessageBox.warning(self, "Site not saved", f"{exc.field.capitalize()}: {exc.reason}.")
            self.name.setFocus()
            return
        except JournalError as exc:
            QMessageBox.critical(self, "Site not saved", f"{exc}\n\nNothing was changed.")
            return
        self.saved_site = self.session.do(outcome).value  # an undo step; the panes refresh from it
        self.accept()
