"""Qt item models over the core's results (no SQL here)."""
