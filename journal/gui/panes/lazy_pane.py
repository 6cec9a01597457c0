"""A tab whose pane is built the first time it is shown.

The window opens with the timeline only; charts (matplotlib), alerts and the record panes
are imported and built when the person first looks at them, which keeps start-up quick.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from journal.gui.widgets.targets import fit_for_stiff_hands


class LazyPane(QWidget):
    def __init__(self, build: Callable[[QWidget], QWidget], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._pane: QWidget | None = None
        self.setAccessibleName(name)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._pane is not None

    def pane(self) -> QWidget:
        """The pane, built now if it was not yet."""
        if self._pane is None:
            self._pane = self._build(self)
            fit_for_stiff_hands(self._pane)
            self._layout.addWidget(self._pane)
            self._pane.show()  # now, not on the layout's next pass: its own showEvent may draw
        return self._pane

    def showEvent(self, event: QShowEvent) -> None:
        self.pane()
        super().showEvent(event)
