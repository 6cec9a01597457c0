"""View > Language: the system's language or one chosen, applied from the next start."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from journal.core.language import Words
from journal.gui.language import (
    NATIVE_NAMES,
    SYSTEM,
    available_languages,
    choose_language,
    chosen_language,
    locale_for,
)


class LanguageMenuWords(Words):
    """The language submenu of the View menu."""


def language_name(code: str) -> str:
    """A language's name in that language ("Deutsch"), from Qt's locale data when not listed."""
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    native = locale_for(code).nativeLanguageName()
    return native[:1].upper() + native[1:] if native else code


def add_language_menu(window: QMainWindow, view_menu: QMenu, settings: QSettings) -> QMenu:
    menu = view_menu.addMenu(LanguageMenuWords.tr("&Language"))
    menu.setObjectName("language-menu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = chosen_language(settings)
    system_code = locale_for(SYSTEM).name().split("_")[0]
    system_name = language_name(system_code) if system_code in available_languages() else "English"
    choices = [(SYSTEM, LanguageMenuWords.tr("System language ({name})").format(name=system_name))]
    choices += [(code, language_name(code)) for code in available_languages()]
    for code, text in choices:
        action = QAction(text, menu)
        action.setObjectName(f"language-{code or 'system'}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: _chosen(window, settings, action.data(), action.text()))
    return menu


def _chosen(window: QMainWindow, settings: QSettings, code: str, text: str) -> None:
    if code == chosen_language(settings):
        return
    choose_language(settings, code)
    QMessageBox.information(
        window,
        LanguageMenuWords.tr("Language"),
        LanguageMenuWords.tr("Skin Journal will use {language} from its next start.").format(language=text),
    )
