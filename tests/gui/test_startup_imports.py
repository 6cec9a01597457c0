"""Starting the window imports only what showing it needs: no Pillow until a photo is decoded,
no summary layout until a summary is asked for, no log file machinery before the window is up."""

from __future__ import annotations

import os
import subprocess
import sys

from until_idle import UNTIL_IDLE


def test_window_opens_without_importing_pillow(demo_dir, tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, str(UNTIL_IDLE), "--journal", str(demo_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "idle_at=" in result.stdout
    assert "pillow_loaded=False" in result.stdout
    loaded = next(line for line in result.stdout.splitlines() if line.startswith("modules=")).split("=", 1)[1]
    modules = set(loaded.split(","))
    assert "journal.core.journal" in modules  # the list is the real one
    assert "journal.report.document" not in modules  # the summary's layout and content
    assert "journal.core.summary.content" not in modules
    assert "logging.handlers" not in modules  # the log file opens once the window is up
