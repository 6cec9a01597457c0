"""Small things that make the window calmer: the photo folder remembered, restore starting in the
journal's backups, sizes in kB, no literal "&" in a label, and a toolbar with icons and words."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QToolBar, QToolButton

from journal.gui.commands import data_actions
from journal.gui.dialogs.site_dialog import SiteDialog
from journal.gui.widgets.photo_tray import PhotoTray, last_photo_folder
from journal.gui.wording import size_words


def test_sizes_under_one_megabyte_are_shown_in_kilobytes() -> None:
    assert size_words(300) == "1 kB"  # never "0.0 MB"
    assert size_words(48_000) == "47 kB"
    assert size_words(2**20 - 1) == "1024 kB"
    assert size_words(5 * 2**20) == "5.0 MB"


def test_every_label_with_an_ampersand_in_the_site_dialog_has_a_buddy(qtbot, session) -> None:
    """A label without a buddy shows its "&" as typed ("Resol&ved:")."""
    dialog = SiteDialog(session)
    qtbot.addWidget(dialog)
    with_amp = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert any(label.text() == "Resol&ved:" for label in with_amp)
    assert [label.text() for label in with_amp if label.buddy() is None] == []
    resolved = next(label for label in with_amp if label.text() == "Resol&ved:")
    assert resolved.buddy() is dialog.resolved


def test_the_photo_folder_chosen_last_is_where_add_photos_opens(qtbot, tmp_path, samples, when_modal) -> None:
    import datetime as dt

    phone = tmp_path / "Phone import"
    phone.mkdir()
    shutil.copy(samples / "photos" / "forearm_2026-03-01.jpg", phone / "a.jpg")
    tray = PhotoTray(lambda: dt.date(2026, 3, 1))
    qtbot.addWidget(tray)
    assert last_photo_folder() != phone
    opened: list[Path] = []

    def pick(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        opened.append(Path(dialog.directory().absolutePath()))
        dialog.selectFile(str(phone / "a.jpg"))
        dialog.accept()

    when_modal(pick)
    tray.choose_files()
    qtbot.waitUntil(lambda: not tray.busy, timeout=20_000)
    assert last_photo_folder() == phone

    def look(dialog) -> None:
        opened.append(Path(dialog.directory().absolutePath()))
        dialog.reject()

    when_modal(look)
    tray.choose_files()
    assert opened[-1] == phone


def test_restore_starts_in_the_journals_backups_folder(qtbot, tmp_path, when_modal) -> None:
    folder = tmp_path / "journal"
    (folder / "backups").mkdir(parents=True)
    assert data_actions.restore_start_folder(folder) == folder / "backups"
    assert data_actions.restore_start_folder(tmp_path / "none") == Path.home()
    opened: list[Path] = []

    def look(dialog) -> None:
        opened.append(Path(dialog.directory().absolutePath()))
        dialog.reject()

    when_modal(look)
    finished: list[bool] = []
    data_actions.restore_backup(None, folder, finished.append)
    assert opened == [folder / "backups"] and finished == [False]


def test_toolbar_buttons_have_icons_beside_their_words(window) -> None:
    toolbar = window.findChild(QToolBar, "main-toolbar")
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    buttons = [b for b in toolbar.findChildren(QToolButton) if b.defaultAction() is not None]
    named = [b for b in buttons if b.defaultAction().text()]
    assert len(named) >= 5
    assert [b.defaultAction().text() for b in named if b.defaultAction().icon().isNull()] == []


def test_a_window_too_big_for_the_screen_is_fitted_to_it(qtbot, session, settings) -> None:
    """The first run's default size, and a size saved on a larger screen, fit the screen used now."""
    from PySide6.QtCore import QByteArray, QRect

    from journal.gui.main_window import MainWindow

    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()
    window.show()
    window.setGeometry(QRect(0, 0, room.width() + 900, room.height() + 700))
    settings.setValue("window/geometry", window.saveGeometry())
    window.hide()
    again = MainWindow(session, settings)
    qtbot.addWidget(again)
    assert isinstance(settings.value("window/geometry"), QByteArray)
    assert again.width() <= room.width() and again.height() <= room.height()
    assert room.contains(again.geometry().topLeft())
