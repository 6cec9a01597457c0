"""Clicking points onto a photo: segments placed end by end, dragged, nudged, seen through a loupe.

`PointEditor` watches a ZoomView. While a step is chosen ("reference", "length", ...) a click
places the next end of that segment; a click on a handle selects it and a drag moves it; the
arrow keys move the selected point by one pixel of the stored photo (Shift: ten). Points are in
the scene's coordinates, which are the stored photo's pixels (the view shows a reduced copy
scaled back up), so they are stored as they are. A loupe near the cursor shows the spot under
it magnified, with a cross-hair, so an end can be put on the right pixel without zooming.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from journal.core.language import Words
from journal.gui.widgets.photo_marks import HANDLE_RADIUS, Point, SegmentMark
from journal.gui.widgets.zoom_view import ZoomView


class PointEditorWords(Words):
    """The magnifier beside a photo being measured."""


PICK_RADIUS = HANDLE_RADIUS + 5  # screen pixels around a handle that select it
LOUPE_SIZE = 168
LOUPE_GAIN = 4.0  # the loupe shows the photo this many times larger than the view does


class Loupe(QWidget):
    """A square magnifier over the view's viewport, beside the cursor; it draws the scene (photo
    and marks) around `centre` at LOUPE_GAIN times the view's zoom."""

    def __init__(self, view: ZoomView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.centre = QPointF()
        self.setFixedSize(LOUPE_SIZE, LOUPE_SIZE)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(PointEditorWords.tr("Magnifier"))
        self.hide()

    def magnification(self) -> float:
        """Screen pixels per photo pixel inside the loupe: at least 2 photo pixels to a screen one
        more than the view, and never less than 3 screen pixels per photo pixel."""
        return max(self.view.zoom * LOUPE_GAIN, 3.0)

    def follow(self, viewport_pos: QPoint, scene_pos: QPointF) -> None:
        self.centre = scene_pos
        area = self.view.viewport().rect()
        gap = 28
        x = viewport_pos.x() + gap
        y = viewport_pos.y() - gap - LOUPE_SIZE
        if x + LOUPE_SIZE > area.right():
            x = viewport_pos.x() - gap - LOUPE_SIZE
        if y < area.top():
            y = viewport_pos.y() + gap
        self.move(max(0, x), max(0, y))
        if not self.isVisible():
            self.show()
            self.raise_()
        self.update()

    def source_rect(self) -> QRectF:
        side = LOUPE_SIZE / self.magnification()
        return QRectF(self.centre.x() - side / 2, self.centre.y() - side / 2, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002, N802 (Qt override)
        painter = QPainter(self)
        target = QRectF(self.rect())
        painter.fillRect(target, QColor(40, 40, 40))
        scene = self.view.scene()
        if scene is not None:
            # Pixels as squares: the loupe is for seeing where one pixel ends.
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            scene.render(painter, target, self.source_rect(), Qt.AspectRatioMode.IgnoreAspectRatio)
        mid = LOUPE_SIZE / 2
        for colour, width in ((QColor(0, 0, 0, 200), 3.0), (QColor(255, 255, 255), 1.0)):
            painter.setPen(QPen(colour, width))
            painter.drawLine(QPointF(mid, mid - 14), QPointF(mid, mid - 4))
            painter.drawLine(QPointF(mid, mid + 4), QPointF(mid, mid + 14))
            painter.drawLine(QPointF(mid - 14, mid), QPointF(mid - 4, mid))
            painter.drawLine(QPointF(mid + 4, mid), QPointF(mid + 14, mid))
        painter.setPen(QPen(QColor(255, 255, 255), 2))
        painter.drawRect(QRect(1, 1, LOUPE_SIZE - 2, LOUPE_SIZE - 2))
        painter.end()


class PointEditor(QObject):
    """Named segments of two points each, edited with the mouse and the arrow keys on `view`."""

    changed = Signal()  # a point was placed, moved or removed
    step_changed = Signal(object)  # the segment clicks now go to (None: clicks pan the view)

    def __init__(self, view: ZoomView, roles: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent or view)
        self.view = view
        self.roles = tuple(roles)
        self.points: dict[str, list[Point]] = {role: [] for role in self.roles}
        self.texts: dict[str, str] = {role: "" for role in self.roles}
        self.step: str | None = None
        self.selected: tuple[str, int] | None = None
        self.bounds = QRectF()  # the photo's pixels: points stay inside
        self.editable = True
        self._dragging = False
        self.marks: dict[str, SegmentMark] = {}
        self.loupe = Loupe(view)
        self.attach()
        view.viewport().setMouseTracking(True)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)

    def attach(self) -> None:
        """Make the marks in the view's scene (again, after the scene was cleared)."""
        self.marks = {role: SegmentMark(self.view.scene(), role) for role in self.roles}
        self.redraw()

    # -- state -----------------------------------------------------------------------------------
    def set_step(self, role: str | None) -> None:
        """Clicks now place `role`'s ends; a segment already complete is clicked in again."""
        self.step = role
        if role is not None and len(self.points[role]) == 2:
            self.points[role] = []
            self.selected = None
            self.redraw()
            self.changed.emit()
        cursor = Qt.CursorShape.CrossCursor if role is not None else Qt.CursorShape.OpenHandCursor
        self.view.viewport().setCursor(cursor)
        if role is None:
            self.loupe.hide()
        self.step_changed.emit(role)

    def set_points(self, role: str, points: Sequence[Point]) -> None:
        self.points[role] = [self._inside(p) for p in points][:2]
        if self.selected is not None and self.selected[0] == role:
            self.selected = None
        self.redraw()
        self.changed.emit()

    def clear(self) -> None:
        for role in self.roles:
            self.points[role] = []
        self.selected = None
        self.redraw()
        self.changed.emit()

    def segment(self, role: str) -> tuple[Point, Point] | None:
        points = self.points[role]
        return (points[0], points[1]) if len(points) == 2 else None

    def set_text(self, role: str, text: str) -> None:
        self.texts[role] = text

    def redraw(self) -> None:
        for role, mark in self.marks.items():
            chosen = self.selected[1] if self.selected is not None and self.selected[0] == role else None
            mark.set_points(self.points[role], self.texts[role], chosen)

    def select(self, role: str, index: int) -> None:
        self.selected = (role, index)
        self.redraw()

    def nudge(self, dx: float, dy: float) -> bool:
        """Move the selected point by (dx, dy) photo pixels; False when none is selected."""
        if self.selected is None or not self.editable:
            return False
        role, index = self.selected
        x, y = self.points[role][index]
        self.points[role][index] = self._inside((x + dx, y + dy))
        self.redraw()
        self.changed.emit()
        return True

    def _inside(self, point: Point) -> Point:
        if self.bounds.isEmpty():
            return point
        x = min(max(point[0], self.bounds.left()), self.bounds.right())
        y = min(max(point[1], self.bounds.top()), self.bounds.bottom())
        return (x, y)

    # -- mouse and keys ------------------------------------------------------------------------
    def _hit(self, pos: QPoint) -> tuple[str, int] | None:
        best: tuple[float, tuple[str, int]] | None = None
        for role in self.roles:
            for index, point in enumerate(self.points[role]):
                on_screen = self.view.mapFromScene(QPointF(*point))
                distance = math.dist((on_screen.x(), on_screen.y()), (pos.x(), pos.y()))
                if distance <= PICK_RADIUS and (best is None or distance < best[0]):
                    best = (distance, (role, index))
        return best[1] if best else None

    def press(self, pos: QPoint) -> bool:
        """A left click at `pos` (viewport pixels); True when it was taken (not a pan)."""
        if not self.editable:
            return False
        hit = self._hit(pos)
        if hit is not None:
            self._dragging = True
            self.select(*hit)
            return True
        if self.step is None:
            if self.selected is not None:
                self.selected = None
                self.redraw()
            return False
        scene = self.view.mapToScene(pos)
        role = self.step
        if len(self.points[role]) == 2:
            self.points[role] = []
        self.points[role].append(self._inside((scene.x(), scene.y())))
        self.selected = (role, len(self.points[role]) - 1)
        self._dragging = True  # a press and a drag put the end where the button is let go
        self.redraw()
        self.changed.emit()
        if len(self.points[role]) == 2:
            following = self.roles.index(role) + 1
            self.set_step(self._next_step(following))
        return True

    def _next_step(self, index: int) -> str | None:
        """The first segment from `index` on that is not complete yet (None: all are)."""
        for role in self.roles[index:]:
            if len(self.points[role]) < 2:
                return role
        return None

    def _views(self) -> tuple[ZoomView, ...]:
        return (self.view,)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not isValid(self) or not all(isValid(view) for view in self._views()):
            return False  # the view is being destroyed
        kind = event.type()
        if watched is self.view.viewport():
            if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
                if event.button() == Qt.MouseButton.LeftButton and self.press(event.position().toPoint()):
                    self.view.setFocus()
                    self._show_loupe(event.position().toPoint())
                    return True
            elif kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
                pos = event.position().toPoint()
                if self._dragging and self.selected is not None:
                    scene = self.view.mapToScene(pos)
                    role, index = self.selected
                    self.points[role][index] = self._inside((scene.x(), scene.y()))
                    self.redraw()
                    self.changed.emit()
                if self._dragging or self.step is not None:
                    self._show_loupe(pos)
                elif self.loupe.isVisible():
                    self.loupe.hide()
            elif kind == QEvent.Type.MouseButtonRelease and self._dragging:
                self._dragging = False
                if self.step is None:
                    self.loupe.hide()
                return True
            elif kind == QEvent.Type.Leave:
                self.loupe.hide()
        elif watched is self.view and kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        key = Qt.Key(event.key())
        if key in steps and self.selected is not None:
            dx, dy = steps[key]
            by = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            self.nudge(dx * by, dy * by)
            role, index = self.selected
            point = QPointF(*self.points[role][index])
            self._show_loupe(self.view.mapFromScene(point), point)
            return True
        if key == Qt.Key.Key_Escape and (self.step is not None or self.selected is not None):
            self.selected = None
            self.redraw()
            self.set_step(None)
            return True
        return False

    def _show_loupe(self, pos: QPoint, centre: QPointF | None = None) -> None:
        """The loupe beside `pos` (viewport pixels), magnifying the photo under it, or around
        `centre` (a point being nudged with the keys)."""
        self.loupe.follow(pos, self.view.mapToScene(pos) if centre is None else centre)
