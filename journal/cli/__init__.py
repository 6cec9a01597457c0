"""The command line: the same core as the window, without one.

Each module in `journal.cli.commands` adds its own subcommands through `register`, so a
new capability adds a file rather than growing this one. Errors the user must read go to
stderr with exit status 2; by then every change has been rolled back.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from journal import APP_DISPLAY_NAME, __version__
from journal.core.errors import JournalError
from journal.core.language import Words


class CommandLineWords(Words):
    "The command line's program description, its top-level options and its error sentences."


EXIT_REFUSED = 2
EXIT_FAULT = 1
# What a shell reports for a program that SIGPIPE ended (128 + 13), as `yes | head -1` does.
EXIT_BROKEN_PIPE = 141


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="skinjournal",
        description=CommandLineWords.tr(
            "{app}: a private journal of skin changes. Without a command it opens the window."
        ).format(app=APP_DISPLAY_NAME),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--journal",
        metavar="DIR",
        help=CommandLineWords.tr(
            "journal folder (default: $SKINJOURNAL_DIR, else the platform's data folder)"
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=CommandLineWords.tr(
            "use the demo journal (a separate folder, filled with a synthetic story on first use)"
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=CommandLineWords.tr(
            "check this installation offscreen on a temporary journal (yours is not touched), then exit"
        ),
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


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The parsed arguments; the quick path when they only open the window (see `window_args`)."""
    from journal.cli.language import install_cli_language

    # First, so every sentence is in the person's language: the parser's help and errors, and
    # what `guarded` says for the window's path too (an English run imports no Qt for this).
    install_cli_language()
    arguments = list(argv)
    args = window_args(arguments)
    if args is None:
        parser = build_parser()
        args = parser.parse_args(attach_dash_values(parser, arguments))
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. The window and the self-test are started by `journal.launch`, the
    program's entry point: the command line itself never imports the window."""
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    return guarded(args, run_command)


def run_command(args: argparse.Namespace) -> int:
    if args.command is None or args.self_test:
        _say(CommandLineWords.tr("no command given; `skinjournal --help` lists them."))
        return EXIT_REFUSED
    if not (getattr(args, "encryption_command", False) or getattr(args, "asks_passphrase", False)):
        from journal.cli.common import journal_dir
        from journal.cli.passphrase import unlock_if_encrypted

        unlock_if_encrypted(Path(journal_dir(args)))
    result: int | None = args.func(args)
    sys.stdout.flush()  # here, so a reader that went away is seen now, not at exit
    return result or 0


def guarded(args: argparse.Namespace, job: Callable[[argparse.Namespace], int]) -> int:
    """`job(args)`, with every error a person can act on told in a sentence on stderr and its
    exit status: 2 for a refusal (nothing saved is changed by then), 1 for a fault of the app."""
    try:
        return job(args)
    except BrokenPipeError:
        return _reader_gone()
    except JournalError as exc:
        _say(str(exc))
        return EXIT_REFUSED
    except sqlite3.Error as exc:
        # Any SQLite error not already put in words where it happened: the same sentences.
        from journal.cli.common import journal_dir
        from journal.core.store.sentences import translate

        _say(str(translate(exc, journal_dir(args))))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        _say(CommandLineWords.tr("interrupted; the journal keeps what was saved before."))
        return 130
    except OSError as exc:
        # A full disk or a folder without permission: say so plainly, nothing half-written
        # (every write is a transaction, rolled back by now).
        from journal.cli.common import journal_dir
        from journal.core.store import disk_full

        folder = journal_dir(args)
        if disk_full.is_disk_full(exc, folder):
            _say(disk_full.message(Path(exc.filename).parent if exc.filename else folder))
        else:
            _say(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        return EXIT_REFUSED
    except Exception as exc:  # a fault of the app: logged without personal data, told in words
        return _unexpected(exc)


def _unexpected(exc: Exception) -> int:
    from journal.core.app_log import log_error, start_logging

    where = start_logging()
    details = log_error(type(exc), exc, exc.__traceback__)
    stopped = CommandLineWords.tr("an unexpected error stopped this command; what was saved before is kept.")
    heading = (
        CommandLineWords.tr("Details (without your data), also in {file}:").format(file=where)
        if where
        else CommandLineWords.tr("Details (without your data):")
    )
    print(f"skinjournal: {stopped}\n{heading}\n{details}", file=sys.stderr)
    return EXIT_FAULT


def _say(message: str) -> None:
    from journal.cli.common import shown

    print("\n".join(f"skinjournal: {shown(line)}" for line in message.split("\n")), file=sys.stderr)


def _reader_gone() -> int:
    """The program reading our output stopped (`skinjournal alerts | head -1`): end quietly,
    as Unix tools do. Python's documented way (the signal module's note on SIGPIPE): point
    stdout at devnull, so the flush at exit cannot fail again and print a second error."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_BROKEN_PIPE


def attach_dash_values(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """Give an option that takes a value the next word even when that word starts with "-"
    (`visit --findings "-2+3"`, `--note "-x"`, `--value -1e3`), as getopt does for an option
    with a required argument. argparse alone takes such a word for an option and refuses
    ("expected one argument"); written as `--findings=-2+3` it accepts it, so that is what
    the word becomes. Options given as flags somewhere are left to argparse."""
    takes_value, flags = _option_kinds(parser)
    takes_value -= flags
    out: list[str] = []
    words = iter(argv)
    for word in words:
        if word == "--":
            out += [word, *words]
            break
        if word in takes_value:
            value = next(words, None)
            if value is not None and value.startswith("-"):
                out.append(f"{word}={value}")
                continue
            out += [word] if value is None else [word, value]
            continue
        out.append(word)
    return out


def _option_kinds(parser: argparse.ArgumentParser) -> tuple[set[str], set[str]]:
    """The option strings (in every subcommand) that take one value, and those that take none."""
    takes_value: set[str] = set()
    flags: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                more_values, more_flags = _option_kinds(sub)
                takes_value |= more_values
                flags |= more_flags
        elif isinstance(action, (argparse._StoreAction, argparse._AppendAction)) and action.nargs is None:
            takes_value.update(action.option_strings)
        else:
            flags.update(action.option_strings)
    return takes_value, flags
