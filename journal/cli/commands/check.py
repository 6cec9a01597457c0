"""skinjournal check [--prune]"""

from __future__ import annotations

import argparse

from journal.cli.common import journal_dir
from journal.core.errors import JournalDamaged, JournalLocked
from journal.core.folder.check import check_journal
from journal.core.journal import Journal
from journal.core.language import Words


class CliCheckWords(Words):
    "The words of `skinjournal check`: its help and what it says."


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    check = sub.add_parser(
        "check", help=CliCheckWords.tr("check the database and every photo file against its hash")
    )
    check.add_argument(
        "--prune",
        action="store_true",
        help=CliCheckWords.tr("delete the photo files no entry refers to (listed by check)"),
    )
    check.set_defaults(func=_check)


def _check(args: argparse.Namespace) -> int:
    try:
        journal = Journal.open(journal_dir(args), create=False, readonly=True)
    except JournalDamaged as exc:
        # A damaged database is the finding; opening it no further leaves it as it is.
        print(CliCheckWords.tr("problem: {problem}").format(problem=exc))
        return 1
    with journal:
        report = check_journal(journal)
        removed = _prune(journal) if args.prune and report.unreferenced else []
    for note in report.notes:
        print(CliCheckWords.tr("note: {note}").format(note=note))
    if report.unreferenced and not removed:
        for place in report.unreferenced:
            print(f"  {place}")
    if removed:
        print(CliCheckWords.tr("Removed %n file(s) no entry refers to:", "", len(removed)))
        for place in removed:
            print(f"  {place}")
    if report.ok:
        print(
            CliCheckWords.tr(
                "Journal OK: database sound, %n photo file(s) match their hashes.", "", report.photos_checked
            )
        )
        return 0
    for problem in report.problems:
        print(CliCheckWords.tr("problem: {problem}").format(problem=problem))
    return 1


def _prune(journal: Journal) -> list[str]:
    from journal.core.folder.lock import LOCKED_MESSAGE, FolderLockWords, JournalLock
    from journal.core.photos.prune import prune_photo_files

    # An open window may still undo a deletion and needs these files back: it prunes them
    # itself once its undo steps are gone. Its lock says it is open.
    try:
        with JournalLock(journal.folder):
            return prune_photo_files(journal)
    except JournalLocked:
        raise JournalLocked(
            CliCheckWords.tr(
                "{locked} Its Undo may still need the photo files no entry refers to, so none was "
                "removed; close the window and run `skinjournal check --prune` again."
            ).format(locked=FolderLockWords.tr(LOCKED_MESSAGE))
        ) from None
