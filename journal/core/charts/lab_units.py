"""Which lab results share an axis: never two units on one, unless one converts to the other.

Calcium and phosphate in mg/dL and mmol/L are drawn together, converted to the unit of the
latest of them (journal/core/domain/lab_tests.py has the factors); every other test is drawn
once per unit the lab printed. The stored result keeps its own unit; a converted point says
which unit it was printed in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from journal.core.domain import lab_tests
from journal.core.domain.model import LabResult
from journal.core.language import Words


class LabUnitWords(Words):
    """A lab chart's title: the test, its unit, and the units converted to it."""


@dataclasses.dataclass(frozen=True)
class LabAxis:
    test: str
    unit: str  # drawn in, as the lab printed it on the latest result of this axis
    key: str  # unit_key(unit): what a chart choice names
    converted_from: tuple[str, ...]  # the other units printed on results drawn here ("mg/dL")

    @property
    def words(self) -> str:
        if self.converted_from:
            return LabUnitWords.tr("{test} ({unit}), with {units} converted").format(
                test=lab_tests.label(self.test), unit=self.unit, units=", ".join(self.converted_from)
            )
        return LabUnitWords.tr("{test} ({unit})").format(test=lab_tests.label(self.test), unit=self.unit)


def _axis_key(lab: LabResult) -> str:
    if lab_tests.convertible(lab.test, lab.unit):
        return "convertible"
    return lab_tests.unit_key(lab.unit)


def lab_axes(labs: Sequence[LabResult], test: str) -> list[LabAxis]:
    """The axes `test` needs: one per unit, calcium's and phosphate's two units as one."""
    groups: dict[str, list[LabResult]] = {}
    for lab in sorted((lab for lab in labs if lab.test == test), key=lambda lab: (lab.date, lab.id or 0)):
        groups.setdefault(_axis_key(lab), []).append(lab)
    axes = []
    for rows in groups.values():
        unit = rows[-1].unit
        key = lab_tests.unit_key(unit)
        others = tuple(dict.fromkeys(lab.unit for lab in rows if lab_tests.unit_key(lab.unit) != key))
        axes.append(LabAxis(test, unit, key, others))
    return sorted(axes, key=lambda axis: -len([lab for lab in labs if _on(lab, axis)]))


def _on(lab: LabResult, axis: LabAxis) -> bool:
    if lab.test != axis.test:
        return False
    if lab_tests.unit_key(lab.unit) == axis.key:
        return True
    return lab_tests.convertible(lab.test, lab.unit) and lab_tests.convertible(axis.test, axis.unit)


def rows_on_axis(
    labs: Sequence[LabResult],
    axis: LabAxis,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[LabResult]:
    """The results drawn on `axis`, in its unit (value and range converted where needed), by date."""
    out = []
    for lab in labs:
        if (
            not _on(lab, axis)
            or (since is not None and lab.date < since)
            or (until is not None and lab.date > until)
        ):
            continue
        if lab_tests.unit_key(lab.unit) != axis.key:

            def to(value: float | None, lab: LabResult = lab) -> float | None:
                return None if value is None else lab_tests.convert(lab.test, value, lab.unit, axis.unit)

            lab = dataclasses.replace(
                lab, value=to(lab.value) or 0.0, low=to(lab.low), high=to(lab.high), unit=axis.unit
            )
        out.append(lab)
    return sorted(out, key=lambda lab: lab.date)


def axis_for(labs: Sequence[LabResult], test: str, key: str | None) -> LabAxis | None:
    """The axis of `test` whose unit is `key` (unit_key), else its axis with the most results."""
    axes = lab_axes(labs, test)
    return next((axis for axis in axes if axis.key == key), axes[0] if axes else None)
