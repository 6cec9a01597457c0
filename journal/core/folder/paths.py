"""Where a journal lives: `--journal DIR`, else $SKINJOURNAL_DIR, else the platform's data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from journal import APP_NAME
from journal.core.language import Words


class FolderPathWords(Words):
    "The refusal of a file where a folder is to be made."


ENV_VAR = "SKINJOURNAL_DIR"


def default_journal_dir() -> Path:
    # platformdirs knows each platform's convention (XDG on Linux, ~/Library/Application
    # Support on macOS, %LOCALAPPDATA% on Windows) so we do not hand-write that table.
    return Path(user_data_dir(APP_NAME, appauthor=False))


def demo_journal_dir() -> Path:
    return Path(user_data_dir(f"{APP_NAME}-demo", appauthor=False))


def resolve_journal_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_journal_dir()


# The refusal for each purpose a caller names, each a whole sentence.
_IS_A_FILE = {
    "journal folder": FolderPathWords.mark("{path} is a file, not a journal folder"),
    "folder": FolderPathWords.mark("{path} is a file, not a folder"),
    "folder for backups": FolderPathWords.mark("{path} is a file, not a folder for backups"),
    "folder for the CSV files": FolderPathWords.mark("{path} is a file, not a folder for the CSV files"),
    "folder for the photos": FolderPathWords.mark("{path} is a file, not a folder for the photos"),
}


def _is_a_file(path: Path, purpose: str) -> str:
    known = _IS_A_FILE.get(purpose)
    return FolderPathWords.tr(known).format(path=path) if known else f"{path} is a file, not a {purpose}"


def ensure_private_dir(folder: Path, purpose: str = "journal folder") -> Path:
    """Create `folder` and every missing parent readable by their owner only (0700), whatever
    the umask (health photos are sensitive). This is the one way Skin Journal makes a folder:
    mkdir's mode is filtered by the umask, and Path.mkdir(parents=True) gives the parents the
    default mode (0755 under the usual umask 022), so each level is made and chmod-ed here.
    A folder that exists already keeps its mode; `purpose` names it when it is a file."""
    folder = Path(folder)
    missing = []
    current = folder
    while not current.is_dir():
        if current.exists() or current.is_symlink():
            from journal.core.errors import JournalError

            raise JournalError(_is_a_file(current, purpose))
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:  # made meanwhile by another process: it made it private too
            if not path.is_dir():
                raise
            continue
        path.chmod(0o700)
    return folder
