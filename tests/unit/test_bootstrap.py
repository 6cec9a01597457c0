"""scripts/bootstrap.sh on a machine without a suitable Python: it installs Debian's python3 and
python3-venv (as root, with apt-get) before it makes the virtual environment.

The script is sourced, so only its functions run, with a PATH holding stubs and no Python:
`apt-get` records its arguments and, on install, puts a python3 on that PATH; `id` says root
or not. Nothing is installed on this machine."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from journal_helpers import ROOT

BOOTSTRAP = ROOT / "scripts" / "bootstrap.sh"
BASH = shutil.which("bash")
LN = shutil.which("ln")


def _stubs(tmp_path: Path, uid: int, python: str | None = None) -> Path:
    """A bin folder with only what the functions use: id, apt-get, and the given python3."""
    stubs = tmp_path / "bin"
    stubs.mkdir()
    log = tmp_path / "apt-get.log"

    def script(name: str, body: str) -> None:
        path = stubs / name
        path.write_text(f"#!{BASH}\n{body}\n")
        path.chmod(0o755)

    script("id", f"echo {uid}")
    script(
        "apt-get",
        f'echo "$*" >> {log}\nif [ "$1" = install ]; then {LN} -sf {sys.executable} {stubs}/python3; fi',
    )
    if python is not None:
        (stubs / "python3").symlink_to(python)
    return stubs


def _ensure_python(stubs: Path) -> subprocess.CompletedProcess[str]:
    assert BASH is not None
    env = {"PATH": str(stubs), "HOME": os.environ.get("HOME", "/root")}
    return subprocess.run(
        [BASH, "-c", f'source "{BOOTSTRAP}" && ensure_python && echo "PYTHON=$PYTHON"'],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def _apt_calls(tmp_path: Path) -> list[str]:
    log = tmp_path / "apt-get.log"
    return log.read_text().splitlines() if log.exists() else []


@pytest.mark.skipif(BASH is None, reason="needs bash")
def test_without_python_root_installs_debians_python3_and_venv(tmp_path):
    stubs = _stubs(tmp_path, uid=0)
    result = _ensure_python(stubs)
    assert result.returncode == 0, result.stderr
    calls = _apt_calls(tmp_path)
    assert calls[0] == "update -qq"
    assert calls[1].startswith("install ") and calls[1].split()[-2:] == ["python3", "python3-venv"]
    assert result.stdout.strip().endswith("PYTHON=python3")


@pytest.mark.skipif(BASH is None, reason="needs bash")
def test_a_suitable_python_on_the_path_installs_nothing(tmp_path):
    stubs = _stubs(tmp_path, uid=0, python=sys.executable)
    result = _ensure_python(stubs)
    assert result.returncode == 0, result.stderr
    assert _apt_calls(tmp_path) == []
    assert result.stdout.strip() == "PYTHON=python3"


@pytest.mark.skipif(BASH is None, reason="needs bash")
def test_a_python_without_venv_or_too_old_counts_as_none(tmp_path):
    fake = tmp_path / "old-python"
    fake.write_text(f"#!{BASH}\nexit 1\n")  # fails the check, as Debian's python3 without python3-venv does
    fake.chmod(0o755)
    stubs = _stubs(tmp_path, uid=0, python=str(fake))
    result = _ensure_python(stubs)
    assert result.returncode == 0, result.stderr
    assert [c.split()[0] for c in _apt_calls(tmp_path)] == ["update", "install"]


@pytest.mark.skipif(BASH is None, reason="needs bash")
def test_without_python_and_without_root_it_says_what_to_install(tmp_path):
    stubs = _stubs(tmp_path, uid=1000)
    result = _ensure_python(stubs)
    assert result.returncode != 0
    assert _apt_calls(tmp_path) == []
    assert "Python 3.11 or newer" in result.stderr and "apt-get install python3 python3-venv" in result.stderr
