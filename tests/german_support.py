"""German installed for a test as the program installs it, and English again afterwards.

`scripts/translations.py` compiles the .ts sources (into the test's own folder, or into
resources/i18n where an installed program looks); `core_german` sends the core's words through a
QTranslator as the command line does; `window_german` installs the language as the window does
(our words, Qt's own, the locale's numbers and dates)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def translations_script() -> ModuleType:
    """scripts/translations.py as a module (loaded once)."""
    loaded = sys.modules.get("translations")
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


def build_german(folder: Path | None = None) -> Path:
    """skinjournal_de.qm in `folder` (default: resources/i18n, where the program finds it)."""
    script = translations_script()
    return script.build("de") if folder is None else script.build("de", folder)


def english_again() -> None:
    from journal.core import language

    language.use_translation(None)
    language.use_formats(None, None)


@contextmanager
def core_german(folder: Path, decimal_comma: bool = False) -> Iterator[None]:
    """The core's words in German through a QTranslator (as `skinjournal` with LANG=de does)."""
    from PySide6.QtCore import QTranslator

    from journal.core import language

    translator = QTranslator()
    assert translator.load(str(build_german(folder)))

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = translator.translate(context, text, disambiguation, n) or text
        return found.replace("%n", str(n)) if n >= 0 else found

    language.use_translation(translate)
    if decimal_comma:
        language.use_formats(lambda value, places: f"{value:.{places}f}".replace(".", ","), None)
    try:
        yield
    finally:
        english_again()


@contextmanager
def window_german(app, folder: Path, monkeypatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """German as View > Language installs it at the next start, from a .qm built into `folder`
    and a settings file of the test's own; Qt's translators and the locale go back afterwards."""
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings

    from journal.gui import language as gui_language

    build_german(folder)
    monkeypatch.setattr(gui_language, "translations_dir", lambda: folder)
    settings = QSettings(str(folder / "language.ini"), QSettings.Format.IniFormat)
    gui_language.choose_language(settings, "de")
    before = QLocale()
    gui_language.install_language(app, settings)
    try:
        yield
    finally:
        for translator in gui_language._installed:
            QCoreApplication.removeTranslator(translator)
        gui_language._installed.clear()
        QLocale.setDefault(before)
        english_again()
