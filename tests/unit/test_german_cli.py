"""The command line in German: LANG=de_DE.UTF-8 gives German sentences and help, LANG=C English
without loading Qt. The compiled translation is built from the repository's .ts files into
resources/i18n, where the installed program finds it."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Tells whether Qt was loaded: an English run must not need it.
CODE = (
    "import sys; from journal.cli import main; rc = main(sys.argv[1:]); "
    "print('Qt loaded' if 'PySide6' in sys.modules else 'no Qt', file=sys.stderr); sys.exit(rc)"
)


@pytest.fixture(scope="module", autouse=True)
def german_built() -> None:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    translations = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(translations)
    translations.build("de")  # resources/i18n/skinjournal_de.qm (not in git: built by the install)


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
    checked = run("de_DE.UTF-8", "--journal", str(journal_dir), "check")
    assert "Tagebuch in Ordnung: Datenbank intakt" in checked.stdout


def test_plain_environment_stays_english_without_qt(journal_dir: Path) -> None:
    listed = run("C", "--journal", str(journal_dir), "site", "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout == "(none)\n"
    assert "no Qt" in listed.stderr
    helped = run("C", "--help")
    assert "journal folder (default: $SKINJOURNAL_DIR" in helped.stdout
