"""Keeping each heading on the same page as what follows it, and an h3 section whole.

QTextDocument knows page breaks but not "keep with next", so after laying out for a paper
size, a heading that sits too close to the bottom of its page gets a page break before it.
An h3 section (a site's half page: numbers, chart, photos) that fits on a page is moved whole
to the next page rather than split, and an h2 directly followed by one goes with it.
The breaks added for one paper size are undone before laying out for another.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

MIN_FOLLOWING_PX = 70.0  # room for a table's header and first rows, about 18 mm
KEEP_WHOLE_LEVEL = 3  # h3 sections are kept on one page when they fit
ALWAYS_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


class HeadingKeeper:
    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self._added: list[int] = []  # block numbers that got a break from us

    def lay_out(self, page: QSizeF) -> int:
        """Lay the document out on pages of `page` size; return the page count."""
        for number in self._added:
            self._set_break(self.document.findBlockByNumber(number), QTextFormat.PageBreakFlag.PageBreak_Auto)
        self._added.clear()
        self._relayout(page)
        # One heading at a time, with a full layout after each: Qt's incremental relayout
        # after a page-break change leaves stale positions (and drops content when drawn).
        while (block := self._first_stranded_heading(page.height())) is not None:
            self._set_break(block, ALWAYS_BEFORE)
            self._added.append(block.blockNumber())
            self._relayout(page)
        return self.document.pageCount()

    def _relayout(self, page: QSizeF) -> None:
        self.document.setPageSize(QSizeF())  # setPageSize lays out the whole document again
        self.document.setPageSize(page)

    def _first_stranded_heading(self, page_height: float) -> QTextBlock | None:
        layout = self.document.documentLayout()
        headings = []  # (block, level, top, bottom)
        block = self.document.begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level > 0:
                rect = layout.blockBoundingRect(block)
                headings.append((block, level, rect.top(), rect.bottom()))
            block = block.next()
        end = layout.documentSize().height()
        # A section runs to the end of what comes before the next heading (not to the heading's
        # own top, which a page break added further down may have pushed to the next page).
        ends = [self._end_before(h[0]) for h in headings[1:]] + [end]
        for i, (block, level, top, bottom) in enumerate(headings):
            if block.blockFormat().pageBreakPolicy() == ALWAYS_BEFORE:
                continue
            need = bottom - top + MIN_FOLLOWING_PX
            if level == KEEP_WHOLE_LEVEL:
                need = max(need, ends[i] - top)
            elif i + 1 < len(headings) and headings[i + 1][1] == KEEP_WHOLE_LEVEL and ends[i] - bottom < 40:
                need = max(need, ends[i + 1] - top)  # an h2 right above an h3 section goes with it
            if need > page_height - 2.0:
                need = bottom - top + MIN_FOLLOWING_PX  # longer than a page: it has to split
            page_top = math.floor((top + 1.0) / page_height) * page_height
            if top - page_top > 1.0 and top + need > page_top + page_height:
                return block
        return None

    def _end_before(self, block: QTextBlock) -> float:
        """The bottom of what is laid out just before `block` (a table counts whole)."""
        layout = self.document.documentLayout()
        previous = block.previous()
        if not previous.isValid():
            return layout.blockBoundingRect(block).top()
        table = QTextCursor(previous).currentTable()
        if table is not None:
            return layout.frameBoundingRect(table).bottom()
        return layout.blockBoundingRect(previous).bottom()

    @staticmethod
    def _set_break(block: QTextBlock, policy: QTextFormat.PageBreakFlag) -> None:
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(policy)
        QTextCursor(block).setBlockFormat(fmt)
