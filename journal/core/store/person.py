"""Person-level records: daily checks, lab results, care events and visits."""

from __future__ import annotations

import datetime as dt

from journal.core.model import CareEvent, DailyCheck, LabResult, Visit
from journal.core.store.base import StoreBase, date_range


class Person(StoreBase):
    def save_daily(self, check: DailyCheck) -> DailyCheck:
        """One daily check per date: saving a date again replaces that day's check."""
        with self.db.atomic():
            self.db.execute("DELETE FROM daily_checks WHERE date = ?", [check.date.isoformat()])
            return self._insert(check)

    def daily_checks(self, since: dt.date | None = None, until: dt.date | None = None) -> list[DailyCheck]:
        where, params = date_range("date", since, until)
        return self._all(DailyCheck, where, params, order="date")

    def delete_daily(self, check_id: int) -> None:
        self._delete(DailyCheck, check_id)

    def add_lab(self, lab: LabResult) -> LabResult:
        return self._insert(lab)

    def update_lab(self, lab: LabResult) -> LabResult:
        return self._update(lab)

    def labs(self, test: str | None = None, since: dt.date | None = None, until: dt.date | None = None) -> list[LabResult]:
        where, params = date_range("date", since, until)
        if test is not None:
            where += " AND test = ?"
            params.append(test)
        return self._all(LabResult, where, params, order="date, id")

    def delete_lab(self, lab_id: int) -> None:
        self._delete(LabResult, lab_id)

    def add_care(self, care: CareEvent) -> CareEvent:
        return self._insert(care)

    def update_care(self, care: CareEvent) -> CareEvent:
        return self._update(care)

    def care_events(self, since: dt.date | None = None, until: dt.date | None = None) -> list[CareEvent]:
        where, params = date_range("date", since, until)
        return self._all(CareEvent, where, params, order="date, id")

    def delete_care(self, care_id: int) -> None:
        self._delete(CareEvent, care_id)

    def add_visit(self, visit: Visit) -> Visit:
        return self._insert(visit)

    def update_visit(self, visit: Visit) -> Visit:
        return self._update(visit)

    def visits(self, since: dt.date | None = None, until: dt.date | None = None) -> list[Visit]:
        where, params = date_range("date", since, until)
        return self._all(Visit, where, params, order="date, id")

    def delete_visit(self, visit_id: int) -> None:
        self._delete(Visit, visit_id)
