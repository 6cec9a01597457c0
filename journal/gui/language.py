"""The window's language: the system's, or the one chosen in View > Language.

Qt's translators serve both our words (`skinjournal_<lang>.qm`, built from `resources/i18n`)
and Qt's own (the standard buttons of a message box: `qtbase_<lang>.qm`, shipped with Qt).
The core's words go through the same `QCoreApplication.translate` (see `journal.core.language`),
and numbers and dates are written the locale's way everywhere, so a German window says "5,5 mm"
in the editor and in the tables alike. A choice made in the menu applies at the next start:
every widget is built once, in the language it starts with.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from journal.core import language
from journal.report.locale_formats import locale_date, locale_number

SETTING = "ui/language"
SYSTEM = ""  # the setting's value when the system's language is followed
QM_PREFIX = "skinjournal_"
# Names shown in the menu, each in its own language, so a person who cannot read the current
# one still finds theirs.
NATIVE_NAMES = {"en": "English", "de": "Deutsch"}

# Kept alive for the application's lifetime: Qt holds only a pointer to an installed translator.
_installed: list[QTranslator] = []


def translations_dir() -> Path | None:
    from journal.resources import resource_path

    try:
        folder = resource_path("i18n")
    except FileNotFoundError:
        return None
    return folder if folder.is_dir() else None


def available_languages() -> list[str]:
    """English and every language whose compiled translation is installed."""
    folder = translations_dir()
    found = sorted(p.stem.removeprefix(QM_PREFIX) for p in folder.glob(f"{QM_PREFIX}*.qm")) if folder else []
    return ["en", *[code for code in found if code != "en"]]


def chosen_language(settings: QSettings) -> str:
    """The language chosen in the menu, or SYSTEM."""
    value = settings.value(SETTING, SYSTEM)
    return value if isinstance(value, str) and value in available_languages() else SYSTEM


def choose_language(settings: QSettings, code: str) -> None:
    settings.setValue(SETTING, code)


def locale_for(code: str) -> QLocale:
    return QLocale.system() if code == SYSTEM else QLocale(code)


def install_language(app: QCoreApplication, settings: QSettings | None = None) -> QLocale:
    """Load the translations for the chosen (or the system's) language; the locale in use."""
    locale = locale_for(chosen_language(settings or QSettings()))
    QLocale.setDefault(locale)
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = translations_dir()
    for name, folder in (("qtbase", qt_folder), ("skinjournal", str(ours) if ours else None)):
        translator = QTranslator(app)
        if folder and translator.load(locale, name, "_", folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    use_qt_language()
    return locale


def use_qt_language() -> None:
    """Send the core's words through Qt's translators and write numbers and dates the locale's way."""
    language.use_translation(_qt_translate)
    language.use_formats(_locale_number, _locale_date)


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def _locale_number(value: float, places: int) -> str:
    return locale_number(value, places)


def _locale_date(day: dt.date) -> str:
    return locale_date(day)
