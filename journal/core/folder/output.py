"""Where an export may be written: the one check for every `--out` (summary PDF, backup zip,
CSV folder) and the window's save dialogs.

Writing replaces the target with a new file (write to a temporary file, rename it into place).
On a symbolic link that replaces the link, and as root on a device it replaces the device
(`report --out /dev/full` turned the device node into a PDF). So an existing target must be a
regular file (a folder for the CSV export), not a link, device, pipe or socket.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from journal.core.errors import JournalError
from journal.core.language import Words


class FolderOutputWords(Words):
    "Refusals of a file or folder to write into."


def _kind(mode: int) -> str | None:
    """The refusal of a non-regular file, a whole sentence naming what it is ({out}: the path;
    None for a regular file or a folder)."""
    if stat.S_ISLNK(mode):
        return FolderOutputWords.mark(
            "{out} is a symbolic link, not a regular file; it is left as it is and nothing was written. "
            "Give the name of a new or ordinary file."
        )
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return FolderOutputWords.mark(
            "{out} is a device, not a regular file; it is left as it is and nothing was written. "
            "Give the name of a new or ordinary file."
        )
    if stat.S_ISFIFO(mode):
        return FolderOutputWords.mark(
            "{out} is a pipe, not a regular file; it is left as it is and nothing was written. "
            "Give the name of a new or ordinary file."
        )
    if stat.S_ISSOCK(mode):
        return FolderOutputWords.mark(
            "{out} is a socket, not a regular file; it is left as it is and nothing was written. "
            "Give the name of a new or ordinary file."
        )
    return None


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None


def check_output_file(out: Path, example: str = "summary.pdf") -> Path:
    """`out` as a file to write: missing, or an existing regular file (it is replaced)."""
    out = Path(out).expanduser()
    found = _lstat(out)
    if found is None:
        parent = _lstat(out.parent)
        if parent is not None and not stat.S_ISDIR(os.stat(out.parent).st_mode):
            raise JournalError(
                FolderOutputWords.tr("{folder} is not a folder; nothing was written.").format(
                    folder=out.parent
                )
            )
        return out
    if stat.S_ISDIR(found.st_mode):
        raise JournalError(
            FolderOutputWords.tr(
                "{out} is a folder; give a file name such as {example}. Nothing was written."
            ).format(out=out, example=out / example)
        )
    kind = _kind(found.st_mode)
    if kind is not None:
        raise JournalError(FolderOutputWords.tr(kind).format(out=out))
    return out


def check_output_folder(out: Path, names: Iterable[str] = ()) -> Path:
    """`out` as a folder to write into: missing, or an existing folder (not a link to one);
    the files `names` it will replace must be regular files too."""
    out = Path(out).expanduser()
    found = _lstat(out)
    if found is None:
        return out
    if stat.S_ISLNK(found.st_mode):
        raise JournalError(
            FolderOutputWords.tr(
                "{out} is a symbolic link; give the folder itself. Nothing was written."
            ).format(out=out)
        )
    if not stat.S_ISDIR(found.st_mode):
        raise JournalError(
            FolderOutputWords.tr(
                "{out} is not a folder; choose a folder for the files. Nothing was written."
            ).format(out=out)
        )
    for name in names:
        check_output_file(out / name)
    return out
