"""skinjournal report --out FILE.pdf [--from D] [--to D] [--site NAME]... [--questions TEXT]"""

from __future__ import annotations

import argparse
from pathlib import Path

from journal.cli.common import open_journal
from journal.cli.passphrase import warn_if_plain_copy
from journal.core.domain import validate as v
from journal.core.folder.output import check_output_file
from journal.core.language import Words


class CliReportWords(Words):
    "The words of `skinjournal report`: its help and what it says."


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = sub.add_parser(
        "report",
        help=CliReportWords.tr("write the summary for a doctor visit as a PDF (no display needed)"),
        description=CliReportWords.tr(
            "Write the summary for the doctor as a PDF: alerts, each site's table, chart and photos, daily checks, labs, care and visits. Default period: since the last visit, else the last 6 months."
        ),
    )
    report.add_argument(
        "--out", required=True, metavar="FILE.pdf", help=CliReportWords.tr("the PDF to write")
    )
    report.add_argument(
        "--from", dest="since", metavar="YYYY-MM-DD", help=CliReportWords.tr("first day of the period")
    )
    report.add_argument(
        "--to",
        dest="until",
        metavar="YYYY-MM-DD",
        help=CliReportWords.tr("last day of the period (default today)"),
    )
    report.add_argument(
        "--site",
        action="append",
        metavar="NAME",
        help=CliReportWords.tr("only this site (repeatable; default all)"),
    )
    report.add_argument(
        "--questions",
        metavar="TEXT",
        help=CliReportWords.tr("your questions for the doctor (default: the ones saved in the window)"),
    )
    report.add_argument(
        "--paper", choices=("A4", "Letter"), help=CliReportWords.tr("paper size (default: from your locale)")
    )
    report.set_defaults(func=_report)


def _report(args: argparse.Namespace) -> int:
    out = check_output_file(Path(args.out), example="summary.pdf")
    since = v.optional_date("from", args.since)
    until = v.optional_date("to", args.until)
    # Qt is loaded here only, so every other command starts without it.
    from journal.cli.language import active_language
    from journal.core.summary.content import QUESTIONS_KEY, gather_summary
    from journal.report import write_summary_pdf
    from journal.report.locale_formats import use_language_formats
    from journal.report.options import page_size_named
    from journal.report.qtapp import ensure_gui_application

    use_language_formats(active_language())  # the summary's numbers and dates, as its words
    # Not read-only: the summary's alerts are brought in line with the data first.
    with open_journal(args, create=False, skip_bad_rows=True) as journal:
        questions = args.questions
        if questions is None:
            questions = journal.store.setting(QUESTIONS_KEY)
        summary = gather_summary(
            journal,
            since=since,
            until=until,
            site_names=args.site,
            questions=questions if isinstance(questions, str) else None,
        )
    ensure_gui_application()
    pages = write_summary_pdf(summary, out, page_size_named(args.paper))
    period = summary.period
    print(
        CliReportWords.tr(
            "Wrote the summary of {since} to {until} ({pages} pages, {sites} sites, {alerts} alerts) to {file}."
        ).format(
            since=period.since.isoformat(),
            until=period.until.isoformat(),
            pages=pages,
            sites=len(summary.sites),
            alerts=len(summary.alerts),
            file=out,
        )
    )
    warn_if_plain_copy(journal.folder, [CliReportWords.tr("the summary {file}").format(file=out)])
    return 0
