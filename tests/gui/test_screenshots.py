"""Screenshots of the window on the demo journal, the entry editor, the charts and the compare
view, saved as PNGs (under the test's folder and in /tmp/shots) for a person to look at.

Each asserts what that person would check on the screen: the title, the site names in the
list, the banner's words, the newest entry with its photo, the chart's axis, the captions."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from journal.core.alerts import current_alerts
from journal.core.journal import Journal
from journal.gui.dialogs.entry_editor import EntryEditor
from journal.gui.main_window import MainWindow
from journal.gui.models.timeline_model import Column, TimelineRole
from journal.gui.session import JournalSession


def _colours(image: QImage, rect: QRect | None = None, step: int = 3) -> set[int]:
    rect = rect or image.rect()
    return {
        image.pixel(x, y)
        for x in range(rect.left(), rect.right(), step)
        for y in range(rect.top(), rect.bottom(), step)
    }


def _lightness(image: QImage) -> float:
    """The average lightness (0-255) of the picture, as an eye would judge light or dark."""
    values = [
        QColor(image.pixel(x, y)).lightness()
        for x in range(0, image.width(), 17)
        for y in range(0, image.height(), 17)
    ]
    return sum(values) / len(values)


def _on_screen(view, index) -> bool:
    """The row is drawn inside the visible part of its view (a person can read it)."""
    return view.viewport().rect().contains(view.visualRect(index))


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
        shot = QImage(str(save_shot(window, "main-window")))
        # What a person checks on this screen: the title names the journal, ...
        assert window.windowTitle() == demo_dir.name
        # ... every site's name is there in the list, ...
        sites = window.sites.view
        rows = [sites.model().index(row, 0) for row in range(sites.model().rowCount())]
        assert all(_on_screen(sites, index) for index in rows)
        names = sorted(site.name for site in journal.store.sites(include_archived=False))
        assert sorted(next(n for n in names if n in index.data()) for index in rows) == names
        # ... the banner says how many warning signs (a site and sign, repeats once) wait for a look, ...
        from journal.core.alerts.grouping import needing_a_look

        open_alerts = [a for a in current_alerts(journal.store) if a.status == "open"]
        assert open_alerts and window.banner.isVisible()
        lines = needing_a_look(open_alerts)
        many = lines != 1
        assert window.banner.label.text() == (
            f"{lines} warning sign{'s' if many else ''} need{'' if many else 's'} a professional look"
        )
        # ... the timeline shows the chosen site, newest entry on top with its photo in the first cell.
        site = journal.store.site(session.current_site_id)
        assert window.timeline.title.text() == site.name
        newest = journal.store.entries(site.id, newest_first=True)[0]
        assert model.index(0, Column.DATE).data() == newest.date.isoformat()
        view = window.timeline.view
        cell = view.visualRect(model.index(0, Column.PHOTO)).translated(
            view.viewport().mapTo(window, QPoint(0, 0))
        )
        assert len(_colours(shot, cell)) > 40, "the first row's photo cell shows no picture"

        charts = window.show_tab("charts")
        qtbot.waitUntil(lambda: charts.canvas is not None and charts.canvas.isVisible(), timeout=20000)
        qtbot.wait(300)  # laid out and drawn at its final size
        save_shot(window, "charts")
        # The size chart is there with its axis named in millimetres, and drawn in the window.
        labels = [axes.get_ylabel() for axes in charts.canvas.figure.axes]
        assert "size (mm)" in labels
        assert len(charts.plotted("size_mm")[0]) > 10
        window.show_tab("timeline")

        editor = EntryEditor(session, session.current_site_id, parent=window)
        qtbot.addWidget(editor)
        editor.form.tightness.set_value(3)
        editor.form.size.set_measured(4.2)
        editor.show()
        qtbot.waitExposed(editor)
        save_shot(editor, "entry-editor")
        assert editor.windowTitle() == "New entry"
        assert editor.site.currentText() == f"{site.name} ({site.region})"  # for the site in view
        editor.reject()

        window.commands["compare"].trigger()
        compare = window.compare
        qtbot.addWidget(compare)
        qtbot.waitExposed(compare)
        qtbot.wait(500)
        save_shot(compare, "compare")
        # Two different photos of the site, each captioned with its date.
        captions = (compare.left_caption.text(), compare.right_caption.text())
        assert captions[0] != captions[1]
        assert all(re.search(r"\d{4}-\d{2}-\d{2}", caption) for caption in captions), captions
        compare.close()

        # A dark system palette: every colour of the window follows it.
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QApplication

        light = QApplication.palette()
        dark = QPalette(light)
        for role, colour in (
            (QPalette.ColorRole.Window, "#2b2b2b"),
            (QPalette.ColorRole.Base, "#1e1e1e"),
            (QPalette.ColorRole.AlternateBase, "#262626"),
            (QPalette.ColorRole.Text, "#e6e6e6"),
            (QPalette.ColorRole.WindowText, "#e6e6e6"),
            (QPalette.ColorRole.Button, "#353535"),
            (QPalette.ColorRole.ButtonText, "#e6e6e6"),
            (QPalette.ColorRole.Mid, "#5a5a5a"),
            (QPalette.ColorRole.Midlight, "#444444"),
            (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
        ):
            dark.setColor(role, QColor(colour))
        QApplication.setPalette(dark)
        try:
            qtbot.wait(100)
            dark_shot = QImage(str(save_shot(window, "main-window-dark")))
            assert _lightness(shot) > 150 and _lightness(dark_shot) < 90, (
                "the window follows the dark palette"
            )
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
    save_shot(welcome, "welcome")
    assert welcome.windowTitle() == "Welcome to Skin Journal"
    texts = " ".join(label.text() for label in welcome.findChildren(QLabel) if label.isVisible())
    assert "/home/someone/.local/share/SkinJournal" in texts  # where the journal will be kept

    today = dt.date.today()
    for name, region, days in (
        ("Scalp crown", "scalp", 12),
        ("Left elbow", "elbow", 30),
        ("Right knee", "knee", None),
    ):
        site = journal.store.add_site(
            Site.new(name=name, kind="area" if region == "scalp" else "deposit", region=region)
        )
        if days is not None:
            journal.add_entry(Entry.new(site_id=site.id, date=today - dt.timedelta(days=days), tightness=4))
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    reminders = window.sites.reminders
    assert reminders.isVisible()
    save_shot(window, "due-checks")
    # Weekly checks: the elbow (30 days ago) and the scalp (12 days ago) are due; the knee, never
    # checked, waits for its first check and is not due.
    assert reminders.title.text() == "2 sites are due for a check"
    lines = [
        label.text()
        for label in reminders.findChildren(QLabel)
        if label.isVisible() and "<b>" in label.text()
    ]
    assert [line.split("</b>")[0].removeprefix("<b>") for line in lines] == [
        "Left elbow",
        "Scalp crown",
    ]
