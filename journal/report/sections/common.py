"""Small writing helpers shared by the summary's sections."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from html import escape

from journal.core import language
from journal.core.language import Words


class ReportCommonWords(Words):
    "Words shared by the summary's sections: dates lists and page references."


WHOLE_FIELDS = ("count", "tightness", "pain")
NOWRAP = ' style="white-space: nowrap"'


def text(value: object) -> str:
    """User-written text, escaped, with its line breaks kept."""
    return escape(str(value)).replace("\n", "<br>") if value is not None else ""


def day(value: dt.date | str | None) -> str:
    """A date as the person's locale writes it (ISO in English): every date of the summary."""
    return language.date_text(value) if value is not None else ""


def number(field: str, value: float | None) -> str:
    if value is None:
        return "&ndash;"
    return language.number(value, 0 if field in WHOLE_FIELDS and value == int(value) else 1)


def decimal(value: float) -> str:
    """A stored number as typed ("5.5", "12"), written the locale's way ("5,5" in German)."""
    return f"{value:g}".replace(".", decimal_sign())


def decimal_sign() -> str:
    return language.number(0.5, 1)[1:-1]  # the locale's decimal sign, between "0" and "5"


def signed(field: str, value: float | None, decimals: int | None = None) -> str:
    """A change with its sign; whole-number measures stay whole unless `decimals` asks."""
    if value is None:
        return "&ndash;"
    if decimals is None:
        decimals = 0 if field in WHOLE_FIELDS and value == int(value) else 1
    if float(f"{abs(value):.{decimals}f}") == 0:
        return "0"
    return f"{'+' if value > 0 else '-'}{language.number(abs(value), decimals)}"


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    widths: Sequence[int] | None = None,
    css_class: str = "grid",
    nowrap: Sequence[int] = (),
    padding: int = 4,
) -> str:
    """A bordered table; its header row repeats when the table runs onto the next page.
    Columns listed in `nowrap` (dates) never break inside a value."""
    head = "".join(f"<th{f' width={widths[i]}%' if widths else ''}>{h}</th>" for i, h in enumerate(headers))
    cell_tags = [f"<td{NOWRAP if i in nowrap else ''}>" for i in range(len(headers))]
    body = "".join(
        "<tr>" + "".join(f"{cell_tags[i]}{cell}</td>" for i, cell in enumerate(row)) + "</tr>" for row in rows
    )
    return (
        f'<table class="{css_class}" width="100%" cellspacing="0" cellpadding="{padding}" border="1">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def dates_list(days: Sequence[dt.date], limit: int = 12) -> str:
    if len(days) <= limit:
        return ", ".join(day(d) for d in days)
    shown = ", ".join(day(d) for d in days[-limit:])
    earlier = len(days) - limit
    # English has no translation to choose its singular: one message for one, one for more.
    if earlier == 1:
        return ReportCommonWords.tr("%n earlier day, then {dates}", "", earlier).format(dates=shown)
    return ReportCommonWords.tr("%n earlier days, then {dates}", "", earlier).format(dates=shown)


# Cross-references to pages: the HTML names the section with `anchor` and the reference with
# `page_ref`; SummaryDocument fills in the page number once the pages are laid out.
REF_PREFIX, SECTION_PREFIX = "ref-", "sec-"


def page_words(page: int | str) -> str:
    """ "page 3" in a sentence ("… from page 3."), or with "?" before the pages are laid out."""
    return ReportCommonWords.tr("page {number}").format(number=page)


def later_page_words() -> str:
    """Said instead of a page number when the section is not found (" … from a later page.")."""
    return ReportCommonWords.tr("a later page")


def page_ref(section: str) -> str:
    return f'<a name="{REF_PREFIX}{section}">{page_words("?")}</a>'


def anchor(section: str, words: str) -> str:
    """`words` (a heading's text) marked as where `section` starts."""
    return f'<a name="{SECTION_PREFIX}{section}">{words}</a>'
