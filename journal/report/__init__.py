"""The doctor summary on paper: Qt's own printing over the content from `journal.core.summary.content`.

    from journal.report import SummaryOptions, write_pdf, build_document

`build_document` lays the summary out once; its `paint` draws the pages (with the footer)
onto any paged device, so the PDF, the printer and the print preview share one drawing code.
"""

from journal.report.document import (
    PreparedSummary,
    SummaryDocument,
    build_document,
    prepare_summary,
    render_document,
)
from journal.report.options import SummaryOptions, page_size_for_locale
from journal.report.pdf import write_pdf, write_summary_pdf

__all__ = [
    "PreparedSummary",
    "SummaryDocument",
    "SummaryOptions",
    "prepare_summary",
    "build_document",
    "page_size_for_locale",
    "render_document",
    "write_pdf",
    "write_summary_pdf",
]
