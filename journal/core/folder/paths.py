"""Where a journal lives: `--journal DIR`, else $SKINJOURNAL_DIR, else the platform's data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from journal import APP_NAME

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

            raise JournalError(f"{current} is a file, not a {purpose}")
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
