"""Keep two picture views at the same zoom and the same scroll position.

Both views must have scenes of the same size (see `ZoomView.set_content_rect`), so a scroll
bar value means the same place in both. Whichever view the person moves leads; the other
follows once, without echoing back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QScrollBar

from journal.gui.widgets.zoom_view import ZoomView


class ViewLink(QObject):
    def __init__(self, first: ZoomView, second: ZoomView) -> None:
        super().__init__(first)
        self._busy = False
        for leader, follower in ((first, second), (second, first)):
            leader.zoom_changed.connect(
                lambda _zoom, lead=leader, follow=follower: self._follow_zoom(lead, follow)
            )
            for bar, other in (
                (leader.horizontalScrollBar(), follower.horizontalScrollBar()),
                (leader.verticalScrollBar(), follower.verticalScrollBar()),
            ):
                bar.valueChanged.connect(lambda value, target=other: self._follow_scroll(target, value))

    def _follow_zoom(self, leader: ZoomView, follower: ZoomView) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            follower.set_zoom(leader.zoom, fitting=leader.fitting)
            follower.horizontalScrollBar().setValue(leader.horizontalScrollBar().value())
            follower.verticalScrollBar().setValue(leader.verticalScrollBar().value())
        finally:
            self._busy = False

    def _follow_scroll(self, target: QScrollBar, value: int) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            target.setValue(value)
        finally:
            self._busy = False
