"""The first-run welcome: what Skin Journal is and is not, then a demo or an empty journal."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from journal import APP_DISPLAY_NAME
from journal.core.language import Words


class WelcomeWords(Words):
    "The first-run welcome."


DEMO = "demo"
EMPTY = "empty"

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
        self.setWindowTitle(WelcomeWords.tr("Welcome to {name}").format(name=APP_DISPLAY_NAME))
        text = QLabel(WelcomeWords.tr(WELCOME_TEXT).format(name=APP_DISPLAY_NAME, folder=folder))
        text.setWordWrap(True)
        text.setMinimumWidth(460)
        self.demo_button = QPushButton(WelcomeWords.tr("Open the &demo journal"))
        self.demo_button.setAccessibleDescription(
            WelcomeWords.tr("Look around with made-up data, kept apart from your journal")
        )
        self.empty_button = QPushButton(WelcomeWords.tr("&Start an empty journal"))
        self.empty_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.demo_button.clicked.connect(lambda: self._choose(DEMO))
        self.empty_button.clicked.connect(lambda: self._choose(EMPTY))
        buttons.rejected.connect(self.reject)
        self.empty_button.setFocus()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
