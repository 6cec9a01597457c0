"""`skinjournal --self-test`, and the icon PNGs kept in step with the SVG they are drawn from."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from journal import selftest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import render_icons  # noqa: E402


@pytest.mark.slow
def test_self_test_passes_on_this_installation_and_leaves_the_home_alone(tmp_path) -> None:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "journal", "--self-test"], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for check in (
        "installation",
        "journal and migrations",
        "photo import",
        "chart",
        "summary PDF",
        "Qt binding",
        "main window",
        "matplotlib font cache",
        "network",
    ):
        assert any(line.startswith(f"  ok    {check}:") for line in lines), done.stdout
    assert lines[-1].startswith("Self-test passed: 9 checks")
    # No journal in the person's data folder; the window's layout went to the temporary folder.
    assert not (home / "data").exists()
    assert not [p for p in (home / "config").rglob("*") if p.is_file()]


def test_self_test_names_what_is_missing_and_fails(monkeypatch, tmp_path) -> None:
    # An installation whose migrations did not travel with the code (a badly built package).
    empty = tmp_path / "no-migrations"
    empty.mkdir()
    monkeypatch.setattr("journal.core.store.migrate.migrations_dir", lambda: empty)
    out = io.StringIO()
    assert selftest.run_self_test(out) == selftest.EXIT_FAILED
    text = out.getvalue()
    assert f"FAIL  installation: no migration files in {empty}" in text
    assert "Self-test FAILED" in text
    assert "ok    journal" not in text  # it stops at the first failure


@pytest.mark.parametrize("size", [16, 64, 256])
def test_icon_pngs_are_rendered_from_the_current_svg(qapp, size: int) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    fresh = render_icons.render(QSvgRenderer(str(render_icons.SVG)), size)
    straight = fresh.convertToFormat(QImage.Format.Format_RGBA8888)  # PNG keeps alpha unpremultiplied
    rendered = Image.frombuffer("RGBA", (size, size), straight.bits().tobytes(), "raw", "RGBA", 0, 1)
    with Image.open(render_icons.icon_path(size)) as committed:
        difference = ImageChops.difference(rendered.convert("RGBA"), committed.convert("RGBA"))
    worst = max(band_max for _band_min, band_max in difference.getextrema())
    assert worst <= 8, "run packaging/render_icons.py after changing resources/skinjournal.svg"
