"""An encrypted journal in the window: the passphrase asked at start (a wrong one refused in words,
nothing changed), Journal > Encrypt…/Decrypt…/Change passphrase… run by the host with the journal
closed and opened again, and the idle lock (keys and pictures dropped, the passphrase asked again)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import shiboken6
from crypt_support import PASS, encrypted_journal, light_kdf, shot
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from journal.core.crypt import keys
from journal.core.crypt.header import is_encrypted
from journal.core.domain.model import Entry, Site
from journal.core.journal import Journal
from journal.gui.dialogs.crypt_dialogs import NewPassphraseDialog, RecoveryCodeDialog
from journal.gui.dialogs.passphrase_dialog import PassphraseDialog
from journal.gui.idle_lock import LOCK_MINUTES_KEY
from journal.gui.journal_host import JournalHost

NEW = "a brand new passphrase"


@pytest.fixture(autouse=True)
def _light(monkeypatch: pytest.MonkeyPatch) -> None:
    light_kdf(monkeypatch)


@pytest.fixture
def sealed_dir(tmp_path: Path, samples: Path):
    folder = tmp_path / "sealed"
    code = encrypted_journal(folder, samples)
    yield folder, code
    keys.forget(folder)


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "journal.lock"
    }


def _shut(host: JournalHost) -> None:
    """The window closed before the journal (as quitting does), so no timer of it reads a closed one."""
    if host.window is not None:
        host.window.close()
    host.close()


def _type_and_open(qtbot, dialog: PassphraseDialog, text: str) -> None:
    dialog.field.setFocus()
    QTest.keyClicks(dialog.field, text)
    dialog.open_button.click()


def test_the_start_prompt_refuses_a_wrong_passphrase_in_words_then_opens(qtbot, sealed_dir, settings) -> None:
    folder, code = sealed_dir
    host = JournalHost(folder, settings, scheduled_backups=False)
    host.lock.acquire()
    assert host.needs_unlock()
    before = _fingerprint(folder)
    dialog = PassphraseDialog(str(folder), host.unlock_keys)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _type_and_open(qtbot, dialog, "not the passphrase")
    # The key derivation runs in a worker: the dialog is busy, not frozen, until it answers.
    assert dialog.working and dialog.busy.isVisible() and not dialog.field.isEnabled()
    qtbot.waitUntil(lambda: dialog.refusal.isVisible(), timeout=10000)
    assert "does not open the journal" in dialog.refusal.text()
    assert "Nothing was changed" in dialog.refusal.text()
    assert dialog.isVisible() and dialog.field.text() == "" and dialog.field.isEnabled()
    assert host.needs_unlock() and _fingerprint(folder) == before
    shot(dialog, "passphrase-prompt-refused")
    dialog.use_recovery.setChecked(True)
    assert dialog.field.echoMode() == dialog.field.EchoMode.Normal
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        _type_and_open(qtbot, dialog, code.lower())
    window = host.open()
    qtbot.addWidget(window)
    assert [s.name for s in window.session.store.sites()] == ["Left elbow"]
    assert not window.commands["encrypt"].isEnabled() and window.commands["decrypt"].isEnabled()
    _shut(host)


def test_the_start_prompt_asks_again_after_nothing_typed_and_quit_opens_nothing(
    qtbot, sealed_dir, settings, when_modal
) -> None:
    folder, _code = sealed_dir
    host = JournalHost(folder, settings, scheduled_backups=False)

    def answer(dialog) -> None:
        assert isinstance(dialog, PassphraseDialog)
        shot(dialog, "passphrase-prompt")
        dialog.open_button.click()  # nothing typed
        assert dialog.refusal.text() == "Type the passphrase first." and not dialog.working
        dialog.quit_button.click()

    when_modal(answer)
    assert host.ask_passphrase() is False
    assert host.needs_unlock() and host.journal is None


def test_encrypt_from_the_menu_warns_asks_twice_shows_the_code_once_and_reopens(
    qtbot, journal_dir, settings, answer_dialogs
) -> None:
    with Journal.open(journal_dir) as journal:
        journal.store.add_site(Site.new(name="Left knee", kind="deposit", region="knee"))
    host = JournalHost(journal_dir, settings, scheduled_backups=False)
    old = host.open()
    assert old.commands["encrypt"].isEnabled() and not old.commands["decrypt"].isEnabled()
    seen: list[str] = []
    shown_code: list[str] = []

    def answer(dialog) -> None:
        if isinstance(dialog, NewPassphraseDialog):
            seen.append("warning")
            assert "the data is gone" in dialog.findChildren(type(dialog.refusal))[0].text()
            assert not dialog.ok_button.isEnabled()  # not before the tick
            QTest.keyClicks(dialog.first, NEW)
            QTest.keyClicks(dialog.again, NEW + "x")
            dialog.understood.setChecked(True)
            dialog.ok_button.click()
            assert dialog.isVisible() and "differ" in dialog.refusal.text()
            QTest.keyClicks(dialog.again, NEW)
            shot(dialog, "encrypt-dialog")
            dialog.ok_button.click()
        elif isinstance(dialog, RecoveryCodeDialog):
            seen.append("code")
            dialog.copy()
            assert QApplication.clipboard().text() == dialog.code
            shown_code.append(dialog.code)
            shot(dialog, "encrypt-recovery-code")
            dialog.accept()
        elif not isinstance(dialog, QProgressDialog):
            raise AssertionError(f"unexpected dialog {dialog!r}")

    answer_dialogs(answer)
    old.commands["encrypt"].trigger()
    qtbot.waitUntil(lambda: seen == ["warning", "code"], timeout=30000)
    assert host.window is not old and host.window is not None
    new = host.window
    qtbot.addWidget(new)
    assert is_encrypted(journal_dir)
    assert [s.name for s in new.session.store.sites()] == ["Left knee"]
    assert not new.commands["encrypt"].isEnabled() and new.commands["passphrase"].isEnabled()
    _shut(host)
    keys.forget(journal_dir)
    with Journal.open(journal_dir, recovery=shown_code[0]) as journal:
        assert journal.store.sites()[0].name == "Left knee"
    keys.forget(journal_dir)


def _unlock_with(passphrase: str | None, recovery: str | None = None):
    def act(dialog) -> None:
        if recovery is not None:
            dialog.use_recovery.setChecked(True)
        QTest.keyClicks(dialog.field, recovery or passphrase or "")
        dialog.open_button.click()

    return act


def test_change_passphrase_then_decrypt_from_the_menu(qtbot, sealed_dir, settings, answer_dialogs) -> None:
    folder, code = sealed_dir
    Journal.open(folder, passphrase=PASS).close()  # unlocked in this process, as after the prompt
    host = JournalHost(folder, settings, scheduled_backups=False)
    window = host.open()  # not handed to qtbot: the host deletes it once the new window is up
    steps: list[str] = []

    def answer(dialog) -> None:
        if isinstance(dialog, PassphraseDialog) and not steps:
            steps.append("wrong")
            _unlock_with("not it at all")(dialog)
            qtbot.waitUntil(dialog.refusal.isVisible, timeout=10000)
            _unlock_with(PASS)(dialog)
        elif isinstance(dialog, NewPassphraseDialog):
            steps.append("new")
            QTest.keyClicks(dialog.first, NEW)
            QTest.keyClicks(dialog.again, NEW)
            dialog.ok_button.click()
        elif isinstance(dialog, QMessageBox):
            steps.append(dialog.text())
            dialog.button(QMessageBox.StandardButton.Ok).click()
        elif isinstance(dialog, PassphraseDialog):
            steps.append("decrypt")
            _unlock_with(NEW)(dialog)
        elif not isinstance(dialog, QProgressDialog):
            raise AssertionError(f"unexpected dialog {dialog!r}")

    answer_dialogs(answer)
    window.commands["passphrase"].trigger()
    qtbot.waitUntil(lambda: len(steps) == 3, timeout=30000)
    assert steps[:2] == ["wrong", "new"] and "passphrase is changed" in steps[2]
    assert host.window is window  # only the key file changed: the journal stayed open
    keys.forget(folder)
    from journal.core.crypt.convert import open_keys

    open_keys(folder, NEW)  # the new passphrase opens it, and the recovery code still does
    keys.forget(folder)
    open_keys(folder, None, code)

    window.commands["decrypt"].trigger()
    qtbot.waitUntil(lambda: len(steps) == 5, timeout=30000)
    assert steps[3] == "decrypt" and "decrypted" in steps[4]
    assert not is_encrypted(folder)
    assert host.window is not window and host.window is not None
    qtbot.addWidget(host.window)
    assert host.window.commands["encrypt"].isEnabled()
    assert host.window.session.store.sites()[0].name == "Left elbow"
    _shut(host)


def test_idle_lock_drops_keys_and_pictures_and_asks_again(qtbot, sealed_dir, settings) -> None:
    folder, _code = sealed_dir
    settings.setValue(LOCK_MINUTES_KEY, 5)
    Journal.open(folder, passphrase=PASS).close()
    host = JournalHost(folder, settings, scheduled_backups=False)
    window = host.open()
    photo = window.session.store.photos()[0]
    qtbot.waitUntil(lambda: window.thumbnails.is_cached(photo.sha256), timeout=10000)
    assert host.idle.watching
    since = host.idle.idle_since()
    assert not host.idle.check(now=since + 4 * 60)  # not yet
    assert host.idle.check(now=since + 5 * 60)
    screen = host.lock_screen
    assert isinstance(screen, PassphraseDialog) and screen.isVisible()
    assert keys.of_folder(folder) is None and host.journal is None and host.window is None
    assert not window.thumbnails.is_cached(photo.sha256)
    assert host.lock.held  # no other window takes the journal meanwhile
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)
    shot(screen, "lock-screen")
    _type_and_open(qtbot, screen, "wrong passphrase")
    qtbot.waitUntil(screen.refusal.isVisible, timeout=10000)
    assert host.window is None and keys.of_folder(folder) is None
    _type_and_open(qtbot, screen, PASS)
    qtbot.waitUntil(lambda: host.window is not None, timeout=10000)
    qtbot.addWidget(host.window)
    assert host.lock_screen is None and host.idle.watching
    _shut(host)


def test_idle_lock_is_off_by_default_and_waits_for_an_open_editor(qtbot, sealed_dir, settings) -> None:
    folder, _code = sealed_dir
    Journal.open(folder, passphrase=PASS).close()
    host = JournalHost(folder, settings, scheduled_backups=False)
    window = host.open()
    qtbot.addWidget(window)
    since = host.idle.idle_since()
    assert not host.idle.check(now=since + 24 * 3600)  # off: never locks
    settings.setValue(LOCK_MINUTES_KEY, 1)
    entry = window.session.store.entries()[0]
    from journal.gui.commands import window_commands as cmd

    cmd.edit_entry(window, entry.id)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5000)
    host.idle.check(now=since + 3600)
    assert host.lock_screen is None and host.window is window and keys.of_folder(folder) is not None
    QApplication.activeModalWidget().reject()
    assert host.idle.check(now=since + 3600)
    assert host.lock_screen is not None and keys.of_folder(folder) is None
    host.lock_screen.reject = lambda: None  # type: ignore[method-assign]  # not quit the test's app
    _shut(host)


def test_preferences_store_the_idle_lock(qtbot, sealed_dir, settings) -> None:
    folder, _code = sealed_dir
    Journal.open(folder, passphrase=PASS).close()
    host = JournalHost(folder, settings, scheduled_backups=False)
    window = host.open()
    qtbot.addWidget(window)
    from journal.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.privacy.minutes.value() == 0 and dialog.privacy.minutes.text() == "Off"
    dialog.privacy.minutes.setValue(10)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert int(settings.value(LOCK_MINUTES_KEY)) == 10
    assert host._lock_minutes() == 10
    _shut(host)
    _ = (Entry, Qt)


def test_the_start_prompt_takes_the_passphrase_from_skinjournal_passphrase_file(
    qtbot, sealed_dir, settings, when_modal, monkeypatch, tmp_path
) -> None:
    folder, _code = sealed_dir
    secret = tmp_path / "pass.txt"
    secret.write_text(f"{PASS}\n")
    monkeypatch.setenv("SKINJOURNAL_PASSPHRASE_FILE", str(secret))
    host = JournalHost(folder, settings, scheduled_backups=False)
    assert host.needs_unlock()

    def answer(dialog) -> None:  # nobody types: a prompt still waiting for a person is quit
        try:
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
        except qtbot.TimeoutError:
            dialog.quit_button.click()

    when_modal(answer)
    assert host.ask_passphrase() is True  # the file's passphrase opened it
    assert not host.needs_unlock()


@pytest.mark.parametrize("content", ["not the passphrase\n", None, ""])
def test_a_passphrase_file_that_does_not_open_the_journal_is_named_and_the_person_asked(
    qtbot, sealed_dir, settings, when_modal, monkeypatch, tmp_path, content
) -> None:
    folder, _code = sealed_dir
    secret = tmp_path / "pass.txt"
    if content is not None:
        secret.write_text(content)
    monkeypatch.setenv("SKINJOURNAL_PASSPHRASE_FILE", str(secret))
    host = JournalHost(folder, settings, scheduled_backups=False)
    said: list[str] = []

    def answer(dialog) -> None:
        assert isinstance(dialog, PassphraseDialog)
        try:
            qtbot.waitUntil(lambda: not dialog.working and dialog.refusal.isVisible(), timeout=10000)
        except qtbot.TimeoutError:  # nothing said: the test fails below, the prompt is quit
            pass
        said.append(dialog.refusal.text() if dialog.refusal.isVisible() else "")
        dialog.quit_button.click()

    when_modal(answer)
    assert host.ask_passphrase() is False
    assert host.needs_unlock()
    assert str(secret) in said[0] and "SKINJOURNAL_PASSPHRASE_FILE" in said[0]
    if content is None:
        assert "cannot be read" in said[0]
    elif content == "":
        assert "is empty" in said[0]
    else:
        assert "was refused" in said[0] and "does not open the journal" in said[0]


def test_what_loads_during_the_key_derivation_makes_no_qt_class_and_loads_no_heavy_library() -> None:
    """The start prompt loads these in a thread beside the key derivation: Qt-free modules only
    (Qt classes belong to the GUI thread), and none that drags in matplotlib or Pillow, which the
    first window does not load."""
    import subprocess
    import sys

    from journal.gui.journal_host import LOADED_DURING_KDF

    code = (
        "import importlib, sys\n"
        "for name in sys.argv[1:]: importlib.import_module(name)\n"
        "print(sorted(m for m in ('PySide6', 'shiboken6', 'matplotlib', 'PIL') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *LOADED_DURING_KDF], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
