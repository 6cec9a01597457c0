"""Check boxes and radio buttons that can be seen in a dark palette.

Fusion (the style of a dark desktop on Linux, and ours on Windows) draws an indicator's frame in
the window colour made darker and fills it with the base colour: on a dark grey window that is a
near-black box on dark grey ("Show as table", "Side by side", "Protect this journal" were hard to
find). A dark palette gets a frame between the window and its text colour instead, so it stands
out as WCAG 1.4.11 asks of a control (3:1 against what is around it); a light palette is drawn
as the style draws it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def frame_colour(palette: QPalette) -> QColor:
    """Two thirds of the way from the window's colour to its text's: light grey on dark grey."""
    window, text = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
    return QColor(
        (window.red() + 2 * text.red()) // 3,
        (window.green() + 2 * text.green()) // 3,
        (window.blue() + 2 * text.blue()) // 3,
    )


class IndicatorStyle(QProxyStyle):
    def drawPrimitive(  # noqa: N802 (Qt's name)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in INDICATORS or not is_dark(option.palette):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = frame_colour(option.palette)
        if not option.state & QStyle.StateFlag.State_Enabled:
            colour.setAlpha(110)  # a control that cannot be used stays quieter
        painter.setPen(QPen(colour, 1.2))
        painter.setBrush(QColor(0, 0, 0, 0))
        rect = QRectF(option.rect).adjusted(0.6, 0.6, -0.6, -0.6)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 1.5, 1.5)
        painter.restore()


def fit_indicators(app: QApplication) -> None:
    """Wrap the application's style once its palette is dark (after the style and palette are set)."""
    style = app.style()
    if isinstance(style, IndicatorStyle) or not is_dark(app.palette()):
        return
    base = QStyleFactory.create(style.name())
    if base is None:
        return
    proxy = IndicatorStyle(base)
    app.setStyle(proxy)
