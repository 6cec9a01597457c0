"""The packaging files a person's desktop and the bundle build rely on: the PyInstaller spec,
the .desktop entry, the AppStream metainfo and the icon PNGs.

The spec is run for real, with PyInstaller's build classes replaced by recorders, so the test
sees exactly what the spec asks PyInstaller to bundle on each platform (PyInstaller itself
is not a test dependency; packaging/build_bundle.sh runs the real build).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
import types
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

import journal

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.skinjournal.SkinJournal"
SPEC = ROOT / "packaging" / "skinjournal.spec"
RESOURCES = ROOT / "resources"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)

sys.path.insert(0, str(ROOT / "packaging"))
import bundle_trim  # noqa: E402


# -- the PyInstaller spec -------------------------------------------------------------------------
class Recorded(types.SimpleNamespace):
    pass


def _journal_modules(package: str) -> list[str]:
    """What collect_submodules finds, read from the files (nothing imported)."""
    base = ROOT.joinpath(*package.split("."))
    names = []
    for path in sorted(base.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def run_spec(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, platform: str) -> dict[str, Any]:
    calls: dict[str, Any] = {"EXE": [], "COLLECT": [], "BUNDLE": []}

    def analysis(scripts: list[str], **kwargs: Any) -> Recorded:
        calls["Analysis"] = Recorded(scripts=scripts, **kwargs)
        return Recorded(datas=[], binaries=[], pure=[], scripts=[])

    def recorder(kind: str):  # type: ignore[no-untyped-def]
        def record(*args: Any, **kwargs: Any) -> Recorded:
            item = Recorded(args=args, **kwargs)
            calls[kind].append(item)
            return item

        return record

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = _journal_modules  # type: ignore[attr-defined]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda src: []  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.depend"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec adds its own folder
    monkeypatch.setattr(sys, "platform", platform)
    namespace = {
        "SPECPATH": str(SPEC.parent),
        "workpath": str(tmp_path),
        "__file__": str(SPEC),
        "Analysis": analysis,
        "PYZ": lambda *a, **k: Recorded(),
        "EXE": recorder("EXE"),
        "COLLECT": recorder("COLLECT"),
        "BUNDLE": recorder("BUNDLE"),
    }
    exec(compile(SPEC.read_text(), str(SPEC), "exec"), namespace)
    return calls


def test_spec_is_python() -> None:
    ast.parse(SPEC.read_text(), filename=str(SPEC))


def test_spec_bundles_migrations_and_resources_where_the_app_looks(monkeypatch, tmp_path) -> None:
    analysis = run_spec(monkeypatch, tmp_path, "linux")["Analysis"]
    datas = {dest: Path(src) for src, dest in analysis.datas}
    # journal.core.store.migrate and journal.resources look for journal/_migrations and journal/_resources.
    assert datas == {"journal/_migrations": ROOT / "migrations", "journal/_resources": ROOT / "resources"}
    assert all(src.is_dir() for src in datas.values())
    assert [Path(s) for s in analysis.scripts] == [ROOT / "packaging" / "skinjournal_entry.py"]


def test_spec_takes_every_command_module(monkeypatch, tmp_path) -> None:
    hidden = set(run_spec(monkeypatch, tmp_path, "linux")["Analysis"].hiddenimports)
    commands = {
        f"journal.cli.commands.{p.stem}"
        for p in (ROOT / "journal/cli/commands").glob("*.py")
        if p.stem != "__init__"
    }
    assert commands and commands <= hidden
    assert {"journal.selftest_checks", "journal.frozen"} <= hidden


def test_spec_leaves_out_webengine_qml_3d_tk_and_other_plot_backends(monkeypatch, tmp_path) -> None:
    analysis = run_spec(monkeypatch, tmp_path, "linux")["Analysis"]
    excludes = set(analysis.excludes)
    for module in (
        "PySide6.QtWebEngineCore",
        "PySide6.QtWebEngineWidgets",
        "PySide6.QtQml",
        "PySide6.QtQuick",
        "PySide6.Qt3DCore",
        "PySide6.QtMultimedia",
        "tkinter",
        "matplotlib.tests",
        "matplotlib.backends.backend_tkagg",
        "matplotlib.backends.backend_wxagg",
    ):
        assert module in excludes
    for needed in ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtSvg", "PySide6.QtPrintSupport"):
        assert needed not in excludes
    assert analysis.hooksconfig == {"matplotlib": {"backends": ["QtAgg", "Agg"]}}


def test_spec_on_linux_builds_one_console_command(monkeypatch, tmp_path) -> None:
    calls = run_spec(monkeypatch, tmp_path, "linux")
    assert [(e.name, e.console, e.icon) for e in calls["EXE"]] == [("skinjournal", True, None)]
    assert calls["COLLECT"][0].name == "skinjournal"
    assert not calls["BUNDLE"]


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_spec_on_windows_and_macos_adds_a_windowed_app_with_the_icon(monkeypatch, tmp_path, platform) -> None:
    calls = run_spec(monkeypatch, tmp_path, platform)
    names = [e.name for e in calls["EXE"]]
    assert sorted(e.console for e in calls["EXE"]) == [False, True]
    assert len({n.lower() for n in names}) == 2, "names differing only in case collide on these file systems"
    for exe in calls["EXE"]:
        assert Path(exe.icon).is_file() and exe.icon.endswith(".png")
    if platform == "darwin":
        bundle = calls["BUNDLE"][0]
        assert bundle.bundle_identifier == APP_ID
        assert bundle.version == journal.__version__
        first = calls["COLLECT"][0].args[0]
        assert first.console is False, "the .app starts the first executable collected"
    else:
        assert not calls["BUNDLE"]


def test_bundle_entry_sets_the_font_cache_before_the_app_is_imported() -> None:
    tree = ast.parse((ROOT / "packaging" / "skinjournal_entry.py").read_text())
    order = [node for node in tree.body if isinstance(node, ast.ImportFrom | ast.Expr)]
    prepare = next(
        i
        for i, n in enumerate(order)
        if isinstance(n, ast.Expr)
        and getattr(n.value, "func", None)
        and n.value.func.id == "prepare_frozen_environment"
    )
    cli = next(
        i for i, n in enumerate(order) if isinstance(n, ast.ImportFrom) and n.module == "journal.launch"
    )
    assert prepare < cli


# -- trimming the analysis ------------------------------------------------------------------------
def test_trim_drops_unused_qt_plugins_and_the_libraries_only_they_need() -> None:
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/w/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/w/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "/w/libqvnc.so", "BINARY"),
        ("PySide6/QtGui.abi3.so", "/w/QtGui.abi3.so", "EXTENSION"),
        ("libcairo.so.2", "/w/libcairo.so.2", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/w/libQt6Network.so.6", "BINARY"),
        ("libdbus-1.so.3", "/w/libdbus-1.so.3", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/w/libQt6Gui.so.6", "BINARY"),
        ("libpython3.11.so.1.0", "/w/libpython3.11.so.1.0", "BINARY"),
    ]
    datas = [
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("journal/_resources/skinjournal.svg", "/r/skinjournal.svg", "DATA"),
    ]
    links = {
        "/w/libqgtk3.so": ["libcairo.so.2", "libdbus-1.so.3", "libQt6Gui.so.6"],
        "/w/libqvnc.so": ["libQt6Network.so.6", "libQt6Gui.so.6"],
        "/w/libqxcb.so": ["libQt6Gui.so.6", "libdbus-1.so.3"],
        "/w/QtGui.abi3.so": ["libQt6Gui.so.6"],
    }
    kept, kept_datas, removed = bundle_trim.trim(binaries, datas, lambda src: links.get(src, []))
    kept_names = {Path(dest).name for dest, _src, _kind in kept}
    assert kept_names == {
        "libqxcb.so",
        "QtGui.abi3.so",
        "libQt6Gui.so.6",
        "libdbus-1.so.3",
        "libpython3.11.so.1.0",
    }
    assert {Path(r).name for r in removed} == {
        "libqgtk3.so",
        "libqvnc.so",
        "libcairo.so.2",
        "libQt6Network.so.6",
    }
    assert [d[0] for d in kept_datas] == ["libQt6Gui.so.6", "journal/_resources/skinjournal.svg"]


# -- desktop entry and AppStream metainfo ---------------------------------------------------------
def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(
            f"{name} is not installed (Debian: desktop-file-utils / appstream); scripts/bootstrap.sh installs it"
        )
    return path


def _desktop_keys(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#"))


def test_desktop_entry_is_valid_and_names_the_app() -> None:
    done = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower()
    keys = _desktop_keys(DESKTOP.read_text(encoding="utf-8"))
    assert keys["Type"] == "Application"
    assert keys["Exec"].split()[0] == "skinjournal"
    assert keys["Icon"] == APP_ID
    assert keys["Name"] == journal.APP_DISPLAY_NAME
    # Qt names the X11 window class after the application name (journal.gui.app sets it).
    assert keys["StartupWMClass"] == journal.APP_NAME


def test_a_broken_desktop_entry_is_refused_by_the_validator(tmp_path) -> None:
    broken = tmp_path / DESKTOP.name
    broken.write_text(DESKTOP.read_text().replace("Type=Application\n", "").replace("Office;", "Office"))
    done = subprocess.run([_tool("desktop-file-validate"), str(broken)], capture_output=True, text=True)
    assert done.returncode != 0


def test_the_running_app_declares_the_desktop_entry_it_is_matched_with(qapp) -> None:
    # Wayland compositors match a window to its .desktop file by the app's desktop file name,
    # X11 by the window class, which Qt takes from the application name: ask the running app.
    from journal.gui.app import application

    before = (qapp.desktopFileName(), qapp.applicationName())
    try:
        app = application()
        keys = _desktop_keys(DESKTOP.read_text(encoding="utf-8"))
        assert app.desktopFileName() == DESKTOP.name.removesuffix(".desktop") == APP_ID
        assert app.applicationName() == keys["StartupWMClass"]
        assert app.applicationDisplayName() == keys["Name"]
    finally:
        qapp.setDesktopFileName(before[0])
        qapp.setApplicationName(before[1])


def test_metainfo_is_valid() -> None:
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_metainfo_describes_a_local_journal_not_a_diagnosis() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    launchable = root.find("launchable")
    assert (
        launchable is not None and launchable.get("type") == "desktop-id" and launchable.text == DESKTOP.name
    )
    assert root.find("content_rating") is not None
    description = " ".join(root.find("description").itertext())  # type: ignore[union-attr]
    assert "not a diagnosis" in description
    assert "never connects to the network" in description
    releases = [r.get("version") for r in root.iter("release")]
    assert releases[0] == journal.__version__, "add a <release> for the new version to the metainfo"


def test_pyproject_carries_migrations_and_resources_inside_the_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    force = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force == {"migrations": "journal/_migrations", "resources": "journal/_resources"}
    assert "PySide6-Essentials" in " ".join(config["project"]["dependencies"])


# -- icons --------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_at_each_size(size: int) -> None:
    path = RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0, "the corners should be transparent (rounded cover)"
        centre = image.getpixel((size // 2, size // 2))
        assert centre[3] == 255, "the middle of the icon is drawn"


def test_icon_svg_is_square() -> None:
    root = ET.parse(RESOURCES / "skinjournal.svg").getroot()
    _x, _y, width, height = (float(v) for v in root.get("viewBox", "").split())
    assert width == height
