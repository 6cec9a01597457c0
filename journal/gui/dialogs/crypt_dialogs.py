"""Journal > Encrypt…, and a new passphrase: the words said before, the passphrase asked twice,
and the recovery code shown once.

Before anything is encrypted the dialog says plainly that without the passphrase or the
recovery code the data is gone, and the Encrypt button waits until the person ticks that they
understand. The passphrase rules are the core's (`check_passphrase`), so the window and the
command line refuse the same passphrases in the same words.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.core.crypt.header import check_passphrase
from journal.core.errors import JournalError
from journal.core.language import Words
from journal.gui.dialogs.passphrase_dialog import fit_height


class CryptDialogsWords(Words):
    "Encrypting, a new passphrase and the recovery code."


ENCRYPT_WARNING = CryptDialogsWords.mark(
    "Encrypting locks the journal in {folder} (its database, photos, thumbnails and backups) "
    "with a passphrase. Without the passphrase or the recovery code you are shown next, nobody "
    "can open the journal again, not even you: the data is gone. There is no other way in."
)
UNDERSTOOD = CryptDialogsWords.mark(
    "I understand: without the passphrase or the recovery code the journal is lost"
)
NEW_WORDS = CryptDialogsWords.mark(
    "Choose a new passphrase for the journal in {folder}. The recovery code stays the same."
)
DECRYPT_WORDS = CryptDialogsWords.mark(
    "Decrypting writes the journal in {folder} back in plain form: anyone who can read the folder, "
    "a copy or a backup made from now on can read your notes and see your photos. Enter the "
    "passphrase to decrypt it."
)
CHANGE_WORDS = CryptDialogsWords.mark(
    "Enter the current passphrase of the journal in {folder} (or its recovery code) first."
)
RECOVERY_WORDS = CryptDialogsWords.mark(
    "This is the journal's recovery code. It opens the journal if you forget the passphrase. "
    "Print it or write it down now and keep it apart from this computer: it is shown only this once, "
    "and it is stored nowhere in readable form."
)


def _refusal_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("refusal")
    label.setStyleSheet("color: #a00000")
    label.hide()
    return label


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice. With `encrypting`, the warning first and a tick to go on;
    `creating` is the same for a new journal (made encrypted from the start), in its own words."""

    def __init__(
        self, folder: str, parent: QWidget | None = None, encrypting: bool = True, creating: bool = False
    ) -> None:
        super().__init__(parent)
        encrypting = encrypting or creating
        self.setObjectName("encrypt-dialog" if encrypting else "new-passphrase-dialog")
        if creating:
            self.setWindowTitle(CryptDialogsWords.tr("Protect the new journal"))
        elif encrypting:
            self.setWindowTitle(CryptDialogsWords.tr("Encrypt the journal"))
        else:
            self.setWindowTitle(CryptDialogsWords.tr("Change the passphrase"))
        intro = QLabel(
            CryptDialogsWords.tr(ENCRYPT_WARNING if encrypting else NEW_WORDS).format(folder=folder)
        )
        intro.setWordWrap(True)
        self.first = QLineEdit()
        self.again = QLineEdit()
        for field, name in (
            (self.first, CryptDialogsWords.tr("New passphrase")),
            (self.again, CryptDialogsWords.tr("New passphrase again")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(CryptDialogsWords.tr("&Passphrase:"), self.first)
        form.addRow(CryptDialogsWords.tr("&Again:"), self.again)
        hint = QLabel(
            CryptDialogsWords.tr(
                "At least 8 characters; a few unrelated words are easy to remember and hard to guess."
            )
        )
        hint.setWordWrap(True)
        self.understood = QCheckBox(CryptDialogsWords.tr(UNDERSTOOD))
        self.understood.setVisible(encrypting)
        self.refusal = _refusal_label()
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            CryptDialogsWords.tr("C&reate")
            if creating
            else CryptDialogsWords.tr("&Encrypt")
            if encrypting
            else CryptDialogsWords.tr("&Change"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        self.ok_button.setEnabled(not encrypting)
        self.understood.toggled.connect(self.ok_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.understood)
        layout.addWidget(self.refusal)
        layout.addWidget(buttons)
        # A check box does not wrap: the dialog is as wide as its sentence (longer in some languages).
        wide = self.understood.sizeHint().width() + 40 if encrypting else 0
        self.setMinimumWidth(max(520, wide))
        fit_height(self, max(560, wide))

    def passphrase(self) -> str:
        return self.first.text()

    def check(self) -> None:
        """Accept only a passphrase the core takes, typed the same twice."""
        try:
            check_passphrase(self.first.text())
        except JournalError as exc:
            self._refuse(str(exc))
            return
        if self.first.text() != self.again.text():
            self._refuse(CryptDialogsWords.tr("The two passphrases differ; type the same one twice."))
            return
        self.accept()

    def _refuse(self, sentence: str) -> None:
        self.refusal.setText(sentence)
        self.refusal.show()
        fit_height(self, self.width())
        self.again.clear()
        self.first.selectAll()
        self.first.setFocus()


class RecoveryCodeDialog(QDialog):
    """The recovery code, shown once, with a Copy button."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery-code-dialog")
        self.setWindowTitle(CryptDialogsWords.tr("The recovery code"))
        self.code = code
        words = QLabel(CryptDialogsWords.tr(RECOVERY_WORDS))
        words.setWordWrap(True)
        self.code_label = QLabel(code)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.code_label.setAccessibleName(CryptDialogsWords.tr("Recovery code"))
        self.code_label.setTextInteractionFlags(self.code_label.textInteractionFlags().TextSelectableByMouse)
        self.copy_button = QPushButton(CryptDialogsWords.tr("&Copy"))
        self.copy_button.setToolTip(
            CryptDialogsWords.tr("Copy the code, to paste it into a password manager or print it")
        )
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addWidget(self.code_label, 1)
        row.addWidget(self.copy_button)
        buttons = QDialogButtonBox()
        buttons.addButton(
            CryptDialogsWords.tr("I have &written it down"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(words)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        fit_height(self, 600)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.copy_button.setText(CryptDialogsWords.tr("Copied"))
