"""Two small dialogs: the phase a site entered (its lifecycle) and finger-to-palm readings.

Each saves through its undoable operation (session.do) and says a refusal in words beside the
buttons, keeping the dialog open with what the person typed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.core.domain.hand import FINGERS, HANDS, SOURCE, FingerPalm, finger_label, hand_label, how_to
from journal.core.domain.phases import PHASES, SitePhase, phase_label, spans
from journal.core.errors import JournalError
from journal.core.language import Words, date_text
from journal.core.operations.hand import add_finger_palm
from journal.core.operations.outcome import Changes, Outcome
from journal.core.operations.phases import clear_phase, set_phase
from journal.gui.session import JournalSession


class LifecycleHandWords(Words):
    "A site's phase and the finger-to-palm readings."


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class _SavingDialog(QDialog):
    def __init__(self, session: JournalSession, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(buttons)

    def save(self) -> None:
        try:
            self.session.do(self.outcome())
        except JournalError as exc:
            self.error.setText(LifecycleHandWords.tr("Not saved: {error}").format(error=exc))
            self.error.show()
            return
        self.accept()

    def outcome(self) -> Outcome[Any]:
        raise NotImplementedError


class PhaseDialog(_SavingDialog):
    """The phase a site entered on a date: active, broke open, healing, healed or removed."""

    def __init__(self, session: JournalSession, site_id: int, parent: QWidget | None = None) -> None:
        site = session.store.site(site_id)
        super().__init__(session, LifecycleHandWords.tr("Phase of {site}").format(site=site.name), parent)
        self.site_id = site_id
        self.history = QLabel(self)
        self.history.setWordWrap(True)
        # The marks so far, each to be taken away (a mark set by mistake, not only the last one,
        # and not only by Undo): the removal is one undoable step like the marking.
        self.marks = QListWidget(self)
        self.marks.setAccessibleName(LifecycleHandWords.tr("Phases marked for {site}").format(site=site.name))
        self.marks.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 8)
        self.remove_button = QPushButton(LifecycleHandWords.tr("Remove the selected mark"), self)
        self.remove_button.setAccessibleName(LifecycleHandWords.tr("Remove the selected phase mark"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.marks.currentItemChanged.connect(lambda *_: self._update_remove())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(LifecycleHandWords.tr("Status"))
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.remove_button)
        remove_row.addStretch(1)
        marks_box = QVBoxLayout()
        marks_box.addWidget(self.history)
        marks_box.addWidget(self.marks)
        marks_box.addLayout(remove_row)
        marks_box.addWidget(self.status)
        self.layout_.insertLayout(0, marks_box)
        self.layout_.insertStretch(2, 1)  # a taller dialog keeps the marks and the form together
        self.refresh_marks()
        session.changed.connect(self._changed)
        self.phase = QComboBox(self)
        for phase in PHASES:
            self.phase.addItem(phase_label(phase), phase)
        self.date = _date_edit(self)
        self.note = QLineEdit(self)
        self.form.addRow(QLabel(LifecycleHandWords.tr("<b>Mark a phase</b>"), self))
        self.form.addRow(LifecycleHandWords.tr("Phase:"), self.phase)
        self.form.addRow(LifecycleHandWords.tr("From:"), self.date)
        self.form.addRow(LifecycleHandWords.tr("Note:"), self.note)

    def refresh_marks(self) -> None:
        phases = self.session.store.site_phases(self.site_id)
        history = spans(phases)
        said = "; ".join(
            LifecycleHandWords.tr("{phase} from {date}").format(
                phase=phase_label(s.phase), date=date_text(s.start)
            )
            for s in history
        ) or LifecycleHandWords.tr("no phase marked yet")
        self.history.setText(LifecycleHandWords.tr("So far: {phases}.").format(phases=said))
        self.marks.clear()
        for phase in phases:
            text = f"{date_text(phase.date)}  {phase_label(phase.phase)}" + (
                f" ({phase.note})" if phase.note else ""
            )
            item = QListWidgetItem(text, self.marks)
            item.setData(Qt.ItemDataRole.UserRole, phase.id)
        self.marks.setVisible(bool(phases))
        self._update_remove()

    def _update_remove(self) -> None:
        self.remove_button.setVisible(self.marks.count() > 0)
        self.remove_button.setEnabled(self.marks.currentItem() is not None)

    def _changed(self, changes: Changes) -> None:
        if "sites" in changes:  # a mark set, taken away or brought back by Undo
            self.refresh_marks()

    def remove_selected(self) -> None:
        item = self.marks.currentItem()
        if item is None:
            return
        try:
            removed = self.session.do(clear_phase(self.session.journal, item.data(Qt.ItemDataRole.UserRole)))
        except JournalError as exc:
            self.status.setStyleSheet("color: #b00020")
            self.status.setText(LifecycleHandWords.tr("Not removed: {reason}").format(reason=exc))
            return
        keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
        self.status.setStyleSheet("")
        mark = removed.value
        self.status.setText(
            LifecycleHandWords.tr("Took away {phase} of {date}. Undo ({keys}) brings it back.").format(
                phase=phase_label(mark.phase), date=date_text(mark.date), keys=keys
            )
        )
        self.refresh_marks()

    def outcome(self) -> Outcome[Any]:
        return set_phase(
            self.session.journal,
            SitePhase.new(
                site_id=self.site_id,
                date=_day(self.date),
                phase=self.phase.currentData(),
                note=self.note.text().strip() or None,
            ),
        )


class HandDialog(_SavingDialog):
    """One finger-to-palm reading: which hand and finger, the day, the distance in mm."""

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(session, LifecycleHandWords.tr("Hand function: finger-to-palm distance"), parent)
        how = QLabel(f"{how_to()}\n({SOURCE})", self)
        how.setWordWrap(True)
        self.hand = QComboBox(self)
        for hand in HANDS:
            self.hand.addItem(hand_label(hand), hand)
        self.finger = QComboBox(self)
        for finger in FINGERS:
            self.finger.addItem(finger_label(finger), finger)
        self.date = _date_edit(self)
        # A text field, not a spin box: a typo is refused in words rather than silently clamped.
        self.distance = QLineEdit(self)
        self.distance.setPlaceholderText(LifecycleHandWords.tr("mm, for example 15"))
        self.distance.setAccessibleName(LifecycleHandWords.tr("Distance in mm"))
        self.note = QLineEdit(self)
        self.form.addRow(how)
        self.form.addRow(LifecycleHandWords.tr("Hand:"), self.hand)
        self.form.addRow(LifecycleHandWords.tr("Finger:"), self.finger)
        self.form.addRow(LifecycleHandWords.tr("Measured on:"), self.date)
        self.form.addRow(LifecycleHandWords.tr("Distance (mm):"), self.distance)
        self.form.addRow(LifecycleHandWords.tr("Note:"), self.note)

    def outcome(self) -> Outcome[Any]:
        return add_finger_palm(
            self.session.journal,
            FingerPalm.new(
                date=_day(self.date),
                hand=self.hand.currentData(),
                finger=self.finger.currentData(),
                distance_mm=self.distance.text().strip(),
                note=self.note.text().strip() or None,
            ),
        )


__all__ = ["HandDialog", "PhaseDialog"]
