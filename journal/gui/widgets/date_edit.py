"""A date field that shows ISO dates (YYYY-MM-DD) and takes a whole ISO date typed into it.

QDateEdit edits one section (year, month or day) at a time, and a key goes to the section the
cursor is in: typed into the day section, "2026-10-19" became 2026-11-10. Here a run of keys that
cannot be meant for one section (four digits and more), or that is typed over the whole selected
text, is read as a whole date instead: shown as typed, and taken once it is a real date. Typing
into one section (click the day, type 19) works as before; so do the arrows and the calendar.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QToolTip, QWidget

from journal.core.domain.validate import EARLIEST_DATE
from journal.core.language import Words


class DateEditWords(Words):
    """Why a typed date is refused."""


ISO_FORMAT = "yyyy-MM-dd"
# No section of yyyy-MM-dd takes five keys, and only the year takes four: a run that starts with
# four digits and goes on is a whole date.
_WHOLE_DATE = re.compile(r"\d{4}[-\d]")
_DASHED = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DIGITS = re.compile(r"(\d{4})(\d{2})(\d{2})")
_TYPING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


_STEP_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class DateField(QDateEdit):
    # The person typed, stepped or picked a date, even the one already shown (dateChanged
    # says only that the date is another one now).
    edited = Signal()

    def __init__(
        self,
        day: dt.date | None = None,
        parent: QWidget | None = None,
        latest: Callable[[], dt.date] | None = None,
    ) -> None:
        """`latest` gives the last date the field takes (asked again whenever the field is used,
        so a window left open past midnight takes the new day); None: no bound of its own.
        No field takes a date before 1900-01-01, the journal's first."""
        super().__init__(parent)
        self._latest = latest
        self.setDisplayFormat(ISO_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(to_qdate(EARLIEST_DATE))
        self.setDate(to_qdate(day or dt.date.today()))
        self._typed = ""  # the keys of the current run of typing
        self._whole = False  # the run is a whole date, shown as typed
        self._before = self.date()  # the date when the run began, kept if what was typed is no date
        self._forwarding = False
        self.refusal = ""  # why the last date typed was not taken (also shown as a tooltip)
        # Keys sent to the inner line edit itself (by a test or an input tool) take the same path
        # as keys a person types into the field.
        self.lineEdit().installEventFilter(self)
        self.calendarWidget().clicked.connect(lambda _day: self.edited.emit())

    def refresh_range(self) -> None:
        if self._latest is not None:
            self.setMaximumDate(to_qdate(self._latest()))

    def setDate(self, date: QDate | dt.date) -> None:
        self.refresh_range()
        super().setDate(to_qdate(date) if isinstance(date, dt.date) else date)

    def day(self) -> dt.date:
        return dt.date(self.date().year(), self.date().month(), self.date().day())

    # -- typing ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_typing(event) or event.key() in _STEP_KEYS:
            self.edited.emit()
        if self._whole:
            if self._type_whole(event):
                return
        elif self._begins_whole(event):
            return
        self._forwarding = True
        try:
            super().keyPressEvent(event)
        finally:
            self._forwarding = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.lineEdit()
            and event.type() == QEvent.Type.KeyPress
            and not self._forwarding
            and isinstance(event, QKeyEvent)
        ):
            self.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def _begins_whole(self, event: QKeyEvent) -> bool:
        """Count a typed key into the run; True once the run is a whole date (the key is taken)."""
        if not _is_typing(event):
            self._typed = ""  # an arrow, Tab, Backspace...: the next key begins a new run
            return False
        line = self.lineEdit()
        everything_selected = False
        if not self._typed:
            self._before = self.date()
            everything_selected = bool(line.text()) and line.selectedText() == line.text()
        self._typed += event.text()
        if everything_selected or _WHOLE_DATE.match(self._typed):
            self._whole = True
            self._show_typed()
            return True
        return False

    def _type_whole(self, event: QKeyEvent) -> bool:
        """A key while a whole date is being typed; False when the key goes on to do its usual
        thing (Enter, Tab, an arrow) after the date typed has been settled."""
        key = event.key()
        if _is_typing(event):
            if len(self._typed) < len("2026-10-19"):
                self._typed += event.text()
                self._show_typed()
            return True
        if key == Qt.Key.Key_Backspace:
            self._typed = self._typed[:-1]
            if self._typed:
                self._show_typed()
            else:
                self._finish(keep=False)
            return True
        if key == Qt.Key.Key_Escape:
            self._finish(keep=False)
            return True
        self._finish()
        return False

    def _show_typed(self) -> None:
        """The keys as typed; the date itself as soon as they make one (so a Save by shortcut,
        which leaves the focus here, saves what is shown)."""
        day = _typed_date(self._typed)
        if day is not None and self._takes(day):
            self.setDate(to_qdate(day))  # this shows it as yyyy-MM-dd; the text typed comes back next
        self.lineEdit().setText(self._typed)

    def _finish(self, keep: bool = True) -> None:
        """End a whole date: take it if it is one this field takes, else keep the date it had."""
        typed, self._typed, self._whole = self._typed, "", False
        day = _typed_date(typed) if keep else None
        if keep and (day is None or not self._takes(day)):
            self._refuse(typed, day)
        self.setDate(to_qdate(day) if day is not None and self._takes(day) else self._before)

    def _takes(self, day: dt.date) -> bool:
        return self.minimumDate() <= to_qdate(day) <= self.maximumDate()

    def _refuse(self, typed: str, day: dt.date | None) -> None:
        kept = self._before.toString(ISO_FORMAT)
        if day is None:
            why = DateEditWords.tr("{typed} is not a date in the form YYYY-MM-DD").format(typed=typed)
        elif to_qdate(day) < self.minimumDate():
            why = DateEditWords.tr("{date} is too early: this field takes dates from {first}").format(
                date=day.isoformat(), first=self.minimumDate().toString(ISO_FORMAT)
            )
        else:
            why = DateEditWords.tr("{date} is too late: this field takes dates up to {last}").format(
                date=day.isoformat(), last=self.maximumDate().toString(ISO_FORMAT)
            )
        self.refusal = DateEditWords.tr("{why}. The date stays {kept}.").format(why=why, kept=kept)
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.refusal, self)

    # -- anything that ends a run of typing ---------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        self._typed = ""
        self.refresh_range()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._whole:
            self._finish()
        self._typed = ""
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._whole:
            self._finish()
        self._typed = ""
        self.refresh_range()  # before the calendar opens
        super().mousePressEvent(event)


def _is_typing(event: QKeyEvent) -> bool:
    text = event.text()
    return len(text) == 1 and (text.isdigit() or text == "-") and not event.modifiers() & ~_TYPING_MODIFIERS


def _typed_date(typed: str) -> dt.date | None:
    """The date typed as 2026-10-19, 2026-1-9 or 20261019; None if it is not a real date."""
    match = _DASHED.fullmatch(typed) or _DIGITS.fullmatch(typed)
    if match is None:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None
