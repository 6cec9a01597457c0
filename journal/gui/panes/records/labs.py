"""Lab results, with the unit and the reference range printed on the lab's own report."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtWidgets import QLabel, QVBoxLayout

from journal.core.domain import choices as C
from journal.core.domain import lab_tests
from journal.core.domain.model import LabResult, plain_text
from journal.core.language import Words
from journal.gui.panes.records.base import RecordPane, RecordTexts
from journal.gui.panes.records.fields import Field, choice_pairs
from journal.gui.panes.records.table import Column
from journal.gui.wording import shown_text


class LabsPaneWords(Words):
    """The lab results' form and list."""


REFERENCE_HELP = LabsPaneWords.mark(
    "Copy the range printed on the lab report; leave it empty if the report gives none."
)


class LabColumn(IntEnum):
    DATE = 0
    TEST = 1
    VALUE = 2
    OUTSIDE = 3  # beside the result, so it stays in sight in a narrow window
    UNIT = 4
    RANGE = 5
    NOTE = 6
    LOINC = 7


def _range(lab: LabResult) -> str:
    if lab.low is None and lab.high is None:
        return ""
    if lab.high is None:
        return LabsPaneWords.tr("from {low}").format(low=shown_text(lab.low))
    if lab.low is None:
        return LabsPaneWords.tr("up to {high}").format(high=shown_text(lab.high))
    return f"{shown_text(lab.low)} - {shown_text(lab.high)}"


def _loinc(lab: LabResult) -> str | None:
    return lab_tests.loinc(lab.test, lab.unit)


class LabsPane(RecordPane):
    KIND = "labs"
    NOUN = "lab result"
    WORDS = LabsPaneWords
    TEXTS = RecordTexts(
        plural=LabsPaneWords.mark("Lab results"),
        saved_list=LabsPaneWords.mark("Saved lab results"),
        new=LabsPaneWords.mark("<b>New lab result</b>"),
        editing=LabsPaneWords.mark("<b>Editing the lab result of {date}</b>"),
        saved=LabsPaneWords.mark("Saved the lab result of {date}."),
        updated=LabsPaneWords.mark("Updated the lab result of {date}."),
        deleted=LabsPaneWords.mark("Deleted the lab result of {date}. Undo ({keys}) brings it back."),
        edit_selected=LabsPaneWords.mark("Edit the selected lab result"),
        delete_selected=LabsPaneWords.mark("Delete the selected lab result"),
    )
    RECORD = LabResult
    HINT = LabsPaneWords.mark(
        "When you pick a test, the unit and range of its last result are filled in; check them against the report."
    )
    FIELDS = (
        Field("date", LabsPaneWords.mark("Date"), "date", required=True),
        Field(
            "test",
            LabsPaneWords.mark("Test"),
            "choice_or_text",
            choice_pairs(C.LAB_TESTS, C.LAB_TEST_LABELS),
            required=True,
            choice_words=lab_tests.label,
            placeholder=LabsPaneWords.mark(
                "pick one, or type the name on the report (for example Magnesium)"
            ),
        ),
        Field("value", LabsPaneWords.mark("Result"), "number", required=True),
        Field(
            "unit",
            LabsPaneWords.mark("Unit"),
            "text",
            required=True,
            placeholder=LabsPaneWords.mark("as on the report, for example mmol/L"),
        ),
        Field("low", LabsPaneWords.mark("Reference low"), "number", help=REFERENCE_HELP),
        Field("high", LabsPaneWords.mark("Reference high"), "number", help=REFERENCE_HELP),
        Field("note", LabsPaneWords.mark("Note"), "long_text"),
    )
    COLUMNS = (
        Column(LabsPaneWords.mark("Date"), "date"),
        Column(LabsPaneWords.mark("Test"), "test", lambda lab: lab_tests.label(lab.test)),
        Column(LabsPaneWords.mark("Result"), "value"),
        Column(
            LabsPaneWords.mark("Outside range"),
            "out_of_range",
            lambda lab: LabsPaneWords.tr("outside") if lab.out_of_range else "",
        ),
        Column(LabsPaneWords.mark("Unit"), "unit"),
        Column(LabsPaneWords.mark("Reference range"), "low", _range, raw=lambda lab: (lab.low, lab.high)),
        Column(LabsPaneWords.mark("Note"), "note"),
        Column(
            LabsPaneWords.mark("LOINC"),
            "test",
            lambda lab: lab_tests.loinc(lab.test, lab.unit) or "",
            raw=_loinc,
        ),
    )

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self._prefilled: dict[str, str] = {}
        super().__init__(*args, **kwargs)
        self.form.editors["test"].widget.currentIndexChanged.connect(lambda _i: self._prefill())  # type: ignore[attr-defined]
        self._prefill()
        # Beside calcium and phosphate: a normal result does not rule deposits out.
        self.calcium_note = QLabel(lab_tests.normal_labs_note(), self)
        self.calcium_note.setWordWrap(True)
        self.calcium_note.setAccessibleName(LabsPaneWords.tr("About calcium and phosphate results"))
        self.calcium_note.setStyleSheet("padding: 6px; border: 1px solid palette(mid); border-radius: 4px;")
        right = self.table.parentWidget()
        box = right.layout() if right is not None else None
        if isinstance(box, QVBoxLayout):
            box.insertWidget(box.indexOf(self.table) + 1, self.calcium_note)
        self.form.editors["test"].widget.currentTextChanged.connect(lambda _t: self._show_note())  # type: ignore[attr-defined]
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_note())
        self._show_note()

    def _show_note(self) -> None:
        """The note shows while a calcium or phosphate result is being entered or selected, or listed."""
        chosen = self.form.editors["test"].value()
        selected = self.selected()
        listed = any(
            self.model.record(row).test in lab_tests.NOTE_TESTS for row in range(self.model.rowCount())
        )
        self.calcium_note.setVisible(
            chosen in lab_tests.NOTE_TESTS
            or (selected is not None and selected.test in lab_tests.NOTE_TESTS)
            or listed
        )

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "calcium_note"):
            self._show_note()

    def _prefill(self) -> None:
        """Labs repeat the same unit and range: offer the last ones, never overwrite what was typed."""
        test = self.form.editors["test"].value()
        if self.editing is not None or not test:
            return
        earlier = self.session.store.labs(test=test)
        last = earlier[-1] if earlier else None
        for name in ("unit", "low", "high"):
            editor = self.form.editors[name]
            typed = editor.value()
            if typed and typed != self._prefilled.get(name):
                continue
            text = plain_text(getattr(last, name)) if last is not None else ""
            editor.set_value(text)
            self._prefilled[name] = text

    def start_new(self) -> None:
        super().start_new()
        if hasattr(self, "_prefilled"):
            self._prefilled.clear()
            self._prefill()

    def load_records(self) -> list[LabResult]:
        return list(reversed(self.session.store.labs()))
