"""Starting the window: no matplotlib until charts are shown, one window per journal, first-run welcome."""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel
from until_idle import UNTIL_IDLE

from journal.core.folder.lock import LOCKED_MESSAGE, JournalLock
from journal.core.journal import DB_NAME
from journal.gui.app import EXIT_LOCKED, choose_folder
from journal.gui.dialogs.welcome import WelcomeDialog


def _start(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, str(UNTIL_IDLE), *args], env=full_env, capture_output=True, text=True, timeout=120
    )


def _digest(folder: Path) -> tuple[str, float]:
    db = folder / DB_NAME
    return hashlib.sha256(db.read_bytes()).hexdigest(), db.stat().st_mtime


def test_window_opens_without_importing_matplotlib(demo_dir) -> None:
    result = _start("--journal", str(demo_dir))
    assert result.returncode == 0, result.stderr
    assert "idle_at=" in result.stdout
    assert "matplotlib_loaded=False" in result.stdout


def test_second_window_on_the_same_journal_is_refused_and_changes_nothing(journal_dir) -> None:
    before = _digest(journal_dir)
    with JournalLock(journal_dir):  # as the first window holds it
        result = _start("--journal", str(journal_dir))
    assert result.returncode == EXIT_LOCKED
    assert LOCKED_MESSAGE in result.stderr
    assert _digest(journal_dir) == before
    # Once the first window is gone, the journal opens again.
    assert _start("--journal", str(journal_dir)).returncode == 0


def test_demo_flag_opens_the_demo_journal(tmp_path, demo_template) -> None:
    data_home = tmp_path / "data"
    shutil.copytree(demo_template, data_home / "SkinJournal-demo")
    result = _start("--demo", env={"XDG_DATA_HOME": str(data_home)})
    assert result.returncode == 0, result.stderr
    assert (data_home / "SkinJournal-demo" / "journal.lock").exists()
    assert not (data_home / "SkinJournal").exists()  # the person's own journal is not touched


def test_first_run_offers_the_demo_or_an_empty_journal(qtbot, tmp_path, when_modal) -> None:
    args = argparse.Namespace(journal=str(tmp_path / "new"), demo=False)

    def pick(label: str):
        def act(dialog) -> None:
            assert isinstance(dialog, WelcomeDialog)
            text = " ".join(label.text() for label in dialog.findChildren(QLabel))
            assert "not a diagnosis" in text and "stays on this computer" in text
            {"demo": dialog.demo_button, "empty": dialog.empty_button}[label].click()

        return act

    when_modal(pick("empty"))
    folder, demo, create = choose_folder(args)
    assert (folder, demo, create) == (tmp_path / "new", False, None)
    when_modal(pick("demo"))
    folder, demo, _create = choose_folder(args)
    assert demo and folder.name == "SkinJournal-demo"
    when_modal(lambda dialog: dialog.reject())
    assert choose_folder(args) is None
    assert not (tmp_path / "new").exists()  # choosing changes nothing on disk


def test_existing_journal_opens_without_the_welcome(journal_dir) -> None:
    args = argparse.Namespace(journal=str(journal_dir), demo=False)
    assert choose_folder(args) == (journal_dir, False, None)


def test_a_damaged_journal_is_refused_at_start_and_left_as_it_was(journal_dir) -> None:
    # SQLite's quick check runs while the window loads (core/store/early_check.py): what it finds
    # still refuses the journal, in words, before any window opens, and nothing is written.
    with open(journal_dir / DB_NAME, "r+b") as raw:  # noqa: PTH123 (a damaged disk, played)
        raw.seek(4096 + 8)  # page 2's cell pointers, made to point outside the page
        raw.write(b"\xff" * 4)
    before = _digest(journal_dir)
    result = _start("--journal", str(journal_dir))
    assert result.returncode == 2
    assert "damaged" in result.stderr and "SQLite's check found" in result.stderr
    assert "idle_at=" not in result.stdout  # no window was shown
    assert _digest(journal_dir) == before
