"""`skinjournal --self-test`: prove that this installation works, end to end, without a screen.

It runs the real code on a throwaway journal in a temporary folder (never the person's own
journal): migrations, a photo import, a chart drawn by the window's Qt backend, the doctor
summary PDF and the main window, all offscreen. Each check prints what it saw; the first
failure prints why and the exit status is 1. The packaging scripts run it on the built wheel
and on the bundle, where a missing data file or native library shows up here first.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import platform
import socket
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from journal import APP_DISPLAY_NAME, __version__
from journal.core.language import Words


class SelfTestWords(Words):
    "What `skinjournal --self-test` says: each check's name, what it saw, and why it failed."


EXIT_FAILED = 1
# The dates of the self-test's story: three entries, the first with a photo.
FIRST_DAY = dt.date(2026, 3, 1)


class CheckFailed(Exception):
    """A check saw something other than what a working installation gives."""


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


class SelfTest:
    """The checks, in order; each returns a line saying what it saw, and later ones use
    what earlier ones made (the journal, the site), so the first failure stops the run."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.journal: Any = None
        self.site: Any = None
        self.qt_app: Any = None

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        from journal.selftest_checks import CHECKS

        # The names are marked where they are listed and said in the person's language here.
        return [(SelfTestWords.tr(name), functools.partial(func, self)) for name, func in CHECKS]

    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()
            self.journal = None


def force_offscreen() -> None:
    # The self-test must run the same on a desktop, a server and a build machine: Qt draws
    # into memory and no window ever appears.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


_watching: list[list[str]] = []  # the attempt lists of the running self-tests


def _record_network(event: str, args: tuple[Any, ...]) -> None:
    if not _watching:
        return
    if event == "socket.connect":
        if getattr(args[0], "family", None) == getattr(socket, "AF_UNIX", None):
            return  # local IPC (D-Bus, X11) is not the network
        _watching[-1].append(f"connect {args[1]!r}")
        raise OSError("the self-test blocks network connections")
    if event == "socket.getaddrinfo":
        _watching[-1].append(f"look up {args[0]!r}")
        raise OSError("the self-test blocks network name look-ups")


_hook_installed = False


@contextmanager
def no_network() -> Iterator[list[str]]:
    """Block and record every network connection or name look-up while the checks run (an
    audit hook sees them all, whichever library makes them): Skin Journal needs no network."""
    global _hook_installed
    if not _hook_installed:
        sys.addaudithook(_record_network)  # audit hooks cannot be removed: install it once
        _hook_installed = True
    attempts: list[str] = []
    _watching.append(attempts)
    try:
        yield attempts
    finally:
        _watching.remove(attempts)


def describe_installation() -> str:
    said = (
        SelfTestWords.tr("{app} {version} self-test (bundle, Python {python}, {system} {machine})")
        if getattr(sys, "frozen", False)
        else SelfTestWords.tr(
            "{app} {version} self-test (Python package, Python {python}, {system} {machine})"
        )
    )
    return said.format(
        app=APP_DISPLAY_NAME,
        version=__version__,
        python=platform.python_version(),
        system=platform.system(),
        machine=platform.machine(),
    )


def run_self_test(out: TextIO | None = None) -> int:
    out = out or sys.stdout
    force_offscreen()
    started = time.perf_counter()
    print(describe_installation(), file=out, flush=True)
    with tempfile.TemporaryDirectory(prefix="skinjournal-selftest-") as tmp, no_network() as attempts:
        test = SelfTest(Path(tmp))
        try:
            checks = test.checks()
            for name, check in checks:
                began = time.perf_counter()
                try:
                    seen = check()
                except Exception as exc:  # any failure is a finding: report it plainly
                    print(f"  FAIL  {name}: {_explain(exc)}", file=out, flush=True)
                    if not isinstance(exc, CheckFailed):
                        traceback.print_exc(file=out)
                    print(
                        SelfTestWords.tr("Self-test FAILED: this installation is incomplete or damaged."),
                        file=out,
                    )
                    return EXIT_FAILED
                elapsed = (time.perf_counter() - began) * 1000
                print(f"  ok    {name}: {seen} ({elapsed:.0f} ms)", file=out, flush=True)
        finally:
            test.close()
        if attempts:
            said = SelfTestWords.tr("network: {attempts}").format(attempts="; ".join(attempts))
            print(f"  FAIL  {said}", file=out)
            return EXIT_FAILED
    total = time.perf_counter() - started
    said = SelfTestWords.tr("network: no connection or name look-up attempted")
    print(f"  ok    {said}", file=out)
    print(
        SelfTestWords.tr("Self-test passed: {count} checks in {seconds} s.").format(
            count=len(checks) + 1, seconds=f"{total:.1f}"
        ),
        file=out,
    )
    return 0


def _explain(exc: BaseException) -> str:
    if isinstance(exc, CheckFailed):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"
