"""The entry editor asks what fits the site, keeps what is already logged, and shows "not checked"
unlike a 0."""

from __future__ import annotations

from journal.core.domain.model import Entry, Site
from journal.gui.dialogs.entry_editor import EntryEditor


def _editor(qtbot, session, site_id, entry=None) -> EntryEditor:
    editor = EntryEditor(session, site_id, entry=entry)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _shown(editor: EntryEditor) -> set[str]:
    form = editor.form
    return {
        field
        for field, widget in form.fields().items()
        if (form.signs_layout if field in form.signs else form.values_layout).isRowVisible(widget)
        and widget.isVisible()
    }


def test_an_area_is_asked_about_its_feel_a_deposit_about_its_measure(qtbot, session, journal, elbow) -> None:
    scalp = journal.store.add_site(Site.new(name="Scalp crown", kind="area", region="scalp"))
    editor = _editor(qtbot, session, scalp.id)
    shown = _shown(editor)
    assert {"tightness", "mobility", "shiny", "pale", "hair_thinning", "pain", "ulcerated"} <= shown
    assert not shown & {"size_mm", "width_mm", "size_method", "count", "colour", "restricted_movement"}
    # The elbow: a deposit near a joint.
    editor.site.setCurrentIndex(editor.site.findData(elbow.id))
    shown = _shown(editor)
    assert {"size_mm", "width_mm", "size_method", "count", "colour", "restricted_movement", "pain"} <= shown
    assert not shown & {"tightness", "mobility", "shiny", "pale", "hair_thinning"}


def test_a_value_stored_in_a_field_that_does_not_fit_is_shown_and_kept(qtbot, session, journal) -> None:
    scalp = journal.store.add_site(Site.new(name="Scalp crown", kind="area", region="scalp"))
    saved, _ = journal.add_entry(
        Entry.new(site_id=scalp.id, date="2026-03-01", tightness=4, size_mm=3.5, restricted_movement=True)
    )
    editor = _editor(qtbot, session, scalp.id, entry=saved)
    assert {"size_mm", "restricted_movement", "tightness"} <= _shown(editor)
    assert "count" not in _shown(editor)
    editor.note.setPlainText("looked again")
    editor.save_button.click()
    again = journal.store.entry(saved.id)
    assert (again.size_mm, again.restricted_movement, again.tightness) == (3.5, True, 4)
    assert again.note == "looked again"


def test_not_checked_looks_different_from_zero(qtbot, session, elbow) -> None:
    editor = _editor(qtbot, session, elbow.id)
    pain, size, colour = editor.form.pain, editor.form.size, editor.form.colour
    assert pain.value() is None and pain.value_label.property("unset") is True
    assert pain.value_label.font().italic() and pain.slider.graphicsEffect() is not None
    unset_colour = pain.value_label.palette().color(pain.value_label.foregroundRole())
    pain.set_value(0)
    assert pain.value() == 0 and pain.value_label.text() == "0 of 10"
    assert pain.value_label.property("unset") is False and not pain.value_label.font().italic()
    assert pain.slider.graphicsEffect() is None  # a 0 is a value: full strength
    assert pain.value_label.palette().color(pain.value_label.foregroundRole()) != unset_colour
    pain.set_value(None)
    assert pain.value_label.property("unset") is True and pain.slider.graphicsEffect() is not None

    assert size.measured() is None and size.property("unset") is True and size.font().italic()
    size.setValue(0.0)
    assert size.measured() == 0.0 and size.property("unset") is False and not size.font().italic()
    assert colour.value() is None and colour.property("unset") is True
    colour.setCurrentIndex(1)
    assert colour.property("unset") is False and not colour.font().italic()
