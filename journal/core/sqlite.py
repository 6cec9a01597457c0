"""sqlite-utils, imported without numpy.

sqlite-utils imports numpy (about 150 ms) only to map numpy types to column types, which
Skin Journal never inserts. Every core module takes sqlite-utils from here, so the command
line and the window start without numpy; matplotlib imports numpy for real when a chart is
drawn. When numpy is already loaded (a chart came first), nothing is hidden.
"""

from __future__ import annotations

import sys


def _import_without_numpy() -> None:
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` fail fast
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]


_import_without_numpy()

import sqlite_utils as sqlite_utils  # noqa: E402
from sqlite_utils.migrations import Migrations as Migrations  # noqa: E402
