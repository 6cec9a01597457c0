"""`skinjournal menu-entry`: the application menu entry and icons in the person's data folder."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from journal import desktop_entry
from journal.cli import main
from journal.resources import resource_path

APP_ID = "io.github.skinjournal.SkinJournal"


@pytest.fixture
def data_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def _validate(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    done = subprocess.run([tool, str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_menu_entry_installs_a_valid_entry_that_starts_this_program(data_home, capsys) -> None:
    assert main(["menu-entry"]) == 0
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    _validate(entry)
    text = entry.read_text()
    assert f"Exec={desktop_entry.exec_line(desktop_entry.launcher())}" in text.splitlines()
    assert f"Icon={APP_ID}" in text.splitlines()
    for size in desktop_entry.ICON_SIZES:
        icon = data_home / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        assert (
            icon.read_bytes() == resource_path(f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").read_bytes()
        )
    assert (data_home / f"icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    assert str(entry) in capsys.readouterr().out


def test_a_program_path_with_spaces_and_dollars_is_quoted_for_the_desktop(tmp_path) -> None:
    odd = "/home/Ana María/my apps/$bin/skinjournal"
    desktop_entry.install(tmp_path, [odd, "--demo"])
    entry = tmp_path / "applications" / f"{APP_ID}.desktop"
    _validate(entry)
    assert 'Exec="/home/Ana María/my apps/\\\\$bin/skinjournal" --demo' in entry.read_text().splitlines()


def test_remove_takes_away_only_what_it_added(data_home, capsys) -> None:
    other = data_home / "applications" / "someone.else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n")
    main(["menu-entry"])
    assert main(["menu-entry", "--remove"]) == 0
    left = sorted(p.relative_to(data_home).as_posix() for p in data_home.rglob("*") if p.is_file())
    assert left == ["applications/someone.else.desktop"]
    assert main(["menu-entry", "--remove"]) == 0
    assert "no Skin Journal menu entry to remove" in capsys.readouterr().out


def test_a_refused_folder_is_reported_and_leaves_no_icons(data_home, capsys) -> None:
    data_home.mkdir()
    (data_home / "applications").write_text("a file where the menu folder should be")
    assert main(["menu-entry"]) == 2
    assert "skinjournal:" in capsys.readouterr().err
    assert not (data_home / "icons").exists() or not [
        p for p in (data_home / "icons").rglob("*") if p.is_file()
    ]
