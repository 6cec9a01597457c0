"""The doctor summary on paper: Qt's own printing over the content from `journal.core.summary.content`.

    from journal.report import SummaryOptions, write_pdf, build_document

`build_document` lays the summary out once; its `paint` draws the pages (with the footer)
onto any paged device, so the PDF, the printer and the print preview share one drawing code.
The names load on first use: the window imports `journal.report.locale_formats` at start, and
the layout code, with the whole summary content behind it, is not needed until a summary is.
"""

from typing import TYPE_CHECKING

from journal.core.lazy_names import lazy_names

if TYPE_CHECKING:
    from journal.report.document import (
        PreparedSummary,
        SummaryDocument,
        build_document,
        prepare_summary,
        render_document,
    )
    from journal.report.options import (
        SummaryOptions,
        page_size_for_locale,
    )
    from journal.report.pdf import (
        write_pdf,
        write_summary_pdf,
    )

_HOMES = {
    "PreparedSummary": "document",
    "SummaryDocument": "document",
    "build_document": "document",
    "prepare_summary": "document",
    "render_document": "document",
    "SummaryOptions": "options",
    "page_size_for_locale": "options",
    "write_pdf": "pdf",
    "write_summary_pdf": "pdf",
}
__all__ = [
    "PreparedSummary",
    "SummaryDocument",
    "build_document",
    "prepare_summary",
    "render_document",
    "SummaryOptions",
    "page_size_for_locale",
    "write_pdf",
    "write_summary_pdf",
]
__getattr__ = lazy_names(__name__, _HOMES)
