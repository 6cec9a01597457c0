"""What the command line reads and prints as text: a value that starts with "-", control
characters someone typed into a note, and a reader that stops reading (`| head -1`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from journal_helpers import ROOT, run_cli

from journal.cli import attach_dash_values, build_parser

ESC_NOTE = "before \x1b[2J\x1b]0;owned\x07 after\r\nnext \u202e line"
SHOWN_NOTE = "before \\x1b[2J\\x1b]0;owned\\x07 after\\r\\nnext \\u202e line"


def ok(journal_dir: Path, *args: str) -> str:
    result = run_cli(journal_dir, *args)
    assert result.returncode == 0, f"{args}: {result.stderr}"
    assert "Traceback" not in result.stderr
    return result.stdout


# -- a value that starts with "-" --------------------------------------------------------------------


def test_free_text_and_numbers_that_start_with_a_dash_are_accepted(tmp_path):
    journal_dir = tmp_path / "journal"
    ok(
        journal_dir,
        "visit",
        "--date",
        "2026-03-01",
        "--findings",
        "-2+3",
        "--note",
        "-x",
        "--clinician",
        "--Dr",
    )
    ok(
        journal_dir,
        "lab",
        "--date",
        "2026-03-01",
        "--test",
        "other",
        "--value",
        "-1e3",
        "--unit",
        "-",
        "--note",
        "--fasting",
    )
    ok(journal_dir, "site", "add", "Left hand", "--kind", "deposit", "--region", "hand", "--notes", "-- odd")
    ok(journal_dir, "log", "Left hand", "--date", "2026-03-01", "--note", "-worse-", "--shiny")
    result = run_cli(journal_dir, "export", "csv", "--out", str(tmp_path / "csv"))
    assert result.returncode == 0, result.stderr
    visits = (tmp_path / "csv" / "visits.csv").read_text(encoding="utf-8")
    assert (
        "'-2+3" in visits and ",'-x" in visits and "'--Dr" in visits
    )  # guarded against formulas, kept whole
    (entry,) = json.loads(ok(journal_dir, "entries", "--json"))
    assert entry["note"] == "-worse-" and entry["shiny"] is True


def test_only_options_that_take_a_value_get_the_word_after_them():
    parser = build_parser()
    assert attach_dash_values(
        parser, ["log", "A", "--note", "-x", "--shiny", "--size-mm", "-1", "--photo", "p"]
    ) == ["log", "A", "--note=-x", "--shiny", "--size-mm=-1", "--photo", "p"]
    # After "--" every word is a positional; an option at the end is left for argparse to refuse.
    assert attach_dash_values(parser, ["log", "--", "--note", "-x"]) == ["log", "--", "--note", "-x"]
    assert attach_dash_values(parser, ["visit", "--note"]) == ["visit", "--note"]


def test_a_missing_value_is_still_refused(tmp_path):
    result = run_cli(tmp_path / "journal", "visit", "--date", "2026-03-01", "--findings")
    assert result.returncode == 2 and "expected one argument" in result.stderr


# -- control characters ------------------------------------------------------------------------------


def test_control_characters_in_notes_are_shown_escaped_in_every_listing(tmp_path):
    journal_dir = tmp_path / "journal"
    site = "Neck\x1b[8m"
    ok(journal_dir, "site", "add", site, "--kind", "deposit", "--region", "neck")
    ok(journal_dir, "log", site, "--date", "2026-03-01", "--pain", "6", "--note", ESC_NOTE)
    ok(journal_dir, "profile", "--name", "Ann\x1b[31m", "--medicines", "K2\x9b1m")
    alert_id = json.loads(ok(journal_dir, "alerts", "--json"))[0]["id"]
    ok(journal_dir, "alerts", "ack", str(alert_id), "--note", "seen\x1b[5m")
    listings = {
        "entries": ok(journal_dir, "entries"),
        "site list": ok(journal_dir, "site", "list"),
        "alerts": ok(journal_dir, "alerts", "--all"),
        "profile": ok(journal_dir, "profile"),
        "log": ok(journal_dir, "log", site, "--date", "2026-03-02"),
    }
    for name, text in listings.items():
        assert not any(ch in text for ch in "\x1b\x07\r\x9b\u202e"), name
    assert SHOWN_NOTE in listings["entries"]
    assert len(listings["entries"].splitlines()) == 2  # the header and the entry: the note kept in its row
    assert "Neck\\x1b[8m" in listings["site list"] and "seen\\x1b[5m" in listings["alerts"]
    assert "Ann\\x1b[31m" in listings["profile"] and "K2\\x9b1m" in listings["profile"]
    # JSON escapes them itself, and keeps the text exactly as typed.
    assert json.loads(ok(journal_dir, "entries", "--json"))[0]["note"] == ESC_NOTE.strip()


# -- a reader that goes away ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args", [["alerts"], ["entries"], ["site", "list"], ["settings"], ["entries", "--json"]]
)
def test_a_reader_that_stops_reading_ends_the_command_quietly(tmp_path, args):
    journal_dir = tmp_path / "journal"
    ok(journal_dir, "site", "add", "Neck", "--kind", "deposit", "--region", "neck")
    # The pipe's reading end is closed before the command starts, so its first write finds no
    # reader, as `skinjournal alerts | head -1` does once head has its line.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "journal", "--journal", str(journal_dir), *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert result.stderr == ""
    assert result.returncode == 141
