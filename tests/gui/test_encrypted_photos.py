"""The window shows an encrypted journal's photos, read through the core's PhotoFiles (decrypted
in the workers, in memory), and shows a sealed file that was changed as such, never as a picture."""

from __future__ import annotations

from pathlib import Path

import pytest
from crypt_support import PASS, encrypted_journal, flip_a_bit, light_kdf

from journal.core.crypt import keys
from journal.core.journal import Journal
from journal.gui.feeds.image_loader import CHANGED, ImageLoader
from journal.gui.session import JournalSession
from journal.gui.widgets.photo_tray import CHANGED_WORDS, SAVED


@pytest.fixture
def sealed(tmp_path: Path, samples: Path, monkeypatch: pytest.MonkeyPatch):
    light_kdf(monkeypatch)
    folder = tmp_path / "sealed"
    encrypted_journal(folder, samples, photos=2)
    journal = Journal.open(folder, passphrase=PASS)
    yield journal
    journal.close()
    keys.forget(folder)


@pytest.fixture
def sealed_window(qtbot, qapp, sealed, settings):  # noqa: ARG001
    from journal.gui.main_window import MainWindow

    win = MainWindow(JournalSession(sealed), settings)
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_thumbnails_of_an_encrypted_journal_are_shown(qtbot, sealed, sealed_window) -> None:
    photos = sealed.store.photos()
    assert photos and all(sealed.files.path(p.sha256, p.ext).read_bytes()[:8] == b"SJSEAL1\n" for p in photos)
    cache = sealed_window.thumbnails
    qtbot.waitUntil(lambda: all(cache.is_cached(p.sha256) for p in photos), timeout=10000)
    assert not any(cache.is_changed(p.sha256) for p in photos)


def test_a_changed_thumbnail_is_crossed_out_not_shown(qtbot, sealed, settings) -> None:
    from journal.gui.main_window import MainWindow

    photo = sealed.store.photos()[0]
    flip_a_bit(sealed.files.thumb_path(photo.sha256))
    win = MainWindow(JournalSession(sealed), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.thumbnails.is_changed(photo.sha256), timeout=10000)
    assert not win.thumbnails.is_cached(photo.sha256)


def test_the_image_loader_decrypts_a_photo_and_refuses_a_changed_one(qtbot, sealed) -> None:
    photo = sealed.store.photos()[0]
    loader = ImageLoader()
    with qtbot.waitSignal(loader.loaded, timeout=10000) as got:
        loader.load_photo(sealed.files, photo)
    image = got.args[1]
    assert (image.width(), image.height()) == (photo.width, photo.height)
    flip_a_bit(sealed.files.path(photo.sha256, photo.ext))
    with qtbot.waitSignal(loader.failed, timeout=10000) as refused:
        loader.load_photo(sealed.files, photo)
    assert CHANGED in refused.args[1]


def test_the_photo_viewer_shows_an_encrypted_photo_and_says_when_it_was_changed(qtbot, sealed) -> None:
    from journal.gui.dialogs.photo_viewer import PhotoViewer

    session = JournalSession(sealed)
    photo = sealed.store.photos()[0]
    viewer = PhotoViewer(session, photo, None, measure=True)
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: viewer.status.text() == f"{photo.width} x {photo.height} pixels", timeout=10000)
    flip_a_bit(sealed.files.path(photo.sha256, photo.ext))
    broken = PhotoViewer(session, photo, None)
    qtbot.addWidget(broken)
    qtbot.waitUntil(lambda: CHANGED in broken.status.text(), timeout=10000)


def test_compare_view_shows_two_encrypted_photos(qtbot, sealed) -> None:
    from journal.gui.panes.compare_view import CompareDialog

    session = JournalSession(sealed)
    site = sealed.store.sites()[0]
    view = CompareDialog(session, site.id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: len(view.images) == 2, timeout=10000)
    assert all(not image.isNull() for image in view.images.values())


def test_the_entry_editor_tray_shows_sealed_thumbnails_and_a_changed_one_in_words(qtbot, sealed) -> None:
    from journal.gui.dialogs.entry_editor import EntryEditor

    session = JournalSession(sealed)
    first, second = sealed.store.photos()
    flip_a_bit(sealed.files.thumb_path(second.sha256))
    entry = sealed.store.entry(first.entry_id)
    editor = EntryEditor(session, entry.site_id, entry)
    qtbot.addWidget(editor)
    item = editor.photos.list.item(0)
    assert item.data(SAVED) == first.id and not item.icon().isNull()
    other = EntryEditor(session, entry.site_id, sealed.store.entry(second.entry_id))
    qtbot.addWidget(other)
    assert CHANGED_WORDS in other.photos.list.item(0).text()


def test_a_pasted_picture_is_never_written_plain_to_a_temporary_file(
    qtbot, sealed, samples, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import tempfile

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from journal.gui.dialogs.entry_editor import EntryEditor

    # No temporary folder can be made here (the place is a file): a paste that needed one fails.
    nowhere = tmp_path / "not-a-folder"
    nowhere.write_bytes(b"")
    monkeypatch.setattr(tempfile, "tempdir", str(nowhere))
    session = JournalSession(sealed)
    editor = EntryEditor(session, sealed.store.sites()[0].id)
    qtbot.addWidget(editor)
    QApplication.clipboard().setImage(QImage(str(samples / "photos" / "elbow_no_exif.png")))
    editor.photos.paste_button.click()
    qtbot.waitUntil(lambda: not editor.photos.busy, timeout=10000)
    assert [p.original_name for p in editor.photos.pending] == ["pasted.png"]
