#!/usr/bin/env python3
"""Benchmark: the window on a stress journal of 50,000 photos, in GUI-thread time.

    .venv/bin/python scripts/bench_stress.py [--journal DIR] [--runs 3] [--make-only]

The journal is the demo generator's stress journal (`generate_demo(photos=50_000)`: 30 years
of weekly entries on 20 sites, each entry with its share of the photos, every photo a real
small JPEG file with its own row), made once into a temporary folder and reused (pass
--journal or set SKINJOURNAL_STRESS_JOURNAL to reuse another). Making it takes minutes.

Figures, each the median of --runs, as wall-clock time the GUI thread is busy (the work and
the events it posts, painting included, until the event loop is idle again):
- start: a fresh process starts the real window through scripts/window_until_idle.py, as
  `skinjournal` does; the figure is from the moment the app's own code starts (PySide6
  imported and the QApplication made, the same in a bare Qt program) to the first idle
  moment after the window painted. Process start to that moment is printed beside it. The
  same start on an empty journal, alternating in the same run, gives what the 50,000 photos
  add: that part is the one held to the target (the app's code and Qt's widgets take their
  own time whatever the journal holds; bench_window.py compares that with Qt alone).
- scroll: the timeline of the site with the most entries, from top to bottom a screenful
  at a time (the slowest screenful, and all of them together).
- switch: choosing another site in the side list until the timeline shows it (the slowest).
- save: saving an edited entry through the operation the entry editor calls, and the
  window's refresh from its outcome.
- alerts: after start, the GUI thread's part of the alerts found in the background (the
  longest stall while they arrive); the other figures are taken after it.
Target: each under 100 ms.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_JOURNAL = Path(tempfile.gettempdir()) / "skinjournal-bench-stress-50k"
PHOTOS, YEARS, SITES = 50_000, 30, 20
TARGET_MS = 100.0


def ensure_journal(folder: Path) -> Path:
    if (folder / "journal.sqlite3").exists():
        return folder
    print(
        f"making the stress journal ({PHOTOS} photos, {YEARS} years, {SITES} sites) in {folder} "
        "(once; takes minutes)...",
        flush=True,
    )
    from journal.core.demo.generate import make_demo_journal

    started = time.perf_counter()
    shown = [0.0]

    def progress(done: int, total: int) -> None:
        if time.perf_counter() - shown[0] > 30:
            shown[0] = time.perf_counter()
            print(f"  {done * 100 // total}%", flush=True)

    summary = make_demo_journal(folder, years=YEARS, sites=SITES, photos=PHOTOS, progress=progress)
    print(f"  {summary.describe()} in {time.perf_counter() - started:.0f} s", flush=True)
    return folder


def start_figures(folder: Path, env: dict[str, str]) -> tuple[float, float]:
    """(app code to idle, process start to idle) in ms, for one fresh start of the real window."""
    started = time.time()
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "window_until_idle.py"), "--journal", str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    marks = dict(
        line.split("=", 1)
        for line in result.stdout.splitlines()
        if line.endswith(tuple("0123456789")) and line.startswith(("app_code_at=", "idle_at="))
    )
    if result.returncode != 0 or len(marks) != 2:
        raise SystemExit(f"start failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    idle = float(marks["idle_at"])
    return (idle - float(marks["app_code_at"])) * 1000, (idle - started) * 1000


class Busy:
    """Wall-clock time the GUI thread spends on an action: the action itself and the events it
    posted (the repaint of what changed on the screen among them), until the loop is idle."""

    def __init__(self, app: object, window: object) -> None:
        self.app, self.window = app, window

    def __call__(self, action: Callable[[], object]) -> float:
        from PySide6.QtCore import QEventLoop, QTimer

        started = time.perf_counter()
        action()
        for _ in range(2):  # the events queued so far (paint requests among them), then those they queued
            loop = QEventLoop()
            QTimer.singleShot(0, loop.quit)
            loop.exec()
        return (time.perf_counter() - started) * 1000


def in_window(folder: Path) -> dict[str, list[float]]:
    """Scroll, switch and save in the real window on the journal, in this process."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journal.core.operations.entries import edit_entry
    from journal.gui.app import application
    from journal.gui.journal_host import JournalHost

    app = application()
    settings = QSettings(
        str(Path(tempfile.mkdtemp(prefix="skinjournal-bench-")) / "settings.ini"), QSettings.Format.IniFormat
    )
    host = JournalHost(folder, settings, scheduled_backups=False)
    window = host.open()
    window.resize(1200, 760)
    QApplication.processEvents()
    busy = Busy(app, window)
    session, store = window.session, window.session.store
    sites = store.sites()
    longest = max(sites, key=lambda site: store.entry_count(site.id))
    figures: dict[str, list[float]] = {"scroll": [], "switch": [], "save": [], "alerts": []}
    # Start-up's tail: the alerts found off the GUI thread arrive and are taken in on it.
    deadline = time.perf_counter() + 120
    while session.alerts_pending and time.perf_counter() < deadline:
        figures["alerts"].append(busy(lambda: time.sleep(0.005)) - 5)
    busy(lambda: session.site_selected.emit(longest.id))
    timeline = window.timeline
    bar = timeline.view.verticalScrollBar()
    while bar.value() < bar.maximum() or timeline.model.canFetchMore():
        figures["scroll"].append(busy(lambda: bar.setValue(bar.value() + bar.pageStep())))
        if len(figures["scroll"]) > 100_000:
            raise SystemExit("scrolling never reached the end")
    rows = timeline.model.rowCount()
    figures["scrolled_rows"] = [float(rows)]
    list_view = window.sites.view
    for row in range(list_view.model().rowCount()):
        index = list_view.model().index(row, 0)
        figures["switch"].append(busy(lambda index=index: list_view.setCurrentIndex(index)))
    busy(lambda: session.site_selected.emit(longest.id))
    for step in range(5):
        entry = timeline.current_entry()
        assert entry is not None
        changed = dataclasses.replace(entry, note=f"stress benchmark edit {step}")
        figures["save"].append(
            busy(lambda changed=changed: session.apply(edit_entry(session.journal, changed)))
        )
    window.close()
    host.close()
    return figures


