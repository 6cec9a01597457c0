"""skinjournal profile [--name TEXT] [--conditions TEXT] [--medicines TEXT] [--json]

Who the doctor summary is for. Without options it shows what is saved; an option sets that
field only, and an empty string clears it. Lists take one item a line or items separated by ";".
"""

from __future__ import annotations

import argparse
import json

from journal.cli.common import open_journal, shown
from journal.core.domain.profile import FIELD_WORDS, Profile, load_profile, profile_to_plain
from journal.core.errors import ValidationError
from journal.core.language import Words
from journal.core.operations import settings as settings_ops


class CliProfileWords(Words):
    "The words of `skinjournal profile`: its help and what it says."


NOT_GIVEN = CliProfileWords.mark("(not given)")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    profile = sub.add_parser(
        "profile",
        help=CliProfileWords.tr(
            "who the printed summary is for: name, known conditions, supplements and medicines"
        ),
        description=CliProfileWords.tr(
            'Shown only on the first page of the summary you print; it stays in this journal. Without options, show what is saved. An empty value ("") clears a field.'
        ),
    )
    profile.add_argument(
        "--name",
        metavar="TEXT",
        help=CliProfileWords.tr("your name as it should appear on the summary (optional)"),
    )
    profile.add_argument(
        "--conditions",
        metavar="TEXT",
        help=CliProfileWords.tr('known conditions as your doctor named them, separated by ";"'),
    )
    profile.add_argument(
        "--medicines",
        metavar="TEXT",
        help=CliProfileWords.tr('current supplements and medicines with doses, separated by ";"'),
    )
    profile.add_argument("--json", action="store_true", help=CliProfileWords.tr("print the profile as JSON"))
    profile.set_defaults(func=_profile)


def _profile(args: argparse.Namespace) -> int:
    changes = {"name": args.name, "conditions": args.conditions, "medicines": args.medicines}
    showing = all(value is None for value in changes.values())
    with open_journal(args, readonly=showing) as journal:
        if showing:
            profile = load_profile(journal.store)
        else:
            try:
                profile = settings_ops.update_profile(journal, **changes).value
            except ValidationError as exc:
                raise ValidationError(
                    exc.field, CliProfileWords.tr("{reason}; nothing was changed").format(reason=exc.reason)
                ) from None
    if args.json:
        print(json.dumps(profile_to_plain(profile), ensure_ascii=False, indent=2))
    else:
        print(describe(profile))
    return 0


def describe(profile: Profile) -> str:
    not_given = CliProfileWords.tr(NOT_GIVEN)
    lines = [f"{FIELD_WORDS['name']}: {shown(profile.name or not_given)}"]
    for field in ("conditions", "medicines"):
        items: tuple[str, ...] = getattr(profile, field)
        lines.append(
            f"{FIELD_WORDS[field]}:"
            + ("".join(f"\n  {shown(item)}" for item in items) if items else f" {not_given}")
        )
    return "\n".join(lines)
