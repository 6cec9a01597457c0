"""skinjournal due [--json] [--ics FILE.ics]: the checks that are due, as the window's reminders list them."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from journal.cli.common import open_journal, print_json, print_table
from journal.cli.passphrase import warn_if_plain_copy
from journal.core.charts.overview import due_checks, last_check_words
from journal.core.folder.output import check_output_file
from journal.core.language import Words
from journal.core.reminders.ics import write_reminders


class CliDueWords(Words):
    "The words of `skinjournal due`: its help and what it says."


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    due = sub.add_parser(
        "due",
        help=CliDueWords.tr(
            "the sites due for a check (the longest-waiting first), as the window's reminders show them"
        ),
    )
    due.add_argument("--json", action="store_true", help=CliDueWords.tr("print JSON"))
    due.add_argument(
        "--ics",
        metavar="FILE.ics",
        help=CliDueWords.tr(
            "also write reminders for your own calendar: one repeating event per site (its own interval) and one for the daily check"
        ),
    )
    due.set_defaults(func=_due)


def _due(args: argparse.Namespace) -> int:
    today = dt.date.today()
    out = None if args.ics is None else check_output_file(Path(args.ics), example="skin-journal.ics")
    with open_journal(args, readonly=True) as journal:
        due = due_checks(journal.store, today)
        if out is not None:
            written = write_reminders(journal, out, today)
            sites = len(written) - 1
            wrote = (
                CliDueWords.tr(
                    "Wrote {total} reminders to {file}: the daily check and 1 site. Import the file into "
                    "your calendar; import a newer one to update them."
                )
                if sites == 1
                else CliDueWords.tr(
                    "Wrote {total} reminders to {file}: the daily check and %n sites. Import the file into "
                    "your calendar; import a newer one to update them.",
                    "",
                    sites,
                )
            )
            print(
                wrote.format(total=len(written), file=out),
                file=sys.stderr if args.json else sys.stdout,
            )
            warn_if_plain_copy(
                journal.folder, [CliDueWords.tr("the reminders {file}").format(file=out)], args.json
            )
    rows = [
        {
            "site_id": line.site.id,
            "site": line.site.name,
            "last_checked": line.last_checked.isoformat() if line.last_checked else None,
            "days_since_check": line.days_since_check(today),
            "reminder_days": line.site.reminder_days,
            "words": last_check_words(line.last_checked, today),
        }
        for line in due
    ]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(CliDueWords.tr("No check is due."))
        return 0
    print_table(rows, ["site", "words"])
    count = len(rows)
    print(
        CliDueWords.tr("1 site is due for a check; log one with `skinjournal log SITE`.")
        if count == 1
        else CliDueWords.tr("%n sites are due for a check; log one with `skinjournal log SITE`.", "", count)
    )
    return 0
