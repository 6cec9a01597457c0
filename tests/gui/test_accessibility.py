"""Every control of the window, the entry editor and the site dialog can be reached with the
keyboard and has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QScrollBar,
    QTabBar,
    QWidget,
)

from journal.core.domain.model import Entry
from journal.gui.dialogs.entry_editor import EntryEditor
from journal.gui.dialogs.site_dialog import SiteDialog


def _spoken_name(widget: QWidget, buddies: set[int]) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.text()
    if id(widget) in buddies:
        return "(labelled)"
    return ""


def _unnamed_controls(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget, (QScrollBar, QTabBar)):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if (
            isinstance(widget.parent(), QAbstractScrollArea)
            or type(widget).__name__.startswith("Q")
            and widget.objectName().startswith("qt_")
        ):
            continue  # Qt's own inner parts of a view or a spin box
        if widget.focusProxy() is not None:
            continue  # the proxy is the control
        if not _spoken_name(widget, buddies):
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"
            )
    return missing


def test_entry_editor_controls_are_named(qtbot, session, journal, elbow) -> None:
    saved, _ = journal.add_entry(Entry.new(site_id=elbow.id, date="2026-03-01"))
    for entry in (None, saved):
        editor = EntryEditor(session, elbow.id, entry=entry)
        qtbot.addWidget(editor)
        editor.show()
        assert _unnamed_controls(editor) == []


def test_site_dialog_controls_are_named(qtbot, session, journal, elbow) -> None:
    for site in (None, journal.store.site(elbow.id)):
        dialog = SiteDialog(session, site)
        qtbot.addWidget(dialog)
        dialog.show()
        assert _unnamed_controls(dialog) == []


def test_main_window_controls_are_named(qtbot, window) -> None:
    assert _unnamed_controls(window.sites) == []
    assert _unnamed_controls(window.timeline) == []


def test_tab_reaches_every_field_of_the_editor(qtbot, session, elbow) -> None:
    editor = EntryEditor(session, elbow.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.site.setFocus()
    reached = set()
    for _ in range(80):
        reached.add(id(editor.focusWidget()))
        editor.focusNextChild()
    wanted = [
        editor.site,
        editor.date,
        editor.form.colour,  # the elbow is a deposit: its fields, not an area's tightness
        editor.form.size,
        editor.form.pain.slider,
        editor.note,
        editor.photos.add_button,
        editor.save_button,
        *editor.form.signs.values(),
    ]
    assert all(id(w) in reached or id(w.focusProxy()) in reached for w in wanted)
