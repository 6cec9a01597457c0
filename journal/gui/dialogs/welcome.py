"""The first-run welcome: what Skin Journal is and is not, then a demo or an empty journal.

The empty journal may be protected with a passphrase from the start: the same dialogs as
Journal > Encrypt… (the warning that without the passphrase or the recovery code the data is
gone, the passphrase twice) are asked here, over the welcome, and Cancel there comes back to it.
The journal itself is made later, by the host (`JournalHost.create`), encrypted from its first byte.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal import APP_DISPLAY_NAME
from journal.core.language import Words


class WelcomeWords(Words):
    "The first-run welcome."


if TYPE_CHECKING:
    from journal.gui.commands.crypt_actions import Plan

DEMO = "demo"
EMPTY = "empty"
EMPTY_PLAIN = WelcomeWords.mark("&Start an empty journal")
EMPTY_PROTECTED = WelcomeWords.mark("&Start an encrypted journal\u2026")
PROTECT = WelcomeWords.mark("&Protect this journal with a passphrase")
PROTECT_WORDS = WelcomeWords.mark(
    "Your journal is then encrypted on this computer. Without the passphrase or the recovery code "
    "you are shown next, nobody can open it, not even you: the data is gone."
)

WELCOME_TEXT = WelcomeWords.mark(
    "<h2>Welcome to {name}</h2>"
    "<p>A private journal for skin changes that are slow to see: photos of the same places over weeks "
    "and months, how tight or painful they feel, their size, and any warning signs you notice.</p>"
    "<p><b>It is a journal, not a diagnosis.</b> It does not tell you what you have or what to do about "
    "it. When you log a warning sign, it reminds you to have a professional look at it.</p>"
    "<p><b>Your data stays on this computer</b>, in <code>{folder}</code>. Skin Journal never connects "
    "to the network.</p>"
    "<p>You can look around a demo journal first (made-up data, kept apart from yours), or start your "
    "own, empty journal now.</p>"
)


class WelcomeDialog(QDialog):
    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.folder = folder
        self.plan: Plan | None = None  # the new journal's encryption, once its passphrase is chosen
        self.setWindowTitle(WelcomeWords.tr("Welcome to {name}").format(name=APP_DISPLAY_NAME))
        text = QLabel(WelcomeWords.tr(WELCOME_TEXT).format(name=APP_DISPLAY_NAME, folder=folder))
        text.setWordWrap(True)
        text.setMinimumWidth(460)
        self.demo_button = QPushButton(WelcomeWords.tr("Open the &demo journal"))
        self.demo_button.setAccessibleDescription(
            WelcomeWords.tr("Look around with made-up data, kept apart from your journal")
        )
        self.empty_button = QPushButton(WelcomeWords.tr(EMPTY_PLAIN))
        self.empty_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.protect = QCheckBox(WelcomeWords.tr(PROTECT))
        self.protect.setAccessibleDescription(WelcomeWords.tr(PROTECT_WORDS))
        protect_words = QLabel(WelcomeWords.tr(PROTECT_WORDS))
        protect_words.setWordWrap(True)
        protect_words.setIndent(24)  # under the box's text, as its explanation
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.protect)
        layout.addWidget(protect_words)
        layout.addStretch(1)  # a larger window keeps the words together, the buttons at the foot
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.protect.toggled.connect(self._protect_toggled)
        self.demo_button.clicked.connect(lambda: self._choose(DEMO))
        self.empty_button.clicked.connect(lambda: self._choose(EMPTY))
        buttons.rejected.connect(self.reject)
        self.empty_button.setFocus()

    def _protect_toggled(self, protect: bool) -> None:
        # "…": the passphrase is asked next, before anything is made.
        self.empty_button.setText(WelcomeWords.tr(EMPTY_PROTECTED if protect else EMPTY_PLAIN))

    def _choose(self, choice: str) -> None:
        if choice == EMPTY and self.protect.isChecked():
            from journal.gui.commands import crypt_actions

            self.plan = crypt_actions.ask("create", Path(self.folder), self)
            if self.plan is None:  # cancelled: back to the welcome, nothing made
                return
        self.choice = choice
        self.accept()
