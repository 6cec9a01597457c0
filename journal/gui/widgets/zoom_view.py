"""A picture view that zooms: fit to the window, 100 %, the wheel and Ctrl+plus/minus.

The photo viewer shows one picture in it; the compare view shows two, either in two views
kept at the same zoom and scroll position, or stacked in one view as an overlay.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut, QTransform, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from journal.core.language import Words


class ZoomViewWords(Words):
    """The zoom buttons beside a photo."""


MIN_ZOOM = 0.02
MAX_ZOOM = 16.0
STEP = 1.25


class ZoomView(QGraphicsView):
    """`zoom` is screen pixels per picture pixel (1.0 = 100 %). While `fitting`, the picture
    is refitted whenever the view changes size."""

    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(ZoomViewWords.tr("Photo"))
        self._zoom = 1.0
        self.fitting = True
        for keys, slot in (
            ((QKeySequence.StandardKey.ZoomIn, "Ctrl+="), self.zoom_in),
            ((QKeySequence.StandardKey.ZoomOut,), self.zoom_out),
            (("Ctrl+0",), self.fit),
            (("Ctrl+1",), self.actual_size),
        ):
            for key in keys:
                shortcut = QShortcut(
                    QKeySequence(key), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
                )
                shortcut.activated.connect(slot)

    # -- content -----------------------------------------------------------------
    def add_image(
        self, image: QImage, scale: float = 1.0, transform: QTransform | None = None
    ) -> QGraphicsPixmapItem:
        """Add a picture; `scale` lets a second photo be shown at the first one's width, or a
        reduced copy at its photo's size; `transform` places it turned and shifted as well."""
        item = self.scene().addPixmap(QPixmap.fromImage(image))
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        if transform is not None:
            item.setTransform(transform)
        else:
            item.setScale(scale)
        self._update_scene_rect()
        if self.fitting:
            self.fit()
        return item

    def clear_images(self) -> None:
        self.scene().clear()
        self.scene().setSceneRect(QRectF())

    def _update_scene_rect(self) -> None:
        self.scene().setSceneRect(self.scene().itemsBoundingRect())

    def set_content_rect(self, rect: QRectF) -> None:
        """Views kept in step need the same scene size, so their scroll bars correspond."""
        self.scene().setSceneRect(rect)
        if self.fitting:
            self.fit()

    def image_items(self) -> list[QGraphicsPixmapItem]:
        return [
            i for i in self.scene().items(Qt.SortOrder.AscendingOrder) if isinstance(i, QGraphicsPixmapItem)
        ]

    # -- zoom --------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float, fitting: bool = False) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.fitting = fitting
        if abs(zoom - self._zoom) < 1e-9 and abs(self.transform().m11() - zoom) < 1e-9:
            return
        self._zoom = zoom
        self.setTransform(self.transform().fromScale(zoom, zoom))
        self.zoom_changed.emit(zoom)

    def fit(self) -> None:
        rect = self.sceneRect()
        viewport = self.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            self.fitting = True
            return
        margin = 4
        zoom = min((viewport.width() - margin) / rect.width(), (viewport.height() - margin) / rect.height())
        self.set_zoom(zoom, fitting=True)
        self.centerOn(rect.center())

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / STEP)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self._zoom * STEP**steps)
        event.accept()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        if self.fitting:
            self.fit()


def zoom_percent(zoom: float) -> str:
    return f"{zoom * 100:.0f} %"


def zoom_buttons(
    target: Callable[[], ZoomView], views: list[ZoomView], parent: QWidget
) -> tuple[QHBoxLayout, QLabel]:
    """Fit / 100 % / Zoom out / Zoom in buttons acting on `target()` (the view in use), and a
    read-out of its zoom, updated whenever one of `views` zooms."""
    row = QHBoxLayout()
    for text, tip, action in (
        (ZoomViewWords.tr("Fit"), ZoomViewWords.tr("Fit the photo to the window (Ctrl+0)"), ZoomView.fit),
        ("100 %", ZoomViewWords.tr("Show the photo's real pixels (Ctrl+1)"), ZoomView.actual_size),
        (ZoomViewWords.tr("Zoom out"), ZoomViewWords.tr("Zoom out (Ctrl+minus)"), ZoomView.zoom_out),
        (ZoomViewWords.tr("Zoom in"), ZoomViewWords.tr("Zoom in (Ctrl+plus)"), ZoomView.zoom_in),
    ):
        button = QPushButton(text, parent)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.clicked.connect(lambda _checked=False, act=action: act(target()))
        row.addWidget(button)
    label = QLabel(zoom_percent(views[0].zoom), parent)
    label.setAccessibleName(ZoomViewWords.tr("Zoom level"))
    label.setMinimumWidth(60)
    for view in views:  # hidden views refit too: show the zoom of the view in use
        view.zoom_changed.connect(lambda _zoom: label.setText(zoom_percent(target().zoom)))
    row.addWidget(label)
    return row, label
