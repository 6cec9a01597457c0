"""Every --out: an existing target that is not a regular file (a symbolic link, a device, a
pipe) is refused and left exactly as it is; the CSV folder must be a real folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from journal_helpers import folder_state, run_cli

FILE_OUTS = {"report": ["report", "--out"], "backup": ["backup", "--out"]}


def _targets(tmp_path: Path) -> dict[str, Path]:
    """A symbolic link to a file, a FIFO and (as root) a character device like /dev/full."""
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    made = {}
    for name, suffix in (("link", ".pdf"), ("fifo", ".pdf"), ("device", ".pdf")):
        made[name] = tmp_path / f"{name}{suffix}"
    made["link"].symlink_to(precious)
    os.mkfifo(made["fifo"])
    if os.geteuid() == 0:
        os.mknod(made["device"], stat.S_IFCHR | 0o600, os.makedev(1, 7))  # what /dev/full is
    else:
        del made["device"]
    return made


def _describe(path: Path) -> tuple[int, str | None, int | None]:
    found = os.lstat(path)
    target = os.readlink(path) if stat.S_ISLNK(found.st_mode) else None
    return stat.S_IFMT(found.st_mode), target, found.st_rdev if stat.S_ISCHR(found.st_mode) else None


@pytest.mark.parametrize("command", list(FILE_OUTS))
def test_an_out_file_that_is_a_link_a_device_or_a_pipe_is_refused_and_kept(journal_dir, tmp_path, command):
    before = folder_state(journal_dir)
    for kind, target in _targets(tmp_path).items():
        if command == "backup":
            target = target.rename(target.with_suffix(".zip"))
        shape = _describe(target)
        result = run_cli(journal_dir, *FILE_OUTS[command], str(target))
        assert result.returncode == 2, (kind, result.stdout, result.stderr)
        assert "not a regular file" in result.stderr and "Traceback" not in result.stderr
        assert _describe(target) == shape, kind  # still the same link, pipe or device
    assert (tmp_path / "precious.txt").read_text() == "keep me"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left
    assert folder_state(journal_dir) == before


def test_an_out_file_that_is_a_regular_file_is_replaced_whole(journal_dir, tmp_path):
    out = tmp_path / "old.zip"
    out.write_text("an old file")
    result = run_cli(journal_dir, "backup", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:2] == b"PK"


def test_the_csv_folder_must_be_a_real_folder_with_ordinary_files(journal_dir, tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "linked").symlink_to(real, target_is_directory=True)
    (tmp_path / "a-file").write_text("x")
    inside = tmp_path / "inside"
    inside.mkdir()
    (inside / "entries.csv").symlink_to(tmp_path / "a-file")
    for out, words in (
        (tmp_path / "linked", "symbolic link"),
        (tmp_path / "a-file", "not a folder"),
        (inside, "not a regular file"),
    ):
        result = run_cli(journal_dir, "export", "csv", "--out", str(out))
        assert result.returncode == 2 and words in result.stderr, result.stderr
    assert list(real.iterdir()) == [] and (tmp_path / "a-file").read_text() == "x"
    assert os.readlink(inside / "entries.csv") == str(tmp_path / "a-file")
