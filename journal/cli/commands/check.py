"""skinjournal check [--prune]"""

from __future__ import annotations

import argparse

from journal.cli.common import journal_dir
from journal.core.errors import JournalDamaged, JournalLocked
from journal.core.folder.check import check_journal
from journal.core.journal import Journal


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    check = sub.add_parser("check", help="check the database and every photo file against its hash")
    check.add_argument(
        "--prune", action="store_true", help="delete the photo files no entry refers to (listed by check)"
    )
    check.set_defaults(func=_check)


def _check(args: argparse.Namespace) -> int:
    try:
        journal = Journal.open(journal_dir(args), create=False, readonly=True)
    except JournalDamaged as exc:
        # A damaged database is the finding; opening it no further leaves it as it is.
        print(f"problem: {exc}")
        return 1
    with journal:
        report = check_journal(journal)
        removed = _prune(journal) if args.prune and report.unreferenced else []
    for note in report.notes:
        print(f"note: {note}")
    if report.unreferenced and not removed:
        for place in report.unreferenced:
            print(f"  {place}")
    if removed:
        print(f"Removed {len(removed)} file(s) no entry refers to:")
        for place in removed:
            print(f"  {place}")
    if report.ok:
        print(f"Journal OK: database sound, {report.photos_checked} photo file(s) match their hashes.")
        return 0
    for problem in report.problems:
        print(f"problem: {problem}")
    return 1


def _prune(journal: Journal) -> list[str]:
    from journal.core.folder.lock import LOCKED_MESSAGE, JournalLock
    from journal.core.photos.prune import prune_photo_files

    # An open window may still undo a deletion and needs these files back: it prunes them
    # itself once its undo steps are gone. Its lock says it is open.
    try:
        with JournalLock(journal.folder):
            return prune_photo_files(journal)
    except JournalLocked:
        raise JournalLocked(
            f"{LOCKED_MESSAGE} Its Undo may still need the photo files no entry refers to, so none was "
            "removed; close the window and run `skinjournal check --prune` again."
        ) from None
