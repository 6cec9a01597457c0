"""Starting the window imports only what showing it needs: no Pillow until a photo is decoded."""

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
