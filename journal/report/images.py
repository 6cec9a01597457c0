"""Pictures for the summary: charts rendered sharp, photos fitted into equal tiles."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPen, QTransform

from journal.core.errors import JournalError
from journal.core.language import Words

if TYPE_CHECKING:
    from matplotlib.figure import Figure


class ReportImageWords(Words):
    "Said on a photo's tile when its file cannot be read."


CHART_DPI = 220  # above the 200 dpi a printed chart needs to look sharp
TILE_DPI = 250
# A measured segment drawn on a strip photo: end points in the stored photo's pixels, a colour.
Mark = tuple[tuple[float, float, float, float], str]
LENGTH_COLOUR, WIDTH_COLOUR, REFERENCE_COLOUR = "#ffd400", "#00c8ff", "#ff4fd8"


def figure_image(figure: Figure, dpi: int = CHART_DPI) -> QImage:
    """A matplotlib figure as a high-resolution image (Agg; no Qt backend involved)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    image = QImage.fromData(buffer.getvalue())  # Qt reads the format from the PNG header
    if image.isNull():
        raise RuntimeError("a chart could not be drawn")
    return image


def photo_tile(read: Callable[[], bytes], size: QSize, marks: Sequence[Mark] = ()) -> QImage:
    """The photo (its bytes from `read`) scaled to fit inside a tile of `size` pixels (white
    around it), so every photo of a strip takes exactly the same space whatever its shape, with
    the measured segments `marks` drawn over it at the same scale. A missing, unreadable or
    damaged file gives a tile that says so, rather than stopping the whole summary. The bytes
    are decoded from memory: an encrypted journal's photo is never written plain for the summary."""
    tile = QImage(size, QImage.Format.Format_RGB32)
    tile.fill(QColor("white"))
    try:
        data = read()
    except (OSError, JournalError):
        data = b""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    source = reader.size()
    if source.isValid() and source.width() > 0 and source.height() > 0:
        # Decoding straight to the small size (JPEG scaled decoding) keeps this fast.
        reader.setScaledSize(source.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    photo = reader.read()
    painter = QPainter(tile)
    try:
        if photo.isNull():
            painter.setPen(QColor("black"))
            font = QFont()
            font.setPixelSize(max(12, size.height() // 10))
            painter.setFont(font)
            painter.drawText(
                QRect(0, 0, size.width(), size.height()),
                Qt.AlignmentFlag.AlignCenter,
                ReportImageWords.tr("photo file\nmissing"),
            )
        else:
            photo = photo.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            x = (size.width() - photo.width()) // 2
            y = (size.height() - photo.height()) // 2
            painter.drawImage(x, y, photo)
            if marks and source.isValid() and source.width() > 0:
                # Stored photos are upright (turned at import), so their pixels are the marks' pixels.
                _draw_marks(
                    painter,
                    marks,
                    QTransform(photo.width() / source.width(), 0, 0, photo.height() / source.height(), x, y),
                    size,
                )
        painter.setPen(QColor("#808080"))
        painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
    finally:
        painter.end()
    return tile


def _draw_marks(painter: QPainter, marks: Sequence[Mark], to_tile: QTransform, size: QSize) -> None:
    """Each segment as a dark-edged coloured line with end ticks, readable on any skin tone."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = max(2.0, size.width() / 150)
    for (x1, y1, x2, y2), colour in marks:
        a, b = to_tile.map(QPointF(x1, y1)), to_tile.map(QPointF(x2, y2))
        for pen_colour, pen_width in (("black", width * 2.2), (colour, width)):
            pen = QPen(QColor(pen_colour), pen_width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLine(a, b)
            for end in (a, b):
                painter.drawEllipse(end, pen_width, pen_width)
