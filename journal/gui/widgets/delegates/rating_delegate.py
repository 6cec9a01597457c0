"""A 0-10 rating drawn as ten small cells and the number (after Qt's star delegate example).

The same painting serves the timeline's rating columns and nothing else needs to know how a
rating looks. An unrated cell says "not checked" in the placeholder colour, so an empty
value is never mistaken for a zero.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal.gui.models.timeline_model import TimelineRole
from journal.gui.wording import not_checked

CELLS = 10
CELL_W, CELL_H, GAP = 7, 12, 2

Index = QModelIndex | QPersistentModelIndex


def paint_rating(
    painter: QPainter, rect: QRect, value: int | None, palette: QPalette, selected: bool = False
) -> None:
    text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if value is None:
        colour = palette.color(text_role if selected else QPalette.ColorRole.PlaceholderText)
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, not_checked())
        painter.restore()
        return
    top = rect.top() + (rect.height() - CELL_H) / 2
    filled = palette.color(text_role if selected else QPalette.ColorRole.Highlight)
    empty = palette.color(text_role if selected else QPalette.ColorRole.Mid)
    for i in range(CELLS):
        cell = QRectF(rect.left() + i * (CELL_W + GAP), top, CELL_W, CELL_H)
        if i < value:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(filled)
        else:
            empty.setAlpha(160)
            painter.setPen(empty)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            cell.adjust(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(cell, 1.5, 1.5)
    painter.setPen(palette.color(text_role))
    number = QRect(rect.left() + CELLS * (CELL_W + GAP) + 4, rect.top(), 28, rect.height())
    painter.drawText(number, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(value))
    painter.restore()


def rating_width() -> int:
    return CELLS * (CELL_W + GAP) + 4 + 24


class RatingDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        value = index.data(TimelineRole.RATING)
        paint_rating(painter, option.rect.adjusted(6, 0, -4, 0), value, option.palette, selected)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(rating_width() + 10, CELL_H + 8)
