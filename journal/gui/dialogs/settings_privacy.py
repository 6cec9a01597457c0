"""Preferences > Privacy: lock an encrypted journal after a while without use.

Stored with the window's own settings (this computer's, like the window's layout), not in the
journal: it is about who may sit at this computer. Off (0) by default.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from journal.core.language import Words
from journal.gui.idle_lock import lock_minutes, set_lock_minutes


class SettingsPrivacyWords(Words):
    "Preferences > Privacy."


MAX_MINUTES = 24 * 60
WORDS = SettingsPrivacyWords.mark(
    "Locking closes the window, clears the journal's keys and the decoded photos from memory, and asks "
    "for the passphrase again. It applies to an encrypted journal (Journal > Encrypt\u2026); a window with "
    "an entry being edited waits until the editor is closed."
)
PLAIN_WORDS = SettingsPrivacyWords.mark(
    "This journal is not encrypted, so there is no passphrase to ask for: the setting waits until it is."
)


class PrivacyTab(QWidget):
    def __init__(self, settings: QSettings, encrypted: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSpecialValueText(SettingsPrivacyWords.tr("Off"))  # 0 minutes: never
        self.minutes.setSuffix(SettingsPrivacyWords.tr(" minutes idle"))
        self.minutes.setAccessibleName(SettingsPrivacyWords.tr("Lock after minutes idle"))
        self.minutes.setValue(lock_minutes(settings))
        form = QFormLayout()
        form.addRow(SettingsPrivacyWords.tr("&Lock after"), self.minutes)
        words = QLabel(
            SettingsPrivacyWords.tr(WORDS)
            if encrypted
            else f"{SettingsPrivacyWords.tr(WORDS)}\n\n{SettingsPrivacyWords.tr(PLAIN_WORDS)}"
        )
        words.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(words)
        layout.addStretch(1)

    def save(self) -> None:
        if self.minutes.value() != lock_minutes(self.settings):
            set_lock_minutes(self.settings, self.minutes.value())
