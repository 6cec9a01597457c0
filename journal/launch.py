"""The `skinjournal` program: the window, the self-test, or one command of the command line.

The one module that knows both faces of the core. It chooses between them, so that the
command line (`journal.cli`) never imports the window and the window never imports the
command line; both share the command line's handling of errors (a sentence, exit status 2).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from journal import cli

    args = cli.parse_arguments(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        return cli.guarded(args, _self_test)
    if args.command is None:
        return cli.guarded(args, _open_window)
    return cli.guarded(args, cli.run_command)


def _self_test(args: argparse.Namespace) -> int:
    from journal.selftest import run_self_test

    return run_self_test()


def _open_window(args: argparse.Namespace) -> int:
    # Qt is imported here, only when the window is asked for: every command runs without it.
    from journal.gui.app import run

    return run(args)
