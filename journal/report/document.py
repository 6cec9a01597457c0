"""The summary laid out for paper, and the one routine that paints its pages.

The document is laid out in 1/96-inch units against a fixed reference device, so the same
layout results whatever screen (or none) the machine has; `paint` scales it onto the
printer, PDF writer or preview it is given and draws the footer on every page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from journal.core.journal import Journal
from journal.core.language import Words, date_text
from journal.core.summary.content import gather_summary
from journal.core.summary.tree import Summary
from journal.report.html import STYLE, summary_html
from journal.report.keep import HeadingKeeper
from journal.report.options import SummaryOptions
from journal.report.pictures import LAYOUT_DPI, Pictures
from journal.report.qtapp import ensure_gui_application
from journal.report.sections.common import REF_PREFIX, SECTION_PREFIX, later_page_words, page_words


class ReportDocumentWords(Words):
    "The summary's footer, title and drawing errors."


MM = LAYOUT_DPI / 25.4  # layout pixels per millimetre
MARGINS_MM = QMarginsF(15, 14, 15, 20)  # left, top, right, bottom (the footer sits in the bottom one)
DISCLAIMER = ReportDocumentWords.mark("Recorded by the patient; not a diagnosis")
TITLE = ReportDocumentWords.mark("Skin Journal summary")


def page_text() -> re.Pattern[str]:
    """A page reference as the text has it, in the language the summary is written in."""
    number = re.escape(page_words("{number}")).replace(re.escape("{number}"), r"(\?|\d+)")
    return re.compile(f"{number}|{re.escape(later_page_words())}")


class SummaryDocument:
    def __init__(self, summary: Summary, document: QTextDocument, reference: QImage) -> None:
        self.summary = summary
        self.document = document
        self._reference = reference  # the layout's paint device must live as long as the layout
        self._keeper = HeadingKeeper(document)

    def layout_for(self, layout: QPageLayout) -> tuple[QSizeF, int]:
        """Lay the text out for this paper; return the body size (layout px) and page count."""
        paper = layout.fullRectPoints()
        body = QSizeF(
            paper.width() * LAYOUT_DPI / 72 - (MARGINS_MM.left() + MARGINS_MM.right()) * MM,
            paper.height() * LAYOUT_DPI / 72 - (MARGINS_MM.top() + MARGINS_MM.bottom()) * MM,
        )
        pages = self._keeper.lay_out(body)
        # Page numbers in the text ("from page 3") can move what follows: lay out again until
        # they hold (twice at most; a number's width rarely moves a page break).
        for _ in range(2):
            if not self._fill_page_refs(body.height()):
                break
            pages = self._keeper.lay_out(body)
        return body, pages

    def _fill_page_refs(self, page_height: float) -> bool:
        """Write each section's page into the references to it; True when any text changed."""
        layout = self.document.documentLayout()
        sections: dict[str, int] = {}
        refs: list[tuple[int, str, QTextCharFormat]] = []
        block = self.document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                for name in fragment.charFormat().anchorNames():
                    if name.startswith(SECTION_PREFIX):
                        top = layout.blockBoundingRect(block).top()
                        sections[name[len(SECTION_PREFIX) :]] = int((top + 1.0) // page_height) + 1
                    elif name.startswith(REF_PREFIX):
                        refs.append((fragment.position(), name[len(REF_PREFIX) :], fragment.charFormat()))
                it += 1
            block = block.next()
        changed = False
        pattern = page_text()
        for position, name, fmt in reversed(refs):  # from the end: earlier positions stay valid
            block = self.document.findBlock(position)
            found = pattern.match(block.text(), position - block.position())
            if found is None:
                continue
            want = page_words(sections[name]) if name in sections else later_page_words()
            if found.group(0) != want:
                cursor = QTextCursor(self.document)
                cursor.setPosition(position)
                cursor.setPosition(position + len(found.group(0)), QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(want, fmt)
                changed = True
        return changed

    def paint(self, device: QPagedPaintDevice) -> int:
        """Paint every page onto `device` (set to full-page, no margins). Returns the page count."""
        body, pages = self.layout_for(device.pageLayout())
        scale = device.logicalDpiY() / LAYOUT_DPI
        painter = QPainter()
        if not painter.begin(device):
            raise OSError(ReportDocumentWords.tr("the summary could not be drawn on this printer or file"))
        try:
            for page in range(pages):
                if page:
                    device.newPage()
                painter.save()
                painter.scale(scale, scale)
                painter.translate(MARGINS_MM.left() * MM, MARGINS_MM.top() * MM - page * body.height())
                self.document.drawContents(painter, QRectF(QPointF(0, page * body.height()), body))
                painter.restore()
                self._footer(painter, scale, body, page + 1, pages)
        finally:
            painter.end()
        return pages

    def _footer(self, painter: QPainter, scale: float, body: QSizeF, page: int, pages: int) -> None:
        painter.save()
        painter.scale(scale, scale)
        top = (MARGINS_MM.top() + 4) * MM + body.height()
        left = MARGINS_MM.left() * MM
        painter.setPen(QPen(Qt.GlobalColor.black, 0.5))
        painter.drawLine(QPointF(left, top), QPointF(left + body.width(), top))
        font = QFont(self.document.defaultFont())
        font.setPixelSize(10)  # 7.5 pt in layout pixels (the painter is scaled, points would be too)
        painter.setFont(font)
        box = QRectF(left, top + 1.5 * MM, body.width(), 5 * MM)
        align = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(box, align | Qt.AlignmentFlag.AlignLeft, ReportDocumentWords.tr(DISCLAIMER))
        painter.drawText(
            box,
            align | Qt.AlignmentFlag.AlignHCenter,
            ReportDocumentWords.tr("Skin Journal summary, made {date}").format(
                date=date_text(self.summary.made_on)
            ),
        )
        painter.drawText(
            box,
            align | Qt.AlignmentFlag.AlignRight,
            ReportDocumentWords.tr("page {page} of {pages}").format(page=page, pages=pages),
        )
        painter.restore()


@dataclasses.dataclass(frozen=True)
class PreparedSummary:
    """The summary's HTML and its pictures, drawn. Preparing is the slow part (charts and
    photos) and touches no QObject, so the window can do it on a worker thread."""

    summary: Summary
    html: str
    images: dict[str, QImage]


def prepare_summary(summary: Summary) -> PreparedSummary:
    ensure_gui_application()
    pictures = Pictures()
    html = summary_html(summary, pictures)
    return PreparedSummary(summary, html, pictures.draw())


def render_document(content: Summary | PreparedSummary) -> SummaryDocument:
    """Lay out a summary for paper (in the thread that will paint it)."""
    prepared = content if isinstance(content, PreparedSummary) else prepare_summary(content)
    reference = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    reference.setDotsPerMeterX(dots_per_metre)
    reference.setDotsPerMeterY(dots_per_metre)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(reference)
    document.setDocumentMargin(0)
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(9)
    # No "fi"/"fl" ligatures: text copied or searched in the PDF ("finger") must match as typed.
    font.setFeature(QFont.Tag("liga"), 0)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, ReportDocumentWords.tr(TITLE))
    for name, image in prepared.images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name), image)
    document.setHtml(prepared.html)
    return SummaryDocument(prepared.summary, document, reference)


def build_document(
    journal: Journal, options: SummaryOptions | None = None, today: dt.date | None = None
) -> SummaryDocument:
    options = options or SummaryOptions()
    summary = gather_summary(
        journal,
        since=options.since,
        until=options.until,
        site_names=options.site_names,
        questions=options.questions,
        today=today,
    )
    return render_document(summary)
