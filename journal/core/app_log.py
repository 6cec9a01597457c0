"""The app's own log: what the program did, never what the person logged.

One file in the platform's log folder (`~/.local/state/SkinJournal/log` on Linux), rotated at
1 MB with two older files kept, readable by the owner only. It holds events and the shape of
unexpected errors: the exception's type and the code locations of its traceback. It never
holds names, notes, values, dates, file names of photos, or an exception's message, since a
message can quote any of these ("Left elbow: ..."). Nothing in it is sent anywhere: the
person may copy the details of an error and hand them on themselves.

The window opens the file a moment after it has painted (`hold_records` until then): the
standard library's rotating handler brings sockets, pickling and queues with it, a fiftieth
of a second that the first paint need not wait for. Nothing logged meanwhile is lost: the
records wait in memory and are written first, also when the app ends before that moment.
"""

from __future__ import annotations

import atexit
import logging
import os
import traceback
from pathlib import Path
from types import TracebackType

from journal import APP_NAME, __version__
from journal.core.folder.paths import ensure_private_dir

LOGGER_NAME = "skinjournal"
LOG_FILE = "skinjournal.log"
MAX_BYTES = 1_000_000  # three files of 1 MB at most: "a few MB", enough for weeks of use
BACKUP_COUNT = 2
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # journal/

log = logging.getLogger(LOGGER_NAME)


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


class _Held(logging.Handler):
    """Records logged before the log file is open, kept in memory to be written first."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def hold_records() -> None:
    """Keep what is logged from now in memory until `start_logging` opens the file (or the
    process ends, which opens it to write them)."""
    if any(isinstance(h, _Held | logging.FileHandler) for h in log.handlers):
        return
    log.addHandler(_Held())
    log.setLevel(logging.INFO)
    log.propagate = False
    atexit.register(_write_held)


def _write_held() -> None:
    if any(isinstance(h, _Held) for h in log.handlers):
        start_logging()


def start_logging(folder: Path | None = None) -> Path | None:
    """Send the app's log to its rotated file; returns the file, or None when the log folder
    cannot be written (the app then runs without a log rather than not at all)."""
    import logging.handlers

    folder = folder or log_dir()
    path = folder / LOG_FILE
    if any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        return path
    held = [h for h in log.handlers if isinstance(h, _Held)]
    for waiting in held:
        log.removeHandler(waiting)
    try:
        ensure_private_dir(folder)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False
        )
        os.chmod(path, 0o600)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    log.info("start: Skin Journal %s, %s", __version__, environment())
    for kept in held:
        for record in kept.records:
            handler.handle(record)
    return path


def environment() -> str:
    import platform

    return f"Python {platform.python_version()} on {platform.system()} {platform.release()} ({platform.machine()})"


def error_details(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None, extra: str = ""
) -> str:
    """What a person may copy for a bug report: versions and the traceback's code locations,
    with the exception's type but not its message, and no path outside the app's own code."""
    lines = [f"Skin Journal {__version__}", environment()]
    if extra:
        lines.append(extra)
    lines.append("")
    for link in _chain(error):
        lines.append(f"{type(link).__module__}.{type(link).__qualname__}")
        for frame in traceback.extract_tb(tb if link is error else link.__traceback__):
            lines.append(f"  {_code_location(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def log_error(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    details = error_details(kind, error, tb)
    log.error("unexpected error\n%s", details)
    return details


def _chain(error: BaseException) -> list[BaseException]:
    """The error and what caused it, oldest first, as Python prints them."""
    chain: list[BaseException] = []
    link: BaseException | None = error
    while link is not None and link not in chain:
        chain.insert(0, link)
        link = link.__cause__ or (None if link.__suppress_context__ else link.__context__)
    return chain


def _code_location(filename: str) -> str:
    """A file of the app as its path inside the package; a library's as its module file name.
    Folder names (a home folder, a user name) never appear."""
    path = Path(filename)
    try:
        return "journal/" + path.resolve().relative_to(_PACKAGE_ROOT).as_posix()
    except (ValueError, OSError):
        pass
    for marker in ("site-packages", "dist-packages"):
        if marker in path.parts:
            return "/".join(path.parts[path.parts.index(marker) + 1 :])
    return path.name
