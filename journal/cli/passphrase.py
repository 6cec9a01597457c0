"""Passphrases for the command line: from SKINJOURNAL_PASSPHRASE_FILE (one per line, in the
order asked), else from standard input when it is not a terminal (the same), else a prompt that
does not echo. Never from an argument: arguments show in `ps` and shell history."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from journal.core.errors import JournalError
from journal.core.language import Words


class CliPassphraseWords(Words):
    "The command line's passphrase prompts and what it says when a passphrase is missing."


ENV_FILE = "SKINJOURNAL_PASSPHRASE_FILE"
# The prompts, in English here and translated where asked; each with what it asks for, named in
# the sentence that says it was not given.
PASSPHRASE = CliPassphraseWords.mark("Passphrase: ")
NEW_PASSPHRASE = CliPassphraseWords.mark("New passphrase: ")
RECOVERY_CODE = CliPassphraseWords.mark("Recovery code: ")
_ASKED_FOR = {
    PASSPHRASE: CliPassphraseWords.mark("passphrase"),
    NEW_PASSPHRASE: CliPassphraseWords.mark("new passphrase"),
    RECOVERY_CODE: CliPassphraseWords.mark("recovery code"),
}


class _Source:
    def __init__(self) -> None:
        self._lines: list[str] | None = None

    def _given(self) -> list[str] | None:
        if self._lines is None:
            name = os.environ.get(ENV_FILE)
            if name:
                try:
                    text = Path(name).read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError) as exc:
                    raise JournalError(
                        CliPassphraseWords.tr(
                            "The passphrase file {file} ({variable}) cannot be read ({problem}); "
                            "nothing was changed."
                        ).format(file=name, variable=ENV_FILE, problem=getattr(exc, "strerror", None) or exc)
                    ) from None
                self._lines = text.splitlines()
            elif not sys.stdin.isatty():
                self._lines = sys.stdin.read().splitlines()
            else:
                return None
        return self._lines

    def ask(self, prompt: str, confirm: bool = False) -> str:
        lines = self._given()
        if lines is not None:
            if not lines:
                asked = _ASKED_FOR.get(prompt)
                what = CliPassphraseWords.tr(asked) if asked else prompt.rstrip(": ").lower()
                raise JournalError(
                    CliPassphraseWords.tr("No passphrase was given ({what}); nothing was changed.").format(
                        what=what
                    )
                )
            return lines.pop(0)
        first = getpass.getpass(CliPassphraseWords.tr(prompt))
        if confirm and getpass.getpass(CliPassphraseWords.tr("Again, to be sure: ")) != first:
            raise JournalError(CliPassphraseWords.tr("The two passphrases differ; nothing was changed."))
        return first


_source = _Source()


def ask(prompt: str, confirm: bool = False) -> str:
    return _source.ask(prompt, confirm)


def unlock_if_encrypted(folder: Path) -> None:
    """Ask for the passphrase of an encrypted journal before a command opens it; the keys are
    then kept for this process, so every open of the journal in the command uses them."""
    from journal.core.crypt.header import is_encrypted

    if folder.is_dir() and is_encrypted(folder):
        from journal.core.crypt.convert import open_keys

        open_keys(folder, ask(PASSPHRASE))


def warn_if_plain_copy(folder: Path, written: list[str], to_stderr: bool = False) -> None:
    """After an export from an encrypted journal: say that what was written is plain text, and
    where, so that choice is made knowingly (the journal itself stays encrypted). On standard
    error when standard output carries the command's JSON."""
    from journal.core.crypt.plain_copy import plain_copy_warning

    sentence = plain_copy_warning(folder, written)
    if sentence is not None:
        said = CliPassphraseWords.tr("warning: {warning}").format(warning=sentence[0].lower() + sentence[1:])
        print(said, file=sys.stderr if to_stderr else sys.stdout)
