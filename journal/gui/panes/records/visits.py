"""Visits to a doctor or nurse: who, what they said in the person's own words, and the findings
in structured form (the site, ultrasound thickness and depth, X-ray, biopsy, the type named)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtWidgets import QPushButton

from journal.core.domain import choices as C
from journal.core.domain.model import Visit, plain_text
from journal.core.errors import JournalError
from journal.core.operations import Changes
from journal.gui.panes.records.base import RecordPane
from journal.gui.panes.records.fields import Field, choice_pairs
from journal.gui.panes.records.table import Column

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
        parts.append(f"{plain_text(visit.ultrasound_mm)} mm thick")
    if visit.ultrasound_depth_mm is not None:
        parts.append(f"{plain_text(visit.ultrasound_depth_mm)} mm deep")
    return ", ".join(parts)


def _biopsy(visit: Visit) -> str:
    if visit.biopsy is None:
        return ""
    if not visit.biopsy:
        return "not done"
    return f"done: {visit.biopsy_result}" if visit.biopsy_result else "done"


class VisitsPane(RecordPane):
    KIND = "visits"
    NOUN = "visit"
    RECORD = Visit
    FIELDS = (
        Field("date", "Date", "date", required=True),
        Field("clinician", "Seen by", "text", placeholder="for example: Dr Meier, dermatology"),
        Field("findings", "What they said", "long_text"),
        Field("note", "Note", "long_text"),
        Field("site_id", "About the site", "choice", help="The site the findings below are about."),
        Field("ultrasound_mm", "Ultrasound: thickness in mm", "number", placeholder="for example 2.1"),
        Field(
            "ultrasound_depth_mm", "Ultrasound: depth in mm", "number", placeholder="under the skin's surface"
        ),
        Field("xray", "X-ray showed", "long_text", placeholder="in the doctor's words"),
        Field("biopsy", "Biopsy done", "yes_no"),
        Field("biopsy_result", "Biopsy result", "long_text", placeholder="in the doctor's words"),
        Field("named_type", "Type the doctor named", "choice", choice_pairs(C.DIAGNOSED_TYPES, TYPE_LABELS)),
    )
    COLUMNS = (
        Column("Date", "date"),
        Column("Seen by", "clinician"),
        Column("What they said", "findings"),
        Column("Note", "note"),
        Column("Site", "site_id", lambda v: ""),  # words set once the pane knows the sites
        Column("Ultrasound", "ultrasound_mm", _ultrasound),
        Column("X-ray", "xray"),
        Column("Biopsy", "biopsy", _biopsy),
        Column("Type named", "named_type", lambda v: TYPE_LABELS.get(v.named_type or "", "")),
    )

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self._site_names: dict[int, str] = {}
        self._ack_button: QPushButton | None = None
        super().__init__(*args, **kwargs)
        self.fill_sites()

    def extra_buttons(self) -> list[QPushButton]:
        if self._ack_button is None:
            self._ack_button = QPushButton("Acknowledge alerts shown here", self)
            self._ack_button.setAccessibleName("Acknowledge all alerts shown at the selected visit")
            self._ack_button.setToolTip(
                "Mark every warning sign that was open on the visit's day as shown at this visit "
                "(one step: Undo takes it back)"
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
        self._say(
            f"Acknowledged {count} alert{'' if count == 1 else 's'} as shown at the visit of "
            f"{visit.date.isoformat()}."
        )

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
            Column("Site", "site_id", lambda v: self._site_names.get(v.site_id, ""))
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
