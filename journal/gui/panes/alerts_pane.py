"""Where the window shows warning signs: a banner while any is open, a pane listing them with
the logged values behind each, and the count per site for the site list's badge.

The words of each alert come from the core: what was seen, then the advice to have it
assessed. Nothing here names a condition. Acknowledging records that the person has seen
the alert (optionally with a note such as "shown to Dr ... on ..."); the alert stays in the
history.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.core.errors import JournalError
from journal.core.language import Words, date_text
from journal.core.operations.alerts import acknowledge, acknowledge_all
from journal.gui.feeds.alerts_source import (
    alerts_known,
    all_alerts,
    check_failure,
    open_alert_count_by_site,
    open_alerts,
)
from journal.gui.models.alerts_model import (
    ALERT_ROLE,
    GROUP_ROLE,
    NO_SITE,
    AlertColumn,
    AlertsModelWords,
    AlertsTableModel,
    evidence_words,
)
from journal.gui.session import JournalSession
from journal.gui.widgets.alert_banner import AlertBanner, banner_text

if TYPE_CHECKING:  # the alerts package loads after the window is idle
    from journal.core.alerts import Alert
    from journal.core.alerts.grouping import AlertGroup


class AlertsPaneWords(Words):
    "The alerts pane: its introduction, the selected alert's details and the acknowledging."


INTRO = AlertsPaneWords.mark(
    "Warning signs seen in what you logged, one line per site and sign, the newest first. Each one is "
    "worth a professional look. Acknowledge a line once you have seen it, for example after showing it "
    "to your doctor."
)


__all__ = ["AlertBanner", "AlertsPane", "banner_text", "open_alert_count_by_site"]


class AlertsPane(QWidget):
    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(AlertsPaneWords.tr("Alerts"))
        intro = QLabel(AlertsPaneWords.tr(INTRO), self)
        intro.setWordWrap(True)
        self.show_acknowledged = QCheckBox(AlertsPaneWords.tr("Show acknowledged alerts too"), self)
        self.model = AlertsTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(AlertsPaneWords.tr("Alerts"))
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move in the table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AlertColumn.SIGN, QHeaderView.ResizeMode.Stretch)  # long titles elide
        # A long site name is cut short ("…", whole in its tooltip), so Status stays in sight.
        header.setSectionResizeMode(AlertColumn.SITE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(AlertColumn.SITE, self.fontMetrics().horizontalAdvance("M") * 12)
        # In the middle: a sign's "(3 times)" and a name's end stay readable when cut short.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)  # one line a row: wrapping would cut the second line off at its end
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(AlertsPaneWords.tr("What was seen"))
        self.evidence = QTreeWidget(self)
        self.evidence.setHeaderLabels(
            [AlertsPaneWords.tr("Date"), AlertsPaneWords.tr("Logged"), AlertsPaneWords.tr("Value")]
        )
        self.evidence.setRootIsDecorated(False)
        self.evidence.setAccessibleName(AlertsPaneWords.tr("The entries behind this alert"))
        self.evidence.setTabKeyNavigation(False)
        self.evidence.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.evidence.header().setStretchLastSection(True)
        self.evidence.setMaximumHeight(self.evidence.fontMetrics().lineSpacing() * 9)
        self.ack_state = QLabel(self)
        self.ack_state.setWordWrap(True)
        self.ack_state.setTextFormat(Qt.TextFormat.PlainText)  # the person's notes, shown as typed
        self.ack_state.setAccessibleName(AlertsPaneWords.tr("Acknowledgements"))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(
            AlertsPaneWords.tr("Note (optional), for example: shown to Dr ... on ...")
        )
        self.note.setAccessibleName(AlertsPaneWords.tr("Note for the acknowledgement"))
        self.ack_button = QPushButton(AlertsPaneWords.tr("Acknowledge"), self)
        self.ack_button.setAccessibleName(AlertsPaneWords.tr("Acknowledge the selected alert"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(AlertsPaneWords.tr("Status"))
        self._lay_out(intro)

        self.show_acknowledged.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.note.returnPressed.connect(self.acknowledge_selected)
        session.alerts_changed.connect(self.refresh)
        self.refresh()

    def _lay_out(self, intro: QLabel) -> None:
        details = QWidget(self)
        box = QVBoxLayout(details)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        box.addWidget(self.message)
        box.addWidget(QLabel(AlertsPaneWords.tr("What the journal shows:"), details))
        box.addWidget(self.evidence)
        box.addWidget(self.ack_state)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.ack_button)
        box.addLayout(row)
        box.addWidget(self.status)
        box.addStretch(1)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([620, 380])
        self.details = details
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.show_acknowledged)
        layout.addWidget(splitter, 1)

    def side_by_side_width(self) -> int:
        """The width from which the details fit beside the table: below it (a 1024 px window) the
        table squeezed beside them cut the signs and sites short ("Right i… finger"), and the
        evidence lost its "Value" column; there the details go under the table, full width."""
        return self.fontMetrics().horizontalAdvance("M") * 80

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        wanted = (
            Qt.Orientation.Horizontal
            if event.size().width() >= self.side_by_side_width()
            else Qt.Orientation.Vertical
        )
        if self.splitter.orientation() != wanted:
            # Only on crossing the width: a split the person dragged stays until then.
            self.splitter.setOrientation(wanted)
            if wanted == Qt.Orientation.Horizontal:
                self.splitter.setStretchFactor(1, 4)
                self.splitter.setSizes([620, 380])
            else:  # the details as tall as they need, the table the rest (and what the window gains)
                self.splitter.setStretchFactor(1, 0)
                QTimer.singleShot(0, self._fit_details_under)

    def _fit_details_under(self) -> None:
        """Once the splitter has its new height (the layout runs after this resize)."""
        if self.splitter.orientation() == Qt.Orientation.Vertical:
            below = self.details
            details = below.heightForWidth(self.splitter.width())  # its wrapped lines at this width
            details = details if details > 0 else below.sizeHint().height()
            self.splitter.setSizes([max(self.splitter.height() - details, details // 2), details])

    # -- showing --------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.selected()
        alerts = all_alerts(self.session) if self.show_acknowledged.isChecked() else open_alerts(self.session)
        self.model.set_alerts(alerts)
        # As wide as its longest name up to a limit: a 200-character name is cut short, not the rest.
        em = self.fontMetrics().horizontalAdvance("M")
        widest = max(self.table.sizeHintForColumn(AlertColumn.SITE), em * 12)
        self.table.horizontalHeader().resizeSection(AlertColumn.SITE, min(widest, em * 20))
        row = self.model.row_of(keep.id) if keep is not None else -1
        self.select_row(row if row >= 0 else 0)
        self._show_selected()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def select_record(self, alert_id: int) -> None:
        """Bring an alert into view (after an undo or redo of its acknowledgement), if it is listed."""
        self.select_row(self.model.row_of(alert_id))

    def selected(self) -> Alert | None:
        index = self.table.selectionModel().currentIndex() if self.table.selectionModel() else None
        if index is None or not index.isValid():
            return None
        alert: Alert = index.data(ALERT_ROLE)
        return alert

    def selected_group(self) -> AlertGroup | None:
        index = self.table.selectionModel().currentIndex() if self.table.selectionModel() else None
        if index is None or not index.isValid():
            return None
        group: AlertGroup = index.data(GROUP_ROLE)
        return group

    def _show_selected(self) -> None:
        alert = self.selected()
        self.evidence.clear()
        self.note.clear()
        if alert is None and not alerts_known(self.session):
            self.heading.setText(AlertsPaneWords.tr("<b>Looking for warning signs in the journal\u2026</b>"))
            self.message.clear()
            self.ack_state.clear()
            self._set_ack_enabled(False)
            return
        if alert is None and check_failure(self.session) is not None:
            # Not "no warning signs": the last check failed, so none may be known that are there.
            self.heading.setText(AlertsPaneWords.tr("<b>Warning signs could not be checked.</b>"))
            self.message.setText(
                AlertsPaneWords.tr(
                    "The reason: {reason}. They will be checked again after "
                    'your next change, or now with "Check again" on the banner.'
                ).format(reason=check_failure(self.session))
            )
            self.ack_state.clear()
            self._set_ack_enabled(False)
            return
        if alert is None:
            self.heading.setText(
                AlertsPaneWords.tr("<b>No warning signs to show.</b>")
                if not self.show_acknowledged.isChecked()
                else AlertsPaneWords.tr("<b>No alerts in this journal.</b>")
            )
            self.message.clear()
            self.ack_state.clear()
            self._set_ack_enabled(False)
            return
        group = self.selected_group()
        assert group is not None
        date = date_text(alert.date)
        times = (
            " "
            + AlertsPaneWords.tr("({count} times, the latest on {date})").format(count=group.count, date=date)
            if group.count > 1
            else ""
        )
        site = escape(alert.site or AlertsModelWords.tr(NO_SITE))
        self.heading.setText(f"<b>{escape(alert.title)}</b> - {site}, {date}{times}")
        self.message.setText(alert.message)
        for one in group.alerts:
            for ev in one.evidence:
                self.evidence.addTopLevelItem(QTreeWidgetItem(list(evidence_words(ev))))
        self.ack_state.setText(acknowledgement_words(alert))
        # An acknowledged alert can be acknowledged again (shown to a second doctor): it adds to the history.
        self.ack_button.setText(
            AlertsPaneWords.tr("Acknowledge") if group.is_open else AlertsPaneWords.tr("Acknowledge again")
        )
        self._set_ack_enabled(True)

    def _set_ack_enabled(self, enabled: bool) -> None:
        self.note.setEnabled(enabled)
        self.ack_button.setEnabled(enabled)

    # -- acknowledging ------------------------------------------------------------------------
    def acknowledge_selected(self) -> Alert | None:
        alert, group = self.selected(), self.selected_group()
        if alert is None or group is None:
            return None
        note = self.note.text()
        try:
            # On the window's undo stack: Ctrl+Z takes this acknowledgement back out of the history.
            # A line of repeats is acknowledged whole, in one step.
            if len(group.open_alerts) > 1:
                ids = [one.id for one in group.open_alerts]
                done = self.session.do(acknowledge_all(self.session.journal, ids, note)).value[0]
            else:
                target = group.open_alerts[0] if group.open_alerts else alert
                done = self.session.do(acknowledge(self.session.journal, target.id, note)).value
        except JournalError as exc:
            self.status.setText(str(exc))
            return None
        hint = (
            ""
            if self.show_acknowledged.isChecked()
            else " " + AlertsPaneWords.tr('Tick "Show acknowledged alerts too" to see it again.')
        )
        said = (
            AlertsPaneWords.tr("Acknowledged: {title}, {date}.")
            if alert.is_open
            else AlertsPaneWords.tr(
                "Acknowledged again (the earlier acknowledgements are kept): {title}, {date}."
            )
        )
        self.status.setText(said.format(title=done.title, date=date_text(done.date)) + hint)
        return done


def acknowledgement_words(alert: Alert) -> str:
    """The acknowledgement history in lines, latest first: when, and the note if there is one."""
    if not alert.acknowledgements:
        return AlertsPaneWords.tr("Open: not yet acknowledged.")
    count = len(alert.acknowledgements)
    lines = [
        AlertsPaneWords.tr("Acknowledged once:")
        if count == 1
        else AlertsPaneWords.tr("Acknowledged {count} times (latest first):").format(count=count)
    ]
    for ack in alert.acknowledgements:
        note = (
            AlertsPaneWords.tr(': "{note}"').format(note=ack.note)
            if ack.note
            else " " + AlertsPaneWords.tr("(no note)")
        )
        lines.append(f"  {ack.at.replace('T', ' ')[:16]}{note}")
    return "\n".join(lines)
