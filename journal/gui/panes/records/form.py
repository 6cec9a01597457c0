"""A form built from field descriptions, with room under each field for the core's refusal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from journal.core.language import Words
from journal.gui.mnemonics import window_letters, with_mnemonic
from journal.gui.panes.records.fields import Field, FieldEditor


class RecordFormWords(Words):
    """The record forms."""


# The one colour that is not the palette's: a refusal must stand out in light and dark themes.
ERROR_COLOUR = "#d0342c"


class RecordForm(QWidget):
    def __init__(self, fields: Sequence[Field], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        taken = window_letters()  # these panes sit in the main window: keep its Alt+letters
        for field in fields:
            editor = FieldEditor(field, self)
            error = QLabel(self)
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {ERROR_COLOUR};")
            error.setAccessibleName(RecordFormWords.tr("Problem with {field}").format(field=field.label))
            error.hide()
            cell = QWidget(self)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(editor.widget)
            box.addWidget(error)
            if isinstance(editor.widget, QCheckBox):
                # the box's own words: clicking them ticks it
                editor.widget.setText(with_mnemonic(field.label, taken))
                layout.addRow("", cell)
            else:
                label = QLabel(with_mnemonic(f"{field.label}{' *' if field.required else ''}", taken), self)
                label.setBuddy(editor.widget)
                layout.addRow(label, cell)
            self.editors[field.name] = editor
            self.errors[field.name] = error

    def raw(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def load(self, record: Any) -> None:
        self.clear_errors()
        for name, editor in self.editors.items():
            editor.set_value(getattr(record, name))

    def clear(self) -> None:
        self.clear_errors()
        for editor in self.editors.values():
            editor.clear()

    def show_error(self, field: str, message: str) -> bool:
        """Show the message under the field it names and focus that field; False if no such field."""
        label = self.errors.get(field)
        if label is None:
            return False
        label.setText(message)
        label.show()
        widget = self.editors[field].widget
        widget.setAccessibleDescription(message)
        widget.setFocus()
        return True

    def clear_errors(self) -> None:
        for name, label in self.errors.items():
            label.clear()
            label.hide()
            self.editors[name].widget.setAccessibleDescription(self.editors[name].field.help)

    def visible_errors(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.errors.items() if not label.isHidden()}
