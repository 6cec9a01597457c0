"""A read-only table model over a list of core records.

Rows are the records as the core returned them; cells show words, and Qt.UserRole gives
the raw value (a date, a number, None) for sorting and for tests.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from journal.gui.wording import shown_text

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


@dataclasses.dataclass(frozen=True)
class Column:
    header: str
    field: str
    words: Callable[[Any], str] | None = None  # the record -> text shown; default: the field's value
    raw: Callable[[Any], Any] | None = None  # the record -> value under UserRole; default: the field's

    def raw_value(self, record: Any) -> Any:
        return self.raw(record) if self.raw is not None else getattr(record, self.field)

    def text(self, record: Any) -> str:
        if self.words is not None:
            return self.words(record)
        return shown_text(getattr(record, self.field))


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, record_id: int) -> int:
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return -1

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 (Qt names)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._records)):
            return None
        record, column = self._records[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.text(record)
            return text if len(text) > 30 else None
        if role == Qt.ItemDataRole.UserRole:
            return column.raw_value(record)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
