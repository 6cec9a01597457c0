"""Compile the translations into the wheel: resources/i18n/*.ts -> skinjournal_<lang>.qm."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        # Written into resources/i18n, which the wheel carries as journal/_resources.
        subprocess.run(
            [sys.executable, str(root / "scripts" / "translations.py"), "build"], check=True, cwd=root
        )
