"""The command line's language: the one its environment names (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).

A command-line tool follows its environment, as `ls` and `git` do; the window's menu choice is
the window's. English needs nothing; another language loads its compiled translation through
`QTranslator` (Qt's core module only, no window), so an English run imports no Qt at all.
Numbers stay as scripts read them ("5.5"), whatever the language of the sentences around them.
"""

from __future__ import annotations

import os

from journal.core import language

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
    global _active
    _active = code
    return code
