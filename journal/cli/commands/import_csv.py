"""skinjournal import csv FILE_OR_DIR [--dry-run]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journal.cli.common import open_journal
from journal.core.csv.importer import MAX_PROBLEMS_SHOWN, csv_sources
from journal.core.language import Words
from journal.core.operations import data as data_ops


class CliImportCsvWords(Words):
    "The words of `skinjournal import-csv`: its help and what it says."


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    imp = sub.add_parser(
        "import", help=CliImportCsvWords.tr("read data from files made by `export` or by hand")
    )
    imp_sub = imp.add_subparsers(dest="import_format", metavar="FORMAT", required=True)
    csv = imp_sub.add_parser(
        "csv",
        help=CliImportCsvWords.tr("CSV files written by `export csv`, or an entries file made by hand"),
        description=CliImportCsvWords.tr(
            "Import a folder written by `export csv`, or one CSV file. An entries file made by hand needs the columns site, date and at least one value; its sites must be in the journal (or in a sites.csv imported with it). Every row is checked first: if any is bad, nothing is imported and each bad line is listed."
        ),
    )
    csv.add_argument(
        "source",
        metavar="FILE_OR_DIR",
        help=CliImportCsvWords.tr("a CSV file, or a folder of them as `export csv` writes"),
    )
    csv.add_argument(
        "--dry-run", action="store_true", help=CliImportCsvWords.tr("only check and report; write nothing")
    )
    csv.set_defaults(func=_import_csv)


def _import_csv(args: argparse.Namespace) -> int:
    sources = csv_sources(Path(args.source))
    with open_journal(args, readonly=args.dry_run) as journal:
        report = data_ops.import_files(journal, sources, dry_run=args.dry_run).value
    for note in report.notes:
        print(CliImportCsvWords.tr("note: {note}").format(note=note))
    for problem in report.problems[:MAX_PROBLEMS_SHOWN]:
        print(problem, file=sys.stderr)
    if len(report.problems) > MAX_PROBLEMS_SHOWN:
        more = len(report.problems) - MAX_PROBLEMS_SHOWN
        print(CliImportCsvWords.tr("... and {count} more").format(count=more), file=sys.stderr)
    if report.problems:
        print(f"skinjournal: {report.summary()}", file=sys.stderr)
        return 2
    print(report.summary())
    return 0
