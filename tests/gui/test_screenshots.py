"""Screenshots of the window on the demo journal, the entry editor, the charts and the compare
view, saved as PNGs (under the test's folder and in /tmp/shots) for a person to look at."""

from __future__ import annotations

from PySide6.QtGui import QImage

from journal.core.journal import Journal
from journal.gui.dialogs.entry_editor import EntryEditor
from journal.gui.main_window import MainWindow
from journal.gui.models.timeline_model import Column, TimelineRole
from journal.gui.session import JournalSession


def _not_blank(path) -> None:
    image = QImage(str(path))
    assert image.width() > 300 and image.height() > 200
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)}
    assert len(colours) > 12, f"{path.name} looks empty (an unpainted grab has one or two colours)"


def test_window_editor_charts_and_compare_on_the_demo(qtbot, demo_dir, settings, save_shot) -> None:
    journal = Journal.open(demo_dir)
    try:
        session = JournalSession(journal)
        window = MainWindow(session, settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not session.alerts_pending, timeout=20000)  # the banner and badges filled in
        model = window.timeline.model
        visible = [model.index(row, Column.PHOTO).data(TimelineRole.THUMB_KEY) for row in range(6)]
        keys = [key for key in visible if key]
        assert keys, "the demo's newest entries have photos"
        qtbot.waitUntil(lambda: all(window.thumbnails.is_cached(key) for key in keys), timeout=20000)
        qtbot.wait(50)  # one more paint with the pictures in place
        _not_blank(save_shot(window, "main-window"))

        charts = window.show_tab("charts")
        qtbot.waitUntil(lambda: charts.canvas is not None and charts.canvas.isVisible(), timeout=20000)
        qtbot.wait(300)  # laid out and drawn at its final size
        _not_blank(save_shot(window, "charts"))
        window.show_tab("timeline")

        editor = EntryEditor(session, session.current_site_id, parent=window)
        qtbot.addWidget(editor)
        editor.form.tightness.set_value(3)
        editor.form.size.set_measured(4.2)
        editor.show()
        qtbot.waitExposed(editor)
        _not_blank(save_shot(editor, "entry-editor"))
        editor.reject()

        window.commands["compare"].trigger()
        compare = window.compare
        qtbot.addWidget(compare)
        qtbot.waitExposed(compare)
        qtbot.wait(500)
        _not_blank(save_shot(compare, "compare"))
        compare.close()

        # A dark system palette: every colour of the window follows it.
        from PySide6.QtGui import QColor, QPalette
        from PySide6.QtWidgets import QApplication

        light = QApplication.palette()
        dark = QPalette(light)
        for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#1e1e1e"),
                             (QPalette.ColorRole.AlternateBase, "#262626"), (QPalette.ColorRole.Text, "#e6e6e6"),
                             (QPalette.ColorRole.WindowText, "#e6e6e6"), (QPalette.ColorRole.Button, "#353535"),
                             (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Mid, "#5a5a5a"),
                             (QPalette.ColorRole.Midlight, "#444444"), (QPalette.ColorRole.PlaceholderText, "#9a9a9a")):
            dark.setColor(role, QColor(colour))
        QApplication.setPalette(dark)
        try:
            qtbot.wait(100)
            _not_blank(save_shot(window, "main-window-dark"))
        finally:
            QApplication.setPalette(light)
        window.close()
    finally:
        journal.close()


def test_welcome_and_due_checks(qtbot, session, settings, journal, save_shot) -> None:
    import datetime as dt

    from journal.core.domain.model import Entry, Site
    from journal.gui.dialogs.welcome import WelcomeDialog

    welcome = WelcomeDialog("/home/someone/.local/share/SkinJournal")
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.waitExposed(welcome)
    _not_blank(save_shot(welcome, "welcome"))

    today = dt.date.today()
    for name, region, days in (("Scalp crown", "scalp", 12), ("Left elbow", "elbow", 30), ("Right knee", "knee", None)):
        site = journal.store.add_site(Site.new(name=name, kind="area" if region == "scalp" else "deposit",
                                               region=region))
        if days is not None:
            journal.add_entry(Entry.new(site_id=site.id, date=today - dt.timedelta(days=days), tightness=4))
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.sites.reminders.isVisible()
    _not_blank(save_shot(window, "due-checks"))
