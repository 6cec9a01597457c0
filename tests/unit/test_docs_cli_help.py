"""Every command and option of `skinjournal` explains itself in --help (an idea from sqlite-utils,
whose tests fail when a command is undocumented)."""

from __future__ import annotations

import argparse

from journal_helpers import run_cli

from journal.cli import build_parser


def undocumented(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[str]:
    """Subcommands and arguments (at any depth) that have no help text."""
    missing = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {pseudo.dest: pseudo.help for pseudo in action._choices_actions}
            for name, sub in action.choices.items():
                if not (helps.get(name) or "").strip():
                    missing.append("command: skinjournal " + " ".join((*path, name)))
                missing += undocumented(sub, (*path, name))
        elif (
            not isinstance(action, (argparse._HelpAction, argparse._VersionAction))
            and not (action.help or "").strip()
        ):
            label = "/".join(action.option_strings) or action.dest
            missing.append(f"argument: skinjournal {' '.join(path)} {label}".replace("  ", " "))
    return missing


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((*path, name))
                found += _commands(sub, (*path, name))
    return found


def test_every_command_and_option_has_help_text():
    assert undocumented(build_parser()) == []


def test_the_check_finds_a_command_or_option_without_help():
    parser = argparse.ArgumentParser(prog="skinjournal")
    sub = parser.add_subparsers()
    sub.add_parser("documented", help="does a thing").add_argument("--size", help="how big")
    silent = sub.add_parser("silent")
    silent.add_argument("--quiet-option")
    nested = sub.add_parser("group", help="a group").add_subparsers()
    nested.add_parser("inner")
    assert undocumented(parser) == [
        "command: skinjournal silent",
        "argument: skinjournal silent --quiet-option",
        "command: skinjournal group inner",
    ]


def test_the_commands_of_the_issue_are_all_there():
    commands = {" ".join(c) for c in _commands(build_parser())}
    assert {
        "site",
        "site add",
        "site list",
        "log",
        "daily",
        "lab",
        "care",
        "visit",
        "entries",
        "check",
    } <= commands
    # Every job the window can do has a command.
    assert {
        "entries edit",
        "entries delete",
        "photos add",
        "photos remove",
        "photos list",
        "site delete",
        *(
            f"{kind} {action}"
            for kind in ("labs", "care", "visits", "daily")
            for action in ("edit", "delete")
        ),
        "labs list",
        "care list",
        "visits list",
        "due",
        "chart",
    } <= commands


def test_help_prints_for_every_command():
    result = run_cli(None, "--help")
    assert result.returncode == 0
    for command in ("site", "log", "daily", "lab", "care", "entries", "check"):
        assert command in result.stdout
    log_help = run_cli(None, "log", "--help")
    assert log_help.returncode == 0 and "--restricted-movement" in log_help.stdout
