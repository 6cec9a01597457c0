#!/usr/bin/env python3
"""Benchmark: start-up time and memory of the window on a large journal, against a bare window.

    .venv/bin/python scripts/bench_window.py [--journal DIR] [--runs 5]

The journal is the `--years 10 --sites 20` demo, generated once into a temporary folder and
reused (pass --journal or set SKINJOURNAL_BENCH_JOURNAL to reuse another). Each run starts a
fresh process offscreen through scripts/window_until_idle.py, which starts the real window and
prints the wall-clock time at the first idle moment after it has painted itself, and its
VmRSS/VmHWM, then quits. A bare
PySide6 QMainWindow is started the same way in the same run, alternating with the app.
The package is byte-compiled first, as pip does when it installs the wheel: a checkout run
with PYTHONDONTWRITEBYTECODE set would otherwise compile every module at every start.
It also starts the window's layout built from Qt's own widgets and models, with no Skin
Journal code and no data: what PySide6 itself needs to show such a window.
Targets: median time at most 1.25x that Qt-only layout's; resident memory at most +60 MB
over the bare window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_JOURNAL = Path(tempfile.gettempdir()) / "skinjournal-bench-10y-20sites"
TIME_TARGET, MEMORY_TARGET_MB = 1.25, 60

BARE = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1200, 760)
window.show()
def idle():
    print(f"idle_at={time.time():.6f}")
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS", "VmHWM")):
            print(line.replace("\\t", " "))
    sys.stdout.flush()
    app.quit()
class FirstPaint(QObject):  # as the app does: idle after the window's first paint
    fired = False
    def eventFilter(self, watched, event):
        if not self.fired and event.type() == QEvent.Type.Paint:
            self.fired = True
            QTimer.singleShot(0, idle)
        return False
watcher = FirstPaint()
window.installEventFilter(watcher)
app.exec()
"""


# The floor: the window's layout (menus, toolbar, a list, a table, eight tabs, a status bar)
# built with Qt's own classes and models, no Skin Journal code and no data, started the same way.
SKELETON = BARE.replace(
    "from PySide6.QtWidgets import QApplication, QMainWindow\n",
    "from PySide6.QtCore import Qt\n"
    "from PySide6.QtGui import QStandardItem, QStandardItemModel\n"
    "from PySide6.QtWidgets import QApplication, QListView, QMainWindow, QSplitter, QTableView, QTabWidget\n",
).replace(
    "window.show()\n",
    """for name in ("&File", "&Edit", "&View", "&Journal", "&Help"):
    window.menuBar().addMenu(name)
bar = window.addToolBar("Main")
for name in ("New entry", "Add site", "Print summary", "Compare photos"):
    bar.addAction(name)
sites = QListView(); model = QStandardItemModel()
for i in range(20): model.appendRow(QStandardItem(f"Site {i}"))
sites.setModel(model)
table = QTableView(); tmodel = QStandardItemModel(30, 8)
for r in range(30):
    for c in range(8): tmodel.setItem(r, c, QStandardItem(f"{r},{c}"))
table.setModel(tmodel)
tabs = QTabWidget(); tabs.addTab(table, "Timeline")
for name in ("Charts", "Alerts", "Daily check", "Labs", "Care log", "Visits", "Hand function"):
    tabs.addTab(QListView(), name)
split = QSplitter(Qt.Orientation.Horizontal); split.addWidget(sites); split.addWidget(tabs)
window.setCentralWidget(split)
window.statusBar().showMessage("ready")
"""
    + "window.show()\n",
)


def ensure_journal(folder: Path) -> Path:
    if (folder / "journal.sqlite3").exists():
        return folder
    print(f"generating the 10-year, 20-site demo journal in {folder} (once; takes minutes)...", flush=True)
    started = time.perf_counter()
    sys.path.insert(0, str(ROOT))
    from journal.core.demo.generate import generate_demo
    from journal.core.journal import Journal

    with Journal.open(folder) as journal:
        summary = generate_demo(journal, years=10, sites=20)
    print(f"  {summary.describe()} in {time.perf_counter() - started:.0f} s", flush=True)
    return folder


