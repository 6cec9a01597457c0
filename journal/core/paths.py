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


def ensure_private_dir(folder: Path) -> Path:
    """Create the journal folder readable by its owner only (health photos are sensitive)."""
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True)
        folder.chmod(0o700)  # mkdir's mode is filtered by the umask
    elif not folder.is_dir():
        from journal.core.errors import JournalError

        raise JournalError(f"{folder} is a file, not a journal folder")
    return folder
