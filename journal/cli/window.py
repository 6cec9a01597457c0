"""Starting the window from the command line (kept apart so the CLI never imports Qt)."""

from __future__ import annotations

import argparse
import sys


def open_window(args: argparse.Namespace) -> int:
    print(
        "Skin Journal's window is not part of this version yet; use the commands "
        "(see `skinjournal --help`).",
        file=sys.stderr,
    )
    return 2
