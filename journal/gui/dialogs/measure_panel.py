"""The photo viewer's measuring panel: set the scale from a reference, measure a bump, save.

The scale comes from something of known size in the picture: two marks of a ruler (the distance
typed in mm), a coin picked from the list (its diameter is known), or any object whose length
the person types. Then the bump's longest diameter and, optionally, its width across it. Sizes
and their uncertainty come from the core (journal/core/measure); saving runs the measure_photo
operation through the session, so Undo takes it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.core.errors import JournalError, ValidationError
from journal.core.language import Words, number
from journal.core.measure.coins import COINS
from journal.core.measure.geometry import Segment
from journal.core.measure.model import Measurement, Reference
from journal.core.operations import Changes
from journal.gui.widgets.point_editor import PointEditor

if TYPE_CHECKING:
    from journal.core.domain.model import Photo
    from journal.gui.session import JournalSession


class MeasurePanelWords(Words):
    "The photo viewer's measuring panel."


ROLES = ("reference", "length", "width")
REFERENCE_KINDS = (
    ("ruler", MeasurePanelWords.mark("Ruler")),
    ("coin", MeasurePanelWords.mark("Coin")),
    ("object", MeasurePanelWords.mark("Object of known size")),
)
INSTRUCTIONS = {
    "ruler": MeasurePanelWords.mark(
        "Click two marks on the ruler, as far apart as you can, and type the distance between them."
    ),
    "coin": MeasurePanelWords.mark("Click two opposite edges of the coin, straight across its middle."),
    "object": MeasurePanelWords.mark("Click the two ends of the object and type its length."),
    "length": MeasurePanelWords.mark("Click the two ends of the bump's longest diameter."),
    "width": MeasurePanelWords.mark(
        "Click the two ends of its width, across the longest diameter (you can skip this)."
    ),
    None: MeasurePanelWords.mark(
        "Drag a point, or click it and move it with the arrow keys (Shift: 10 pixels). Save when it looks right."
    ),
}


def plus_minus(value: float, uncertainty: float | None) -> str:
    """ "12.3 ± 0.4 mm" """
    if uncertainty is None:
        return f"{number(value, 1)} mm"
    return f"{number(value, 1)} \u00b1 {number(uncertainty, 1)} mm"


def measurement_texts(measurement: Measurement) -> dict[str, str]:
    """The tag drawn beside each segment of a measurement."""
    texts = {
        "reference": f"{measurement.reference.length_mm:g} mm",
        "length": plus_minus(measurement.length_mm, measurement.length_uncertainty_mm),
        "width": "",
    }
    if measurement.width_mm is not None:
        texts["width"] = plus_minus(measurement.width_mm, measurement.width_uncertainty_mm)
    return texts


class MeasurePanel(QGroupBox):
    """Controls beside the photo; the points live in `editor` (the view's PointEditor)."""

    saved = Signal(object)  # the Outcome of measure_photo

    def __init__(
        self, session: JournalSession, photo: Photo, editor: PointEditor, parent: QWidget | None = None
    ) -> None:
        super().__init__(MeasurePanelWords.tr("Measure"), parent)
        self.session, self.photo, self.editor = session, photo, editor
        self.current: Measurement | None = None
        self.saved_measurement: Measurement | None = None

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(MeasurePanelWords.tr("Scale from"))
        for key, label in REFERENCE_KINDS:
            self.kind.addItem(MeasurePanelWords.tr(label), key)
        self.coin = QComboBox(self)
        self.coin.setAccessibleName(MeasurePanelWords.tr("Coin"))
        for coin in COINS:
            self.coin.addItem(f"{coin.shown} ({coin.diameter_mm:g} mm)", coin.key)
        self.length_mm = QDoubleSpinBox(self)
        self.length_mm.setAccessibleName(MeasurePanelWords.tr("Distance between the two points in mm"))
        self.length_mm.setRange(0.5, 1000.0)
        self.length_mm.setDecimals(1)
        self.length_mm.setValue(10.0)
        self.length_mm.setSuffix(" mm")
        self.set_scale = QPushButton(MeasurePanelWords.tr("Set &scale"), self)
        self.set_scale.setToolTip(MeasurePanelWords.tr("Click the two ends of the reference on the photo"))
        self.measure_length = QPushButton(MeasurePanelWords.tr("&Length"), self)
        self.measure_length.setToolTip(
            MeasurePanelWords.tr("Click the two ends of the bump's longest diameter")
        )
        self.measure_width = QPushButton(MeasurePanelWords.tr("&Width"), self)
        self.measure_width.setToolTip(
            MeasurePanelWords.tr("Click the two ends of the bump's width, across the length")
        )
        self.clear_button = QPushButton(MeasurePanelWords.tr("Clear"), self)
        self.clear_button.setToolTip(MeasurePanelWords.tr("Take every point off and start again"))
        self.instructions = QLabel(self)
        self.instructions.setWordWrap(True)
        self.instructions.setAccessibleName(MeasurePanelWords.tr("What to click"))
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(MeasurePanelWords.tr("Measurement"))
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(MeasurePanelWords.tr("Sa&ve measurement"), self)
        self.save_button.setToolTip(
            MeasurePanelWords.tr("Set the entry's size from this measurement (Undo takes it back)")
        )
        self.remove_button = QPushButton(MeasurePanelWords.tr("Remove saved"), self)
        self.remove_button.setToolTip(
            MeasurePanelWords.tr("Forget the measurement saved on this photo (the entry's size stays)")
        )

        form = QFormLayout()
        form.addRow(MeasurePanelWords.tr("Scale from:"), self.kind)
        form.addRow(MeasurePanelWords.tr("Coin:"), self.coin)
        form.addRow(MeasurePanelWords.tr("Distance:"), self.length_mm)
        steps = QHBoxLayout()
        for button in (self.set_scale, self.measure_length, self.measure_width):
            steps.addWidget(button)
        saving = QHBoxLayout()
        saving.addWidget(self.save_button)
        saving.addWidget(self.remove_button)
        saving.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(steps)
        layout.addWidget(self.instructions)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addLayout(saving)
        self.setMinimumWidth(280)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.coin.currentIndexChanged.connect(self.update_result)
        self.length_mm.valueChanged.connect(self.update_result)
        self.set_scale.clicked.connect(lambda: self._start("reference"))
        self.measure_length.clicked.connect(lambda: self._start("length"))
        self.measure_width.clicked.connect(lambda: self._start("width"))
        self.clear_button.clicked.connect(self._clear)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove_saved)
        editor.changed.connect(self.update_result)
        editor.step_changed.connect(lambda _step: self._say_what_next())
        session.changed.connect(self._journal_changed)
        self._kind_changed()
        self.load_saved()

    # -- the reference ---------------------------------------------------------------------------
    @property
    def reference_kind(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        is_coin = self.reference_kind == "coin"
        self.coin.setEnabled(is_coin)
        self.length_mm.setEnabled(not is_coin)
        self.update_result()
        self._say_what_next()

    def _start(self, role: str) -> None:
        self.editor.set_step(role)
        self.editor.view.setFocus()

    def _clear(self) -> None:
        self.editor.clear()
        self.editor.set_step("reference")

    def _say_what_next(self) -> None:
        step = self.editor.step
        key = self.reference_kind if step == "reference" else step
        if step is None and self.editor.segment("reference") is None:
            self.instructions.setText(
                MeasurePanelWords.tr("Start with Set scale: a ruler, a coin or an object of known size.")
            )
            return
        self.instructions.setText(MeasurePanelWords.tr(INSTRUCTIONS[key]))

    def reference(self) -> Reference:
        ends = self.editor.segment("reference")
        if ends is None:
            raise ValidationError(
                "reference", MeasurePanelWords.tr("set the scale first: click the two ends of the reference")
            )
        return Reference.new(
            kind=self.reference_kind,
            segment=Segment(*ends),
            length_mm=self.length_mm.value(),
            coin_key=self.coin.currentData() if self.reference_kind == "coin" else None,
        )

    # -- the result ------------------------------------------------------------------------------
    def measurement(self) -> Measurement:
        """The measurement the points make now; ValidationError says what is missing."""
        reference = self.reference()
        length = self.editor.segment("length")
        if length is None:
            raise ValidationError(
                "length", MeasurePanelWords.tr("click the two ends of the bump's longest diameter")
            )
        width = self.editor.segment("width")
        assert self.photo.id is not None
        return Measurement.new(
            self.photo.id, reference, Segment(*length), None if width is None else Segment(*width)
        )

    def update_result(self) -> None:
        try:
            self.current = self.measurement()
        except ValidationError as exc:
            self.current = None
            self.editor.set_text("reference", self._reference_tag())
            self.editor.set_text("length", "")
            self.editor.set_text("width", "")
            scale = self._scale_text()
            clicked = all(self.editor.segment(role) is not None for role in ("reference", "length"))
            # Points still to click are in the instructions; a refusal of what was clicked is here.
            self.result.setText(scale + (f"{exc.reason[0].upper()}{exc.reason[1:]}." if clicked else ""))
        else:
            for role, text in measurement_texts(self.current).items():
                self.editor.set_text(role, text)
            self.result.setText(self._scale_text() + self._sizes_text(self.current))
        self.editor.redraw()
        self.save_button.setEnabled(self.current is not None)

    def _reference_tag(self) -> str:
        try:
            return f"{self.reference().length_mm:g} mm"
        except ValidationError:
            return ""

    def _scale_text(self) -> str:
        try:
            reference = self.reference()
        except ValidationError:
            return ""
        return (
            MeasurePanelWords.tr(
                "Scale: {reference} over {pixels} pixels ({mm_per_pixel} mm per pixel)."
            ).format(
                reference=reference.describe(),
                pixels=number(reference.segment.pixels, 0),
                mm_per_pixel=number(reference.mm_per_pixel, 3),
            )
            + "\n"
        )

    @staticmethod
    def _sizes_text(measurement: Measurement) -> str:
        length = plus_minus(measurement.length_mm, measurement.length_uncertainty_mm)
        if measurement.width_mm is None:
            return MeasurePanelWords.tr("Length {length}.").format(length=length)
        width = plus_minus(measurement.width_mm, measurement.width_uncertainty_mm)
        return MeasurePanelWords.tr("Length {length}, width {width}.").format(length=length, width=width)

    # -- saved measurements ---------------------------------------------------------------------
    def load_saved(self) -> None:
        """Show the photo's latest saved measurement, ready to be checked and corrected."""
        assert self.photo.id is not None
        found = self.session.store.measurements_for_photo(self.photo.id)
        self.saved_measurement = found[-1] if found else None
        self.remove_button.setEnabled(self.saved_measurement is not None)
        if self.saved_measurement is None:
            self.update_result()
            self._say_what_next()
            return
        measurement = self.saved_measurement
        reference = measurement.reference
        for combo, value in ((self.kind, reference.kind), (self.coin, reference.coin_key)):
            index = combo.findData(value)
            if index >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
        self.coin.setEnabled(reference.kind == "coin")
        self.length_mm.setEnabled(reference.kind != "coin")
        if reference.kind != "coin":
            self.length_mm.blockSignals(True)
            self.length_mm.setValue(reference.length_mm)
            self.length_mm.blockSignals(False)
        segments = {"reference": reference.segment, "length": measurement.length, "width": measurement.width}
        for role, segment in segments.items():
            self.editor.points[role] = [] if segment is None else [segment.a, segment.b]
        self.editor.selected = None
        self.update_result()
        self._say_what_next()

    def _journal_changed(self, changes: Changes) -> None:
        if "measurements" in changes:
            try:
                self.load_saved()
            except JournalError:
                pass  # the photo is gone; the viewer says so when it closes

    def save(self) -> None:
        from journal.core.operations.measurements import measure_photo

        try:
            measurement = self.measurement()
            outcome = measure_photo(
                self.session.journal,
                measurement.photo_id,
                measurement.reference,
                measurement.length,
                measurement.width,
            )
        except JournalError as exc:
            self.result.setText(MeasurePanelWords.tr("Not saved: {error}").format(error=exc))
            return
        self.session.do(outcome)
        self.saved.emit(outcome)
        entry = self.session.store.entry(self.photo.entry_id)
        size = number(entry.size_mm, 1) if entry.size_mm is not None else ""
        if entry.width_mm is None:
            said = MeasurePanelWords.tr(
                "Saved: the entry's size is now {size} mm (Undo takes it back)."
            ).format(size=size)
        else:
            said = MeasurePanelWords.tr(
                "Saved: the entry's size is now {size} mm, width {width} mm (Undo takes it back)."
            ).format(size=size, width=number(entry.width_mm, 1))
        self.instructions.setText(said)

    def remove_saved(self) -> None:
        from journal.core.operations.measurements import remove_measurement

        if self.saved_measurement is None or self.saved_measurement.id is None:
            return
        try:
            outcome = remove_measurement(self.session.journal, self.saved_measurement.id)
        except JournalError as exc:
            self.result.setText(MeasurePanelWords.tr("Not removed: {error}").format(error=exc))
            return
        self.session.do(outcome)
        self.instructions.setText(
            MeasurePanelWords.tr("The saved measurement was removed (Undo brings it back).")
        )
