"""skinjournal check"""

from __future__ import annotations

import argparse

from journal.cli.common import journal_dir
from journal.core.check import check_journal
from journal.core.journal import Journal


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    check = sub.add_parser("check", help="check the database and every photo file against its hash")
    check.set_defaults(func=_check)


def _check(args: argparse.Namespace) -> int:
    # verify=False: `check` must be able to open a damaged database to report on it.
    with Journal.open(journal_dir(args), verify=False, create=False) as journal:
        report = check_journal(journal)
    for note in report.notes:
        print(f"note: {note}")
    if report.ok:
        print(f"Journal OK: database sound, {report.photos_checked} photo file(s) match their hashes.")
        return 0
    for problem in report.problems:
        print(f"problem: {problem}")
    return 1
