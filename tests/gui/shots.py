"""Where the GUI tests leave screenshots and printed pages for a person to look at after a run.

The tests assert on what they draw; these copies are for the eyes (see the README's testing notes).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QWidget

SHOTS = Path("/tmp/shots")


def shots_dir() -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS


def keep_shot(path: Path, name: str | None = None) -> Path:
    """A copy of a picture the test saved, under `name` (default: the file's own name)."""
    target = shots_dir() / (name or path.name)
    shutil.copy(path, target)
    return target


def save_widget(widget: QWidget, name: str) -> Path:
    """The widget as it is drawn now, straight into the shots folder."""
    target = shots_dir() / name
    assert widget.grab().save(str(target)), f"could not save {target}"
    return target
