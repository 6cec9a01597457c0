"""Remembering the passphrase in the system keyring: opt-in, and when no keyring works the app
says so and stores nothing (no fallback of its own). `keyring` is an optional package: without it
the real import fails; a stand-in module plays a keyring that fails, refuses, or works."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from crypt_support import PASS, encrypted_journal, light_kdf
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from journal.core.crypt import keys
from journal.gui import keyring_store
from journal.gui.dialogs.passphrase_dialog import PassphraseDialog
from journal.gui.journal_host import JournalHost


@pytest.fixture(autouse=True)
def _light(monkeypatch: pytest.MonkeyPatch) -> None:
    light_kdf(monkeypatch)


@pytest.fixture
def sealed(tmp_path: Path, samples: Path):
    folder = tmp_path / "sealed"
    encrypted_journal(folder, samples, photos=0)
    yield folder
    keys.forget(folder)


def _stand_in(
    monkeypatch: pytest.MonkeyPatch, *, works: bool, refuses: bool = False
) -> dict[tuple[str, str], str]:
    stored: dict[tuple[str, str], str] = {}
    fail = types.ModuleType("keyring.backends.fail")

    class FailKeyring:
        priority = 0

    fail.Keyring = FailKeyring  # type: ignore[attr-defined]

    class Memory:
        priority = 5

    module = types.ModuleType("keyring")

    def set_password(service: str, name: str, value: str) -> None:
        if refuses:
            raise RuntimeError("the keychain is locked")
        stored[(service, name)] = value

    module.get_keyring = lambda: Memory() if works else FailKeyring()  # type: ignore[attr-defined]
    module.set_password = set_password  # type: ignore[attr-defined]
    module.get_password = lambda service, name: stored.get((service, name))  # type: ignore[attr-defined]
    module.delete_password = lambda service, name: stored.pop((service, name))  # type: ignore[attr-defined]
    backends = types.ModuleType("keyring.backends")
    backends.fail = fail  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", module)
    monkeypatch.setitem(sys.modules, "keyring.backends", backends)
    monkeypatch.setitem(sys.modules, "keyring.backends.fail", fail)
    return stored


def _unlock_remembering(qtbot, folder: Path, answer_dialogs) -> tuple[PassphraseDialog, list[str]]:
    host = JournalHost(folder, scheduled_backups=False)
    dialog = PassphraseDialog(str(folder), host.unlock_keys, offer_keyring=True)
    qtbot.addWidget(dialog)
    dialog.show()
    told: list[str] = []

    def answer(box) -> None:
        if isinstance(box, PassphraseDialog):
            return  # a start-up prompt: the stored passphrase answers it
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    answer_dialogs(answer)
    assert dialog.remember.isVisible() and not dialog.remember.isChecked()  # opt-in
    dialog.remember.setChecked(True)
    QTest.keyClicks(dialog.field, PASS)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.open_button.click()
    return dialog, told


def test_without_the_keyring_package_it_says_so_and_stores_nothing(
    qtbot, sealed, answer_dialogs, monkeypatch
) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # as when it is not installed
    before = sorted(str(p.relative_to(sealed)) for p in sealed.rglob("*"))
    dialog, told = _unlock_remembering(qtbot, sealed, answer_dialogs)
    assert "not installed" in dialog.keyring_note and "not stored anywhere" in dialog.keyring_note
    assert told == [dialog.keyring_note]
    assert keyring_store.recall(sealed) is None
    assert sorted(str(p.relative_to(sealed)) for p in sealed.rglob("*")) == before  # no file of our own


def test_a_keyring_without_a_working_backend_stores_nothing(
    qtbot, sealed, answer_dialogs, monkeypatch
) -> None:
    stored = _stand_in(monkeypatch, works=False)
    dialog, told = _unlock_remembering(qtbot, sealed, answer_dialogs)
    assert "No system keyring works" in dialog.keyring_note and told
    assert stored == {}


def test_a_keyring_that_refuses_is_said_in_words(qtbot, sealed, answer_dialogs, monkeypatch) -> None:
    stored = _stand_in(monkeypatch, works=True, refuses=True)
    dialog, _told = _unlock_remembering(qtbot, sealed, answer_dialogs)
    assert "refused to store" in dialog.keyring_note and "keychain is locked" in dialog.keyring_note
    assert stored == {}


def test_a_working_keyring_opens_the_journal_next_time_without_asking(
    qtbot, sealed, answer_dialogs, monkeypatch
) -> None:
    stored = _stand_in(monkeypatch, works=True)
    dialog, told = _unlock_remembering(qtbot, sealed, answer_dialogs)
    assert dialog.keyring_note == "" and told == []
    assert list(stored.values()) == [PASS]
    keys.forget(sealed)
    host = JournalHost(sealed, scheduled_backups=False)
    assert host.needs_unlock()
    assert host.ask_passphrase() is True  # nobody typed: the stored passphrase opened it
    assert not host.needs_unlock()
    # A stored passphrase that no longer opens the journal is dropped, and the person is asked.
    keys.forget(sealed)
    stored[next(iter(stored))] = "an old passphrase"
    prompt = PassphraseDialog(str(sealed), host.unlock_keys, offer_keyring=True)
    qtbot.addWidget(prompt)
    prompt.try_stored("an old passphrase")
    qtbot.waitUntil(lambda: not prompt.working, timeout=10000)
    assert "no longer opens" in prompt.refusal.text() and stored == {}
