"""A new journal made encrypted from the first-run welcome: "Protect this journal with a
passphrase", the same warning and passphrase-twice dialog as Journal > Encrypt…, the recovery code
shown once, and a folder that never holds a plain database."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from crypt_support import light_kdf
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QProgressDialog

from journal.core.crypt import keys
from journal.core.crypt.header import WrongPassphrase, is_encrypted
from journal.core.domain.model import Site
from journal.core.journal import DB_NAME, Journal
from journal.gui.app import choose_folder
from journal.gui.dialogs.crypt_dialogs import NewPassphraseDialog, RecoveryCodeDialog
from journal.gui.dialogs.welcome import WelcomeDialog
from journal.gui.journal_host import JournalHost

NEW = "five quiet lanterns"
SQLITE_HEADER = b"SQLite format 3\x00"
PLANTED = b"Planted scalp crown"
WELCOME_SHOT = "/tmp/h14-welcome.png"


@pytest.fixture(autouse=True)
def _light(monkeypatch: pytest.MonkeyPatch) -> None:
    light_kdf(monkeypatch)


def _plain_files(folder: Path, *needles: bytes) -> list[str]:
    """The files under `folder` that hold any of `needles`."""
    return [
        str(path.relative_to(folder))
        for path in sorted(folder.rglob("*"))
        if path.is_file() and any(needle in path.read_bytes() for needle in needles)
    ]


def test_the_welcome_makes_a_new_journal_encrypted_from_its_first_byte(
    qtbot, tmp_path, settings, answer_dialogs, monkeypatch
) -> None:
    folder = tmp_path / "new"
    args = argparse.Namespace(journal=str(folder), demo=False)
    seen: list[str] = []
    codes: list[str] = []
    welcomes: list[WelcomeDialog] = []

    def answer(dialog) -> None:
        try:
            act(dialog)
        except BaseException:
            dialog.reject()  # the test fails in its assertions, instead of waiting forever
            raise

    def act(dialog) -> None:
        if isinstance(dialog, WelcomeDialog):
            seen.append("welcome")
            welcomes.append(dialog)
            assert not dialog.protect.isChecked()  # off unless the person ticks it
            assert dialog.protect.text().replace("&", "") == "Protect this journal with a passphrase"
            words = " ".join(label.text() for label in dialog.findChildren(QLabel))
            assert "the data is gone" in words
            dialog.protect.setChecked(True)
            assert dialog.empty_button.text().replace("&", "") == "Start an encrypted journal\u2026"
            dialog.resize(1024, 700)
            assert dialog.grab().save(WELCOME_SHOT)
            # Clicked once this answer returns: the passphrase dialog it opens is modal too.
            QTimer.singleShot(0, dialog.empty_button.click)
        elif isinstance(dialog, NewPassphraseDialog):
            seen.append("passphrase")
            assert dialog.windowTitle() == "Protect the new journal"
            words = " ".join(label.text() for label in dialog.findChildren(QLabel))
            assert "the data is gone" in words and str(folder) in words
            assert not dialog.ok_button.isEnabled()  # not before the tick
            if seen.count("passphrase") == 1:  # Cancel comes back to the welcome, nothing made
                dialog.reject()
                QTimer.singleShot(0, welcomes[0].empty_button.click)
                return
            QTest.keyClicks(dialog.first, NEW)
            QTest.keyClicks(dialog.again, NEW)
            dialog.understood.setChecked(True)
            dialog.ok_button.click()
        elif isinstance(dialog, RecoveryCodeDialog):
            seen.append("code")
            codes.append(dialog.code)
            dialog.accept()
        elif not isinstance(dialog, QProgressDialog):
            raise AssertionError(f"unexpected dialog {dialog!r}")

    answer_dialogs(answer)
    chosen = choose_folder(args)
    assert chosen is not None and chosen.folder == folder and not chosen.demo
    assert chosen.create is not None
    assert seen == ["welcome", "passphrase", "passphrase"]
    assert not (folder / DB_NAME).exists()  # choosing makes nothing yet

    # Every time the new journal's database is opened on the way, the folder holds no plain
    # database: the key file comes first, and SQLCipher writes its first page encrypted.
    real_open = Journal.open.__func__  # type: ignore[attr-defined]
    scans: list[list[str]] = []

    def watched_open(cls, where, *a, **k):  # type: ignore[no-untyped-def]
        opened = real_open(cls, where, *a, **k)
        scans.append(_plain_files(Path(where), SQLITE_HEADER))
        return opened

    monkeypatch.setattr(Journal, "open", classmethod(watched_open))

    host = JournalHost(folder, settings, scheduled_backups=False)
    host.lock.acquire()
    opened: list[bool] = []
    errors: list[BaseException] = []
    host.create(chosen.create, lambda: opened.append(True), errors.append)
    qtbot.waitUntil(lambda: bool(opened or errors), timeout=30000)
    assert not errors
    assert seen == ["welcome", "passphrase", "passphrase", "code"] and len(codes) == 1
    assert len(scans) >= 2 and scans == [[]] * len(scans)  # made, then opened for the window
    window = host.window
    assert window is not None and host.journal is not None
    qtbot.addWidget(window)
    assert is_encrypted(folder)
    assert window.commands["passphrase"].isEnabled() and not window.commands["encrypt"].isEnabled()
    host.journal.store.add_site(Site.new(name=PLANTED.decode(), kind="area", region="scalp"))
    window.close()
    host.close()
    monkeypatch.undo()

    assert (folder / DB_NAME).exists()
    assert _plain_files(folder, SQLITE_HEADER, PLANTED) == []
    keys.forget(folder)
    with pytest.raises(WrongPassphrase):
        Journal.open(folder, passphrase="not the passphrase")
    with Journal.open(folder, passphrase=NEW) as journal:
        assert [site.name for site in journal.store.sites()] == [PLANTED.decode()]
    keys.forget(folder)
    with Journal.open(folder, recovery=codes[0]) as journal:  # the code shown once opens it too
        assert len(journal.store.sites()) == 1
    keys.forget(folder)


def test_a_key_file_without_its_database_opens_without_the_welcome(tmp_path, monkeypatch) -> None:
    """Cut short between the key file and the database: the folder is a journal, not a first run."""
    from journal.core.crypt import convert

    folder = tmp_path / "cut"
    convert.create(folder, NEW)
    for path in folder.iterdir():
        if path.name.startswith(DB_NAME):
            path.unlink()
    keys.forget(folder)
    monkeypatch.setattr(WelcomeDialog, "exec", lambda _self: pytest.fail("the welcome was shown"))
    chosen = choose_folder(argparse.Namespace(journal=str(folder), demo=False))
    assert chosen is not None and chosen.folder == folder and chosen.create is None
    Journal.open(folder, passphrase=NEW).close()  # the database is made, encrypted
    assert _plain_files(folder, SQLITE_HEADER) == []
    keys.forget(folder)
