"""The banner above the window's panes: shown while any alert is open, and while the
warning signs could not be checked (then it says so and why, never nothing).

It counts the lines of the alerts pane that need a look (a site and sign, its repeats once),
in a calm tone: the window's own colours with a coloured edge, not a red bar in bold, since a
person who logs every week would otherwise live under an alarm. Once everything is
acknowledged it steps back (hidden) until a new sign shows."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from journal.core.charts.colours import ALERT_COLOUR
from journal.core.errors import JournalError
from journal.core.language import Words
from journal.gui.feeds.alerts_source import check_failure, not_checked_text, open_alerts
from journal.gui.session import JournalSession


class AlertBannerWords(Words):
    """The banner above the tabs."""


def banner_text(count: int) -> str:
    # English has no .qm to pick the singular from "%n ...": the singular is its own text.
    return (
        AlertBannerWords.tr("1 warning sign needs a professional look")
        if count == 1
        else AlertBannerWords.tr("%n warning signs need a professional look", "", count)
    )


class AlertBanner(QFrame):
    """Open alerts: "Show" asks the window to bring up the alerts pane. A failed check:
    its reason, and "Check again" asks the window to check now."""

    show_requested = Signal()
    retry_requested = Signal()

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("alertBanner")
        # The alert colour as an edge only, so it reads as a note in light and dark themes alike.
        self.setStyleSheet(
            f"#alertBanner {{ background: palette(alternate-base); border-left: 5px solid {ALERT_COLOUR};"
            " border-radius: 3px; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)  # a failure's reason can be long: never cut off
        self.show_button = QPushButton(AlertBannerWords.tr("Show"), self)
        self.show_button.setAccessibleName(AlertBannerWords.tr("Show the alerts"))
        self.show_button.clicked.connect(self.show_requested)
        self.retry_button = QPushButton(AlertBannerWords.tr("Check again"), self)
        self.retry_button.setAccessibleName(AlertBannerWords.tr("Check the warning signs again"))
        self.retry_button.clicked.connect(self.retry_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.retry_button)
        session.alerts_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        reason = check_failure(self.session)
        count = 0
        if reason is None:
            try:
                from journal.core.alerts.grouping import needing_a_look

                count = needing_a_look(open_alerts(self.session))
            except (sqlite3.Error, JournalError) as exc:  # the alerts table itself cannot be read
                reason = str(exc).rstrip(".")
        text = not_checked_text(reason) if reason is not None else banner_text(count)
        self.label.setText(text)
        self.setAccessibleName(text)
        self.show_button.setVisible(reason is None)
        self.retry_button.setVisible(reason is not None)
        self.setVisible(reason is not None or count > 0)
