"""skinjournal check"""

from __future__ import annotations

import argparse

from journal.cli.common import journal_dir
from journal.core.check import check_journal
from journal.core.errors import JournalDamaged
from journal.core.journal import Journal


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    check = sub.add_parser("check", help="check the database and every photo file against its hash")
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
    for note in report.notes:
        print(f"note: {note}")
    if report.ok:
        print(f"Journal OK: database sound, {report.photos_checked} photo file(s) match their hashes.")
        return 0
    for problem in report.problems:
        print(f"problem: {problem}")
    return 1
