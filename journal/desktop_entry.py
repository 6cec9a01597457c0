"""Put Skin Journal in the application menu of a Linux (freedesktop) desktop.

A wheel installs the `skinjournal` command but nothing a menu reads, and a bundle is just a
folder. `skinjournal menu-entry` copies the shipped .desktop file, with Exec pointing at the
program running now, and the icons into the person's data folder, where desktops look;
`--remove` takes them away again. Nothing outside that folder is touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

from journal.core.folder.durable import write_atomic
from journal.resources import resource_path

APP_ID = "io.github.skinjournal.SkinJournal"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
# Characters the Desktop Entry spec reserves in Exec arguments, and those to escape inside quotes.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = '"`$\\'


def data_home() -> Path:
    from platformdirs import user_data_path

    return user_data_path()  # $XDG_DATA_HOME, else ~/.local/share


def launcher() -> list[str]:
    """The command that starts this installation: the bundle's program, the installed
    `skinjournal` script, or this Python running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.argv[0])
    if script.stem == "skinjournal" and script.is_file():
        return [str(script.resolve())]
    return [sys.executable, "-m", "journal"]


def exec_line(command: list[str]) -> str:
    def quote(arg: str) -> str:
        if not any(ch in _RESERVED for ch in arg):
            return arg
        escaped = "".join("\\" + ch if ch in _ESCAPED_IN_QUOTES else ch for ch in arg)
        # The file's own string escaping applies first, so every backslash is written twice.
        return '"' + escaped.replace("\\", "\\\\") + '"'

    return " ".join(quote(arg) for arg in command)


def targets(home: Path) -> dict[Path, Path]:
    """Where each file goes (key) and the shipped file it comes from (value)."""
    files = {
        home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png": resource_path(
            f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        )
        for size in ICON_SIZES
    }
    files[home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"] = resource_path(
        "skinjournal.svg"
    )
    # Last: a menu never shows the entry before its icons are there.
    files[home / "applications" / f"{APP_ID}.desktop"] = resource_path(f"{APP_ID}.desktop")
    return files


def desktop_text(shipped: str, command: list[str]) -> str:
    lines = [
        f"Exec={exec_line(command)}" if line.startswith("Exec=") else line for line in shipped.splitlines()
    ]
    return "\n".join(lines) + "\n"


def install(home: Path | None = None, command: list[str] | None = None) -> list[Path]:
    home = home or data_home()
    command = command or launcher()
    written: list[Path] = []
    try:
        for target, source in targets(home).items():
            if target.suffix == ".desktop":
                data = desktop_text(source.read_text(encoding="utf-8"), command).encode("utf-8")
            else:
                data = source.read_bytes()
            write_atomic(target, data, mode=0o644)
            written.append(target)
    except BaseException:
        for target in written:  # a refused folder leaves no stray icons behind
            target.unlink(missing_ok=True)
        raise
    return written


def remove(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    removed = []
    for target in reversed(list(targets(home))):  # the menu entry first
        if target.exists():
            target.unlink()
            removed.append(target)
    return removed
