"""A package's names loaded on first use (PEP 562), so importing one of its small modules does
not import the whole package behind its `__init__`.

    __getattr__ = lazy_names(__name__, {"Alert": "model", "current_alerts": "service"})

The package keeps the same names under `if TYPE_CHECKING:` imports for the type checker.
Used where the window's start-up would otherwise pay for code it first needs later (the
summary's layout, the alert rules): start-up time is a target of its own (scripts/bench_window.py).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` that imports `package.<homes[name]>` when `name` is first asked."""

    def __getattr__(name: str) -> Any:  # noqa: N807 (the name PEP 562 looks for)
        module = homes.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)  # later lookups find it directly
        return value

    return __getattr__
