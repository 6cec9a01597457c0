"""Visits to a doctor or nurse: who, what they said in the person's own words, and the findings
in structured form (the site, ultrasound thickness and depth, X-ray, biopsy, the type named)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtWidgets import QPushButton

from journal.core.domain import choices as C
from journal.core.domain.model import Visit
from journal.core.errors import JournalError
from journal.core.language import Words, date_text
from journal.core.operations import Changes
from journal.gui.panes.records.base import RecordPane, RecordTexts
from journal.gui.panes.records.fields import Field, choice_pairs
from journal.gui.panes.records.table import Column
from journal.gui.wording import shown_text


class VisitsPaneWords(Words):
    """The visits' form and list."""


TYPE_LABELS = {t: t.capitalize() for t in C.DIAGNOSED_TYPES}


class VisitColumn(IntEnum):
    DATE = 0
    CLINICIAN = 1
    FINDINGS = 2
    NOTE = 3
    SITE = 4
    ULTRASOUND = 5
    XRAY = 6
    BIOPSY = 7
    NAMED_TYPE = 8


def _ultrasound(visit: Visit) -> str:
    parts = []
    if visit.ultrasound_mm is not None:
        parts.append(VisitsPaneWords.tr("{size} mm thick").format(size=shown_text(visit.ultrasound_mm)))
    if visit.ultrasound_depth_mm is not None:
        parts.append(VisitsPaneWords.tr("{size} mm deep").format(size=shown_text(visit.ultrasound_depth_mm)))
    return ", ".join(parts)


def _biopsy(visit: Visit) -> str:
    if visit.biopsy is None:
        return ""
    if not visit.biopsy:
        return VisitsPaneWords.tr("not done")
    return (
        VisitsPaneWords.tr("done: {result}").format(result=visit.biopsy_result)
        if visit.biopsy_result
        else VisitsPaneWords.tr("done")
    )


