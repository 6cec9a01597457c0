"""Every control of the panes can be reached by keyboard and has a name for screen readers."""

from __future__ import annotations

import pytest
from pane_helpers import add_entry, add_site, skin_photo
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QWidget,
)

from journal.gui.panes.alerts_pane import AlertsPane
from journal.gui.panes.charts_pane import ChartsPane
from journal.gui.panes.compare_view import CompareDialog
from journal.gui.panes.records import CarePane, DailyPane, LabsPane, VisitsPane

CONTROLS = (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QAbstractItemView,
    QGraphicsView,
)


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed_or_unreachable(root: QWidget) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QHeaderView | QScrollBar) or widget.objectName() == "qt_tableview_cornerbutton":
            continue  # parts of a view, reached through the view (scroll bars by its arrow keys)
        if _inside(widget, (QComboBox, QAbstractSpinBox)):
            continue  # the popup list or text part of a combo or spin box
        if isinstance(widget, QAbstractButton):
            named = bool(widget.text() or widget.accessibleName())
        elif isinstance(widget, CONTROLS):
            named = bool(widget.accessibleName())
        else:
            continue
        if not named:
            problems.append(f"{type(widget).__name__} without a name")
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            problems.append(f"{type(widget).__name__} {widget.accessibleName()!r} not reachable by keyboard")
    return problems


@pytest.mark.parametrize("pane_type", [DailyPane, LabsPane, CarePane, VisitsPane, AlertsPane, ChartsPane])
def test_pane_controls_are_named_and_reachable(qtbot, session, pane_type):
    pane = pane_type(session)
    qtbot.addWidget(pane)
    assert _unnamed_or_unreachable(pane) == []


def test_compare_controls_are_named_and_reachable(qtbot, session, tmp_path):
    site = add_site(session)
    add_entry(session, site, "2026-01-10", [skin_photo(tmp_path, "a.jpg", (200, 40, 40))])
    add_entry(session, site, "2026-02-10", [skin_photo(tmp_path, "b.jpg", (40, 40, 200))])
    dialog = CompareDialog(session, site.id)
    qtbot.addWidget(dialog)
    assert _unnamed_or_unreachable(dialog) == []
