"""Writing the summary as a PDF file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from journal import __version__
from journal.core.folder.durable import write_atomic
from journal.core.journal import Journal
from journal.core.summary.tree import Summary
from journal.report.document import (
    TITLE,
    ReportDocumentWords,
    SummaryDocument,
    build_document,
    render_document,
)
from journal.report.options import SummaryOptions, page_size_named


def pdf_bytes(document: SummaryDocument, page_size: QPageSize) -> tuple[bytes, int]:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(ReportDocumentWords.tr(TITLE))
    writer.setCreator(f"Skin Journal {__version__}")
    writer.setResolution(600)
    writer.setPageLayout(QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    pages = document.paint(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data()), pages


def write_summary_pdf(summary: Summary, out: Path, page_size: QPageSize) -> int:
    data, pages = pdf_bytes(render_document(summary), page_size)
    # Written beside the target and renamed: a failure never leaves half a PDF behind.
    write_atomic(Path(out), data, mode=0o600)
    return pages


def write_pdf(
    journal: Journal, out: Path, options: SummaryOptions | None = None, today: dt.date | None = None
) -> int:
    """Write the doctor summary of `journal` to `out`; return the number of pages."""
    options = options or SummaryOptions()
    page_size = page_size_named(options.page_size)
    data, pages = pdf_bytes(build_document(journal, options, today=today), page_size)
    write_atomic(Path(out), data, mode=0o600)
    return pages
