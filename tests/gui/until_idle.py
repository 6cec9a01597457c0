"""Where the tests find the script that starts the real window and quits once it is idle."""

from pathlib import Path

UNTIL_IDLE = Path(__file__).resolve().parents[2] / "scripts" / "window_until_idle.py"
