"""Keeping each heading on the same page as what follows it.

QTextDocument knows page breaks but not "keep with next", so after laying out for a paper
size, a heading that sits too close to the bottom of its page gets a page break before it.
The breaks added for one paper size are undone before laying out for another.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

MIN_FOLLOWING_PX = 70.0  # room for a table's header and first rows, about 18 mm
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
        block = self.document.begin()
        while block.isValid():
            fmt = block.blockFormat()
            if fmt.headingLevel() > 0 and fmt.pageBreakPolicy() != ALWAYS_BEFORE:
                rect = layout.blockBoundingRect(block)
                page_top = math.floor((rect.top() + 1.0) / page_height) * page_height
                if rect.top() - page_top > 1.0 and rect.bottom() + MIN_FOLLOWING_PX > page_top + page_height:
                    return block
            block = block.next()
        return None

    @staticmethod
    def _set_break(block: QTextBlock, policy: QTextFormat.PageBreakFlag) -> None:
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(policy)
        QTextCursor(block).setBlockFormat(fmt)
