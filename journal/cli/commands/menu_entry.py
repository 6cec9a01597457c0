"""skinjournal menu-entry [--remove]"""

from __future__ import annotations

import argparse
import sys

from journal.core.errors import JournalError
from journal.core.language import Words


class CliMenuEntryWords(Words):
    "The words of `skinjournal menu-entry`: its help and what it says."


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    entry = sub.add_parser(
        "menu-entry",
        help=CliMenuEntryWords.tr("add Skin Journal to this desktop's application menu (Linux)"),
        description=CliMenuEntryWords.tr(
            "Add Skin Journal and its icon to the application menu of a Linux desktop, for this user only (in ~/.local/share). The entry starts the program you run this command with."
        ),
    )
    entry.add_argument(
        "--remove",
        action="store_true",
        help=CliMenuEntryWords.tr("take the menu entry and the icons away again"),
    )
    entry.set_defaults(func=_menu_entry)


def _menu_entry(args: argparse.Namespace) -> int:
    if sys.platform in ("win32", "darwin"):
        raise JournalError(
            CliMenuEntryWords.tr(
                "menu-entry is for Linux desktops; on Windows and macOS the bundle "
                "is started from its own folder or app."
            )
        )
    from journal import desktop_entry

    if args.remove:
        removed = desktop_entry.remove()
        count = len(removed)
        print(
            CliMenuEntryWords.tr("Removed %n file(s): the menu entry and icons.", "", count)
            if removed
            else CliMenuEntryWords.tr("There was no Skin Journal menu entry to remove.")
        )
        return 0
    written = desktop_entry.install()
    print(CliMenuEntryWords.tr("Added Skin Journal to the application menu: {file}").format(file=written[-1]))
    print(
        CliMenuEntryWords.tr("It starts: {command}").format(
            command=desktop_entry.exec_line(desktop_entry.launcher())
        )
    )
    return 0
