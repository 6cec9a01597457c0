"""The banner shown above the window's panes while any alert is open."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from journal.core.figures import ALERT_COLOUR
from journal.gui.alerts_source import open_alerts
from journal.gui.session import JournalSession


def banner_text(count: int) -> str:
    return (f"{count} warning sign needs a professional look" if count == 1
            else f"{count} warning signs need a professional look")


class AlertBanner(QFrame):
    """Shown while any alert is open; "Show" asks the window to bring up the alerts pane."""

    show_requested = Signal()

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("alertBanner")
        # The one fixed colour of the window: an alert must look like one in light and dark themes.
        self.setStyleSheet(f"#alertBanner {{ background: {ALERT_COLOUR}; border-radius: 4px; }}"
                           "#alertBanner QLabel { color: white; font-weight: bold; }")
        self.label = QLabel(self)
        self.show_button = QPushButton("Show", self)
        self.show_button.setAccessibleName("Show the alerts")
        self.show_button.clicked.connect(self.show_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        session.alerts_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        count = len(open_alerts(self.session))
        self.label.setText(banner_text(count))
        self.setAccessibleName(banner_text(count))
        self.setVisible(count > 0)
