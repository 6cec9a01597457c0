"""The open journal's host: lock held while open, and a backup restored into the open journal."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from journal.core.backup.create import create_backup
from journal.core.domain.model import Site
from journal.core.errors import JournalLocked
from journal.core.folder.lock import JournalLock
from journal.core.journal import Journal
from journal.gui.journal_host import JournalHost


def _site(folder, name: str) -> None:
    with Journal.open(folder) as journal:
        journal.store.add_site(Site.new(name=name, kind="deposit", region="knee"))


def test_host_holds_the_lock_while_open(qtbot, journal_dir, settings) -> None:
    host = JournalHost(journal_dir, settings, scheduled_backups=False)
    window = host.open()
    qtbot.addWidget(window)
    with pytest.raises(JournalLocked):
        JournalLock(journal_dir).acquire()
    host.close()
    with JournalLock(journal_dir):
        pass


def test_restore_a_backup_into_the_open_journal(
    qtbot, tmp_path, journal_dir, settings, answer_dialogs, monkeypatch
) -> None:
    _site(journal_dir, "Left knee")
    backup = tmp_path / "backup.zip"
    create_backup(journal_dir, backup)
    _site(journal_dir, "Added after the backup")

    host = JournalHost(journal_dir, settings, scheduled_backups=False)
    old = host.open()  # not handed to qtbot: the host deletes it once the new window is up
    assert old.sites.model.rowCount() == 2
    answers: list[str] = []
    # The platform's file picker is not ours to drive: it answers with the backup's path.
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(backup), ""))
    )

    def answer(dialog) -> None:
        if isinstance(dialog, QMessageBox):
            answers.append(dialog.text())
            yes = dialog.button(QMessageBox.StandardButton.Yes)
            (yes or dialog.button(QMessageBox.StandardButton.Ok)).click()
        elif not isinstance(dialog, QProgressDialog):
            raise AssertionError(f"unexpected dialog {dialog!r}")

    answer_dialogs(answer)
    old.commands["restore_backup"].trigger()
    qtbot.waitUntil(lambda: host.window is not old, timeout=30_000)  # the restore runs off the GUI thread
    new = host.window
    assert new is not None and new is not old
    qtbot.addWidget(new)
    assert any("Restore the backup" in text for text in answers)
    assert [new.sites.model.index(r).data() for r in range(new.sites.model.rowCount())] == ["Left knee"]
    qtbot.waitUntil(lambda: not shiboken6.isValid(old))  # the old window is closed and deleted
    assert new.isVisible()
    with pytest.raises(JournalLocked):  # the restored journal is open, and locked, again
        JournalLock(journal_dir).acquire()
    host.close()
