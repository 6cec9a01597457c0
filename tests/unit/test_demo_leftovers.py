"""A demo never leaves a half-made journal: it is built beside its folder and renamed into
place when complete; what a killed demo leaves behind, the next demo removes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from journal_helpers import ROOT, run_cli

from journal.core.demo.generate import CAMERA_PREFIX, STAGING_PREFIX, STALE_AFTER_S
from journal.core.folder.check import check_journal
from journal.core.journal import Journal


def _age(folder: Path, seconds: float) -> None:
    """Make a leftover look untouched for `seconds` (the folder and what it holds)."""
    when = time.time() - seconds
    for path in [folder, *folder.iterdir()]:
        os.utime(path, (when, when), follow_symlinks=False)


@pytest.mark.parametrize(("years", "sites"), [(0.25, 1), pytest.param(0.25, 20, marks=pytest.mark.slow)])
def test_demo_sizes_at_the_edges_of_what_the_help_allows(tmp_path, years, sites):
    folder = tmp_path / "journal"
    result = run_cli(
        folder, "demo", "--years", str(years), "--sites", str(sites), env={"TMPDIR": str(tmp_path)}
    )
    assert result.returncode == 0, result.stderr
    assert f"{sites} sites" in result.stdout
    with Journal.open(folder) as journal:
        assert check_journal(journal).ok
    assert [p.name for p in tmp_path.iterdir()] == ["journal"]  # no staging or camera folder left


def test_a_killed_demo_leaves_no_journal_and_the_next_demo_removes_its_leftovers(tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    folder = tmp_path / "journal"
    demo = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "journal",
            "--journal",
            str(folder),
            "demo",
            "--years",
            "30",
            "--sites",
            "200",
        ],
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(temp)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        # Wait until the demo is writing photos into its journal, then kill it midway.
        while not list(tmp_path.glob(f"{STAGING_PREFIX}*/photos/*/*.jpg")):
            assert demo.poll() is None and time.monotonic() < deadline, "the demo did not start"
            time.sleep(0.1)
    finally:
        demo.send_signal(signal.SIGKILL)
        demo.wait()
    assert not folder.exists()  # no half-made journal where the person asked for one
    (staging,) = tmp_path.glob(f"{STAGING_PREFIX}*")
    (camera,) = temp.glob(f"{CAMERA_PREFIX}*")
    in_use = tmp_path / f"{STAGING_PREFIX}another-demo-at-work"
    in_use.mkdir()
    _age(staging, STALE_AFTER_S + 60)
    _age(camera, STALE_AFTER_S + 60)

    result = run_cli(folder, "demo", "--years", "0.25", "--sites", "1", env={"TMPDIR": str(temp)})
    assert result.returncode == 0, result.stderr
    assert not staging.exists() and not camera.exists()
    assert in_use.exists()  # recent: it may belong to a demo still running
    assert list(temp.iterdir()) == []
    with Journal.open(folder) as journal:
        assert check_journal(journal).ok
