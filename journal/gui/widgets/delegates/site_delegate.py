"""Draws one site of the side list: photo, name, region and last check, trend arrow, alert badge.

Colours come from the palette (light or dark follows the system); only the alert badge has
its own red, with white text, which reads on both.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal.core.charts.colours import ALERT_COLOUR
from journal.core.charts.overview import last_check_words
from journal.core.charts.trends import Direction
from journal.core.domain.choices import REGION_LABELS, shown
from journal.gui.models.site_list_model import ARROWS, THUMB, SiteListModelWords, SiteRole

ROW_HEIGHT = 60
PAD = 6
BADGE_RED = QColor(ALERT_COLOUR)

Index = QModelIndex | QPersistentModelIndex


class SiteDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(220, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        # The selection and focus frame, drawn by the style as for any item.
        self.initStyleOption(option, index)
        text_role = QPalette.ColorRole.Text
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
            text_role = QPalette.ColorRole.HighlightedText
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        muted = bool(index.data(SiteRole.STATUS))

        thumb_rect = QRect(
            rect.left(), rect.top() + (rect.height() - THUMB.height()) // 2, THUMB.width(), THUMB.height()
        )
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            _draw_cropped(painter, thumb_rect, pixmap)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(option.palette.color(QPalette.ColorRole.Midlight))
            painter.drawRoundedRect(thumb_rect, 6, 6)
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                thumb_rect,
                Qt.AlignmentFlag.AlignCenter,
                shown(REGION_LABELS, str(index.data(SiteRole.REGION)))[:2].title(),
            )

        alerts = int(index.data(SiteRole.ALERTS) or 0)
        trend = index.data(SiteRole.TREND)
        places = row_places(rect, thumb_rect.right() + 10, bool(alerts), bool(trend))
        if places.badge is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BADGE_RED)
            painter.drawRoundedRect(places.badge, 9, 9)
            painter.setPen(QColor("white"))
            bold = QFont(option.font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(places.badge, Qt.AlignmentFlag.AlignCenter, str(alerts))
        if places.arrow is not None:
            arrow_font = QFont(option.font)
            arrow_font.setPointSizeF(option.font.pointSizeF() * 1.3)
            painter.setFont(arrow_font)
            painter.setPen(option.palette.color(text_role))
            painter.drawText(places.arrow, Qt.AlignmentFlag.AlignCenter, ARROWS[Direction(trend)])
        name_rect, detail_rect = places.name, places.detail
        name_font = QFont(option.font)
        name_font.setBold(not muted)
        painter.setFont(name_font)
        colour = option.palette.color(text_role)
        if muted:
            colour.setAlpha(150)
        painter.setPen(colour)
        name = painter.fontMetrics().elidedText(
            str(index.data()), Qt.TextElideMode.ElideRight, name_rect.width()
        )
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

        painter.setFont(option.font)
        detail_colour = option.palette.color(text_role)
        detail_colour.setAlpha(170)
        painter.setPen(detail_colour)
        status = index.data(SiteRole.STATUS)
        detail = f"{shown(REGION_LABELS, str(index.data(SiteRole.REGION)))} \u00b7 " + (
            SiteListModelWords.tr(status)
            if status
            else last_check_words(index.data(SiteRole.LAST_CHECKED), dt.date.today())
        )
        detail = painter.fontMetrics().elidedText(detail, Qt.TextElideMode.ElideRight, detail_rect.width())
        painter.drawText(detail_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, detail)
        if style is not None and option.state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionViewItem(option)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, option.widget)
        painter.restore()


class RowPlaces(NamedTuple):
    badge: QRect | None
    arrow: QRect | None
    name: QRect
    detail: QRect


def row_places(rect: QRect, text_left: int, alerts: bool, trend: bool) -> RowPlaces:
    """Where a row's badge, trend arrow, name and detail line go. The badge sits at the top right,
    the arrow below it, centred on the row: both lines of text end before the arrow, or a longer
    detail ("Unterarm · heute geprüft" in a narrow list) runs under it."""
    right = rect.right()
    badge = arrow = None
    if alerts:
        badge = QRect(right - 22, rect.top() + 2, 22, 18)
        right = badge.left() - 4
    if trend:
        arrow = QRect(right - 20, rect.top(), 20, rect.height())
        right = arrow.left() - 2
    half = rect.height() // 2
    name = QRect(text_left, rect.top(), right - text_left, half)
    detail_right = right if arrow is not None else rect.right()
    detail = QRect(text_left, rect.top() + half, detail_right - text_left, half)
    return RowPlaces(badge, arrow, name, detail)


def _draw_cropped(painter: QPainter, target: QRect, pixmap: QPixmap) -> None:
    """Fill the square with the middle of the picture (the thumbnail was scaled to cover it)."""
    ratio = pixmap.devicePixelRatio()
    width, height = pixmap.width() / ratio, pixmap.height() / ratio
    scale = max(target.width() / width, target.height() / height)
    src_w, src_h = target.width() / scale * ratio, target.height() / scale * ratio
    source = QRect(
        int((pixmap.width() - src_w) / 2), int((pixmap.height() - src_h) / 2), int(src_w), int(src_h)
    )
    painter.drawPixmap(target, pixmap, source)
