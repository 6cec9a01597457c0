"""The labs pane takes a test of its own name and shows the calcium note; the visits pane saves
structured findings and refuses bad ones in words beside the field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from journal.core.domain.lab_tests import NORMAL_LABS_NOTE
from journal.core.domain.model import Site
from journal.core.operations import sites as site_ops
from journal.gui.panes.records import LabsPane, VisitsPane

SHOTS = Path("/tmp/shots13r")


def _save(qtbot, pane) -> None:
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)


def test_a_test_of_its_own_name_is_saved_and_the_calcium_note_shows(qtbot, session, journal) -> None:
    pane = LabsPane(session)
    qtbot.addWidget(pane)
    pane.resize(1100, 640)
    pane.show()
    combo = pane.form.editors["test"].widget
    combo.setEditText("Magnesium")
    for name, value in {"value": "0.8", "unit": "mmol/L"}.items():
        pane.form.editors[name].set_value(value)
    assert pane.calcium_note.isHidden()
    _save(qtbot, pane)
    assert pane.form.visible_errors() == {}
    assert [(lab.test, lab.unit) for lab in journal.store.labs()] == [("Magnesium", "mmol/L")]
    combo.setCurrentIndex(combo.findData("calcium"))
    assert pane.calcium_note.isVisible() and pane.calcium_note.text() == NORMAL_LABS_NOTE
    for name, value in {"value": "9.4", "unit": "mg/dL", "low": "8.6", "high": "10.2"}.items():
        pane.form.editors[name].set_value(value)
    _save(qtbot, pane)
    assert pane.calcium_note.isVisible()  # a calcium result is listed
    assert pane.model.data(pane.model.index(0, 7)) == "17861-6"  # its LOINC code for mg/dL
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert pane.grab().save(str(SHOTS / "labs_pane_note.png"))


def test_visit_findings_are_saved_and_bad_ones_refused_beside_the_field(qtbot, session, journal) -> None:
    site = site_ops.add_site(
        journal, Site.new(name="Right index finger", kind="deposit", region="finger")
    ).value
    pane = VisitsPane(session)
    qtbot.addWidget(pane)
    pane.resize(1100, 900)
    pane.show()
    editors = pane.form.editors
    editors["clinician"].set_value("Dr Meier")
    editors["ultrasound_mm"].set_value("4.2")
    _save(qtbot, pane)
    assert "site" in pane.form.visible_errors()["site_id"]  # an ultrasound needs its site
    assert journal.store.visits() == []
    editors["site_id"].set_value(site.id)
    editors["ultrasound_mm"].set_value("400")
    _save(qtbot, pane)
    assert "out of range" in pane.form.visible_errors()["ultrasound_mm"]
    assert journal.store.visits() == []
    editors["ultrasound_mm"].set_value("4.2")
    editors["ultrasound_depth_mm"].set_value("1.5")
    editors["xray"].set_value("a small calcification")
    editors["biopsy"].set_value(True)
    editors["biopsy_result"].set_value("calcinosis cutis")
    editors["named_type"].set_value("dystrophic")
    _save(qtbot, pane)
    assert pane.form.visible_errors() == {}
    (visit,) = journal.store.visits()
    assert (
        visit.site_id,
        visit.ultrasound_mm,
        visit.ultrasound_depth_mm,
        visit.biopsy,
        visit.named_type,
    ) == (
        site.id,
        4.2,
        1.5,
        True,
        "dystrophic",
    )
    row = [pane.model.data(pane.model.index(0, c)) for c in range(pane.model.columnCount())]
    assert "Right index finger" in row and "4.2 mm thick, 1.5 mm deep" in row
    assert "done: calcinosis cutis" in row
    pane.table.selectRow(0)
    assert pane.grab().save(str(SHOTS / "visits_pane_findings.png"))
