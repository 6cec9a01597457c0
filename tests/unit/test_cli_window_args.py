"""`skinjournal` alone (or with --journal / --demo) opens the window without loading the commands."""

from __future__ import annotations

import subprocess
import sys

from journal.cli import window_args


def test_window_arguments_are_recognised_without_the_full_parser() -> None:
    assert window_args([]) is not None
    args = window_args(["--journal", "/tmp/j", "--demo"])
    assert args is not None and (args.journal, args.demo, args.command) == ("/tmp/j", True, None)
    args = window_args(["--journal=/tmp/j"])
    assert args is not None and args.journal == "/tmp/j"


def test_anything_else_goes_to_the_full_parser() -> None:
    for argv in (
        ["site", "list"],
        ["--version"],
        ["--help"],
        ["--self-test"],
        ["--journal"],
        ["--jour", "x"],
        ["--demo", "entry", "list"],
    ):
        assert window_args(argv) is None, argv


def test_window_path_does_not_import_the_command_modules() -> None:
    code = (
        "import sys; from journal.cli import window_args; window_args([]); "
        "print(sorted(m for m in sys.modules if m.startswith('journal.cli.commands.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_program_starts_in_the_launcher_not_in_the_command_line() -> None:
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    scripts = tomllib.loads((root / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"skinjournal": "journal.launch:main"}


def test_the_command_line_alone_asks_for_a_command(capsys) -> None:
    from journal.cli import main

    assert main([]) == 2
    assert "no command given" in capsys.readouterr().err
