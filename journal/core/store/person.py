"""Person-level records: daily checks, lab results, care events and visits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from journal.core.domain import daily
from journal.core.domain.codec import from_row
from journal.core.domain.model import CareEvent, DailyCheck, LabResult, Visit
from journal.core.store.base import StoreBase, date_range


class Person(StoreBase):
    def save_daily(
        self, check: DailyCheck, *, replace: bool = False, keep_logged_yes: bool = False
    ) -> DailyCheck:
        """One daily check per date: what `check` says is merged into that day's check (see
        journal/core/domain/daily.py); a logged "yes" is kept unless `replace` (refused, or quietly
        with `keep_logged_yes`). Returns the day's check."""
        with self.transaction():
            if (
                check.id is not None
                and self.daily_check(check.date) is None
                and not self._rows("SELECT id FROM daily_checks WHERE id = ?", [check.id])
            ):
                return self._insert(check)  # a deleted check brought back keeps its id
            return self.merge_daily(
                check.date, daily.given(check), replace=replace, keep_logged_yes=keep_logged_yes
            )

    def merge_daily(
        self,
        day: dt.date,
        changes: Mapping[str, Any],
        *,
        replace: bool = False,
        seen: DailyCheck | None = None,
        keep_logged_yes: bool = False,
    ) -> DailyCheck:
        """Make `changes` to the check of `day` (adding it if the day has none), in one transaction
        that reads what is saved now, so a change saved elsewhere meanwhile is merged, not lost."""
        with self.transaction():
            saved = self.daily_check(day)
            merged = daily.merge(
                saved, day, changes, replace=replace, seen=seen, keep_logged_yes=keep_logged_yes
            )
            if saved is None:
                return self._insert(merged)
            return self._update(merged)

    def daily_check(self, day: dt.date) -> DailyCheck | None:
        """The check saved for `day`, if there is one."""
        rows = self._rows("SELECT * FROM daily_checks WHERE date = ?", [day.isoformat()])
        return from_row(DailyCheck, rows[0]) if rows else None

    def daily_checks(self, since: dt.date | None = None, until: dt.date | None = None) -> list[DailyCheck]:
        where, params = date_range("date", since, until)
        return self._all(DailyCheck, where, params, order="date")

    def daily_rows(self, since: dt.date | None = None, until: dt.date | None = None) -> list[dict[str, Any]]:
        """Daily checks in date order as plain rows, as stored (the date as ISO text, yes/no as
        0/1): an export of years of them needs their values, not a DailyCheck each."""
        where, params = date_range("date", since, until)
        return self._rows(f"SELECT * FROM daily_checks WHERE {where} ORDER BY date", params)

    def delete_daily(self, check_id: int) -> None:
        self._delete(DailyCheck, check_id)

    def add_lab(self, lab: LabResult) -> LabResult:
        return self._insert(lab)

    def update_lab(self, lab: LabResult) -> LabResult:
        return self._update(lab)

    def labs(
        self, test: str | None = None, since: dt.date | None = None, until: dt.date | None = None
    ) -> list[LabResult]:
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

    def care_rows(self, since: dt.date | None = None, until: dt.date | None = None) -> list[dict[str, Any]]:
        """Care events in date order as plain rows, as stored (the date as ISO text): an export
        of thousands needs their values, not a CareEvent each."""
        where, params = date_range("date", since, until)
        return self._rows(f"SELECT * FROM care WHERE {where} ORDER BY date, id", params)

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
