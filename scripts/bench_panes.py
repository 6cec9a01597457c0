"""How long the charts, compare, alerts and records panes take on a large journal.

    .venv/bin/python scripts/bench_panes.py --journal DIR      # a copy of DIR is measured
    .venv/bin/python scripts/bench_panes.py --years 2 --sites 4  # a demo journal made first

Prints the median of a few runs for each step (the machine is shared: read the figures as
ratios rather than absolute times). Runs offscreen; the journal given is never changed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--journal", type=Path, help="journal folder to measure (copied first)")
    parser.add_argument("--years", type=float, default=2.0)
    parser.add_argument("--sites", type=int, default=4)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from journal.core.journal import Journal
    from journal.gui.session import JournalSession

    app = QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="bench-panes-")) / "journal"
    if args.journal:
        shutil.copytree(args.journal, work)
    else:
        from journal.core.demo.generate import generate_demo

        with Journal.open(work) as journal:
            print("demo:", generate_demo(journal, years=args.years, sites=args.sites, seed=1).describe())
    journal = Journal.open(work)
    session = JournalSession(journal)
    store = journal.store
    print(
        f"journal: {len(store.sites())} sites, {len(store.entries())} entries, "
        f"{len(store.care_events())} care events, {len(store.daily_checks())} daily checks"
    )

    from journal.gui.panes.charts_pane import ChartsPane

    charts = ChartsPane(session)
    charts.resize(1000, 640)
    start = time.perf_counter()
    charts.show()
    app.processEvents()
    print(f"charts, first show (imports matplotlib, draws): {(time.perf_counter() - start) * 1000:.0f} ms")
    sites = store.sites()

    def chart_each_site() -> None:
        for site in sites:
            session.site_selected.emit(site.id)
            charts.redraw()
            charts.canvas.draw()

    print(
        f"charts, build and draw one site (all dates): "
        f"{median_ms(chart_each_site, args.runs) / len(sites):.0f} ms"
    )
    charts.range.preset.setCurrentText("Last year")
    print(
        f"charts, build and draw one site (last year): "
        f"{median_ms(chart_each_site, args.runs) / len(sites):.0f} ms"
    )

    from journal.gui.panes.alerts_pane import AlertsPane

    def alerts_pane() -> None:
        pane = AlertsPane(session)
        pane.deleteLater()

    print(f"alerts pane, build (alerts already computed): {median_ms(alerts_pane, args.runs):.0f} ms")

    from journal.gui.panes.records import CarePane, DailyPane

    for pane_type in (CarePane, DailyPane):

        def records(pane_type=pane_type) -> None:  # type: ignore[no-untyped-def]
            pane = pane_type(session)
            pane.resize(1000, 600)
            pane.show()
            app.processEvents()
            pane.deleteLater()

        print(f"{pane_type.__name__}, build and show: {median_ms(records, args.runs):.0f} ms")

    from journal.gui.panes.compare_view import CompareDialog

    busiest = max(sites, key=lambda s: len(store.photos(site_id=s.id)))

    def compare() -> None:
        dialog = CompareDialog(session, busiest.id)
        dialog.show()
        while dialog.top_item is None:
            app.processEvents()
        dialog.deleteLater()

    print(f"compare dialog, open until both photos show: {median_ms(compare, args.runs):.0f} ms")
    journal.close()
    shutil.rmtree(work.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
