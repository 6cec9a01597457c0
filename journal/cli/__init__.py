"""The command line: the same core as the window, without one.

Each module in `journal.cli.commands` adds its own subcommands through `register`, so a
new capability adds a file rather than growing this one. Errors the user must read go to
stderr with exit status 2; by then every change has been rolled back.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence

from journal import APP_DISPLAY_NAME, __version__
from journal.core.errors import JournalError

EXIT_REFUSED = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="skinjournal",
        description=f"{APP_DISPLAY_NAME}: a private journal of skin changes. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--journal", metavar="DIR",
        help="journal folder (default: $SKINJOURNAL_DIR, else the platform's data folder)",
    )
    parser.add_argument(
        "--demo", action="store_true",
        help="use the demo journal (a separate folder, filled with a synthetic story on first use)",
    )
    parser.add_argument(
        "--self-test", action="store_true",
        help="check this installation offscreen on a temporary journal (yours is not touched), then exit",
    )
    import importlib
    import pkgutil

    from journal.cli import commands

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{module_info.name}")
        module.register(sub)
    return parser


def window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when they only open the window (none, --journal, --demo), else None.

    Decided before `build_parser`, which imports every command module: the window does
    not need them, and a quarter of a second of imports shows in its start-up time."""
    quick = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    quick.add_argument("--journal")
    quick.add_argument("--demo", action="store_true")
    try:
        args, rest = quick.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return None  # the full parser says what is wrong
    if rest:
        return None
    args.command, args.self_test = None, False
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = window_args(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    try:
        if args.self_test:
            from journal.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from journal.cli.window import open_window

            return open_window(args)
        result: int | None = args.func(args)
        return result or 0
    except JournalError as exc:
        print(f"skinjournal: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except sqlite3.Error as exc:
        # Any SQLite error not already put in words where it happened: the same sentences.
        from journal.cli.common import journal_dir
        from journal.core.sqlite_errors import translate

        print(f"skinjournal: {translate(exc, journal_dir(args))}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("skinjournal: interrupted; the journal keeps what was saved before.", file=sys.stderr)
        return 130
    except OSError as exc:
        # A full disk or a folder without permission: say so plainly, nothing half-written.
        print(f"skinjournal: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_REFUSED
