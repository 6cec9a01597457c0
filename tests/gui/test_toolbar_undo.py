"""The toolbar's Undo and Redo stay short and readable; the step they take is named in their tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QToolButton

from journal.core.domain.model import Entry
from journal.core.operations import entries as ops


def _button(window, text: str) -> QToolButton:
    toolbar = window.findChild(QToolBar, "main-toolbar")
    buttons = [
        b for b in toolbar.findChildren(QToolButton) if b.defaultAction() and b.defaultAction().text() == text
    ]
    assert len(buttons) == 1, [b.text() for b in toolbar.findChildren(QToolButton)]
    return buttons[0]


def test_toolbar_undo_is_short_names_its_step_and_undoes_it(qtbot, window, session, elbow, save_shot) -> None:
    undo = _button(window, "Undo")
    assert not undo.isEnabled()
    session.do(ops.add_entry(session.journal, Entry.new(site_id=elbow.id, date="2026-03-02", pain=2)))
    assert undo.isEnabled() and undo.text() == "Undo"
    assert "Left elbow on 2026-03-02" in undo.defaultAction().toolTip()
    save_shot(window, "toolbar-undo")
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert session.store.entries() == []
    redo = _button(window, "Redo")
    assert redo.isEnabled() and redo.text() == "Redo"
    assert "Left elbow on 2026-03-02" in redo.defaultAction().toolTip()
