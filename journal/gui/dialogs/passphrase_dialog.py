"""Asking for an encrypted journal's passphrase: at start, and on the lock screen.

The key derivation (Argon2id, about half a second on purpose) runs off the GUI thread
(`run_in_background`) while a busy bar moves, so the window never freezes. A wrong passphrase
is refused in the dialog's own words, the field is emptied, and nothing is changed; the person
may switch to the recovery code instead. Cancel (Quit) closes the app. "Remember in the system
keyring" (off unless ticked) stores the passphrase there once it opened the journal, or says why
it cannot and stores nothing (journal.gui.keyring_store).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from journal.core.language import Words
from journal.gui import keyring_store
from journal.gui.background import Background, error_sentence, run_in_background, show_error


class PassphraseDialogWords(Words):
    "Asking for an encrypted journal's passphrase, at start and on the lock screen."


def fit_height(dialog: QDialog, width: int) -> None:
    """Size `dialog` to `width` and the height its word-wrapped text needs at that width (Qt's
    size hint takes a narrower guess for wrapped labels and the first lines would be cut off)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
    dialog.resize(width, max(height, dialog.minimumSizeHint().height()))


Unlock = Callable[[str | None, str | None], object]  # (passphrase, recovery code), in a worker

START_WORDS = PassphraseDialogWords.mark(
    "The journal in {folder} is encrypted. Enter its passphrase to open it."
)
LOCKED_WORDS = PassphraseDialogWords.mark(
    "Skin Journal locked itself after a while without use: the keys and pictures were cleared from "
    "memory. Enter the passphrase to go on with the journal in {folder}."
)


