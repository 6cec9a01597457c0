#!/usr/bin/env python3
"""Benchmark: writing the doctor summary of the demo journal as a PDF.

    .venv/bin/python scripts/bench_report.py [--journal DIR] [--runs 3] [--since YYYY-MM-DD]
    .venv/bin/python scripts/bench_report.py --targets [--runs 1]

The journal is the default demo (4 sites, 1.5 years), generated once into a temporary folder
and reused (or pass --journal). `--targets` checks the summary's targets instead, on the 20-site
demo (generated once, reused): its default summary ("since the last visit") in at most 4 pages
and under 2 s (`write_pdf` in a warm process, the median of the runs), and a year of it in at
most 8 pages; it prints the figures and exits 1 when one is missed. Each run happens in one process, offscreen, and times the
steps apart: reading the content (core), drawing charts and photos (the slow part, done on a
worker thread in the window), laying out the text, and painting the pages into the PDF. The
whole `write_pdf` is timed too, and the `skinjournal report` command as a fresh process
(including Python and Qt start-up). Prints the page count, the file size, the median of each.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_JOURNAL = Path(tempfile.gettempdir()) / "skinjournal-bench-report-demo"
TARGET_JOURNAL = Path(tempfile.gettempdir()) / "skinjournal-bench-report-demo20"
TARGET_SITES = 20
DEFAULT_MAX_PAGES, DEFAULT_MAX_SECONDS, YEAR_MAX_PAGES = 4, 2.0, 8


def targets(journal_dir: Path, runs: int) -> int:
    """The 20-site demo's default summary and a year of it, against the issue's targets."""
    from journal.core.demo.generate import generate_demo
    from journal.core.journal import Journal
    from journal.report import SummaryOptions, write_pdf

    if not journal_dir.exists():
        started = time.perf_counter()
        with Journal.open(journal_dir) as journal:
            made = generate_demo(journal, sites=TARGET_SITES).describe()
        print(f"demo: {made} ({time.perf_counter() - started:.1f} s to generate)")
    out = Path(tempfile.mkdtemp(prefix="bench-report-")) / "summary.pdf"
    ok = True
    with Journal.open(journal_dir) as journal:
        write_pdf(journal, out, SummaryOptions(page_size="A4"))  # warm up: alerts synced, imports done
        times, pages = [], 0
        for _ in range(runs):
            started = time.perf_counter()
            pages = write_pdf(journal, out, SummaryOptions(page_size="A4"))
            times.append(time.perf_counter() - started)
        seconds = statistics.median(times)
        fits = pages <= DEFAULT_MAX_PAGES and seconds < DEFAULT_MAX_SECONDS
        ok &= fits
        print(
            f"default summary (since the last visit), {TARGET_SITES} sites: {pages} pages "
            f"(at most {DEFAULT_MAX_PAGES}), {seconds:.2f} s (under {DEFAULT_MAX_SECONDS:g} s; runs: "
            + ", ".join(f"{t:.2f}" for t in times)
            + f") {'ok' if fits else 'MISSED'}"
        )
        year_since = dt.date.today() - dt.timedelta(days=365)
        started = time.perf_counter()
        year_pages = write_pdf(journal, out, SummaryOptions(since=year_since, page_size="A4"))
        year_seconds = time.perf_counter() - started
        fits = year_pages <= YEAR_MAX_PAGES
        ok &= fits
        print(
            f"a year ({year_since.isoformat()} on), {TARGET_SITES} sites: {year_pages} pages "
            f"(at most {YEAR_MAX_PAGES}), {year_seconds:.2f} s {'ok' if fits else 'MISSED'}"
        )
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--journal", type=Path, default=DEFAULT_JOURNAL)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--since", help="first day of the period (default: the journal's first entry)")
    parser.add_argument(
        "--targets", action="store_true", help="check the 20-site demo's page and time targets"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    if args.targets:
        from journal.report.qtapp import ensure_gui_application

        ensure_gui_application()
        return targets(args.journal if args.journal != DEFAULT_JOURNAL else TARGET_JOURNAL, args.runs)

    from journal.core.demo.generate import generate_demo
    from journal.core.journal import Journal
    from journal.core.summary.content import gather_summary
    from journal.report import SummaryOptions, prepare_summary, render_document, write_pdf
    from journal.report.options import page_size_named
    from journal.report.pdf import pdf_bytes
    from journal.report.qtapp import ensure_gui_application

    ensure_gui_application()
    if not args.journal.exists():
        started = time.perf_counter()
        with Journal.open(args.journal) as journal:
            print(
                f"demo: {generate_demo(journal).describe()} "
                f"({time.perf_counter() - started:.1f} s to generate)"
            )
    steps: dict[str, list[float]] = {k: [] for k in ("gather", "prepare", "layout", "paint", "write_pdf")}
    with Journal.open(args.journal) as journal:
        since = dt.date.fromisoformat(args.since) if args.since else journal.store.entries()[0].date
        options = SummaryOptions(since=since, page_size="A4")
        out = Path(tempfile.mkdtemp(prefix="bench-report-")) / "summary.pdf"
        for _ in range(args.runs):
            t0 = time.perf_counter()
            summary = gather_summary(journal, since=since)
            t1 = time.perf_counter()
            prepared = prepare_summary(summary)
            t2 = time.perf_counter()
            document = render_document(prepared)
            t3 = time.perf_counter()
            _, pages = pdf_bytes(document, page_size_named("A4"))
            t4 = time.perf_counter()
            pages_written = write_pdf(journal, out, options)
            t5 = time.perf_counter()
            for key, seconds in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
                steps[key].append(seconds)
        assert pages == pages_written
    cli: list[float] = []
    for _ in range(args.runs):
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "journal",
                "--journal",
                str(args.journal),
                "report",
                "--out",
                str(out),
                "--from",
                since.isoformat(),
                "--paper",
                "A4",
            ],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        cli.append(time.perf_counter() - started)
    print(
        f"period {since.isoformat()} to {dt.date.today().isoformat()}: {pages} pages, "
        f"{out.stat().st_size / 1e6:.1f} MB"
    )
    for key, values in steps.items():
        print(
            f"{key:>10}: median {statistics.median(values):6.2f} s  (runs: "
            + ", ".join(f"{v:.2f}" for v in values)
            + ")"
        )
    print(
        f"{'cli':>10}: median {statistics.median(cli):6.2f} s  (fresh process, runs: "
        + ", ".join(f"{v:.2f}" for v in cli)
        + ")"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
