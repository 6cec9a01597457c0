"""The pieces each Preferences field is made of: a spin box over the setting's own range, its
reason in quieter words beneath, and room for the core's refusal."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout

from journal.core.domain.preferences import Preference, shown_help, shown_label
from journal.core.language import Words
from journal.gui.panes.records.form import ERROR_COLOUR

SpinBox = QSpinBox | QDoubleSpinBox


class SettingsFieldsWords(Words):
    "The pieces of each Preferences field."


SPIN_WIDTH = 130


def spin_box(pref: Preference, suffix: str = "") -> SpinBox:
    """A spin box over the setting's own range, so the keyboard cannot type a value out of it."""
    box: SpinBox
    if pref.whole:
        box = QSpinBox()
        box.setRange(int(pref.low), int(pref.high))
    else:
        box = QDoubleSpinBox()
        box.setDecimals(1)
        box.setRange(pref.low, pref.high)
        box.setSingleStep(1.0 if pref.default >= 10 else 0.1)
    box.setSuffix(suffix)
    box.setMinimumWidth(SPIN_WIDTH)
    box.setToolTip(shown_help(pref))
    box.setAccessibleName(shown_label(pref))
    box.setAccessibleDescription(shown_help(pref))
    return box


def set_value(box: SpinBox, value: float) -> None:
    if isinstance(box, QSpinBox):
        box.setValue(int(value))
    else:
        box.setValue(float(value))


def error_label(pref: Preference) -> QLabel:
    error = QLabel()
    error.setWordWrap(True)
    error.setStyleSheet(f"color: {ERROR_COLOUR};")
    error.setAccessibleName(
        SettingsFieldsWords.tr("Problem with {setting}").format(setting=shown_label(pref))
    )
    error.hide()
    return error


def field_block(words: str, spin: SpinBox, pref: Preference, error: QLabel) -> QVBoxLayout:
    """The field's words and its spin box on one line, the reason and the refusal beneath.
    Box layouts, not a grid: a grid gives a word-wrapped label spanning columns too little
    height when another row changes, and the reason's last line disappears."""
    label = QLabel(words)
    label.setWordWrap(True)
    label.setBuddy(spin)  # Alt+letter moves to the field; screen readers read the label
    line = QHBoxLayout()
    line.addWidget(label, 1)
    line.addWidget(spin)
    block = QVBoxLayout()
    block.setSpacing(3)
    block.addLayout(line)
    block.addWidget(help_label(shown_help(pref)))
    block.addWidget(error)
    return block


def help_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    # Quieter than the field's own words, yet readable: the text colour three quarters of the
    # way from the background (the placeholder grey is too faint for a paragraph).
    palette = label.palette()
    ink, back = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    mixed = QColor.fromRgbF(
        0.75 * ink.redF() + 0.25 * back.redF(),
        0.75 * ink.greenF() + 0.25 * back.greenF(),
        0.75 * ink.blueF() + 0.25 * back.blueF(),
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)
    return label
