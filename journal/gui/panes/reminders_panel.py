"""Checks that are due, shown when the journal opens, each with a one-click "Log now".

A site is due when its last check is as old as its own interval (Site settings > Remind
after). The panel is not a pop-up: it waits above the site list until the checks are done
or the person hides it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.core.charts.overview import SiteOverview, due_for_check, last_check_words
from journal.core.language import Words
from journal.gui.widgets.targets import fit_for_stiff_hands


class RemindersPanelWords(Words):
    """The checks that are due, above the list of sites."""


MAX_ROWS = 4


class RemindersPanel(QFrame):
    log_requested = Signal(int)  # site id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(RemindersPanelWords.tr("Checks due"))
        self.dismissed = False
        self.due: list[SiteOverview] = []
        self.title = QLabel()
        self.title.setWordWrap(True)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.hide_button = QToolButton()
        self.hide_button.setText(RemindersPanelWords.tr("Hide"))
        self.hide_button.setAccessibleName(RemindersPanelWords.tr("Hide the checks that are due"))
        self.hide_button.clicked.connect(self.dismiss)
        self.rows = QGridLayout()
        self.rows.setColumnStretch(0, 1)
        self.more = QLabel()
        self.more.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.hide_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addLayout(self.rows)
        layout.addWidget(self.more)
        self.hide()

    def show_due(self, overviews: list[SiteOverview], today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        self.due = due_for_check(overviews, today)
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, line in enumerate(self.due[:MAX_ROWS]):
            assert line.site.id is not None
            label = QLabel(
                f"<b>{_escape(line.site.name)}</b> \u2013 {last_check_words(line.last_checked, today)}"
            )
            label.setWordWrap(True)  # a long site name wraps instead of widening the window
            label.setMinimumWidth(1)
            button = QPushButton(RemindersPanelWords.tr("Log now"))
            button.setAccessibleName(
                RemindersPanelWords.tr("Log a check of {site} now").format(site=line.site.name)
            )
            button.clicked.connect(lambda _=False, site_id=line.site.id: self.log_requested.emit(site_id))
            self.rows.addWidget(label, row, 0)
            self.rows.addWidget(button, row, 1)
        fit_for_stiff_hands(self)  # the new rows' buttons
        extra = len(self.due) - MAX_ROWS
        self.more.setText(
            RemindersPanelWords.tr("\u2026 and {count} more").format(count=extra) if extra > 0 else ""
        )
        self.more.setVisible(extra > 0)
        count = len(self.due)
        self.title.setText(
            # English has no .qm to pick the singular from "%n ...": the singular is its own text.
            RemindersPanelWords.tr("1 site is due for a check")
            if count == 1
            else RemindersPanelWords.tr("%n sites are due for a check", "", count)
        )
        self.setVisible(bool(self.due) and not self.dismissed)

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
