"""skinjournal hand add|list|edit|delete: finger-to-palm distances measured at home."""

from __future__ import annotations

import argparse
import datetime as dt

from journal.cli.common import open_journal, print_json, print_table, said
from journal.core.domain.hand import FINGERS, FingerPalm, how_to_text
from journal.core.domain.model import to_plain
from journal.core.language import Words
from journal.core.operations import hand as hand_ops


class CliHandWords(Words):
    "The words of `skinjournal hand`: its help and what it says."


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    hand = sub.add_parser(
        "hand",
        help=CliHandWords.tr("finger-to-palm distances: how far each fingertip stays from the palm's crease"),
    )
    hand_sub = hand.add_subparsers(dest="hand_command", metavar="ACTION", required=True)

    add = hand_sub.add_parser(
        "add",
        help=CliHandWords.tr("log a finger-to-palm distance"),
        description=how_to_text(),  # the core's words (how to measure, and the study)
    )
    add.add_argument("--hand", required=True, help=CliHandWords.tr("left or right"))
    add.add_argument("--finger", required=True, help=", ".join(FINGERS))
    add.add_argument(
        "--mm",
        required=True,
        help=CliHandWords.tr("fingertip to the distal palmar crease, in mm (0 if it reaches)"),
    )
    add.add_argument(
        "--date", metavar="YYYY-MM-DD", help=CliHandWords.tr("the day it was measured (default today)")
    )
    add.add_argument("--note", help=CliHandWords.tr("free text"))
    add.set_defaults(func=_add)

    listing = hand_sub.add_parser("list", help=CliHandWords.tr("list the readings, with their ids"))
    listing.add_argument("--json", action="store_true", help=CliHandWords.tr("print JSON"))
    listing.set_defaults(func=_list)

    edit = hand_sub.add_parser(
        "edit", help=CliHandWords.tr("change a reading: give only what changes (the rest is kept)")
    )
    edit.add_argument("id", type=int, help=CliHandWords.tr("the reading's id (hand list)"))
    edit.add_argument("--hand", help=CliHandWords.tr("left or right"))
    edit.add_argument("--finger", help=", ".join(FINGERS))
    edit.add_argument(
        "--mm", help=CliHandWords.tr("fingertip to the distal palmar crease, in mm (0 if it reaches)")
    )
    edit.add_argument("--date", metavar="YYYY-MM-DD", help=CliHandWords.tr("the day it was measured"))
    edit.add_argument("--note", help=CliHandWords.tr("free text ('' to clear)"))
    edit.set_defaults(func=_edit)

    delete = hand_sub.add_parser("delete", help=CliHandWords.tr("delete a reading"))
    delete.add_argument("id", type=int, help=CliHandWords.tr("the reading's id (hand list)"))
    delete.set_defaults(func=_delete)


def _add(args: argparse.Namespace) -> int:
    reading = FingerPalm.new(
        date=args.date or dt.date.today(),
        hand=args.hand,
        finger=args.finger,
        distance_mm=args.mm,
        note=args.note,
    )
    with open_journal(args) as journal:
        added = hand_ops.add_finger_palm(journal, reading)
    print(said(added))
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_journal(args, readonly=True) as journal:
        rows = [to_plain(r) for r in journal.store.finger_palm()]
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ["id", "date", "hand", "finger", "distance_mm", "note"])
    return 0


def _edit(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        raw = to_plain(journal.store.finger_palm_reading(args.id))  # NotFound: said in words
        for name, value in (
            ("hand", args.hand),
            ("finger", args.finger),
            ("distance_mm", args.mm),
            ("date", args.date),
            ("note", args.note),
        ):
            if value is not None:
                raw[name] = value
        edited = hand_ops.edit_finger_palm(journal, FingerPalm.new(**{**raw, "id": args.id}))
    print(said(edited))
    return 0


def _delete(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        deleted = hand_ops.delete_finger_palm(journal, args.id)
    print(said(deleted))
    return 0
