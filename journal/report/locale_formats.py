"""Numbers and dates the way a language writes them, for the window and the printed summary.

The window installs them at start (journal.gui.language); `skinjournal report` installs them for
the summary alone, so a German PDF says "5,5 mm" and "30.11.2026" while the command line's own
listings keep the plain "5.5" that scripts read.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from journal.core import language


def locale_number(value: float, places: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(float(value), "f", places)


def locale_date(day: dt.date, locale: QLocale | None = None) -> str:
    """The locale's short numeric date with a four-digit year ("30.11.2026"); English keeps the
    journal's ISO form (2026-11-30), which no English reader takes for another day, as they
    would 11/12/2026."""
    locale = locale or QLocale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return day.isoformat()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")  # a two-digit year is ambiguous in a health record
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def use_language_formats(code: str) -> None:
    """Write numbers and dates as `code` ("de") does; English keeps the plain forms."""
    if code == "en":
        return
    locale = QLocale(code)
    language.use_formats(
        lambda value, places: locale_number(value, places, locale), lambda day: locale_date(day, locale)
    )
