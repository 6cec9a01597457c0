"""View > Language: the choice is kept, and the next start speaks it (window, Qt's buttons, numbers)."""

from __future__ import annotations

from pathlib import Path

import pytest
from german_support import build_german
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from journal.core import language
from journal.gui.language import SETTING, install_language
from journal.gui.language_menu import add_language_menu

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def german_built() -> None:
    build_german()


@pytest.fixture
def back_to_english(qapp, tmp_path: Path):
    """Leaves the application as the other tests expect it: English words, the same locale."""
    before = QLocale()
    yield
    english = QSettings(str(tmp_path / "english.ini"), QSettings.Format.IniFormat)
    english.setValue(SETTING, "en")
    install_language(qapp, english)
    QLocale.setDefault(before)
    language.use_translation(None)
    language.use_formats(None, None)


def test_choosing_german_is_kept_and_the_next_start_speaks_it(
    qapp, settings: QSettings, german_built, back_to_english
) -> None:  # noqa: ARG001
    window = QMainWindow()
    menu = add_language_menu(window, window.menuBar().addMenu("&View"), settings)
    german = next(a for a in menu.actions() if a.objectName() == "language-de")
    answered: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            answered.append(box.text())
            box.accept()

    QTimer.singleShot(0, answer)
    german.trigger()
    assert settings.value(SETTING) == "de"
    assert answered and "Deutsch" in answered[0] and "next start" in answered[0]

    locale = install_language(qapp, settings)  # what the next start does
    assert locale.language() == QLocale.Language.German
    # Qt's own buttons and the core's numbers follow.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert language.number(5.5, 1) == "5,5"
    assert language.date_text("2026-11-30") == "30.11.2026"
    # Our own words: the menu's title, built again as the next start builds it.
    next_window = QMainWindow()
    again = add_language_menu(next_window, next_window.menuBar().addMenu("&View"), settings)
    assert again.title() == "&Sprache"


def test_english_is_there_when_nothing_is_chosen(qapp, settings: QSettings, back_to_english) -> None:  # noqa: ARG001
    settings.setValue(SETTING, "en")
    install_language(qapp, settings)
    assert language.number(5.5, 1) == "5.5"
    assert language.date_text("2026-11-30") == "2026-11-30"  # ISO, never 11/30/2026
    window = QMainWindow()
    menu = add_language_menu(window, window.menuBar().addMenu("&View"), settings)
    assert menu.title() == "&Language"
    assert [a.text() for a in menu.actions()][1:] == ["English", "Deutsch"]
