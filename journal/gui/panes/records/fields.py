"""Form fields described as data, and the editor widget for each kind.

An editor hands the core the raw value (the text typed, the date picked) and the core's
`X.new(**raw)` decides whether it is acceptable, so the form and the command line refuse
the same things with the same words.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from journal.core.domain.model import plain_text
from journal.core.domain.validate import latest_date
from journal.core.language import Words
from journal.gui.widgets.date_edit import DateField, to_qdate
from journal.gui.widgets.fields import YesNoInput


class RecordFieldsWords(Words):
    """The record forms' fields: what an empty choice or rating says."""


NOT_NOTED = -1  # the rating spin box's "not noted" position


@dataclasses.dataclass(frozen=True)
class Field:
    name: str  # the record's field, as named in the core's ValidationError
    label: str
    # "date" | "text" | "long_text" | "number" | "rating" | "check" | "yes_no" | "choice"
    # | "choice_or_text" (a list to pick from, or a name of one's own typed in)
    kind: str
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, words shown)
    required: bool = False
    placeholder: str = ""
    help: str = ""
    # The words for a stored choice in the person's language (the pane translates `choices` with it).
    choice_words: Callable[[str], str] | None = None


def choice_pairs(values: tuple[str, ...], labels: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple((value, labels.get(value, value)) for value in values)


class FieldEditor:
    """One field's widget with `value()` (raw, for the core), `set_value()` and `clear()`."""

    def __init__(self, field: Field, parent: QWidget) -> None:
        self.field = field
        self.widget = self._make(field, parent)
        self.widget.setAccessibleName(field.label)
        if field.help:
            self.widget.setToolTip(field.help)
            self.widget.setAccessibleDescription(field.help)
        self.clear()

    @staticmethod
    def _make(field: Field, parent: QWidget) -> QWidget:
        if field.kind == "date":
            return DateField(parent=parent, latest=latest_date)
        if field.kind in ("text", "number"):
            line = QLineEdit(parent)
            line.setPlaceholderText(field.placeholder)
            return line
        if field.kind == "long_text":
            box = QPlainTextEdit(parent)
            box.setTabChangesFocus(True)  # Tab moves on, as in every other field
            box.setPlaceholderText(field.placeholder)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 14)
            return box
        if field.kind == "rating":
            spin = QSpinBox(parent)
            spin.setRange(NOT_NOTED, 10)
            spin.setSpecialValueText(RecordFieldsWords.tr("not noted"))
            spin.setSuffix(" / 10")
            return spin
        if field.kind == "check":
            return QCheckBox(parent)
        if field.kind == "yes_no":  # "not checked" apart from "no", as in the entry form
            return YesNoInput(field.label, parent=parent)
        if field.kind == "choice":
            combo = QComboBox(parent)
            # No silent default: a required choice starts empty and the core asks for it.
            combo.addItem(RecordFieldsWords.tr("(choose)") if field.required else "", None)
            for value, words in field.choices:
                combo.addItem(words, value)
            return combo
        if field.kind == "choice_or_text":
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItem("", None)
            for value, words in field.choices:
                combo.addItem(words, value)
            typed = combo.lineEdit()
            if typed is not None:
                typed.setPlaceholderText(field.placeholder)
            return combo
        raise ValueError(f"unknown field kind {field.kind!r}")

    def value(self) -> Any:
        w, kind = self.widget, self.field.kind
        if isinstance(w, QDateEdit):
            return w.date().toString("yyyy-MM-dd")
        if isinstance(w, QLineEdit):
            return typed_number(w.text()) if kind == "number" else w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QSpinBox):
            return None if w.value() == NOT_NOTED else w.value()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, YesNoInput):
            return w.value()
        if isinstance(w, QComboBox) and w.isEditable():
            typed = w.currentText().strip()
            index = w.findText(typed)
            return w.itemData(index) if index > 0 else (typed or None)
        if isinstance(w, QComboBox):
            return w.currentData()
        raise AssertionError(kind)

    def set_value(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QDateEdit):
            day = value if isinstance(value, dt.date) else dt.date.today()
            w.setDate(to_qdate(day))
        elif isinstance(w, QLineEdit):
            w.setText(shown_number(value) if self.field.kind == "number" else plain_text(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value or "")
        elif isinstance(w, QSpinBox):
            w.setValue(NOT_NOTED if value is None else int(value))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, YesNoInput):
            w.set_value(value)
        elif isinstance(w, QComboBox):
            index = w.findData(value)
            w.setCurrentIndex(max(index, 0))
            if index < 0 and w.isEditable():
                w.setEditText(plain_text(value))  # a name of its own

    def clear(self) -> None:
        self.set_value(None)


def _decimal_comma() -> bool:
    return QLocale().decimalPoint() == ","


def typed_number(text: str) -> str:
    """A number as typed, for the core: in German "2,1" is two point one (the core reads "2.1")."""
    return text.strip().replace(",", ".") if _decimal_comma() else text


def shown_number(value: Any) -> str:
    """A stored number as the person writes it: "2,34" in German, as the tables show it."""
    text = plain_text(value)
    return text.replace(".", ",") if isinstance(value, float) and _decimal_comma() else text
