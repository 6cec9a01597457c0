"""Screenshots at 1024x700 on the demo journal, for a person to look at: the main window, the alerts
as grouped lines, and the entry editor for an area and for a deposit (each asks what fits)."""

from __future__ import annotations

from journal.core.journal import Journal
from journal.gui.dialogs.entry_editor import EntryEditor
from journal.gui.main_window import MainWindow
from journal.gui.models.alerts_model import AlertColumn
from journal.gui.session import JournalSession


def _shown(editor: EntryEditor) -> set[str]:
    form = editor.form
    return {
        field
        for field, widget in form.fields().items()
        if (form.signs_layout if field in form.signs else form.values_layout).isRowVisible(widget)
    }


def test_calm_window_at_1024x700(qtbot, demo_dir, settings, save_shot) -> None:
    journal = Journal.open(demo_dir)
    try:
        session = JournalSession(journal)
        window = MainWindow(session, settings)
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not session.alerts_pending, timeout=20_000)
        qtbot.wait(100)
        save_shot(window, "calm-main-window-1024x700")
        assert window.width() == 1024

        pane = window.show_tab("alerts")
        pane.show_acknowledged.setChecked(True)
        qtbot.waitUntil(lambda: pane.table.viewport().width() > 150)
        qtbot.wait(100)
        save_shot(window, "calm-alerts-grouped-1024x700")
        model = pane.model
        signs = [
            (model.index(r, AlertColumn.SITE).data(), model.index(r, AlertColumn.SIGN).data())
            for r in range(model.rowCount())
        ]
        assert len(set(signs)) == len(signs)  # one line per site and sign
        dates = [model.index(r, AlertColumn.DATE).data() for r in range(model.rowCount())]
        assert dates == sorted(dates, reverse=True)

        sites = journal.store.sites()
        for kind in ("area", "deposit"):
            # A deposit near a joint when the demo has one: it is also asked about the joint.
            site = sorted((s for s in sites if s.kind == kind), key=lambda s: not s.near_joint)[0]
            editor = EntryEditor(session, site.id, parent=window)
            qtbot.addWidget(editor)
            editor.resize(1024, 700)
            editor.show()
            qtbot.waitExposed(editor)
            save_shot(editor, f"calm-entry-editor-{kind}")
            shown = _shown(editor)
            assert ("tightness" in shown) == (kind == "area") and ("size_mm" in shown) == (kind == "deposit")
            assert ("restricted_movement" in shown) == site.near_joint
            editor.close()
    finally:
        journal.close()
