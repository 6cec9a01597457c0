"""From / To dates with presets (3 months, 6 months, 1 year, all), for charts.

`range_changed(since, until)` gives `None` for an open end: "All" shows everything logged.
Picking a date by hand switches the preset to "Custom".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from journal.core.language import Words
from journal.gui.widgets.date_edit import DateField


class DateRangeWords(Words):
    """The period a chart shows."""


PRESETS: tuple[tuple[str, int | None], ...] = (
    (DateRangeWords.mark("All"), None),
    (DateRangeWords.mark("Last 3 months"), 91),
    (DateRangeWords.mark("Last 6 months"), 182),
    (DateRangeWords.mark("Last year"), 365),
    (DateRangeWords.mark("Last 2 years"), 730),
    (DateRangeWords.mark("Custom"), -1),
)
CUSTOM = len(PRESETS) - 1


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class DateRangeControl(QWidget):
    range_changed = Signal(object, object)  # since, until: dt.date | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False  # True while the control sets its own dates
        self.preset = QComboBox(self)
        self.preset.setAccessibleName(DateRangeWords.tr("Period shown"))
        for text, _days in PRESETS:
            self.preset.addItem(DateRangeWords.tr(text))
        self.since_edit, self.until_edit = DateField(parent=self), DateField(parent=self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preset)
        for caption, edit, name in (
            (DateRangeWords.tr("From"), self.since_edit, DateRangeWords.tr("First day shown")),
            (DateRangeWords.tr("To"), self.until_edit, DateRangeWords.tr("Last day shown")),
        ):
            edit.setAccessibleName(name)
            label = QLabel(caption, self)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
            edit.dateChanged.connect(self._dates_edited)
        self._extent = (dt.date.today(), dt.date.today())
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self._show_dates(*self._extent)

    def set_extent(self, first: dt.date | None, last: dt.date | None) -> None:
        """The dates of the data shown: what "All" spans, in the From/To fields."""
        today = dt.date.today()
        self._extent = (first or today, max(last or today, first or today))
        if self.preset.currentIndex() == 0:
            self._show_dates(*self._extent)

    def current(self) -> tuple[dt.date | None, dt.date | None]:
        index = self.preset.currentIndex()
        if index == 0:
            return None, None
        return _pydate(self.since_edit.date()), _pydate(self.until_edit.date())

    def set_range(self, since: dt.date, until: dt.date) -> None:
        """Show exactly these days (the preset becomes "Custom")."""
        self._show_dates(since, until)
        self._set_preset(CUSTOM)
        self.range_changed.emit(*self.current())

    def _preset_chosen(self, index: int) -> None:
        days = PRESETS[index][1]
        if days is None:
            self._show_dates(*self._extent)
        elif days > 0:
            today = dt.date.today()
            self._show_dates(today - dt.timedelta(days=days), today)
        self.range_changed.emit(*self.current())

    def _dates_edited(self) -> None:
        if self._quiet:
            return
        if self.until_edit.date() < self.since_edit.date():
            self._show_dates(_pydate(self.since_edit.date()), _pydate(self.since_edit.date()))
        self._set_preset(CUSTOM)
        self.range_changed.emit(*self.current())

    def _show_dates(self, since: dt.date, until: dt.date) -> None:
        self._quiet = True
        try:
            self.since_edit.setDate(_qdate(since))
            self.until_edit.setDate(_qdate(until))
        finally:
            self._quiet = False

    def _set_preset(self, index: int) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(index)
        self.preset.blockSignals(False)
