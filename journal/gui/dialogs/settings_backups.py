"""The Backups tab of Edit > Preferences: how often the window backs up, how many it keeps, and where.

"Off" is a check box rather than a 0 in the days field: the core stores 0 days for it, and
while it is off the days field shows the default interval, offered when backups are turned on.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from journal.core.backup.create import AUTO_PREFIX, LAST_AUTO_KEY
from journal.core.domain.preferences import BY_KEY, EVERY_DAYS, KEEP_LAST
from journal.core.journal import Journal
from journal.core.language import Words
from journal.gui.dialogs.settings_fields import error_label, field_block, spin_box


class SettingsBackupsWords(Words):
    "The Backups tab of Preferences."


class BackupsTab(QWidget):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.enabled = QCheckBox(SettingsBackupsWords.tr("Make &automatic backups"))
        self.enabled.setToolTip(
            SettingsBackupsWords.tr("Off: no automatic backups (File > Back up now still works)")
        )
        every, keep = BY_KEY[EVERY_DAYS], BY_KEY[KEEP_LAST]
        self.spins = {
            EVERY_DAYS: spin_box(every, SettingsBackupsWords.tr(" days")),
            KEEP_LAST: spin_box(keep, SettingsBackupsWords.tr(" backups")),
        }
        self.spins[EVERY_DAYS].setMinimum(1)  # 0 (off) is the check box
        self.errors = {EVERY_DAYS: error_label(every), KEEP_LAST: error_label(keep)}
        blocks = QVBoxLayout()
        blocks.setSpacing(12)
        for key, words in (
            (EVERY_DAYS, SettingsBackupsWords.tr("Make a backup &every")),
            (KEEP_LAST, SettingsBackupsWords.tr("&Keep the last")),
        ):
            blocks.addLayout(field_block(words, self.spins[key], BY_KEY[key], self.errors[key]))
        self.enabled.toggled.connect(self.spins[EVERY_DAYS].setEnabled)
        self.folder = QLabel(
            SettingsBackupsWords.tr("Backups folder: {folder}").format(folder=journal.backups_dir)
        )
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self._status())
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addLayout(blocks)
        layout.addSpacing(12)
        layout.addWidget(self.folder)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def load(self, values: dict[str, float]) -> None:
        every = int(values[EVERY_DAYS])
        self.enabled.setChecked(every > 0)
        self.spins[EVERY_DAYS].setEnabled(every > 0)
        self.spins[EVERY_DAYS].setValue(every or int(BY_KEY[EVERY_DAYS].default))
        self.spins[KEEP_LAST].setValue(int(values[KEEP_LAST]))

    def values(self) -> dict[str, float]:
        every = self.spins[EVERY_DAYS].value() if self.enabled.isChecked() else 0
        return {EVERY_DAYS: every, KEEP_LAST: self.spins[KEEP_LAST].value()}

    def _status(self) -> str:
        kept = len(list(self.journal.backups_dir.glob(f"{AUTO_PREFIX}*.zip")))
        last = self.journal.store.setting(LAST_AUTO_KEY)
        if not last:
            return SettingsBackupsWords.tr("No automatic backup has been made yet.")
        when = dt.datetime.fromisoformat(last).strftime("%Y-%m-%d %H:%M")
        return SettingsBackupsWords.tr(
            "Last automatic backup: {when}. Automatic backups in the folder now: {kept}."
        ).format(when=when, kept=kept)
