"""The Qt binding in use keeps its references to None.

PySide6 6.12.0 lost one at every call of a method returning nothing; on Python 3.11 the
window then died ("deallocating None") after a few hundred repaints. The window must
refuse such a binding with a message rather than crash in use."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QLabel
from until_idle import UNTIL_IDLE

from journal.gui.app import EXIT_REFUSED
from journal.gui.binding_check import binding_problem, none_references_lost


def test_thousands_of_qt_calls_keep_none_alive(qapp):  # noqa: ARG001
    label = QLabel("Left forearm")
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("Left forearm")
        label.update()
    assert before - sys.getrefcount(None) < 100
    assert none_references_lost() < 100
    assert binding_problem() is None


def test_the_window_refuses_a_binding_that_loses_references_to_none(tmp_path):
    # The defect is simulated in a child process by a binding wrapper that drops a reference
    # to None at each call, as PySide6 6.12.0 did; the window must say so and open nothing.
    shim = tmp_path / "sitecustomize.py"
    shim.write_text(
        "import ctypes, PySide6.QtCore as core\n"
        "real = core.QObject.setObjectName\n"
        "def leaky(self, name):\n"
        "    real(self, name)\n"
        "    ctypes.pythonapi.Py_DecRef(ctypes.py_object(None))\n"
        "core.QObject.setObjectName = leaky\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]),
    }
    folder = tmp_path / "journal"
    result = subprocess.run(
        [sys.executable, str(UNTIL_IDLE), "--journal", str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == EXIT_REFUSED, result.stderr
    assert "would make the window crash" in result.stderr
    assert not folder.exists()  # nothing was created or opened