def verdict(ms: float) -> str:
    return "OK" if ms < TARGET_MS else "OVER"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument(
        "--journal", type=Path, default=Path(os.environ.get("SKINJOURNAL_STRESS_JOURNAL", DEFAULT_JOURNAL))
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--make-only", action="store_true", help="make the stress journal and stop")
    parser.add_argument("--in-window", action="store_true", help=argparse.SUPPRESS)  # the child run
    args = parser.parse_args()
    if args.in_window:  # one fresh process per run: a warm cache from the runs before would flatter
        print(json.dumps(in_window(args.journal)))
        return 0
    folder = ensure_journal(args.journal)
    if args.make_only:
        return 0
    import compileall

    compileall.compile_dir(ROOT / "journal", quiet=1)  # as an installed wheel is
    config = tempfile.mkdtemp(prefix="skinjournal-bench-config-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": config}
    empty = Path(tempfile.mkdtemp(prefix="skinjournal-bench-empty-"))
    from journal.core.journal import Journal

    Journal.open(empty).close()
    start_figures(folder, env), start_figures(empty, env)  # warm the file cache
    starts, empty_starts, runs = [], [], []
    for _ in range(args.runs):
        starts.append(start_figures(folder, env))
        empty_starts.append(start_figures(empty, env))
        result = subprocess.run(
            [sys.executable, __file__, "--in-window", "--journal", str(folder)],
            env=env,
            capture_output=True,
            text=True,
            timeout=1800,
            cwd=ROOT,
        )
        if result.returncode != 0:
            raise SystemExit(f"window run failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
        runs.append(json.loads(result.stdout.strip().splitlines()[-1]))
    median = statistics.median
    app_start = median(s[0] for s in starts)
    process_start = median(s[1] for s in starts)
    empty_start = median(s[0] for s in empty_starts)
    added = app_start - empty_start
    scroll_worst = median(max(r["scroll"]) for r in runs)
    scroll_all = median(sum(r["scroll"]) for r in runs)
    switch_worst = median(max(r["switch"]) for r in runs)
    save_worst = median(max(r["save"]) for r in runs)
    with __import__("journal.core.journal", fromlist=["Journal"]).Journal.open(folder) as journal:
        from journal.core.domain.model import Entry, Photo, Site

        sizes = (journal.store.count(Site), journal.store.count(Entry), journal.store.count(Photo))
    print(f"journal: {folder}: {sizes[0]} sites, {sizes[1]} entries, {sizes[2]} photos")
    print(f"runs: {args.runs}, medians; GUI-thread wall-clock time; target < {TARGET_MS:.0f} ms each")
    print(
        f"start (app code to painted and idle): {app_start:.0f} ms; on an empty journal {empty_start:.0f} ms; "
        f"what the stress journal adds: {added:.0f} ms {verdict(added)}"
        f"  (process start to idle, PySide6 itself included: {process_start:.0f} ms)"
    )
    print(
        f"scroll the longest timeline ({int(runs[0]['scrolled_rows'][0])} rows) top to bottom, a screenful a step: "
        f"slowest step {scroll_worst:.1f} ms {verdict(scroll_worst)}  ({len(runs[0]['scroll'])} steps, "
        f"{scroll_all:.0f} ms in all)"
    )
    print(
        f"switch between sites ({len(runs[0]['switch'])} sites): slowest {switch_worst:.1f} ms {verdict(switch_worst)}"
    )
    alerts = median(max(r["alerts"] or [0.0]) for r in runs)
    print(f"after start, taking in the alerts found off the GUI thread: {alerts:.1f} ms {verdict(alerts)}")
    print(
        f"save an edited entry (the editor's operation and the window's refresh): slowest of 5 "
        f"{save_worst:.1f} ms {verdict(save_worst)}"
    )
    print(
        f"  all runs: start {[round(s[0]) for s in starts]}, empty {[round(s[0]) for s in empty_starts]}, scroll slowest {[round(max(r['scroll']), 1) for r in runs]}, "
        f"switch slowest {[round(max(r['switch']), 1) for r in runs]}, save slowest "
        f"{[round(max(r['save']), 1) for r in runs]}"
    )
    worst = max(added, scroll_worst, switch_worst, save_worst, alerts)
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
