"""Files shipped beside the code: icons, the .desktop file, translations.

An installed wheel carries them inside the package (`journal/_resources`); a checkout keeps
them in the top-level `resources/` folder; a PyInstaller bundle unpacks them next to the app.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    package = Path(__file__).resolve().parent
    candidates = [package / "_resources", package.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "journal" / "_resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the resources folder is missing from this installation")


def resource_path(name: str) -> Path:
    return resources_dir() / name
