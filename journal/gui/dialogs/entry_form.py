"""The value fields of an entry, in two groups: how the site is, and the warning signs.

Kept apart from the editor dialog so the fields, their words and the mapping to `Entry`
fields live in one small place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from journal.core.domain import choices as C
from journal.core.domain.care_advice import ADVICE_SIGNS, BROKEN_SKIN_ADVICE, care_advice
from journal.core.domain.model import Entry, Site
from journal.core.domain.site_fields import fields_to_ask
from journal.core.language import Words
from journal.core.measure.uncertainty import SIZE_METHODS, size_method_label
from journal.gui.widgets.fields import ChoiceInput, CountInput, RatingInput, SizeInput, YesNoInput
from journal.gui.wording import LOOK_LABELS, RATING_ENDS, WARNING_LABELS


class EntryFormWords(Words):
    "The entry editor's value fields and warning signs."


class EntryForm:
    def __init__(self) -> None:
        self.tightness = RatingInput(EntryFormWords.tr("Tightness"), *RATING_ENDS["tightness"])
        self.pain = RatingInput(EntryFormWords.tr("Pain"), *RATING_ENDS["pain"])
        self.mobility = ChoiceInput(
            EntryFormWords.tr("Mobility"), [(m, C.shown(C.MOBILITY_LABELS, m)) for m in C.MOBILITY]
        )
        self.size = SizeInput(EntryFormWords.tr("Size in millimetres"))
        self.width = SizeInput(EntryFormWords.tr("Width across in millimetres"))
        self.method = ChoiceInput(
            EntryFormWords.tr("Size measured with"), [(m, size_method_label(m)) for m in SIZE_METHODS]
        )
        self.method.setToolTip(
            EntryFormWords.tr(
                "How size and width were measured: a photo measurement (calibrated on a ruler or coin in the "
                "picture) is the most exact; a ruler held against a bump is off by about 1 mm or 30%."
            )
        )
        self.count = CountInput(EntryFormWords.tr("Count"))
        self.colour = ChoiceInput(
            EntryFormWords.tr("Colour"), [(c, C.shown(C.COLOUR_LABELS, c)) for c in C.COLOURS]
        )
        self.looks = {field: YesNoInput(label) for field, label in LOOK_LABELS.items()}
        self.signs = {
            field: YesNoInput(label, yes=EntryFormWords.tr("yes, seen"), no=EntryFormWords.tr("no"))
            for field, label in WARNING_LABELS.items()
        }

        self.values_box = QGroupBox(EntryFormWords.tr("How it is"))
        values = self.values_layout = QFormLayout(self.values_box)
        values.addRow(EntryFormWords.tr("&Tightness:"), self.tightness)
        values.addRow(EntryFormWords.tr("&Mobility:"), self.mobility)
        values.addRow(EntryFormWords.tr("Si&ze:"), self.size)
        values.addRow(EntryFormWords.tr("&Width across:"), self.width)
        values.addRow(EntryFormWords.tr("Measured w&ith:"), self.method)
        values.addRow(EntryFormWords.tr("&Count:"), self.count)
        values.addRow(EntryFormWords.tr("Colo&ur:"), self.colour)
        values.addRow(EntryFormWords.tr("&Pain:"), self.pain)
        mnemonics = {
            "shiny": EntryFormWords.tr("S&hiny:"),
            "pale": EntryFormWords.tr("Pa&le:"),
            "hair_thinning": EntryFormWords.tr("Hair thi&nning:"),
        }
        for field, widget in self.looks.items():
            values.addRow(mnemonics[field], widget)

        self.signs_box = QGroupBox(EntryFormWords.tr("Warning signs"))
        signs = self.signs_layout = QFormLayout(self.signs_box)
        # A long sign ("Gerötet, warm oder geschwollen:") puts its choice under it when the column is
        # narrow, rather than making the editor wider than a 1024 px screen.
        signs.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        hint = QLabel(EntryFormWords.tr("If you see any of these, have a professional look at it soon."))
        hint.setWordWrap(True)
        signs.addRow(hint)
        sign_mnemonics = {
            "ulcerated": EntryFormWords.tr("&Broke open:"),
            "discharge": EntryFormWords.tr("Chalk-li&ke material came out:"),
            "inflamed": EntryFormWords.tr("&Red, warm or swollen:"),
            "restricted_movement": EntryFormWords.tr("Harder to mo&ve the joint:"),
        }
        for field, widget in self.signs.items():
            signs.addRow(sign_mnemonics[field], widget)
        # Broken skin or discharge: calm words on looking after it, shown while either is "seen".
        self.care_advice = QLabel(BROKEN_SKIN_ADVICE)
        self.care_advice.setWordWrap(True)
        self.care_advice.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.care_advice.setAccessibleName(EntryFormWords.tr("Looking after broken skin"))
        self.care_advice.setStyleSheet("padding: 6px; border: 1px solid palette(mid); border-radius: 4px;")
        # Word-wrapped text in a form gets one line's height unless asked for more: room for all of it
        # at the column's narrowest.
        self.care_advice.setMinimumHeight(self.care_advice.fontMetrics().lineSpacing() * 8 + 14)
        signs.addRow(self.care_advice)
        for field in ADVICE_SIGNS:
            self.signs[field].currentIndexChanged.connect(lambda _i: self._show_advice())
        self._show_advice()

    def fields(self) -> dict[str, QWidget]:
        """Each entry field's widget, by the `Entry` field it sets."""
        return {
            "tightness": self.tightness,
            "mobility": self.mobility,
            "size_mm": self.size,
            "width_mm": self.width,
            "size_method": self.method,
            "count": self.count,
            "colour": self.colour,
            "pain": self.pain,
            **self.looks,
            **self.signs,
        }

    def fit(self, site: Site | None) -> None:
        """Show the rows that fit `site` (an area's feel, a deposit's measure, the joint only near
        one) and every row that holds a value, so nothing logged is hidden or dropped on save."""
        shown = fields_to_ask(site, self.values())
        for field, widget in self.fields().items():
            layout = self.signs_layout if field in self.signs else self.values_layout
            layout.setRowVisible(widget, field in shown)

    def _show_advice(self) -> None:
        advice = care_advice(self.signs["ulcerated"].value(), self.signs["discharge"].value())
        self.care_advice.setVisible(advice is not None)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "tightness": self.tightness.value(),
            "pain": self.pain.value(),
            "mobility": self.mobility.value(),
            "size_mm": self.size.measured(),
            "width_mm": self.width.measured(),
            "size_method": self.method.value(),
            "count": self.count.counted(),
            "colour": self.colour.value(),
        }
        out.update({field: widget.value() for field, widget in self.looks.items()})
        out.update({field: widget.value() for field, widget in self.signs.items()})
        return out

    def load(self, entry: Entry) -> None:
        self.tightness.set_value(entry.tightness)
        self.pain.set_value(entry.pain)
        self.mobility.set_value(entry.mobility)
        self.size.set_measured(entry.size_mm)
        self.width.set_measured(entry.width_mm)
        self.method.set_value(entry.size_method)
        self.count.set_counted(entry.count)
        self.colour.set_value(entry.colour)
        for field, widget in {**self.looks, **self.signs}.items():
            widget.set_value(getattr(entry, field))
