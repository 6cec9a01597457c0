"""skinjournal chart SITE --out FILE.png: a site's chart, as the window's Charts pane draws it."""

from __future__ import annotations

import argparse
from pathlib import Path

from journal.cli.common import open_journal, shown
from journal.cli.passphrase import warn_if_plain_copy
from journal.core.folder.output import check_output_file
from journal.core.language import Words


class CliChartWords(Words):
    "The words of `skinjournal chart`: its help and what it says."


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    chart = sub.add_parser(
        "chart",
        help=CliChartWords.tr("draw a site's chart (size, count, tightness, pain, care, alerts) as a PNG"),
    )
    chart.add_argument("site", help=CliChartWords.tr("the site's name"))
    chart.add_argument(
        "--out",
        required=True,
        metavar="FILE.png",
        help=CliChartWords.tr("the PNG file to write (replaced if there)"),
    )
    chart.set_defaults(func=_chart)


def _chart(args: argparse.Namespace) -> int:
    out = check_output_file(Path(args.out), example="chart.png")  # refused before the journal is opened
    from journal.core.charts.render import site_chart_png

    # Not read-only: the alert days marked on the chart are brought in line with the data first.
    with open_journal(args, create=False, skip_bad_rows=True) as journal:
        site = journal.store.site_by_name(args.site)
        assert site is not None
        site_chart_png(journal.store, site, out)
    print(CliChartWords.tr("Wrote the chart of {site} to {file}.").format(site=shown(site.name), file=out))
    warn_if_plain_copy(journal.folder, [CliChartWords.tr("the chart {file}").format(file=out)])
    return 0