class PassphraseDialog(QDialog):
    def __init__(
        self,
        folder: str,
        unlock: Unlock,
        parent: QWidget | None = None,
        locked: bool = False,
        intro: str | None = None,
        button: str | None = None,
        cancel: str | None = None,
        offer_keyring: bool = False,
    ) -> None:
        super().__init__(parent)
        self._unlock = unlock
        self._folder = folder
        self._from_keyring = False
        self._from_file: str | None = None  # SKINJOURNAL_PASSPHRASE_FILE, when its passphrase is tried
        self.keyring_note = ""  # why the passphrase was not stored, when it could not be
        self._running: Background[object] | None = None
        # What opened it, for a caller that goes on with it (decrypting, a new passphrase).
        self.accepted_with: tuple[str | None, str | None] = (None, None)
        self.setObjectName("lock-screen" if locked else "passphrase-dialog")
        self.setWindowTitle(
            PassphraseDialogWords.tr("Skin Journal is locked")
            if locked
            else PassphraseDialogWords.tr("Encrypted journal")
        )
        words = (
            intro if intro is not None else PassphraseDialogWords.tr(LOCKED_WORDS if locked else START_WORDS)
        )
        self.intro = QLabel(words.format(folder=folder))
        self.intro.setWordWrap(True)
        self.field_label = QLabel(PassphraseDialogWords.tr("&Passphrase:"))
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(PassphraseDialogWords.tr("Passphrase"))
        self.field_label.setBuddy(self.field)
        self.use_recovery = QCheckBox(PassphraseDialogWords.tr("Use the &recovery code instead"))
        self.use_recovery.setToolTip(
            PassphraseDialogWords.tr("The code shown once when the journal was encrypted")
        )
        self.use_recovery.toggled.connect(self._recovery_mode)
        self.remember = QCheckBox(PassphraseDialogWords.tr("Remember in the system &keyring"))
        self.remember.setToolTip(
            PassphraseDialogWords.tr(
                "Stored by your system's keyring, not by Skin Journal; off unless ticked"
            )
        )
        self.remember.setVisible(offer_keyring)
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setObjectName("refusal")
        palette = self.refusal.palette()
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
        self.refusal.setPalette(palette)
        self.refusal.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # moving without a percentage: the key derivation has no steps
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(PassphraseDialogWords.tr("Opening the journal"))
        self.busy.hide()
        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton(
            button or (PassphraseDialogWords.tr("&Unlock") if locked else PassphraseDialogWords.tr("&Open")),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.quit_button = self.buttons.addButton(
            cancel or PassphraseDialogWords.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.field_label)
        layout.addWidget(self.field)
        layout.addWidget(self.use_recovery)
        layout.addWidget(self.remember)
        layout.addWidget(self.refusal)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        fit_height(self, 520)
        self.field.setFocus()

    def _recovery_mode(self, on: bool) -> None:
        self.field_label.setText(
            PassphraseDialogWords.tr("&Recovery code:") if on else PassphraseDialogWords.tr("&Passphrase:")
        )
        self.field.setAccessibleName(
            PassphraseDialogWords.tr("Recovery code") if on else PassphraseDialogWords.tr("Passphrase")
        )
        # A recovery code is read off paper: shown as typed, so a mistyped group can be seen.
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.field.clear()
        self.refusal.hide()
        self.field.setFocus()

    @property
    def working(self) -> bool:
        return self._running is not None

    def try_unlock(self) -> None:
        if self._running is not None:
            return
        text = self.field.text()
        if not text.strip():
            if self.use_recovery.isChecked():
                self._refuse(PassphraseDialogWords.tr("Type the recovery code first."))
            else:
                self._refuse(PassphraseDialogWords.tr("Type the passphrase first."))
            return
        passphrase, recovery = (None, text) if self.use_recovery.isChecked() else (text, None)
        store = self.remember.isVisible() and self.remember.isChecked() and passphrase is not None
        self._start(passphrase, recovery, store)

    def try_stored(self, passphrase: str) -> None:
        """Open with the passphrase the system keyring gave (a refusal asks the person instead)."""
        self._from_keyring = True
        self._start(passphrase, None, False)
        self.refusal.setText(
            PassphraseDialogWords.tr("Opening with the passphrase stored in the system keyring\u2026")
        )
        self.refusal.show()

    def try_from_file(self, passphrase: str, name: str) -> None:
        """Open with the passphrase read from SKINJOURNAL_PASSPHRASE_FILE (`name`); a refusal
        names the file and asks the person instead."""
        self._from_file = name
        self._start(passphrase, None, False)
        self.refusal.setText(
            PassphraseDialogWords.tr("Opening with the passphrase in {file}\u2026").format(file=name)
        )
        self.refusal.show()

    def refuse_file(self, sentence: str) -> None:
        """The passphrase file could not be read: said, and the person asked."""
        self._refuse(sentence)

    def _start(self, passphrase: str | None, recovery: str | None, store: bool) -> None:
        folder = Path(self._folder)
        unlock = self._unlock

        def work() -> str:
            """In the worker: the key derivation, then the keyring if asked; what to tell."""
            unlock(passphrase, recovery)  # its value (a key, perhaps) never leaves this function
            if not store or passphrase is None:
                return ""
            try:
                keyring_store.remember(folder, passphrase)
            except keyring_store.KeyringUnavailable as exc:
                return str(exc)
            return ""

        self.accepted_with = (passphrase, recovery)
        self._set_busy(True)
        self._running = run_in_background(self, work, self._unlocked, self._refused)

    def _unlocked(self, note: object) -> None:
        self._running = None
        self._set_busy(False)
        self.field.clear()
        if note:  # the journal opened, but the keyring could not keep the passphrase: said, not hidden
            self.keyring_note = str(note)
            QMessageBox.warning(
                self, PassphraseDialogWords.tr("Passphrase not remembered"), self.keyring_note
            )
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._running = None
        self.accepted_with = (None, None)
        self._set_busy(False)
        sentence = error_sentence(error)
        if sentence is None:
            show_error(self, error)
            return
        if self._from_keyring:
            self._from_keyring = False
            keyring_store.forget(Path(self._folder))
            sentence = PassphraseDialogWords.tr(
                "The passphrase stored in the system keyring no longer opens the journal; type it."
            )
        elif self._from_file is not None:
            sentence = PassphraseDialogWords.tr(
                "The passphrase in {file} (SKINJOURNAL_PASSPHRASE_FILE) was refused: {reason}"
            ).format(file=self._from_file, reason=sentence)
            self._from_file = None
        self._refuse(sentence)

    def _refuse(self, sentence: str) -> None:
        self.refusal.setText(sentence)
        self.refusal.show()
        fit_height(self, self.width())
        self.field.clear()
        self.field.setFocus()

    def _set_busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        for widget in (self.field, self.use_recovery, self.remember, self.open_button):
            widget.setEnabled(not on)
        if on:
            self.refusal.hide()

    def reject(self) -> None:
        if self._running is not None:
            return  # the key derivation cannot be stopped; its answer comes in a moment
        super().reject()
