"""skinjournal due [--json]: the checks that are due, as the window's reminders list them."""

from __future__ import annotations

import argparse
import datetime as dt

from journal.cli.common import open_journal, print_json, print_table
from journal.core.charts.overview import due_checks, last_check_words


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    due = sub.add_parser(
        "due",
        help="the sites due for a check (the longest-waiting first), as the window's reminders show them",
    )
    due.add_argument("--json", action="store_true", help="print JSON")
    due.set_defaults(func=_due)


def _due(args: argparse.Namespace) -> int:
    today = dt.date.today()
    with open_journal(args, readonly=True) as journal:
        due = due_checks(journal.store, today)
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
        print("No check is due.")
        return 0
    print_table(rows, ["site", "words"])
    print(
        f"{len(rows)} site{'s are' if len(rows) != 1 else ' is'} due for a check; log one with "
        "`skinjournal log SITE`."
    )
    return 0
