"""What the person chose for a summary, and the paper size their locale uses."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from journal.core.language import Words


class ReportOptionsWords(Words):
    "The summary's paper size, refused."


# Territories (ISO 3166 codes) whose default paper is US Letter, as the C library's LC_PAPER
# tables have it; everywhere else uses A4.
LETTER_TERRITORIES = frozenset(
    {
        "US",
        "CA",
        "MX",
        "PR",
        "PH",
        "CL",
        "CO",
        "CR",
        "GT",
        "NI",
        "PA",
        "SV",
        "VE",
        "DO",
    }
)
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "LETTER": QPageSize.PageSizeId.Letter}


@dataclasses.dataclass
class SummaryOptions:
    since: dt.date | None = None
    until: dt.date | None = None
    site_names: list[str] | None = None
    questions: str | None = None
    page_size: str | None = None  # "A4" | "Letter" | None = from the locale


def page_size_for_locale(locale: QLocale | None = None) -> QPageSize:
    locale = locale or QLocale()
    letter = QLocale.territoryToCode(locale.territory()) in LETTER_TERRITORIES
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def page_size_named(name: str | None) -> QPageSize:
    if name is None:
        return page_size_for_locale()
    key = name.strip().upper()
    if key not in PAGE_SIZES:
        from journal.core.errors import ValidationError

        raise ValidationError(
            ReportOptionsWords.tr("page size"),
            ReportOptionsWords.tr("{name} is not a paper size here; use A4 or Letter").format(
                name=repr(name)
            ),
        )
    return QPageSize(PAGE_SIZES[key])
