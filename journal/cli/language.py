"""The command line's language: the one its environment names (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).

A command-line tool follows its environment, as `ls` and `git` do; the window's menu choice is
the window's. English needs nothing; another language loads its compiled translation through
`QTranslator` (Qt's core module only, no window), so an English run imports no Qt at all.
Numbers stay as scripts read them ("5.5"), whatever the language of the sentences around them.
"""

from __future__ import annotations

import os

from journal.core import language
from journal.core.language import Words


class ArgparseWords(Words):
    """The words Python's argparse writes around ours in --help and its refusals.

    argparse looks each of them up through gettext (`argparse._`), and Python ships no German;
    they go through our translation instead. Only what a person meets is listed: the rest are
    programming errors that never reach them."""


ARGPARSE_WORDS = (
    ArgparseWords.mark("usage: "),
    ArgparseWords.mark("positional arguments"),
    ArgparseWords.mark("options"),
    ArgparseWords.mark("show this help message and exit"),
    ArgparseWords.mark("%(prog)s: error: %(message)s\n"),
    ArgparseWords.mark("argument %(argument_name)s: %(message)s"),
    ArgparseWords.mark("the following arguments are required: %s"),
    ArgparseWords.mark("invalid choice: %(value)r (choose from %(choices)s)"),
    ArgparseWords.mark("unrecognized arguments: %s"),
    ArgparseWords.mark("expected one argument"),
    ArgparseWords.mark("expected at least one argument"),
    ArgparseWords.mark("expected at most one argument"),
    ArgparseWords.mark("invalid %(type)s value: %(value)r"),
    ArgparseWords.mark("ambiguous option: %(option)s could match %(matches)s"),
    ArgparseWords.mark("not allowed with argument %s"),
    ArgparseWords.mark("one of the arguments %s is required"),
    ArgparseWords.mark("ignored explicit argument %r"),
)


def _argparse_words(text: str) -> str:
    return ArgparseWords.tr(text) if text in ARGPARSE_WORDS else text


QM_PREFIX = "skinjournal_"
_active = "en"  # the language installed: its words are what the command line says


def active_language() -> str:
    return _active


def environment_language() -> str:
    """The two-letter language the environment asks for; "en" for C, POSIX or nothing."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            # LANGUAGE may list several ("de:en"); the first is the person's first choice.
            code = value.split(":")[0].split(".")[0].split("@")[0].split("_")[0].lower()
            return "en" if code in ("c", "posix", "") else code
    return "en"


def install_cli_language() -> str:
    """Send the core's and the CLI's words through the environment's language; the code used."""
    code = environment_language()
    if code == "en":
        return code
    from journal.resources import resource_path

    try:
        compiled = resource_path("i18n") / f"{QM_PREFIX}{code}.qm"
    except FileNotFoundError:
        return "en"
    if not compiled.is_file():
        return "en"
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(compiled)):
        return "en"

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = translator.translate(context, text, disambiguation, n) or text
        return found.replace("%n", str(n)) if n >= 0 else found

    language.use_translation(translate)
    import argparse

    setattr(argparse, "_", _argparse_words)  # noqa: B010 (argparse's gettext hook, by its name)
    global _active
    _active = code
    return code