class VisitsPane(RecordPane):
    KIND = "visits"
    NOUN = "visit"
    WORDS = VisitsPaneWords
    TEXTS = RecordTexts(
        plural=VisitsPaneWords.mark("Visits"),
        saved_list=VisitsPaneWords.mark("Saved visits"),
        new=VisitsPaneWords.mark("<b>New visit</b>"),
        editing=VisitsPaneWords.mark("<b>Editing the visit of {date}</b>"),
        saved=VisitsPaneWords.mark("Saved the visit of {date}."),
        updated=VisitsPaneWords.mark("Updated the visit of {date}."),
        deleted=VisitsPaneWords.mark("Deleted the visit of {date}. Undo ({keys}) brings it back."),
        edit_selected=VisitsPaneWords.mark("Edit the selected visit"),
        delete_selected=VisitsPaneWords.mark("Delete the selected visit"),
    )
    RECORD = Visit
    FIELDS = (
        Field("date", VisitsPaneWords.mark("Date"), "date", required=True),
        Field(
            "clinician",
            VisitsPaneWords.mark("Seen by"),
            "text",
            placeholder=VisitsPaneWords.mark("for example: Dr Meier, dermatology"),
        ),
        Field("findings", VisitsPaneWords.mark("What they said"), "long_text"),
        Field("note", VisitsPaneWords.mark("Note"), "long_text"),
        Field(
            "site_id",
            VisitsPaneWords.mark("About the site"),
            "choice",
            help=VisitsPaneWords.mark("The site the findings below are about."),
        ),
        Field(
            "ultrasound_mm",
            VisitsPaneWords.mark("Ultrasound: thickness in mm"),
            "number",
            placeholder=VisitsPaneWords.mark("for example 2.1"),
        ),
        Field(
            "ultrasound_depth_mm",
            VisitsPaneWords.mark("Ultrasound: depth in mm"),
            "number",
            placeholder=VisitsPaneWords.mark("under the skin's surface"),
        ),
        Field(
            "xray",
            VisitsPaneWords.mark("X-ray showed"),
            "long_text",
            placeholder=VisitsPaneWords.mark("in the doctor's words"),
        ),
        Field("biopsy", VisitsPaneWords.mark("Biopsy done"), "yes_no"),
        Field(
            "biopsy_result",
            VisitsPaneWords.mark("Biopsy result"),
            "long_text",
            placeholder=VisitsPaneWords.mark("in the doctor's words"),
        ),
        Field(
            "named_type",
            VisitsPaneWords.mark("Type the doctor named"),
            "choice",
            choice_pairs(C.DIAGNOSED_TYPES, TYPE_LABELS),
        ),
    )
    COLUMNS = (
        Column(VisitsPaneWords.mark("Date"), "date"),
        Column(VisitsPaneWords.mark("Seen by"), "clinician"),
        Column(VisitsPaneWords.mark("What they said"), "findings"),
        Column(VisitsPaneWords.mark("Note"), "note"),
        Column(
            VisitsPaneWords.mark("Site"), "site_id", lambda v: ""
        ),  # words set once the pane knows the sites
        Column(VisitsPaneWords.mark("Ultrasound"), "ultrasound_mm", _ultrasound),
        Column(VisitsPaneWords.mark("X-ray"), "xray"),
        Column(VisitsPaneWords.mark("Biopsy"), "biopsy", _biopsy),
        Column(
            VisitsPaneWords.mark("Type named"),
            "named_type",
            lambda v: TYPE_LABELS.get(v.named_type or "", ""),
        ),
    )

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self._site_names: dict[int, str] = {}
        self._ack_button: QPushButton | None = None
        super().__init__(*args, **kwargs)
        self.fill_sites()

    def extra_buttons(self) -> list[QPushButton]:
        if self._ack_button is None:
            self._ack_button = QPushButton(VisitsPaneWords.tr("Acknowledge alerts shown here"), self)
            self._ack_button.setAccessibleName(
                VisitsPaneWords.tr("Acknowledge all alerts shown at the selected visit")
            )
            self._ack_button.setToolTip(
                VisitsPaneWords.tr(
                    "Mark every warning sign that was open on the visit's day as shown at this visit "
                    "(one step: Undo takes it back)"
                )
            )
            self._ack_button.clicked.connect(self.acknowledge_shown)
        return [self._ack_button]

    def acknowledge_shown(self) -> None:
        """Every alert open on the selected visit's day, acknowledged as shown at it, in one step."""
        from journal.core.operations.alerts import acknowledge_at_visit

        visit = self.selected()
        if visit is None:
            return
        try:
            done = self.session.do(acknowledge_at_visit(self.session.journal, visit.id))
        except JournalError as exc:
            self._say(str(exc), error=True)
            return
        count = len(done.value)
        said = (
            # English has no .qm to pick the singular from "%n ...": the singular is its own text.
            VisitsPaneWords.tr("Acknowledged 1 alert as shown at the visit of {date}.")
            if count == 1
            else VisitsPaneWords.tr("Acknowledged %n alerts as shown at the visit of {date}.", "", count)
        )
        self._say(said.format(date=date_text(visit.date)))

    def fill_sites(self) -> None:
        """The site choice lists the journal's sites, keeping the one chosen."""
        combo = self.form.editors["site_id"].widget
        keep = self.form.editors["site_id"].value()
        self._site_names = {s.id: s.name for s in self.session.store.sites() if s.id is not None}
        combo.blockSignals(True)
        combo.clear()  # type: ignore[attr-defined]
        combo.addItem("", None)  # type: ignore[attr-defined]
        for site_id, name in self._site_names.items():
            combo.addItem(name, site_id)  # type: ignore[attr-defined]
        combo.blockSignals(False)
        self.form.editors["site_id"].set_value(keep)
        self.model.columns = tuple(
            Column(VisitsPaneWords.tr("Site"), "site_id", lambda v: self._site_names.get(v.site_id, ""))
            if c.field == "site_id"
            else c
            for c in self.model.columns
        )
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if "sites" in changes:
            self.fill_sites()
        super()._changed(changes)

    def load_records(self) -> list[Visit]:
        return list(reversed(self.session.store.visits()))
