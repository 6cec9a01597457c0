"""A guard against a Qt binding that loses references to None.

PySide6 6.12.0 drops one reference to None at every call of a Qt method that returns
nothing. Python 3.12 and later never free None, but on Python 3.11 the process dies
("deallocating None") after some thousands of such calls: within minutes of using the
window. pyproject.toml keeps that release out; this check says so plainly, before the
journal is opened, if an installation has it anyway.
"""

from __future__ import annotations

import sys

PROBE_CALLS = 200


def none_references_lost(calls: int = PROBE_CALLS) -> int:
    """How many references to None `calls` calls of a Qt method returning nothing lost."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None)


def binding_problem() -> str | None:
    """A message for the person if this Qt binding would crash the window, else None."""
    if none_references_lost() < PROBE_CALLS // 2:
        return None
    import PySide6

    python = ".".join(map(str, sys.version_info[:2]))
    return (
        f"This installation's Qt binding (PySide6 {PySide6.__version__}) has a defect that would make "
        f"the window crash within minutes on Python {python}. Install another PySide6 release, for "
        'example with `pip install "PySide6-Essentials!=6.12.0"`. Your journal was not opened.'
    )
