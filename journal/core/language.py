"""The words and numbers a person reads, in their language, without a toolkit in the core.

Every sentence the core shows a person (an error, an alert, a chart's summary, the printed
summary) is marked for Qt's translation tools here, so one `.ts` file per language holds the
window's, the command line's and the core's words. The core cannot import Qt; it calls the
translation installed at start instead: the window installs `QCoreApplication.translate`
(which also serves Qt's own dialogs), the command line a `QTranslator` it loads itself, and
with nothing installed the English source text is the text.

Each module with words names its translation context with a small subclass of `Words`::

    class AlertWords(Words):
        "Alert titles and their evidence lines."

    AlertWords.tr("Rapid growth")
    AlertWords.tr("%n entries", "", count)      # a plural: %n is replaced by the count
    LABELS = {"pale": AlertWords.mark("Pale")}  # marked now, translated where it is shown:
    AlertWords.tr(LABELS[key])

`pyside6-lupdate` reads `Name.tr("...")` as the context `Name` (and `mark` the same, through
`-tr-function-alias`, see `scripts/translations.py`), so call it as `Name.tr`, never through a
module or an instance.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Translate = Callable[[str, str, str | None, int], str]
NumberFormat = Callable[[float, int], str]
DateFormat = Callable[[dt.date], str]


def _english(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


def _plain_number(value: float, places: int) -> str:
    return f"{value:.{places}f}"


def _iso_date(day: dt.date) -> str:
    return day.isoformat()


_translate: Translate = _english
_number: NumberFormat = _plain_number
_date: DateFormat = _iso_date


def use_translation(translate: Translate | None) -> None:
    """Install the function every `Words.tr` goes through; None goes back to the English source."""
    global _translate
    _translate = translate or _english


def use_formats(number: NumberFormat | None, date: DateFormat | None) -> None:
    """Install the locale's way of writing a decimal number and a date; None, the plain forms."""
    global _number, _date
    _number = number or _plain_number
    _date = date or _iso_date


class Words:
    """A translation context: subclass it once per module (the class name is the context)."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return _translate(cls.__name__, text, disambiguation, n)

    @staticmethod
    def mark(text: str, disambiguation: str | None = None) -> str:
        """Marks a text for translation where it is defined; `tr` translates it where it is shown."""
        return text


def number(value: float, places: int = 1) -> str:
    """A decimal number as the person's locale writes it ("5.5" in English, "5,5" in German)."""
    return _number(value, places)


def date_text(day: dt.date | str) -> str:
    """A date as the person's locale writes it in short form; an ISO string is read first."""
    if isinstance(day, str):
        try:
            return _date(dt.date.fromisoformat(day[:10]))
        except ValueError:
            return day  # not a date after all: shown as it was stored
    return _date(day)
