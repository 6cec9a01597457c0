"""Controls a stiff hand can hit: buttons, boxes and sliders at least 32 px high in the entry
editor and the window's panes; 0-10 ratings with - and + steppers; "Same as last time"."""

from __future__ import annotations

import pytest
from pane_helpers import add_entry, add_site
from PySide6.QtWidgets import QWidget
from test_keyboard_walk import filled  # noqa: F401 (a fixture)

from journal.gui.dialogs.entry_editor import EntryEditor
from journal.gui.widgets.targets import MIN_TARGET_PX, is_target

TABS = ["timeline", "charts", "alerts", "daily", "labs", "care", "visits"]


def _too_small(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.accessibleName() or getattr(w, 'text', lambda: '')()!r}: {w.height()} px"
        for w in root.findChildren(QWidget)
        if is_target(w) and w.isVisible() and w.height() < MIN_TARGET_PX
    ]


@pytest.mark.parametrize("tab", TABS)
def test_the_windows_controls_are_large_enough(qtbot, filled, window, tab):  # noqa: F811
    window.session.site_selected.emit(filled.id)
    pane = window.show_tab(tab)
    if tab == "charts":
        qtbot.waitUntil(lambda: pane.up_to_date, timeout=10_000)
    assert _too_small(window) == []


def test_the_entry_editors_controls_are_large_enough(qtbot, session, filled):  # noqa: F811
    editor = EntryEditor(session, filled.id, entry=session.store.entries(filled.id)[0])
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert _too_small(editor) == []
    assert editor.save_button.sizeHint().height() < MIN_TARGET_PX <= editor.save_button.height()  # raised


def test_ratings_step_with_minus_and_plus(qtbot, session, filled):  # noqa: F811
    editor = EntryEditor(session, filled.id)
    qtbot.addWidget(editor)
    pain = editor.form.pain
    assert pain.value() is None
    pain.more_button.click()
    assert pain.value() == 1 and pain.value_label.text() == "1 of 10"
    pain.less_button.click()
    pain.less_button.click()  # not below 0
    assert pain.value() == 0
    for _ in range(12):
        pain.more_button.click()
    assert pain.value() == 10
    assert (
        pain.less_button.accessibleName() == "Less pain" and pain.more_button.accessibleName() == "More pain"
    )
    editor.form.tightness.less_button.click()  # from "not checked", the first step down is 0
    assert editor.form.tightness.value() == 0


def test_same_as_last_time_fills_in_the_previous_entrys_values(qtbot, session, journal, tmp_path):
    site = add_site(session)
    add_entry(session, site, "2026-01-10", size_mm=3.0, count=2, pain=2, inflamed=True, note="first")
    editor = EntryEditor(session, site.id)
    qtbot.addWidget(editor)
    editor.note.setPlainText("today's own note")
    editor.same_button.click()
    values = editor.values()
    assert (values["size_mm"], values["count"], values["pain"], values["inflamed"]) == (3.0, 2, 2, True)
    assert values["note"] == "today's own note" and values["date"] != editor.previous_entry().date
    assert "2026-01-10" in editor.same_note.text()
    editor.form.pain.less_button.click()  # confirm or change: one tap to say it hurts less
    editor.save_button.click()
    newest = session.store.entries(site.id, newest_first=True)[0]
    assert (newest.size_mm, newest.pain, newest.note) == (3.0, 1, "today's own note")
    assert session.store.photos(entry_id=newest.id) == []


def test_same_as_last_time_when_editing_takes_the_entry_before(qtbot, session):
    site = add_site(session)
    add_entry(session, site, "2026-01-10", pain=5)
    second = add_entry(session, site, "2026-02-10", pain=1)
    editor = EntryEditor(session, site.id, entry=second)
    qtbot.addWidget(editor)
    editor.same_button.click()
    assert editor.form.pain.value() == 5
    other = add_site(session, name="Scalp", region="scalp")
    editor.site.setCurrentIndex(editor.site.findData(other.id))
    assert not editor.same_button.isEnabled()  # a site with no entry has no last time


def test_the_larger_editor_still_fits_a_1024x700_screen(qtbot, session, filled):  # noqa: F811
    editor = EntryEditor(session, filled.id)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.minimumSizeHint().height() <= 600  # the fields scroll; Save stays in view
    body = editor.fields_area.widget()
    assert body.minimumSizeHint().width() <= 1000  # the steppers fit beside each slider
    assert editor.height() <= editor.screen().availableGeometry().height()