def byte_compile() -> None:
    import compileall

    compileall.compile_dir(ROOT / "journal", quiet=1)


def measure(command: list[str], env: dict[str, str]) -> dict[str, float]:
    started = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
    if result.returncode != 0 or "idle_at=" not in result.stdout:
        raise SystemExit(
            f"run failed ({result.returncode}): {' '.join(command)}\n{result.stdout}\n{result.stderr}"
        )
    figures: dict[str, float] = {}
    for line in result.stdout.splitlines():
        if line.startswith("idle_at="):
            figures["seconds"] = float(line.split()[0].split("=", 1)[1]) - started
        elif line.startswith(("VmRSS", "VmHWM")):
            name, value = line.split(":", 1)
            figures[name] = float(value.split()[0]) / 1024  # kB -> MB
        elif line.startswith("matplotlib_loaded="):
            figures["matplotlib"] = float(line.endswith("True"))
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument(
        "--journal", type=Path, default=Path(os.environ.get("SKINJOURNAL_BENCH_JOURNAL", DEFAULT_JOURNAL))
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = ensure_journal(args.journal)
    byte_compile()
    config = tempfile.mkdtemp(prefix="skinjournal-bench-config-")  # the window's remembered layout
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": config}
    python = sys.executable
    app_cmd = [python, str(ROOT / "scripts" / "window_until_idle.py"), "--journal", str(folder)]
    bare_cmd = [python, "-c", BARE]
    skeleton_cmd = [python, "-c", SKELETON]
    measure(bare_cmd, env), measure(skeleton_cmd, env), measure(app_cmd, env)  # warm the file cache
    bare, skeleton, app = [], [], []
    for _ in range(args.runs):
        bare.append(measure(bare_cmd, env))
        skeleton.append(measure(skeleton_cmd, env))
        app.append(measure(app_cmd, env))

    def median(runs: list[dict[str, float]], key: str) -> float:
        return statistics.median(run[key] for run in runs)

    t_bare, t_app, t_skeleton = median(bare, "seconds"), median(app, "seconds"), median(skeleton, "seconds")
    ratio = t_app / t_skeleton  # the target is against the same layout in Qt's own widgets
    rss_bare, rss_app = median(bare, "VmRSS"), median(app, "VmRSS")
    hwm_bare, hwm_app = median(bare, "VmHWM"), median(app, "VmHWM")
    print(f"journal: {folder}")
    print(f"runs: {args.runs} of each, alternating; medians")
    print(
        f"start to shown, painted and idle: Qt-only layout {t_skeleton * 1000:.0f} ms, Skin Journal "
        f"{t_app * 1000:.0f} ms, ratio {ratio:.2f}x (target <= {TIME_TARGET}x) {'OK' if ratio <= TIME_TARGET else 'OVER'}"
    )
    print(
        f"  for scale: a bare QMainWindow {t_bare * 1000:.0f} ms; Skin Journal is {t_app / t_bare:.2f}x that, "
        f"the Qt-only layout {t_skeleton / t_bare:.2f}x"
    )
    print(
        f"  all runs (ms): bare {[round(r['seconds'] * 1000) for r in bare]}, "
        f"skeleton {[round(r['seconds'] * 1000) for r in skeleton]}, app {[round(r['seconds'] * 1000) for r in app]}"
    )
    extra = rss_app - rss_bare
    print(
        f"resident memory at idle: bare {rss_bare:.0f} MB, Skin Journal {rss_app:.0f} MB, "
        f"+{extra:.0f} MB (target <= +{MEMORY_TARGET_MB} MB) {'OK' if extra <= MEMORY_TARGET_MB else 'OVER'}"
    )
    print(
        f"peak resident (VmHWM): bare {hwm_bare:.0f} MB, Skin Journal {hwm_app:.0f} MB, +{hwm_app - hwm_bare:.0f} MB"
    )
    loaded = any(run.get("matplotlib") for run in app)
    print(f"matplotlib imported before charts were shown: {'YES (wrong)' if loaded else 'no'}")
    return 0 if ratio <= TIME_TARGET and extra <= MEMORY_TARGET_MB and not loaded else 1


if __name__ == "__main__":
    raise SystemExit(main())
