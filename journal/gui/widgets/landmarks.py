"""Clicking the same two landmarks on two photos shown side by side, to line them up.

Each view takes up to two landmarks, numbered 1 and 2 in the order clicked; a click on a view
that has both replaces the nearer one. Points are kept in each photo's own pixels: the left
view's scene is the first photo's pixels, the right view shows the second photo placed by a
transform (`to_second` maps the right view's scene back to the second photo's pixels).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGraphicsItem
from shiboken6 import isValid

from journal.gui.widgets.photo_marks import LandmarkMark, Point
from journal.gui.widgets.zoom_view import ZoomView

Mapping = Callable[[Point], Point]


def _same(point: Point) -> Point:
    return point


class LandmarkPicker(QObject):
    changed = Signal()

    def __init__(self, left: ZoomView, right: ZoomView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.views = (left, right)
        self.points: tuple[list[Point], list[Point]] = ([], [])
        self.active = False
        self.to_second: Mapping = _same  # right view's scene -> second photo's pixels
        self.marks: tuple[list[LandmarkMark], list[LandmarkMark]] = ([], [])
        for view in self.views:
            view.viewport().installEventFilter(self)

    def attach(self, second_parent: QGraphicsItem | None) -> None:
        """Make the marks in the views' scenes (again, after they were cleared); the second
        photo's marks are children of `second_parent`, the item that carries its placement."""
        left, right = self.views
        self.marks = (
            [LandmarkMark(left.scene(), n) for n in (1, 2)],
            [LandmarkMark(right.scene(), n, second_parent) for n in (1, 2)],
        )
        self.redraw()

    def set_active(self, on: bool) -> None:
        self.active = on
        cursor = Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor
        for view in self.views:
            view.viewport().setCursor(cursor)
        self.redraw()

    def set_points(self, first: list[Point], second: list[Point]) -> None:
        self.points = (list(first)[:2], list(second)[:2])
        self.redraw()
        self.changed.emit()

    def clear(self) -> None:
        self.set_points([], [])

    def complete(self) -> bool:
        return all(len(side) == 2 for side in self.points)

    def pairs(self) -> tuple[tuple[Point, Point], tuple[Point, Point]]:
        first, second = self.points
        return (first[0], first[1]), (second[0], second[1])

    def redraw(self) -> None:
        for side, marks in enumerate(self.marks):
            for index, mark in enumerate(marks):
                points = self.points[side]
                mark.place(points[index] if self.active and index < len(points) else None)

    def click(self, side: int, scene: QPointF) -> None:
        """A landmark clicked on the left (0) or right (1) view, at a scene position."""
        point: Point = (scene.x(), scene.y())
        if side == 1:
            point = self.to_second(point)
        points = self.points[side]
        if len(points) < 2:
            points.append(point)
        else:
            nearer = min((0, 1), key=lambda i: math.dist(points[i], point))
            points[nearer] = point
        self.redraw()
        self.changed.emit()

    def _views(self) -> tuple[ZoomView, ...]:
        return self.views

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not isValid(self) or not all(isValid(view) for view in self._views()):
            return False  # the view is being destroyed
        if (
            self.active
            and event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            for side, view in enumerate(self.views):
                if watched is view.viewport():
                    self.click(side, view.mapToScene(event.position().toPoint()))
                    return True
        return False
