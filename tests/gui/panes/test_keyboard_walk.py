"""Keyboard only: Tab walks every screen, reaches each control that takes the focus and leaves
every table (Qt's tables move cell by cell on Tab unless told otherwise)."""

from __future__ import annotations

import pytest
from pane_helpers import add_entry, add_site, skin_photo
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QTabBar,
    QWidget,
)

from journal.core.domain.model import LabResult
from journal.core.operations import Changes
from journal.gui.dialogs.entry_editor import EntryEditor
from journal.gui.dialogs.photo_viewer import open_photo_viewer
from journal.gui.dialogs.profile_dialog import ProfileDialog
from journal.gui.dialogs.report_dialog import ReportDialog
from journal.gui.dialogs.settings_dialog import SettingsDialog
from journal.gui.dialogs.site_dialog import SiteDialog
from journal.gui.panes.compare_view import CompareDialog

RED, BLUE = (200, 40, 40), (40, 40, 200)


def _part_of_another(widget: QWidget) -> bool:
    """The line edit inside a spin box or combo box, a view's viewport: reached through their owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def _focusable(root: QWidget) -> list[QWidget]:
    wanted = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or _part_of_another(widget):
            continue
        if not widget.isVisible() or not widget.isEnabled() or widget.focusProxy() is not None:
            continue
        if isinstance(widget, QTabBar) and widget.count() < 2:
            continue
        wanted.append(widget)
    return wanted


def _name(widget: QWidget) -> str:
    text = widget.accessibleName() or getattr(widget, "text", lambda: "")() or widget.objectName()
    return f"{type(widget).__name__} {text!r}"


def walk(qtbot, root: QWidget, start: QWidget | None = None) -> list[QWidget]:
    """Press Tab until the focus comes round again; each table must hand the focus on."""
    root.activateWindow()
    qtbot.waitUntil(root.isActiveWindow, timeout=3000)
    (start or _focusable(root)[0]).setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    first = QApplication.focusWidget()
    seen: list[QWidget] = []
    for _ in range(400):
        widget = QApplication.focusWidget()
        seen.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        if isinstance(widget, QAbstractItemView):
            assert after is not widget, f"Tab does not leave {_name(widget)}"
        if after is first:
            break
    else:
        pytest.fail("Tab never came back to where it started")
    return seen


def check_walk(qtbot, root: QWidget, start: QWidget | None = None) -> None:
    seen = walk(qtbot, root, start)
    reached = {id(w) for w in seen}
    missed = [_name(w) for w in _focusable(root) if id(w) not in reached]
    assert missed == [], f"Tab never reaches {missed}; it went {[_name(w) for w in seen]}"


@pytest.fixture
def filled(session, tmp_path):
    """A site with two photographed entries and a lab result: every pane has rows and buttons."""
    site = add_site(session)
    add_entry(session, site, "2026-01-10", [skin_photo(tmp_path, "a.jpg", RED)], size_mm=3.0, pain=2)
    add_entry(session, site, "2026-02-10", [skin_photo(tmp_path, "b.jpg", BLUE)], size_mm=3.5, pain=1)
    session.store.add_lab(
        LabResult.new(date="2026-01-05", test="calcium", value=2.7, unit="mmol/L", high=2.55)
    )
    session.notify(Changes.of(labs=[]))
    return site


@pytest.mark.parametrize("tab", ["timeline", "charts", "alerts", "daily", "labs", "care", "visits"])
def test_tab_walks_each_tab_of_the_window(qtbot, filled, window, tab):
    window.session.site_selected.emit(filled.id)
    pane = window.show_tab(tab)
    if tab == "charts":
        qtbot.waitUntil(lambda: pane.up_to_date and pane.canvas is not None, timeout=10_000)
    if tab == "timeline":
        qtbot.waitUntil(lambda: window.timeline.current_entry() is not None, timeout=3000)
    window.tabs.tabBar().setFocus()
    check_walk(qtbot, window, window.tabs.tabBar())


def test_tab_walks_the_charts_table(qtbot, filled, window):
    window.session.site_selected.emit(filled.id)
    pane = window.show_tab("charts")
    qtbot.waitUntil(lambda: pane.up_to_date and pane.canvas is not None, timeout=10_000)
    pane.table_toggle.setChecked(True)
    check_walk(qtbot, window, pane.table_toggle)


def test_tab_walks_the_entry_editor(qtbot, session, filled):
    for entry in (None, session.store.entries(filled.id)[0]):
        editor = EntryEditor(session, filled.id, entry=entry)
        qtbot.addWidget(editor)
        editor.show()
        check_walk(qtbot, editor, editor.site)


def test_tab_walks_the_site_dialog(qtbot, session, filled):
    dialog = SiteDialog(session, session.store.site(filled.id))
    qtbot.addWidget(dialog)
    dialog.show()
    check_walk(qtbot, dialog)


@pytest.mark.parametrize("dialog_type", [SettingsDialog, ProfileDialog])
def test_tab_walks_preferences_and_profile(qtbot, session, dialog_type):
    dialog = dialog_type(session)
    qtbot.addWidget(dialog)
    dialog.show()
    check_walk(qtbot, dialog)


def test_tab_walks_the_photo_viewer_and_compare(qtbot, session, filled):
    viewer = open_photo_viewer(None, session, session.store.photos(site_id=filled.id)[0])
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: bool(viewer.view.image_items()), timeout=5000)
    check_walk(qtbot, viewer)
    compare = CompareDialog(session, filled.id)
    qtbot.addWidget(compare)
    compare.show()
    check_walk(qtbot, compare)


def _labels_without_mnemonic(root: QWidget) -> list[str]:
    """Each form label of a field that takes the focus: its text has an underlined letter (Alt+it)."""
    missing = []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            text = label.widget().text().replace("&&", "")
            if label.widget().isVisibleTo(root) and "&" not in text:
                missing.append(text)
    return missing


def _all_screens(qtbot, session, site, window):
    yield window
    for tab in ("charts", "alerts", "daily", "labs", "care", "visits"):
        yield window.show_tab(tab)
    for screen in (
        EntryEditor(session, site.id),
        SiteDialog(session, session.store.site(site.id)),
        SettingsDialog(session),
        ProfileDialog(session),
        CompareDialog(session, site.id),
        ReportDialog(session.journal),
    ):
        qtbot.addWidget(screen)
        screen.show()
        yield screen


def test_every_form_label_has_a_mnemonic(qtbot, filled, window):
    missing = {
        type(screen).__name__: found
        for screen in _all_screens(qtbot, window.session, filled, window)
        if (found := _labels_without_mnemonic(screen))
    }
    assert missing == {}, list(missing)


def underlined_letters(root: QWidget) -> list[str]:
    """The Alt+letters of a dialog's form labels and buttons, each as often as it is underlined."""
    from journal.gui.mnemonics import taken_letters

    texts = [label.text() for label in root.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in root.findChildren(QAbstractButton)]
    return [letter for text in texts for letter in taken_letters([text])]


def test_the_summary_dialogs_labels_have_letters_of_their_own(qtbot, filled, session):  # noqa: ARG001
    """From, To, Sites, Questions and Paper had no Alt+letter, unlike every other form."""
    dialog = ReportDialog(session.journal)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _labels_without_mnemonic(dialog) == []
    letters = underlined_letters(dialog)
    assert len(letters) == len(set(letters)), letters
