"""Starting the window from the command line (kept apart so the CLI never imports Qt)."""

from __future__ import annotations

import argparse


def open_window(args: argparse.Namespace) -> int:
    # Qt is imported here, only when the window is asked for: every other command runs without it.
    from journal.gui.app import run

    return run(args)
