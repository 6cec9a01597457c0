"""Small writing helpers shared by the summary's sections."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from html import escape

WHOLE_FIELDS = ("count", "tightness", "pain")
NOWRAP = ' style="white-space: nowrap"'


def text(value: object) -> str:
    """User-written text, escaped, with its line breaks kept."""
    return escape(str(value)).replace("\n", "<br>") if value is not None else ""


def day(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""


def number(field: str, value: float | None) -> str:
    if value is None:
        return "&ndash;"
    return f"{value:.0f}" if field in WHOLE_FIELDS and value == int(value) else f"{value:.1f}"


def signed(field: str, value: float | None, decimals: int | None = None) -> str:
    """A change with its sign; whole-number measures stay whole unless `decimals` asks."""
    if value is None:
        return "&ndash;"
    if decimals is None:
        decimals = 0 if field in WHOLE_FIELDS and value == int(value) else 1
    shown = f"{abs(value):.{decimals}f}"
    if float(shown) == 0:
        return "0"
    return f"{'+' if value > 0 else '-'}{shown}"


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
        return ", ".join(d.isoformat() for d in days)
    shown = ", ".join(d.isoformat() for d in days[-limit:])
    return f"{len(days) - limit} earlier days, then {shown}"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else many or word + 's'}"


# Cross-references to pages: the HTML names the section with `anchor` and the reference with
# `page_ref`; SummaryDocument fills in the page number once the pages are laid out.
REF_PREFIX, SECTION_PREFIX = "ref-", "sec-"
PAGE_PLACEHOLDER = "page ?"


def page_ref(section: str) -> str:
    return f'<a name="{REF_PREFIX}{section}">{PAGE_PLACEHOLDER}</a>'


def anchor(section: str, words: str) -> str:
    """`words` (a heading's text) marked as where `section` starts."""
    return f'<a name="{SECTION_PREFIX}{section}">{words}</a>'
