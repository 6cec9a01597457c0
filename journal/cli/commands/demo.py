"""skinjournal demo: fill an empty journal with the synthetic demo story."""

from __future__ import annotations

import argparse
import sys
import time

from journal.cli.common import journal_dir
from journal.core.demo.generate import DEFAULT_SITES, DEFAULT_YEARS, check_demo_size, make_demo_journal
from journal.core.language import Words


class CliDemoWords(Words):
    "The words of `skinjournal demo`: its help and what it says."


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = sub.add_parser(
        "demo",
        help=CliDemoWords.tr(
            "fill an empty journal with a synthetic demo story (refuses a journal with records)"
        ),
    )
    demo.add_argument(
        "--years",
        type=float,
        default=DEFAULT_YEARS,
        help=CliDemoWords.tr("how long a story (default {years})").format(years=DEFAULT_YEARS),
    )
    demo.add_argument(
        "--sites",
        type=int,
        default=DEFAULT_SITES,
        help=CliDemoWords.tr("how many sites (default {sites})").format(sites=DEFAULT_SITES),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        help=CliDemoWords.tr("the same seed gives the same journal (default 1)"),
    )
    demo.set_defaults(func=_demo)


def _demo(args: argparse.Namespace) -> int:
    check_demo_size(args.years, args.sites)  # refuse before a folder is created
    folder = journal_dir(args)
    started = time.monotonic()
    shown = [-1]

    def progress(done: int, total: int) -> None:
        tenth = done * 10 // total
        if tenth != shown[0] and total >= 2000:  # only the large journals take long enough to report
            shown[0] = tenth
            said = CliDemoWords.tr("demo: {percent}% of the entries written").format(
                percent=done * 100 // total
            )
            print(said, file=sys.stderr, flush=True)

    summary = make_demo_journal(folder, years=args.years, sites=args.sites, seed=args.seed, progress=progress)
    print(
        CliDemoWords.tr("Filled {folder} with a synthetic demo journal: {summary} in {seconds} s.").format(
            folder=folder, summary=summary.describe(), seconds=f"{time.monotonic() - started:.0f}"
        )
    )
    return 0
