"""Form fields where "not checked" is a value of its own, distinct from zero or "no".

A person who did not look at something must not end up having logged "0" or "no"; each
field starts unset and says so, and can be set back to unset.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QToolButton,
    QWidget,
)

from journal.core.language import Words
from journal.gui.wording import not_checked


class FieldsWords(Words):
    """The entry fields' words: a rating's steppers, "not measured", "not counted"."""


# The end words wrap onto two lines at most ("stuck to / the bone"): room for the steppers
# beside the slider on a 1024 px wide screen.
WORDS_WIDTH_OF = FieldsWords.mark("to the bone")


class RatingInput(QWidget):
    """A 0-10 slider with words at both ends, starting at "not checked"."""

    changed = Signal()

    def __init__(self, name: str, low_words: str, high_words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._set = False
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(2)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        # Eleven positions a mouse can tell apart; a finger that cannot aim uses the steppers.
        self.slider.setMinimumWidth(140)
        self.slider.setAccessibleName(name)
        self.slider.setAccessibleDescription(
            FieldsWords.tr("0 means {low}, 10 means {high}").format(low=low_words, high=high_words)
        )
        self.value_label = QLabel()
        self.value_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(not_checked()) + 6)
        # Steppers: a tap each, for a hand that cannot drag a slider's handle to a point.
        self.less_button, self.more_button = QToolButton(), QToolButton()
        for button, text, spoken, tip, step in (
            (
                self.less_button,
                "\u2212",
                FieldsWords.tr("Less {name}"),
                FieldsWords.tr("Less {name} (one step)"),
                -1,
            ),
            (
                self.more_button,
                "+",
                FieldsWords.tr("More {name}"),
                FieldsWords.tr("More {name} (one step)"),
                1,
            ),
        ):
            button.setText(text)
            button.setAccessibleName(spoken.format(name=name.lower()))
            button.setToolTip(tip.format(name=name.lower()))
            button.setAutoRepeat(True)  # held down, it keeps stepping
            button.setMinimumSize(32, 32)  # a square target, not a sliver beside the slider
            button.clicked.connect(lambda _=False, step=step: self.step(step))
        self.clear_button = QToolButton()
        self.clear_button.setText(FieldsWords.tr("Clear"))
        self.clear_button.setAccessibleName(FieldsWords.tr("Clear {name}").format(name=name.lower()))
        self.clear_button.setToolTip(
            FieldsWords.tr("Set {name} back to not checked").format(name=name.lower())
        )
        low, high = QLabel(low_words), QLabel(high_words)
        low.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        words_width = self.fontMetrics().horizontalAdvance(FieldsWords.tr(WORDS_WIDTH_OF))
        for label in (low, high):
            label.setEnabled(False)  # the palette's dimmed text: a hint, not a value
            label.setWordWrap(True)
            label.setFixedWidth(words_width)  # ratings stacked in a form line up
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(low)
        row.addWidget(self.less_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.more_button)
        row.addWidget(high)
        row.addWidget(self.value_label)
        row.addWidget(self.clear_button)
        self.setFocusProxy(self.slider)
        # Tab: the slider, then its steppers and Clear (Qt would skip the stepper before a proxy).
        chain = (self.slider, self.less_button, self.more_button, self.clear_button)
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        # Any touch of the slider sets a value, even at 0 where valueChanged would not fire.
        self.slider.actionTriggered.connect(lambda _action: self._mark_set())
        self.slider.sliderPressed.connect(self._mark_set)
        self.slider.valueChanged.connect(lambda _v: self._mark_set())
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        self._refresh()

    def value(self) -> int | None:
        return self.slider.value() if self._set else None

    def set_value(self, value: int | None) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(0 if value is None else value)
        self.slider.blockSignals(False)
        self._set = value is not None
        self._refresh()
        self.changed.emit()

    def step(self, by: int) -> None:
        """One step up or down; from "not checked", the first step sets 0 or 1."""
        now = self.slider.value() if self._set else 0
        self.set_value(max(self.slider.minimum(), min(self.slider.maximum(), now + by)))

    def _mark_set(self) -> None:
        self._set = True
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        text = (
            FieldsWords.tr("{value} of 10").format(value=self.slider.value()) if self._set else not_checked()
        )
        self.value_label.setText(text)
        show_unset(self.value_label, not self._set)
        # Unset, the handle rests at 0 but is faded, so "not checked" never reads as a 0.
        faded = self.slider.graphicsEffect()
        if not self._set and faded is None:
            faded = QGraphicsOpacityEffect(self.slider)
            faded.setOpacity(UNSET_OPACITY)
            self.slider.setGraphicsEffect(faded)
        elif self._set and faded is not None:
            self.slider.setGraphicsEffect(None)  # type: ignore[arg-type]  # None removes it
        self.slider.setAccessibleDescription(
            FieldsWords.tr("{name}: {value}").format(name=self._name, value=text)
        )
        self.clear_button.setEnabled(self._set)


class ChoiceInput(QComboBox):
    """A choice among stored values, with "not checked" first."""

    def __init__(self, name: str, options: Iterable[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.addItem(not_checked(), None)
        for stored, label in options:
            self.addItem(label, stored)
        self.currentIndexChanged.connect(lambda index: show_unset(self, index == 0))
        show_unset(self, True)

    def value(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_value(self, value: object) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))


class YesNoInput(ChoiceInput):
    def __init__(
        self, name: str, yes: str | None = None, no: str | None = None, parent: QWidget | None = None
    ) -> None:
        options = [
            ("yes", FieldsWords.tr("yes") if yes is None else yes),
            ("no", FieldsWords.tr("no") if no is None else no),
        ]
        super().__init__(name, options, parent)

    def value(self) -> bool | None:  # type: ignore[override]
        data = self.currentData()
        return None if data is None else data == "yes"

    def set_value(self, value: object) -> None:
        super().set_value(None if value is None else ("yes" if value else "no"))


class SizeInput(QDoubleSpinBox):
    """Millimetres in 0.1 steps; the lowest position reads "not measured"."""

    UNSET = -0.1

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setDecimals(1)
        self.setSingleStep(0.1)
        self.setRange(self.UNSET, 100.0)
        self.setSuffix(" mm")
        self.setSpecialValueText(FieldsWords.tr("not measured"))
        self.valueChanged.connect(lambda _v: show_unset(self, self.measured() is None))
        self.setValue(self.UNSET)
        show_unset(self, True)

    def measured(self) -> float | None:
        return None if self.value() <= self.UNSET + 1e-9 else round(self.value(), 1)

    def set_measured(self, value: float | None) -> None:
        self.setValue(self.UNSET if value is None else value)


class CountInput(QSpinBox):
    UNSET = -1

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setRange(self.UNSET, 10_000)
        self.setSpecialValueText(FieldsWords.tr("not counted"))
        self.valueChanged.connect(lambda _v: show_unset(self, self.counted() is None))
        self.setValue(self.UNSET)
        show_unset(self, True)

    def counted(self) -> int | None:
        return None if self.value() == self.UNSET else self.value()

    def set_counted(self, value: int | None) -> None:
        self.setValue(self.UNSET if value is None else value)


UNSET_OPACITY = 0.35  # a rating's slider while not checked: visible, plainly not a value


def show_unset(widget: QWidget, unset: bool) -> None:
    """Not checked: in italics and and the palette's placeholder colour; a value (even 0 or "no")
    in plain text. The `unset` property lets tests and style sheets tell them apart."""
    if widget.property("unset") == unset:
        return
    widget.setProperty("unset", unset)
    font = widget.font()
    font.setItalic(unset)
    widget.setFont(font)
    if not unset:
        widget.setPalette(QPalette())  # nothing of its own: the window's palette, light or dark
        return
    palette = widget.palette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(role, palette.color(QPalette.ColorRole.PlaceholderText))
    widget.setPalette(palette)
