"""Set-up that only a PyInstaller bundle needs, done before matplotlib is imported.

PyInstaller's own matplotlib run-time hook points MPLCONFIGDIR at a fresh temporary folder
that is deleted at exit (it protects one-file builds, whose fonts move at every start), so
matplotlib would rebuild its font list at every start of the app: about a second, and a
"building the font cache" message. Our one-folder bundle keeps its fonts in one place, so
the font list can live in the user's cache folder. PyInstaller runs a custom run-time hook
before its own, which would then overwrite our choice, so the bundle's entry script
(packaging/skinjournal_entry.py) calls this after every hook has run.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from journal import APP_NAME


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def matplotlib_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "matplotlib"


def prepare_frozen_environment() -> None:
    if not is_frozen():
        return
    folder = matplotlib_cache_dir()
    from journal.core.errors import JournalError
    from journal.core.folder.paths import ensure_private_dir

    try:
        ensure_private_dir(folder, "folder")
    except (OSError, JournalError):
        return  # a read-only home: keep PyInstaller's temporary folder, the app still works
    os.environ["MPLCONFIGDIR"] = str(folder)
