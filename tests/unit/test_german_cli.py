"""The command line in German: LANG=de_DE.UTF-8 gives German sentences and help, LANG=C English
without loading Qt. The compiled translation is built from the repository's .ts files into
resources/i18n, where the installed program finds it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from german_support import build_german

ROOT = Path(__file__).resolve().parents[2]
# Tells whether Qt was loaded: an English run must not need it.
CODE = (
    "import sys; from journal.cli import main; rc = main(sys.argv[1:]); "
    "print('Qt loaded' if 'PySide6' in sys.modules else 'no Qt', file=sys.stderr); sys.exit(rc)"
)


@pytest.fixture(scope="module", autouse=True)
def german_built() -> None:
    build_german()  # resources/i18n/skinjournal_de.qm (not in git: built by the install)


def run(lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=lang, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-c", CODE, *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )


def test_german_environment_gives_german_messages_and_help(journal_dir: Path) -> None:
    listed = run("de_DE.UTF-8", "--journal", str(journal_dir), "site", "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout == "(keine)\n"
    helped = run("de_DE.UTF-8", "--help")
    assert "Ordner des Tagebuchs (Standard: $SKINJOURNAL_DIR" in helped.stdout
    assert "ein privates Tagebuch über Hautveränderungen" in helped.stdout
    assert "--journal DIR" in helped.stdout  # option names and metavars stay as they are
    # argparse's own words around ours, and its refusals
    assert (
        helped.stdout.startswith("Aufruf: skinjournal") and "diese Hilfe zeigen und beenden" in helped.stdout
    )
    refused = run("de_DE.UTF-8", "--journal", str(journal_dir), "site", "add")
    assert refused.returncode == 2 and "Fehler: diese Argumente fehlen: name" in refused.stderr
    checked = run("de_DE.UTF-8", "--journal", str(journal_dir), "check")
    assert "Tagebuch in Ordnung: Datenbank intakt" in checked.stdout


def test_plain_environment_stays_english_without_qt(journal_dir: Path) -> None:
    listed = run("C", "--journal", str(journal_dir), "site", "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout == "(none)\n"
    assert "no Qt" in listed.stderr
    helped = run("C", "--help")
    assert "journal folder (default: $SKINJOURNAL_DIR" in helped.stdout


def test_german_due_and_refusals(journal_dir: Path) -> None:
    added = run(
        "de_DE.UTF-8",
        "--journal",
        str(journal_dir),
        "site",
        "add",
        "Linker Unterarm",
        "--kind",
        "deposit",
        "--region",
        "forearm",
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout == "Körperstelle 'Linker Unterarm' hinzugefügt (deposit, forearm).\n"
    nothing = run("de_DE.UTF-8", "--journal", str(journal_dir), "due")
    assert nothing.stdout == "Zurzeit ist keine Kontrolle fällig.\n"
    run("C", "--journal", str(journal_dir), "log", "Linker Unterarm", "--date", "2020-01-01", "--pain", "1")
    due = run("de_DE.UTF-8", "--journal", str(journal_dir), "due")
    assert due.returncode == 0, due.stderr
    assert (
        "Eine Körperstelle ist zur Kontrolle fällig; erfassen Sie sie mit `skinjournal log SITE`."
        in due.stdout
    )
    refused = run("de_DE.UTF-8", "--journal", str(journal_dir), "entries", "edit", "999", "--pain", "3")
    assert refused.returncode == 2
    assert (
        "Es gibt keinen Eintrag mit der ID 999 (siehe `skinjournal entries --json`); nichts wurde geändert."
        in refused.stderr
    )
    empty = run("de_DE.UTF-8", "--journal", str(journal_dir), "entries", "edit", "1")
    assert empty.returncode == 2
    assert "Nichts zu ändern: Geben Sie mindestens einen Wert an" in empty.stderr


def test_german_log_and_daily_results(journal_dir: Path) -> None:
    run("C", "--journal", str(journal_dir), "site", "add", "Scalp", "--kind", "area", "--region", "scalp")
    logged = run(
        "de_DE.UTF-8", "--journal", str(journal_dir), "log", "Scalp", "--date", "2026-03-01", "--pain", "2"
    )
    assert logged.returncode == 0, logged.stderr
    assert logged.stdout == "Scalp am 2026-03-01 erfasst (Eintrag 1).\n"
    daily = run(
        "de_DE.UTF-8",
        "--journal",
        str(journal_dir),
        "daily",
        "--date",
        "2026-03-01",
        "--fatigue",
        "--stress",
        "4",
    )
    assert daily.returncode == 0, daily.stderr
    assert daily.stdout == "Tagescheck für 2026-03-01 gespeichert: Erschöpfung ja, Stress 4.\n"
    english = run("C", "--journal", str(journal_dir), "daily", "--date", "2026-03-02", "--no-weakness")
    assert english.stdout == "Saved the daily check for 2026-03-02: weakness no.\n"


def test_a_german_summary_writes_numbers_and_dates_the_german_way(journal_dir: Path, tmp_path: Path) -> None:
    """The PDF is read by a person: "5,5" and "01.03.2026", while listings stay "5.5" for scripts."""
    env_args = ("--journal", str(journal_dir))
    assert (
        run(
            "C", *env_args, "site", "add", "Left forearm", "--kind", "deposit", "--region", "forearm"
        ).returncode
        == 0
    )
    logged = run(
        "C", *env_args, "log", "Left forearm", "--date", "2026-03-15", "--size", "5.5", "--pain", "2"
    )
    assert logged.returncode == 0, logged.stderr
    out = tmp_path / "zusammenfassung.pdf"
    made = run(
        "de_DE.UTF-8", *env_args, "report", "--out", str(out), "--from", "2026-03-01", "--to", "2026-03-31"
    )
    assert made.returncode == 0, made.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "5,5 (einmal)" in text and "Zeitraum: 01.03.2026 bis 31.03.2026" in text
    assert "5.5" not in text and "2026-03-01" not in text
    listed = run("de_DE.UTF-8", *env_args, "entries", "--json")
    assert '"size_mm": 5.5' in listed.stdout
