"""Helpers shared by the core and command-line tests: run the real CLI, fingerprint a folder."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SKINJOURNAL = Path(sys.executable).parent / "skinjournal"  # the console script of this venv


def run_cli(
    journal_dir: Path | None,
    *args: str,
    env: dict[str, str] | None = None,
    script: bool = False,
    cwd: Path | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """`python -m journal [--journal DIR] ARGS` (or the `skinjournal` script) in a child process."""
    command = [str(SKINJOURNAL)] if script else [sys.executable, "-m", "journal"]
    if journal_dir is not None:
        command += ["--journal", str(journal_dir)]
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        command + list(args), capture_output=True, text=True, env=full_env, cwd=cwd or ROOT, timeout=timeout
    )


def cli_json(journal_dir: Path, *args: str) -> Any:
    result = run_cli(journal_dir, *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under `folder` (including a -wal with content and hidden temporaries) with its
    SHA-256. SQLite's scratch files are left out: the -shm (an index of the -wal, rebuilt from it)
    and an empty -wal, which a read-only connection leaves behind and the next writer removes."""
    state = {}
    for path in sorted(folder.rglob("*")):
        if (
            not path.is_file()
            or path.name.endswith("-shm")
            or (path.name.endswith("-wal") and path.stat().st_size == 0)
        ):
            continue
        state[path.relative_to(folder).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return state


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
