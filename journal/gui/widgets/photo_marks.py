"""What is drawn over a photo to measure it or line it up: segments with end handles and a tag.

The scene's coordinates are pixels of the stored photo (the views show a reduced copy scaled
back up), so a mark is placed where its points are stored. Lines are cosmetic (the same width
at every zoom) and handles and tags ignore the zoom, so a mark stays readable on a 12 MP photo
fitted into a small window. Moving a mark changes the geometry of its few items, nothing else:
that is the whole cost of a redraw after a click.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

Point = tuple[float, float]

# Colours that stay visible on skin tones, each with a dark outline under it.
COLOURS = {
    "reference": QColor(255, 214, 0),  # the scale: yellow, like a ruler
    "length": QColor(255, 80, 60),
    "width": QColor(40, 200, 255),
    "landmark": QColor(120, 255, 90),
}
HANDLE_RADIUS = 5.0  # screen pixels
Z_MARKS = 10.0


class Tag(QGraphicsSimpleTextItem):
    """A short text on a dark rounded box, the same size at every zoom."""

    def __init__(self, colour: QColor, parent: QGraphicsItem | None = None, offset: Point = (8, 6)) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setTransform(QTransform.fromTranslate(*offset))  # screen pixels beside its point
        font = QFont()
        font.setPointSizeF(10.0)
        font.setBold(True)
        self.setFont(font)
        self.setBrush(QBrush(colour))
        self.setZValue(Z_MARKS + 2)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return super().boundingRect().adjusted(-4, -2, 4, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 170))
        painter.drawRoundedRect(self.boundingRect(), 3, 3)
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # Qt accepts no widget


class Handle(QGraphicsEllipseItem):
    def __init__(self, colour: QColor, parent: QGraphicsItem | None = None) -> None:
        r = HANDLE_RADIUS
        super().__init__(-r, -r, 2 * r, 2 * r, parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.colour = colour
        self.setZValue(Z_MARKS + 1)
        self.set_selected(False)

    def set_selected(self, selected: bool) -> None:
        pen = QPen(QColor(0, 0, 0), 1.5)
        self.setPen(pen)
        self.setBrush(QBrush(QColor(255, 255, 255) if selected else self.colour))
        r = HANDLE_RADIUS * (1.6 if selected else 1.0)
        self.setRect(-r, -r, 2 * r, 2 * r)


# Where each segment's tag sits, so that the length's and the width's, which cross in the
# bump's middle, do not cover each other: beside the middle, or beside one end.
TAG_ANCHORS = {"reference": "middle", "length": "b", "width": "a"}


class SegmentMark:
    """One segment on the photo: a line between two handles, and a tag beside it.
    `set_points` takes zero, one or two points (a segment being clicked in)."""

    def __init__(self, scene: QGraphicsScene, role: str, parent: QGraphicsItem | None = None) -> None:
        colour = COLOURS[role]
        self.role = role
        self.shadow = QGraphicsLineItem(parent)
        self.line = QGraphicsLineItem(parent)
        for item, pen in (
            (self.shadow, QPen(QColor(0, 0, 0, 200), 4.0)),
            (self.line, QPen(colour, 2.0)),
        ):
            pen.setCosmetic(True)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            item.setPen(pen)
            item.setZValue(Z_MARKS)
        self.handles = [Handle(colour, parent), Handle(colour, parent)]
        self.tag = Tag(colour, parent)
        self.items: list[QGraphicsItem] = [self.shadow, self.line, *self.handles, self.tag]
        if parent is None:
            for each in self.items:
                scene.addItem(each)
        self.set_points([])

    def set_points(self, points: Sequence[Point], text: str = "", selected: int | None = None) -> None:
        for index, handle in enumerate(self.handles):
            shown = index < len(points)
            handle.setVisible(shown)
            if shown:
                handle.setPos(QPointF(*points[index]))
                handle.set_selected(selected == index)
        whole = len(points) == 2
        for item in (self.shadow, self.line):
            item.setVisible(whole)
            if whole:
                item.setLine(QLineF(QPointF(*points[0]), QPointF(*points[1])))
        self.tag.setVisible(whole and bool(text))
        if whole and text:
            self.tag.setText(text)
            (x1, y1), (x2, y2) = points
            anchor = TAG_ANCHORS.get(self.role, "middle")
            at = {"a": (x1, y1), "b": (x2, y2)}.get(anchor, ((x1 + x2) / 2, (y1 + y2) / 2))
            self.tag.setPos(QPointF(*at))

    def set_visible(self, visible: bool) -> None:
        for item in self.items:
            item.setVisible(visible and item.isVisible())

    def remove(self) -> None:
        for item in self.items:
            scene = item.scene()
            if scene is not None:
                scene.removeItem(item)


class LandmarkMark:
    """A numbered landmark: a ring with its number beside it."""

    def __init__(self, scene: QGraphicsScene, number: int, parent: QGraphicsItem | None = None) -> None:
        colour = COLOURS["landmark"]
        self.handle = Handle(colour, parent)
        self.tag = Tag(colour, parent, offset=(8, -24))
        self.tag.setText(str(number))
        if parent is None:
            scene.addItem(self.handle)
            scene.addItem(self.tag)

    def place(self, point: Point | None) -> None:
        for item in (self.handle, self.tag):
            item.setVisible(point is not None)
            if point is not None:
                item.setPos(QPointF(*point))

    def remove(self) -> None:
        for item in (self.handle, self.tag):
            scene = item.scene()
            if scene is not None:
                scene.removeItem(item)
