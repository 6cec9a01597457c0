"""The core and the command line work on a machine without Qt.

A child Python process makes PySide6 (and the other Qt bindings) unimportable, imports every module
of `journal.core` and `journal.cli`, and runs the core's main path: open a journal, add a site, an
entry with a photo, and render a site chart to PNG with Agg. A second check reads the source, so a
Qt import hidden inside a function is caught too. Both checks are shown to catch a planted offender.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")

# Run in the child: block Qt, then import every module of the packages named on the command line.
IMPORT_EVERYTHING = textwrap.dedent("""
    import importlib, pkgutil, sys, traceback
    for name in {qt!r}:
        sys.modules[name] = None  # "import PySide6" now raises ImportError
    failures = []
    count = 0
    for package_name in sys.argv[1:]:
        package = importlib.import_module(package_name)
        names = [package_name] + [m.name for m in pkgutil.walk_packages(package.__path__, package_name + ".")]
        for name in names:
            try:
                importlib.import_module(name)
                count += 1
            except Exception:
                failures.append(name + ": " + traceback.format_exc().strip().splitlines()[-1])
    for failure in failures:
        print("QT-DEPENDENT " + failure)
    print(f"imported {{count}} modules")
    sys.exit(1 if failures else 0)
""").format(qt=QT_MODULES)

# Run in the child: the core's key path with Qt blocked.
KEY_PATH = textwrap.dedent("""
    import sys
    for name in {qt!r}:
        sys.modules[name] = None
    from pathlib import Path
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from journal.cli import build_parser, main
    from journal.core.folder.check import check_journal
    from journal.core.charts.figures import lab_figure, site_figure
    from journal.core.journal import Journal
    from journal.core.domain.model import Entry, LabResult, Site

    folder, photo, png = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    build_parser()  # imports every command module
    with Journal.open(folder) as journal:
        site = journal.store.add_site(Site.new(name="Left forearm", kind="deposit", region="forearm"))
        journal.add_entry(Entry.new(site_id=site.id, date="2026-03-01", size_mm=3.1, tightness=4), [photo])
        journal.add_entry(Entry.new(site_id=site.id, date="2026-03-08", size_mm=3.4, tightness=5))
        journal.store.add_lab(LabResult.new(date="2026-03-02", test="calcium", value=2.7, unit="mmol/L",
                                            low=2.2, high=2.6))
        figure = site_figure(site, journal.store.entries(site_id=site.id))
        FigureCanvasAgg(figure).print_png(png)
        FigureCanvasAgg(lab_figure(journal.store.labs(), "calcium")).print_png(png.with_suffix(".lab.png"))
        assert check_journal(journal).ok
    assert main(["--journal", str(folder), "entries", "--json"]) == 0
    loaded = sorted(m for m, v in sys.modules.items() if v is not None and m.split(".")[0] in {qt!r})
    print("QT LOADED", loaded)
    sys.exit(1 if loaded else 0)
""").format(qt=QT_MODULES)


def _run(code: str, *args: str, extra_path: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["MPLBACKEND"] = "Agg"
    if extra_path is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(extra_path), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )


def qt_imports_in_source(folder: Path) -> list[str]:
    """Every `import PySide6...` / `from PySide6 import ...` (at any depth, lazy ones included)."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                names = [node.value] if node.value.split(".")[0] in QT_MODULES else []  # importlib by name
            else:
                continue
            for name in names:
                if name.split(".")[0] in QT_MODULES:
                    found.append(f"{path.relative_to(folder.parent).as_posix()}:{node.lineno}: {name}")
    return found


def test_every_core_and_cli_module_imports_without_qt():
    result = _run(IMPORT_EVERYTHING, "journal.core", "journal.cli")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "imported" in result.stdout


def test_the_core_key_path_runs_without_qt(tmp_path, samples):
    png = tmp_path / "site.png"
    result = _run(
        KEY_PATH, str(tmp_path / "journal"), str(samples / "photos" / "forearm_2026-03-01.jpg"), str(png)
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "QT LOADED []" in result.stdout
    assert '"size_mm": 3.4' in result.stdout  # the entries --json output of the same process
    for chart in (png, png.with_suffix(".lab.png")):
        assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and chart.stat().st_size > 5_000


def test_no_core_source_file_imports_qt_even_lazily():
    assert qt_imports_in_source(ROOT / "journal" / "core") == []


def _planted_offender(tmp_path: Path) -> Path:
    package = tmp_path / "planted" / "offender_pkg"
    (package / "core").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "core" / "__init__.py").write_text("")
    (package / "core" / "fine.py").write_text("import json\n")
    (package / "core" / "charts.py").write_text("from PySide6.QtGui import QImage\n")
    (package / "core" / "later.py").write_text(
        "def show():\n    import PySide6.QtWidgets as widgets\n    return widgets\n"
    )
    return package


def test_the_checks_catch_a_planted_qt_import(tmp_path):
    package = _planted_offender(tmp_path)
    result = _run(IMPORT_EVERYTHING, "offender_pkg.core", extra_path=package.parent)
    assert result.returncode == 1
    assert "QT-DEPENDENT offender_pkg.core.charts" in result.stdout
    assert "PySide6" in result.stdout
    assert "offender_pkg.core.fine" not in result.stdout

    found = qt_imports_in_source(package / "core")
    assert found == ["core/charts.py:1: PySide6.QtGui", "core/later.py:2: PySide6.QtWidgets"]
