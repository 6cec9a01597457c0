"""Trimming the PyInstaller analysis of Skin Journal on Linux (used by skinjournal.spec).

PyInstaller takes every Qt plugin of the modules we import, and every library those plugins
link to. A desktop journal never uses the VNC, framebuffer or EGLFS platforms, touch over
the network, or the GTK 3 theme (which would drag in the build machine's cairo and pango to
sit beside the user's own GTK). Dropping them, and the libraries nothing else links to,
takes QtNetwork and Kerberos out of the bundle too. Everything here works on plain
(dest, src, typecode) tuples so it can be tested without running PyInstaller.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

Entry = tuple[str, str, str]

PLUGINS_DIR = "PySide6/Qt/plugins/"
UNWANTED_QT_PLUGINS = (
    "platforms/libqvnc",
    "platforms/libqlinuxfb",
    "platforms/libqeglfs",
    "platforms/libqminimalegl",
    "platforms/libqvkkhrdisplay",
    "egldeviceintegrations/",
    "generic/libqtuiotouchplugin",
    "platformthemes/libqgtk3",
)


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def is_unwanted_plugin(dest: str) -> bool:
    dest = _posix(dest)
    if not dest.startswith(PLUGINS_DIR):
        return False
    return dest[len(PLUGINS_DIR) :].startswith(UNWANTED_QT_PLUGINS)


def _is_dependency(entry: Entry) -> bool:
    """A shared library that is in the bundle only because something links to it. libpython
    is started by the bootloader itself, so it always stays."""
    dest, _src, kind = entry
    name = PurePosixPath(_posix(dest)).name
    return kind == "BINARY" and not _posix(dest).startswith(PLUGINS_DIR) and not name.startswith("libpython")


def trim(
    binaries: Iterable[Entry],
    datas: Iterable[Entry],
    linked_names: Callable[[str], Iterable[str]],
) -> tuple[list[Entry], list[Entry], list[str]]:
    """Drop the unwanted plugins and every library no remaining binary links to.

    `linked_names(src)` gives the library names a binary loads (ldd lists them transitively).
    Returns the kept binaries, the kept data entries (symlinks to dropped libraries go too)
    and the destinations removed."""
    binaries, datas = list(binaries), list(datas)
    kept = [entry for entry in binaries if not is_unwanted_plugin(entry[0])]
    libraries = {PurePosixPath(_posix(e[0])).name: e[1] for e in kept if _is_dependency(e)}
    reached: set[str] = set()
    queue = [e[1] for e in kept if not _is_dependency(e)]
    while queue:
        for name in linked_names(queue.pop()):
            name = PurePosixPath(name).name
            if name in libraries and name not in reached:
                reached.add(name)
                queue.append(libraries[name])
    kept = [e for e in kept if not _is_dependency(e) or PurePosixPath(_posix(e[0])).name in reached]
    removed = sorted({_posix(e[0]) for e in binaries} - {_posix(e[0]) for e in kept})
    gone = set(removed)
    kept_datas = [e for e in datas if not (e[2] == "SYMLINK" and _posix(e[1]) in gone)]
    return kept, kept_datas, removed


def strip_debug_info(binaries: Iterable[Entry], workdir: Path) -> list[Entry]:
    """Python built from source (pyenv) keeps its debug information in libpython: about 16
    MB of its 23. Strip only that, from a copy; a full strip breaks numpy's OpenBLAS."""
    strip = shutil.which("strip")
    result = []
    for dest, src, kind in binaries:
        name = PurePosixPath(_posix(dest)).name
        if strip and kind == "BINARY" and name.startswith("libpython"):
            target = workdir / "stripped" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            done = subprocess.run([strip, "--strip-debug", "-o", str(target), src], capture_output=True)
            if done.returncode == 0 and target.stat().st_size < Path(src).stat().st_size:
                src = str(target)
        result.append((dest, src, kind))
    return result
