"""skinjournal encrypt | decrypt | passphrase [--recovery]"""

from __future__ import annotations

import argparse

from journal.cli import passphrase
from journal.cli.common import journal_dir
from journal.core.crypt import convert
from journal.core.crypt.header import is_encrypted
from journal.core.language import Words


class CliEncryptionWords(Words):
    "The words of `skinjournal encryption`: its help and what it says."


WARNING = CliEncryptionWords.mark(
    "Keep the passphrase and the recovery code below somewhere safe (on paper, not in this folder). "
    "Without either of them the journal cannot be opened by anyone, you included: the data is gone."
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    enc = sub.add_parser(
        "encrypt",
        help=CliEncryptionWords.tr(
            "encrypt the journal (database, photos, backups) with a passphrase; a new folder gets a new encrypted journal"
        ),
    )
    enc.set_defaults(func=_encrypt, encryption_command=True)
    dec = sub.add_parser(
        "decrypt", help=CliEncryptionWords.tr("turn an encrypted journal back into a plain one")
    )
    dec.add_argument(
        "--recovery",
        action="store_true",
        help=CliEncryptionWords.tr("give the recovery code instead of the passphrase"),
    )
    dec.set_defaults(func=_decrypt, encryption_command=True)
    change = sub.add_parser(
        "passphrase", help=CliEncryptionWords.tr("change the passphrase of an encrypted journal")
    )
    change.add_argument(
        "--recovery",
        action="store_true",
        help=CliEncryptionWords.tr("give the recovery code instead of the old passphrase"),
    )
    change.set_defaults(func=_change, encryption_command=True)


def _encrypt(args: argparse.Namespace) -> int:
    folder = journal_dir(args)
    new = passphrase.ask(passphrase.NEW_PASSPHRASE, confirm=True)
    has_journal = (folder / convert.DB_NAME).exists()
    code = convert.encrypt(folder, new) if has_journal else convert.create(folder, new)
    print(CliEncryptionWords.tr("The journal in {folder} is encrypted.").format(folder=folder))
    print(CliEncryptionWords.tr(WARNING))
    print(CliEncryptionWords.tr("Recovery code: {code}").format(code=code))
    return 0


def _old_secret(args: argparse.Namespace) -> tuple[str | None, str | None]:
    if args.recovery:
        return None, passphrase.ask(passphrase.RECOVERY_CODE)
    return passphrase.ask(passphrase.PASSPHRASE), None


def _decrypt(args: argparse.Namespace) -> int:
    folder = journal_dir(args)
    old, recovery = _old_secret(args)
    convert.decrypt(folder, old, recovery)
    print(
        CliEncryptionWords.tr(
            "The journal in {folder} is no longer encrypted: anyone with the folder can read it."
        ).format(folder=folder)
    )
    return 0


def _change(args: argparse.Namespace) -> int:
    folder = journal_dir(args)
    old, recovery = _old_secret(args)
    if not is_encrypted(folder):
        print(
            CliEncryptionWords.tr(
                "The journal in {folder} is not encrypted; `skinjournal encrypt` gives it a passphrase."
            ).format(folder=folder)
        )
        return 2
    convert.change_passphrase(folder, old, passphrase.ask(passphrase.NEW_PASSPHRASE, confirm=True), recovery)
    print(
        CliEncryptionWords.tr(
            "The journal in {folder} has a new passphrase; the recovery code is unchanged."
        ).format(folder=folder)
    )
    return 0
