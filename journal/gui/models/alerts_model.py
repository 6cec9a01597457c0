"""The alerts as a table, one line per site and warning sign (repeats counted, newest first):
date, warning sign, site, status; and the evidence in plain words."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from journal.core.domain import lab_tests
from journal.core.domain.choices import LAB_TEST_LABELS
from journal.core.language import Words, date_text
from journal.gui.wording import short_number

if TYPE_CHECKING:  # the alerts package loads after the window is idle
    from journal.core.alerts import Alert, Evidence
    from journal.core.alerts.grouping import AlertGroup


class AlertsModelWords(Words):
    "The alerts table: its headers, its cells and the logged values behind an alert."


Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
ALERT_ROLE = Qt.ItemDataRole.UserRole + 1  # the newest Alert of a row
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's AlertGroup: every alert of its site and sign

NO_SITE = AlertsModelWords.mark("not tied to a site")
# The logged field behind a piece of evidence, as the person logged it.
FIELD_WORDS = {
    "size_mm": AlertsModelWords.mark("largest size"),
    "count": AlertsModelWords.mark("number of bumps"),
    "pain": AlertsModelWords.mark("pain (0-10)"),
    "tightness": AlertsModelWords.mark("tightness (0-10)"),
    "inflamed": AlertsModelWords.mark("red, warm or swollen"),
    "ulcerated": AlertsModelWords.mark("broke open"),
    "discharge": AlertsModelWords.mark("chalk-like material came out"),
    "restricted_movement": AlertsModelWords.mark("harder to move"),
    "fatigue": AlertsModelWords.mark("unusually tired"),
    "weakness": AlertsModelWords.mark("muscles felt weak"),
    "urination_changes": AlertsModelWords.mark("change in urination"),
}


def evidence_words(evidence: Evidence) -> tuple[str, str, str]:
    """(date, what, value) of one logged value, for the evidence list."""
    value = evidence.value
    if value is True:
        shown = AlertsModelWords.tr("yes")
    elif evidence.field == "size_mm" and isinstance(value, (int, float)):
        shown = AlertsModelWords.tr("{size} mm").format(size=short_number(value))
    elif isinstance(value, float):
        shown = short_number(value)
    else:
        shown = str(value)
    return date_text(evidence.date), field_words(evidence.field), shown


def field_words(field: str) -> str:
    """The logged field behind a piece of evidence, in the person's words."""
    if field in FIELD_WORDS:
        return AlertsModelWords.tr(FIELD_WORDS[field])
    if field in LAB_TEST_LABELS:
        return AlertsModelWords.tr("lab: {name}").format(name=lab_tests.label(field))
    return field.replace("_", " ")


class AlertColumn(IntEnum):
    DATE = 0
    SIGN = 1
    SITE = 2
    STATUS = 3


HEADERS = {
    AlertColumn.DATE: AlertsModelWords.mark("Date"),
    AlertColumn.SIGN: AlertsModelWords.mark("Warning sign"),
    AlertColumn.SITE: AlertsModelWords.mark("Site"),
    AlertColumn.STATUS: AlertsModelWords.mark("Status"),
}


class AlertsTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[AlertGroup] = []

    def set_alerts(self, alerts: Sequence[Alert]) -> None:
        from journal.core.alerts.grouping import group_alerts

        self.beginResetModel()
        self._groups = group_alerts(alerts)
        self.endResetModel()

    def alert(self, row: int) -> Alert:
        return self._groups[row].latest

    def group(self, row: int) -> AlertGroup:
        return self._groups[row]

    def row_of(self, alert_id: int) -> int:
        return next((row for row, group in enumerate(self._groups) if group.holds(alert_id)), -1)

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 (Qt names)
        return 0 if parent.isValid() else len(self._groups)

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(AlertColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._groups)):
            return None
        group, column = self._groups[index.row()], AlertColumn(index.column())
        alert = group.latest
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                AlertColumn.DATE: date_text(alert.date),
                AlertColumn.SIGN: alert.title
                + (
                    " " + AlertsModelWords.tr("({count} times)").format(count=group.count)
                    if group.count > 1
                    else ""
                ),
                AlertColumn.SITE: alert.site or AlertsModelWords.tr(NO_SITE),
                AlertColumn.STATUS: AlertsModelWords.tr("open")
                if group.is_open
                else AlertsModelWords.tr("acknowledged"),
            }[column]
        if role == Qt.ItemDataRole.UserRole:
            return {
                AlertColumn.DATE: alert.date,
                AlertColumn.SIGN: alert.rule,
                AlertColumn.SITE: alert.site_id,
                AlertColumn.STATUS: "open" if group.is_open else "acknowledged",
            }[column]
        if role == ALERT_ROLE:
            return alert
        if role == GROUP_ROLE:
            return group
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == AlertColumn.SITE and alert.site:
                return alert.site  # a long name is cut short in the column: whole here
            return alert.message
        if role == Qt.ItemDataRole.FontRole and group.is_open:
            font = QFont()
            font.setBold(True)  # open alerts stand out without a colour of their own
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(AlertColumn)
        ):
            return AlertsModelWords.tr(HEADERS[AlertColumn(section)])
        return None
