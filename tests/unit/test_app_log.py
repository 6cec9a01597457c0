"""The app's own log: unexpected errors are logged and told in words, with none of the person's data."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from journal.cli import main
from journal.core import app_log

SECRET = "Left elbow: chalky discharge, Dr Müller"


@pytest.fixture
def log_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    yield tmp_path / "state" / "SkinJournal" / "log"
    for handler in list(app_log.log.handlers):  # each test starts with no log file open
        app_log.log.removeHandler(handler)
        handler.close()


def test_unexpected_cli_error_is_told_in_words_and_logged_without_personal_data(
    journal_dir: Path,
    log_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A fault planted where `site list` prints (commands bind their helpers when first imported:
    # the command module's own name is patched, so nothing outlives this test).
    from journal.cli.commands import sites

    def broken_table(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError(SECRET)

    monkeypatch.setattr(sites, "print_table", broken_table)
    status = main(["--journal", str(journal_dir), "site", "list"])
    err = capsys.readouterr().err
    assert status == 1
    assert "unexpected error" in err and "what was saved before is kept" in err
    assert "RuntimeError" in err and "Traceback" not in err
    assert SECRET not in err and "Müller" not in err
    log_file = log_home / app_log.LOG_FILE
    text = log_file.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "test_app_log.py" in text
    assert SECRET not in text and str(Path.home()) not in text and str(journal_dir) not in text
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(log_home.stat().st_mode) == 0o700


def test_details_name_the_cause_chain_by_type_and_code_location_only() -> None:
    try:
        try:
            raise KeyError(SECRET)
        except KeyError as inner:
            raise ValueError(SECRET) from inner
    except ValueError as exc:
        details = app_log.error_details(type(exc), exc, exc.__traceback__)
    assert details.index("builtins.KeyError") < details.index("builtins.ValueError")
    assert "test_app_log.py:" in details and "test_details_name_the_cause_chain" in details
    assert SECRET not in details and os.sep + "tmp" not in details


def test_the_log_is_rotated_at_a_few_megabytes(log_home: Path) -> None:
    path = app_log.start_logging()
    assert path == log_home / app_log.LOG_FILE
    for _ in range(40_000):
        app_log.log.info("x" * 100)
    files = sorted(log_home.iterdir())
    assert len(files) == app_log.BACKUP_COUNT + 1
    assert sum(f.stat().st_size for f in files) <= (app_log.BACKUP_COUNT + 1) * app_log.MAX_BYTES + 200


def test_what_is_logged_before_the_file_opens_is_written_first_when_it_does(log_home: Path) -> None:
    app_log.hold_records()  # the window: the file opens once it has painted
    app_log.log.info("early: window built")
    assert not (log_home / app_log.LOG_FILE).exists()
    app_log.start_logging()
    app_log.log.info("later: a save")
    lines = (log_home / app_log.LOG_FILE).read_text(encoding="utf-8").splitlines()
    assert [line.split(" INFO ", 1)[1].split(":")[0] for line in lines] == ["start", "early", "later"]


def test_a_process_that_ends_before_the_file_opens_still_writes_what_it_logged(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = (
        "from journal.core import app_log\n"
        "app_log.hold_records()\n"
        "app_log.log.error('unexpected error\\nbuiltins.RuntimeError')\n"
    )
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        check=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    text = (tmp_path / "state" / "SkinJournal" / "log" / app_log.LOG_FILE).read_text(encoding="utf-8")
    assert "start: Skin Journal" in text and "builtins.RuntimeError" in text
