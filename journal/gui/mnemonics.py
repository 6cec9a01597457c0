"""Underlined letters (Alt+letter) for labels that are built from data, such as the record forms.

A label written by hand carries its own "&"; a form made from a list of fields gets one here:
the first letter of a word not yet used, else any letter not yet used. Done on the shown text, so
it works the same on a translated label.
"""

from __future__ import annotations

from collections.abc import Iterable

# Alt+letter already taken in the main window: its menus (File, Edit, View, Journal, Help) and
# its tabs (Timeline, Charts, Alerts, Daily check, Labs, Care log, Visits, Hand function; main_window.TABS).
# In English; `window_letters` reads them in the language shown.
WINDOW_LETTERS = frozenset("fevjhtadlrv")


def window_letters() -> set[str]:
    """The letters the main window's menus and tabs underline, in the language they are shown in."""
    from journal.gui.actions import MENUS, ActionsWords
    from journal.gui.main_window import TABS, MainWindowWords

    return taken_letters(
        [ActionsWords.tr(title) for _key, title in MENUS] + [MainWindowWords.tr(tab[1]) for tab in TABS]
    )


def taken_letters(texts: Iterable[str]) -> set[str]:
    """The letters these texts already underline ("&Save" takes "s"; "&&" is a plain "&")."""
    out = set()
    for text in texts:
        plain = text.replace("&&", "")
        at = plain.find("&")
        if at >= 0 and at + 1 < len(plain):
            out.add(plain[at + 1].lower())
    return out


def with_mnemonic(text: str, taken: set[str]) -> str:
    """`text` with an "&" before a letter not in `taken` (which it joins); unchanged when it has one."""
    if "&" in text.replace("&&", ""):
        taken |= taken_letters([text])
        return text
    starts = [i for i, c in enumerate(text) if c.isalpha() and (i == 0 or not text[i - 1].isalpha())]
    anywhere = [i for i, c in enumerate(text) if c.isalpha()]
    for i in [*starts, *anywhere]:
        if text[i].lower() not in taken:
            taken.add(text[i].lower())
            return f"{text[:i]}&{text[i:]}"
    # Every letter is taken: share one; Alt+letter then moves between the fields that share it.
    return f"{text[: anywhere[0]]}&{text[anywhere[0] :]}" if anywhere else text
