"""The Qt canvas for the core's chart figures, with the value under the pointer.

This module imports matplotlib: the charts pane imports it only when it is first shown.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from typing import Any

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.dates import num2date
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette

from journal.core.language import Words, date_text
from journal.gui.wording import short_number


class ChartCanvasWords(Words):
    """The chart on screen: its name and the value under the pointer."""


NEAR_PIXELS = 24  # how close the pointer must be to a point to read it


@dataclasses.dataclass(frozen=True)
class PointUnderCursor:
    label: str  # the line's label: "largest size (mm)"
    date: dt.date
    value: float
    is_care: bool = False  # a tick in the care strip: its height means nothing

    def describe(self) -> str:
        if self.is_care:
            return ChartCanvasWords.tr("{date}  care: {what}").format(
                date=date_text(self.date), what=self.label
            )
        return f"{date_text(self.date)}  {self.label}: {short_number(self.value)}"


def _point(line: Any, x: float, y: float) -> PointUnderCursor:
    gid = str(line.get_gid())
    return PointUnderCursor(str(line.get_label()), num2date(x).date(), float(y), gid.startswith("care_"))


def _xy(line: Any) -> np.ndarray[Any, np.dtype[np.float64]]:
    """The line's (x, y) rows as floats (matplotlib types them as any array-like)."""
    return np.asarray(line.get_xydata(), dtype=float)


def all_points(figure: Figure) -> list[PointUnderCursor]:
    """Every plotted value, by date: what the arrow keys step through."""
    points = [
        _point(line, x, y)
        for axes in figure.axes
        for line in axes.get_lines()
        if line.get_gid() is not None and not str(line.get_gid()).startswith("care_")
        for x, y in _xy(line)
    ]
    return sorted(points, key=lambda p: p.date)


def nearest_point(figure: Figure, x: float, y: float, near: float = NEAR_PIXELS) -> PointUnderCursor | None:
    """The plotted value nearest to display position (x, y), within `near` pixels."""
    best: tuple[float, PointUnderCursor] | None = None
    for axes in figure.axes:
        for line in axes.get_lines():
            if line.get_gid() is None or not line.get_visible():
                continue  # care and alert markers carry no values
            data = _xy(line)
            if len(data) == 0:
                continue
            for (px, py), (dx, dy) in zip(axes.transData.transform(data), data, strict=True):
                distance = math.hypot(px - x, py - y)
                if distance <= near and (best is None or distance < best[0]):
                    best = (distance, _point(line, dx, dy))
    return None if best is None else best[1]


def plotted(figure: Figure, gid: str) -> tuple[list[dt.date], list[float]]:
    """The dates and values of the line with this gid (for tests and read-outs); nothing
    when the chart has no such line (a scalp area has no size panel)."""
    for axes in figure.axes:
        for line in axes.get_lines():
            if line.get_gid() == gid:
                data = _xy(line)
                xs, ys = data.T if len(data) else ([], [])
                return [num2date(v).date() for v in xs], [float(v) for v in ys]
    return [], []


def follow_palette(figure: Figure, palette: QPalette) -> None:
    """On a dark desktop, draw the chart on the window's colours instead of a white sheet."""
    window = palette.color(QPalette.ColorRole.Window)
    if window.lightness() >= 128:
        return
    back = palette.color(QPalette.ColorRole.Base).name()
    text = palette.color(QPalette.ColorRole.WindowText).name()
    figure.set_facecolor(window.name())
    for text_artist in figure.texts:
        text_artist.set_color(text)
    suptitle = getattr(figure, "_suptitle", None)  # matplotlib keeps the suptitle's Text here
    if suptitle is not None:
        suptitle.set_color(text)
    for axes in figure.axes:
        axes.set_facecolor(back)
        axes.tick_params(colors=text, which="both")
        for spine in axes.spines.values():
            spine.set_color(text)
        for item in (axes.title, axes.xaxis.label, axes.yaxis.label):
            item.set_color(text)
        legend = axes.get_legend()
        if legend is not None:
            for entry in legend.get_texts():
                entry.set_color(text)


class ChartCanvas(FigureCanvasQTAgg):
    """A figure on screen; `hovered(text)` says what is under the pointer ("" when nothing).

    Without a mouse, the arrow keys step through the plotted values by date (Home, End:
    the first and the last), and the same read-out says each one."""

    hovered = Signal(str)

    def __init__(self, figure: Figure) -> None:
        super().__init__(figure)
        self.setAccessibleName(ChartCanvasWords.tr("Chart"))
        self.setAccessibleDescription(
            ChartCanvasWords.tr("Left and right arrow keys read the values one by one.")
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._points: list[PointUnderCursor] | None = None  # made on the first key press
        self._index = -1
        self.mpl_connect("motion_notify_event", self._moved)
        self.mpl_connect("figure_leave_event", lambda _event: self.hovered.emit(""))

    def _moved(self, event: Any) -> None:
        point = nearest_point(self.figure, event.x, event.y)
        self.hovered.emit(point.describe() if point is not None else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if self._points is None:
            self._points = all_points(self.figure)
        key, last, now = event.key(), len(self._points) - 1, self._index
        if not self._points or key not in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
        ):
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Home:
            self._index = 0
        elif key == Qt.Key.Key_End:
            self._index = last
        elif key == Qt.Key.Key_Right:
            self._index = 0 if now < 0 else min(last, now + 1)
        else:
            self._index = last if now < 0 else max(0, now - 1)
        self.hovered.emit(self._points[self._index].describe())
        event.accept()
