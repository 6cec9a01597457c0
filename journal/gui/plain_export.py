"""The window's warning after an export from an encrypted journal: the files it wrote are plain
text, named with where they are (the wording is the core's, `plain_copy_warning`, the same as the
command line's). A plain journal's exports get no such warning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from journal.core.crypt.plain_copy import plain_copy_warning


def warn_if_plain_copy(
    parent: QWidget | None, title: str, text: str, folder: Path, written: list[str]
) -> bool:
    """From an encrypted journal, `text` and the warning naming `written` in a warning box; True
    when it was shown, False (nothing shown) for a plain journal."""
    warning = plain_copy_warning(folder, written)
    if warning is None:
        return False
    QMessageBox.warning(parent, title, f"{text}\n\n{warning}")
    return True
