"""skinjournal settings [--json], skinjournal settings set KEY VALUE, skinjournal settings reset KEY

The same settings as the window's Edit > Preferences: the warning-sign thresholds and the
automatic backup schedule, each with its default and the reason for it. A refused value
changes nothing (exit status 2).
"""

from __future__ import annotations

import argparse
import textwrap

from journal.cli.common import open_journal, print_json
from journal.core.domain.preferences import (
    BY_KEY,
    PREFERENCES,
    current_values,
)
from journal.core.errors import ValidationError
from journal.core.language import Words
from journal.core.operations import settings as settings_ops


class CliSettingsWords(Words):
    "The words of `skinjournal settings`: its help and what it says."


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    settings = sub.add_parser(
        "settings",
        help=CliSettingsWords.tr("show or change the warning-sign thresholds and the backup schedule"),
        description=CliSettingsWords.tr(
            "Without an action, list every setting with its value, its default and the reason for the default. `settings set KEY VALUE` changes one; `settings reset KEY` puts it back."
        ),
    )
    settings.add_argument("--json", action="store_true", help=CliSettingsWords.tr("print JSON"))
    settings.set_defaults(func=_list)
    actions = settings.add_subparsers(dest="settings_action", metavar="ACTION")
    change = actions.add_parser(
        "set",
        help=CliSettingsWords.tr("change one setting (refused, and nothing changed, when out of range)"),
    )
    change.add_argument(
        "key",
        help=CliSettingsWords.tr(
            "the setting's key, e.g. alerts.pain_threshold (see `skinjournal settings`)"
        ),
    )
    change.add_argument("value", help=CliSettingsWords.tr("the new value, a number"))
    change.set_defaults(func=_set)
    reset = actions.add_parser("reset", help=CliSettingsWords.tr("put one setting back to its default"))
    reset.add_argument("key", help=CliSettingsWords.tr("the setting's key (see `skinjournal settings`)"))
    reset.set_defaults(func=_reset)


def _list(args: argparse.Namespace) -> int:
    with open_journal(args, readonly=True) as journal:
        values = current_values(journal.store)
    if args.json:
        print_json(
            {
                "key": p.key,
                "section": p.section,
                "label": p.label,
                "value": values[p.key],
                "default": _number(p.default, p.whole),
                "min": _number(p.low, p.whole),
                "max": _number(p.high, p.whole),
                "whole_number": p.whole,
                "help": p.help,
            }
            for p in PREFERENCES
        )
        return 0
    section = None
    for pref in PREFERENCES:
        if pref.section != section:
            print(pref.section if section is None else f"\n{pref.section}")
            section = pref.section
        print(f"  {_line(pref.key, values[pref.key])}")
        print(f"    {pref.label}")
        print(textwrap.fill(pref.help, width=88, initial_indent="    ", subsequent_indent="    "))
    print(
        "\n"
        + CliSettingsWords.tr(
            "Change one with `skinjournal settings set KEY VALUE`; `skinjournal settings reset KEY` puts "
            "back the default."
        )
    )
    return 0


def _set(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        try:
            values = settings_ops.set_setting(journal, args.key, args.value).value
        except ValidationError as exc:
            raise ValidationError(
                exc.field, CliSettingsWords.tr("{reason}; nothing was changed").format(reason=exc.reason)
            ) from None
    print(_line(args.key, values[args.key]))
    return 0


def _reset(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        try:
            value = settings_ops.reset_setting(journal, args.key).value
        except ValidationError as exc:
            raise ValidationError(
                exc.field, CliSettingsWords.tr("{reason}; nothing was changed").format(reason=exc.reason)
            ) from None
    print(_line(args.key, value))
    return 0


def _line(key: str, value: float) -> str:
    pref = BY_KEY[key]
    shown, default = _text(value), _text(pref.default)
    said = (
        CliSettingsWords.tr("(the default)")
        if value == pref.default
        else CliSettingsWords.tr("(default {default})").format(default=default)
    )
    return f"{key} = {shown}  {said}"


def _number(value: float, whole: bool) -> float | int:
    return int(value) if whole else float(value)


def _text(value: float) -> str:
    return f"{value:g}"
