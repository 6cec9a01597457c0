"""Journal > Encrypt…, Decrypt… and Change passphrase…: what is asked first, what runs.

`ask` shows the dialogs (the warning and the passphrase twice; the passphrase to decrypt; the
current passphrase, then the new one twice) and returns a `Plan`: the core's crash-safe
operation (journal.core.crypt.convert) to run off the GUI thread with progress, and what to
tell the person after. The host (journal_host) closes the journal before a plan that rewrites
it and opens it again after, as it does for a restore. The passphrase given to check it (in a
worker: the key derivation takes about half a second) is the one the operation uses.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from journal.core.crypt import convert
from journal.core.crypt.header import read_header, unlock
from journal.core.language import Words
from journal.gui import keyring_store
from journal.gui.background import run_with_progress, show_error


class CryptActionsWords(Words):
    "Encrypt, decrypt and change the passphrase: titles, progress and what is said after."


@dataclasses.dataclass(frozen=True)
class Plan:
    title: str
    label: str
    work: Callable[[], object]
    closes: bool  # the journal must be closed while it runs
    after: Callable[[object, QWidget | None], object]  # on the GUI thread, the journal open again


def _then_forget(folder: Path, work: Callable[[], object]) -> None:
    """Run `work`; then drop a passphrase stored in the keyring, which no longer opens the journal."""
    work()
    keyring_store.forget(folder)


def _verifier(folder: Path) -> Callable[[str | None, str | None], object]:
    return lambda passphrase, recovery: unlock(folder, read_header(folder), passphrase, recovery)


def _current_passphrase(
    folder: Path, parent: QWidget, intro: str, button: str
) -> tuple[str | None, str | None] | None:
    from journal.gui.dialogs.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(
        str(folder),
        _verifier(folder),
        parent,
        intro=intro,
        button=button,
        cancel=CryptActionsWords.tr("Cancel"),
    )
    dialog.setWindowTitle(button.replace("&", "").rstrip("\u2026"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.accepted_with


def ask(what: str, folder: Path, parent: QWidget) -> Plan | None:
    """The dialogs of Journal > Encrypt…/Decrypt…/Change passphrase…, and of a new journal made
    encrypted from the welcome (`create`); None when cancelled."""
    from journal.gui.dialogs.crypt_dialogs import (
        CHANGE_WORDS,
        DECRYPT_WORDS,
        CryptDialogsWords,
        NewPassphraseDialog,
        RecoveryCodeDialog,
    )

    def show_code(code: object, window: QWidget | None) -> None:
        RecoveryCodeDialog(str(code), window).exec()

    if what in ("encrypt", "create"):
        creating = what == "create"
        dialog = NewPassphraseDialog(str(folder), parent, encrypting=True, creating=creating)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        passphrase = dialog.passphrase()
        if creating:
            # A new journal encrypted from its first byte (the core writes the key file, then
            # opens the database through SQLCipher): the folder never holds a plain database.
            # Run before the journal is opened, so `closes` has nothing to close.
            return Plan(
                "Protect the new journal",
                "Making the new, encrypted journal\u2026",
                lambda: convert.create(folder, passphrase),
                False,
                show_code,
            )
        return Plan(
            CryptActionsWords.tr("Encrypt the journal"),
            CryptActionsWords.tr("Encrypting the journal's database, photos and backups\u2026"),
            lambda: convert.encrypt(folder, passphrase),
            True,
            show_code,
        )
    if what == "decrypt":
        given = _current_passphrase(
            folder, parent, CryptDialogsWords.tr(DECRYPT_WORDS), CryptActionsWords.tr("&Decrypt")
        )
        if given is None:
            return None
        current, recovery = given
        return Plan(
            CryptActionsWords.tr("Decrypt the journal"),
            CryptActionsWords.tr("Writing the journal back in plain form\u2026"),
            lambda: _then_forget(folder, lambda: convert.decrypt(folder, current, recovery)),
            True,
            lambda _value, window: QMessageBox.information(
                window,
                CryptActionsWords.tr("Decrypt the journal"),
                CryptActionsWords.tr("The journal is decrypted: it is stored in plain form again."),
            ),
        )
    if what == "passphrase":
        given = _current_passphrase(
            folder, parent, CryptDialogsWords.tr(CHANGE_WORDS), CryptActionsWords.tr("&Next\u2026")
        )
        if given is None:
            return None
        old, recovery = given
        new = NewPassphraseDialog(str(folder), parent, encrypting=False)
        if new.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = new.passphrase()
        return Plan(
            CryptActionsWords.tr("Change the passphrase"),
            CryptActionsWords.tr("Sealing the journal's key with the new passphrase\u2026"),
            # A passphrase stored in the keyring no longer opens it: removed, not left stale.
            lambda: _then_forget(folder, lambda: convert.change_passphrase(folder, old, chosen, recovery)),
            False,
            lambda _value, window: QMessageBox.information(
                window,
                CryptActionsWords.tr("Change the passphrase"),
                CryptActionsWords.tr("The passphrase is changed. The recovery code still opens the journal."),
            ),
        )
    raise ValueError(what)


def run(parent: QWidget, plan: Plan, reopen: Callable[[], QWidget | None]) -> None:
    """Run the plan off the GUI thread with progress; then `reopen()` (the window to speak in) and
    tell the person how it went. A refusal leaves the journal as it was (or, cut short, as the
    core left it: it opens with the old key or the new), and is said in words after reopening."""

    def done(value: object) -> None:
        plan.after(value, reopen())

    def failed(error: BaseException) -> None:
        show_error(reopen(), error, plan.title)

    run_with_progress(parent, plan.title, plan.label, plan.work, done, failed)
