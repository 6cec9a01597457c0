"""The pane tests: a window session over a real journal in a tmp folder."""

from __future__ import annotations

import pytest

from journal.gui.session import JournalSession


@pytest.fixture
def session(qtbot, journal):  # qtbot first: a QApplication must exist before any QObject
    return JournalSession(journal)
