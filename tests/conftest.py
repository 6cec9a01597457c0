"""Shared test set-up: headless Qt, no network, real journals in temporary folders."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SAMPLES = TESTS / "samples"  # a copy of the shared sample inputs, kept in the repository

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
# The app's log (platform log folder) goes to a folder of this test run, never the user's.
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="skinjournal-test-state-")
# So do the window layouts that the windows started by tests remember (Qt's settings).
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="skinjournal-test-config-")
# Child processes (the CLI under test) load the same network guard through sitecustomize.
_guard = str(TESTS / "netguard")
os.environ["PYTHONPATH"] = os.pathsep.join([_guard, str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(
    os.pathsep
)
sys.path.insert(0, _guard)
import sitecustomize  # noqa: E402,F401  (installs the audit hook in this process too)

from journal.core.journal import Journal  # noqa: E402

_qt_app: object = None


def pytest_configure(config: pytest.Config) -> None:
    """The run's one Qt application is a QApplication, made before any test. Drawing a summary
    makes a bare QGuiApplication when none runs (all the command line needs), and once one exists
    Qt cannot make the QApplication a window needs: a unit test that wrote a PDF in-process made
    every window test after it in the same run abort."""
    global _qt_app
    from PySide6.QtWidgets import QApplication

    _qt_app = QApplication.instance() or QApplication([sys.argv[0]])


@pytest.fixture(scope="session")
def _template_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated journal made once; each test gets a copy (fast and isolated)."""
    folder = tmp_path_factory.mktemp("template") / "journal"
    Journal.open(folder).close()
    return folder


@pytest.fixture
def journal_dir(tmp_path: Path, _template_journal: Path) -> Path:
    target = tmp_path / "journal"
    shutil.copytree(_template_journal, target)
    target.chmod(0o700)
    return target


@pytest.fixture
def journal(journal_dir: Path):
    j = Journal.open(journal_dir)
    yield j
    j.close()


@pytest.fixture
def samples() -> Path:
    return SAMPLES
