"""Edit > Preferences: the warning-sign thresholds, the automatic backup schedule and the idle lock.

Every field shows the reason for its default beneath it (from journal.core.domain.preferences, the
same words `skinjournal settings` prints). The core checks the values; a refusal shows under
the field it names and nothing is saved. Saving tells the session that alerts must be
recomputed, so the banner, badges and alerts pane follow the new margins at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal.core.crypt.header import is_encrypted
from journal.core.domain.preferences import (
    PREFERENCES,
    WARNING_SIGNS,
    current_values,
    shown_label,
    shown_section,
)
from journal.core.errors import ValidationError
from journal.core.language import Words
from journal.core.operations.settings import save_settings
from journal.gui.dialogs.settings_backups import BackupsTab
from journal.gui.dialogs.settings_fields import SpinBox, error_label, field_block, set_value, spin_box
from journal.gui.dialogs.settings_privacy import PrivacyTab
from journal.gui.widgets.screen_size import resize_within_screen

if TYPE_CHECKING:
    from journal.gui.session import JournalSession


class SettingsDialogWords(Words):
    "Edit > Preferences: its tabs, margins and refusals."


INTRO = SettingsDialogWords.mark(
    "An alert is raised when the logged data passes these margins. The defaults follow the warning signs "
    "in the documents and allow for how much measurements at home wobble, so that noise does not raise "
    "alerts; change them only for a reason, for example after talking with your doctor."
)
SUFFIXES = {
    "alerts.growth_percent": " %",
    "alerts.growth_mm": " mm",
    "alerts.growth_window_days": SettingsDialogWords.mark(" days"),
    "alerts.count_factor": " \u00d7",
    "alerts.count_min": SettingsDialogWords.mark(" bumps"),
    "alerts.pain_threshold": SettingsDialogWords.mark(" of 10"),
    "alerts.rating_step": SettingsDialogWords.mark(" points"),
    "alerts.symptom_days": SettingsDialogWords.mark(" checks"),
    "alerts.symptom_window_days": SettingsDialogWords.mark(" days"),
    "alerts.tightness_points": SettingsDialogWords.mark(" points"),
    "alerts.tightness_window_days": SettingsDialogWords.mark(" days"),
}


class SettingsDialog(QDialog):
    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(SettingsDialogWords.tr("Preferences"))
        self.setObjectName("settings-dialog")
        self.spins: dict[str, SpinBox] = {}
        self.errors: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._warning_signs(), shown_section(WARNING_SIGNS))
        self.backups = BackupsTab(session.journal)
        self.tabs.addTab(self.backups, SettingsDialogWords.tr("Backups"))
        self.privacy = PrivacyTab(_window_settings(parent), is_encrypted(session.journal.folder))
        self.tabs.addTab(self.privacy, SettingsDialogWords.tr("Privacy"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        resize_within_screen(self, 760, 680)
        self.loaded = current_values(session.store)
        for key, spin in self.spins.items():
            set_value(spin, self.loaded[key])
        self.backups.load(self.loaded)

    def _warning_signs(self) -> QWidget:
        content = QWidget()
        column = QVBoxLayout(content)
        intro = QLabel(SettingsDialogWords.tr(INTRO))
        intro.setWordWrap(True)
        column.addWidget(intro)
        groups: dict[str, QVBoxLayout] = {}
        for pref in (p for p in PREFERENCES if p.section == WARNING_SIGNS):
            group, _, words = shown_label(pref).partition(": ")
            if group not in groups:
                box = QGroupBox(group)
                groups[group] = QVBoxLayout(box)
                groups[group].setSpacing(12)
                column.addWidget(box)
            spin = spin_box(pref, SettingsDialogWords.tr(SUFFIXES[pref.key]) if pref.key in SUFFIXES else "")
            self.spins[pref.key], self.errors[pref.key] = spin, error_label(pref)
            groups[group].addLayout(
                field_block(words[:1].upper() + words[1:], spin, pref, self.errors[pref.key])
            )
        column.addStretch(1)
        self.margins_scroll = QScrollArea()
        self.margins_scroll.setWidgetResizable(True)
        self.margins_scroll.setWidget(content)
        restore = QPushButton(SettingsDialogWords.tr("&Restore defaults"))
        restore.setToolTip(
            SettingsDialogWords.tr(
                "Put every warning-sign margin back to its default (saved when you click Save)"
            )
        )
        restore.clicked.connect(self.restore_defaults)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.margins_scroll)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(restore)
        layout.addLayout(row)
        return page

    def restore_defaults(self) -> None:
        for pref in PREFERENCES:
            if pref.key in self.spins:
                set_value(self.spins[pref.key], pref.default)

    def changes(self) -> dict[str, float]:
        """The settings whose field differs from what was loaded."""
        edited: dict[str, float] = {key: spin.value() for key, spin in self.spins.items()}
        edited.update(self.backups.values())
        return {key: value for key, value in edited.items() if value != self.loaded[key]}

    def save(self) -> None:
        for label in (*self.errors.values(), *self.backups.errors.values()):
            label.hide()
        changes = self.changes()
        try:
            outcome = save_settings(self.session.journal, changes) if changes else None
        except ValidationError as exc:
            self.show_error(
                exc.field,
                SettingsDialogWords.tr("{reason}. Nothing was saved.").format(
                    reason=exc.reason[:1].upper() + exc.reason[1:]
                ),
            )
            return
        if outcome is not None:
            self.session.do(outcome)  # an undo step; the alerts are found again with the new margins
        self.privacy.save()
        self.accept()

    def show_error(self, key: str, message: str) -> None:
        label = self.errors.get(key) or self.backups.errors[key]
        label.setText(message)
        label.show()
        field = self.spins.get(key) or self.backups.spins[key]
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.backups) if key in self.backups.errors else 0)
        field.setFocus()
        if key in self.errors:
            # Scrolled into view (it may be below the first screenful) once the scroll area has
            # made room for the refusal's text.
            QTimer.singleShot(0, lambda: self.margins_scroll.ensureWidgetVisible(label))

    def visible_errors(self) -> dict[str, str]:
        labels = {**self.errors, **self.backups.errors}
        return {key: label.text() for key, label in labels.items() if not label.isHidden()}


def _window_settings(parent: QWidget | None) -> QSettings:
    """The window's own settings (a test's file in the tests), else the app's."""
    found = getattr(parent, "settings", None)
    return found if isinstance(found, QSettings) else QSettings()


def open_settings_dialog(parent: QWidget | None, session: JournalSession) -> bool:
    """The window's Edit > Preferences action; True when the person saved."""
    return SettingsDialog(session, parent).exec() == QDialog.DialogCode.Accepted
