"""What the charts pane draws: a site (following the window's selection) or a lab test."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QRadioButton, QWidget

from journal.core.charts.lab_units import lab_axes
from journal.core.domain.lab_tests import label as lab_label
from journal.core.language import Words
from journal.core.operations import Changes
from journal.gui.session import JournalSession


class ChartChoiceWords(Words):
    """What a chart is of: a site, a lab test or the hands."""


SITE_VIEW, LABS_VIEW, HAND_VIEW = 0, 1, 2


class ChartChoice(QWidget):
    view_changed = Signal(int)  # SITE_VIEW or LABS_VIEW
    subject_changed = Signal()  # another site or test in the same view

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.site_button = QRadioButton(ChartChoiceWords.tr("Site"), self)
        self.labs_button = QRadioButton(ChartChoiceWords.tr("Labs"), self)
        self.hand_button = QRadioButton(ChartChoiceWords.tr("Hands"), self)  # finger-to-palm distances
        self.site_button.setChecked(True)
        self.site_choice = QComboBox(self)
        self.site_choice.setAccessibleName(ChartChoiceWords.tr("Site charted"))
        self.test_choice = QComboBox(self)
        self.test_choice.setAccessibleName(ChartChoiceWords.tr("Lab test charted"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(ChartChoiceWords.tr("Chart of:"), self))
        layout.addWidget(self.site_button)
        layout.addWidget(self.site_choice, 1)
        layout.addWidget(self.labs_button)
        layout.addWidget(self.test_choice, 1)
        layout.addWidget(self.hand_button)

        for button in (self.site_button, self.labs_button, self.hand_button):
            button.toggled.connect(lambda on: self._view_toggled() if on else None)
        self.site_choice.currentIndexChanged.connect(self._site_chosen)
        self.test_choice.currentIndexChanged.connect(lambda _i: self.subject_changed.emit())
        session.changed.connect(self._changed)
        session.site_selected.connect(self._follow_selection)
        self.fill_sites()
        self.fill_tests()
        self._view_toggled(announce=False)

    @property
    def view(self) -> int:
        if self.hand_button.isChecked():
            return HAND_VIEW
        return SITE_VIEW if self.site_button.isChecked() else LABS_VIEW

    def set_view(self, view: int) -> None:
        buttons = {SITE_VIEW: self.site_button, LABS_VIEW: self.labs_button, HAND_VIEW: self.hand_button}
        buttons[view].setChecked(True)

    def site_id(self) -> int | None:
        data = self.site_choice.currentData()
        return int(data) if data is not None else None

    def test(self) -> str | None:
        data = self.test_choice.currentData()
        return str(data[0]) if data is not None else None

    def unit(self) -> str | None:
        """The unit of the chosen lab chart (lab_units.LabAxis.key): one chart per unit."""
        data = self.test_choice.currentData()
        return str(data[1]) if data is not None else None

    def subject_text(self) -> str:
        if self.view == HAND_VIEW:
            return "hands"
        return (self.site_choice if self.view == SITE_VIEW else self.test_choice).currentText()

    def _changed(self, changes: Changes) -> None:
        if "sites" in changes:  # a site added, renamed, archived or deleted (or its entries: no change here)
            self.fill_sites()
        if "labs" in changes:
            self.fill_tests()

    def fill_sites(self) -> None:
        keep = self.site_id() or self.session.current_site_id
        self._refill(
            self.site_choice,
            [
                (ChartChoiceWords.tr("{site} (archived)").format(site=s.name) if s.archived else s.name, s.id)
                for s in self.session.store.sites()
            ],
            keep,
        )

    def fill_tests(self) -> None:
        labs = self.session.store.labs()
        items: list[tuple[str, object]] = []
        for test in sorted({lab.test for lab in labs}, key=lab_label):
            axes = lab_axes(labs, test)
            for axis in axes:  # a test printed in two units that do not convert: two charts
                items.append((axis.words if len(axes) > 1 else lab_label(test), (test, axis.key)))
        current = self.test_choice.currentData()
        self._refill(self.test_choice, items, current)

    def _refill(self, combo: QComboBox, items: list[tuple[str, object]], keep: object) -> None:
        if items == [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]:
            return  # nothing to show differently: the chart is not drawn again
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(keep)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)
        self.subject_changed.emit()

    def _view_toggled(self, announce: bool = True) -> None:
        self.site_choice.setEnabled(self.view == SITE_VIEW)
        self.test_choice.setEnabled(self.view == LABS_VIEW)
        if announce:
            self.view_changed.emit(self.view)

    def _site_chosen(self, _index: int) -> None:
        site_id = self.site_id()
        if site_id is not None and site_id != self.session.current_site_id:
            self.session.site_selected.emit(site_id)  # the rest of the window follows
        self.subject_changed.emit()

    def _follow_selection(self, site_id: int) -> None:
        index = self.site_choice.findData(site_id)
        if index >= 0 and index != self.site_choice.currentIndex():
            self.site_choice.setCurrentIndex(index)
