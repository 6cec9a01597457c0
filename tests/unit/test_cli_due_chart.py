"""`skinjournal due` lists the checks the window's reminders list (the same core function), and
`skinjournal chart` draws a site's chart as a real PNG without Qt."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest
from journal_helpers import ROOT, folder_state
from PIL import Image

from journal.cli import main
from journal.core.charts.overview import due_checks, last_check_words
from journal.core.journal import Journal


@pytest.fixture
def cli(journal_dir, capsys):
    def run(*args: str, code: int = 0) -> str:
        result = main(["--journal", str(journal_dir), *args])
        out, err = capsys.readouterr()
        assert result == code, f"{args}: {err}"
        return out if code == 0 else err

    return run


@pytest.fixture
def sites(cli):
    today = dt.date.today()
    for name, region in (("Left elbow", "elbow"), ("Scalp", "scalp"), ("Knee", "knee"), ("Old", "forearm")):
        cli("site", "add", name, "--kind", "deposit", "--region", region)
    cli("log", "Left elbow", "--date", (today - dt.timedelta(days=9)).isoformat(), "--size-mm", "3")
    cli(
        "log",
        "Left elbow",
        "--date",
        (today - dt.timedelta(days=8)).isoformat(),
        "--size-mm",
        "3.5",
        "--pain",
        "2",
    )
    cli("log", "Knee", "--date", today.isoformat(), "--pain", "1")
    cli("site", "edit", "Old", "--archive")


def test_due_lists_the_overdue_sites_not_the_ones_just_made(cli, sites, journal_dir):
    rows = json.loads(cli("due", "--json"))
    # Scalp was never checked: it waits for its first check and is not "due" the minute it is made.
    assert [(r["site"], r["days_since_check"], r["words"]) for r in rows] == [
        ("Left elbow", 8, "checked 8 days ago"),
    ]
    text = cli("due")
    assert "Scalp" not in text and "checked 8 days ago" in text and "1 site is due for a check" in text
    with Journal.open(journal_dir, readonly=True) as journal:  # the same list the window's reminders show
        assert [o.site.name for o in due_checks(journal.store, dt.date.today())] == [r["site"] for r in rows]


def test_due_with_nothing_due(cli):
    assert cli("due") == "No check is due.\n"
    assert json.loads(cli("due", "--json")) == []


def test_last_check_words():
    today = dt.date(2026, 3, 10)
    assert [
        last_check_words(d, today)
        for d in (None, today, dt.date(2026, 3, 9), dt.date(2026, 2, 1), dt.date(2025, 1, 1))
    ] == [
        "not checked yet",
        "checked today",
        "checked yesterday",
        "checked 37 days ago",
        "last checked 2025-01-01",
    ]


def test_chart_writes_a_real_png_without_qt(sites, journal_dir, tmp_path):
    out = tmp_path / "elbow.png"
    code = (
        "import sys; from journal.cli import main; rc = main(sys.argv[1:]); "
        "assert 'PySide6' not in sys.modules, 'Qt was loaded'; sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "--journal", str(journal_dir), "chart", "left elbow", "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote the chart of Left elbow to {out}.\n"
    with Image.open(out) as image:
        assert image.format == "PNG" and image.width >= 800 and image.height >= 500
        image.load()
        assert len(image.convert("L").getcolors(256) or []) > 10  # drawn, not a blank page
    assert 10_000 < out.stat().st_size < 2_000_000


def test_chart_refusals_change_nothing(cli, sites, journal_dir, tmp_path):
    target = tmp_path / "kept.txt"
    target.write_text("mine")
    link = tmp_path / "link.png"
    link.symlink_to(target)
    before = folder_state(journal_dir)
    for args, words in (
        (["Left elbow", "--out", str(link)], "is a symbolic link"),
        (["Left elbow", "--out", os.devnull], "is a device"),
        (["Left elbow", "--out", str(tmp_path)], "is a folder"),
        (["Nope", "--out", str(tmp_path / "x.png")], "no site named 'Nope'"),
    ):
        err = cli("chart", *args, code=2)
        assert words in err and err.startswith("skinjournal: ")
    assert target.read_text() == "mine" and link.is_symlink() and not (tmp_path / "x.png").exists()
    assert folder_state(journal_dir) == before
