"""`import csv`: CSV files back into a journal, all or nothing.

Every row goes through its record's `X.new(**raw)`, which names the field it refuses. If
any row of any file is bad, nothing is written and the report names each bad row by its
line. Sites are matched by name: an entry naming a site that is neither in the journal
nor in a sites.csv of the same import is a bad row (sites are never made up from an entry).
A site already in the journal is kept as it is and receives the entries. A row identical to
a record already in the journal (same site, day and values) is skipped and the report says
how many, so importing the same file twice adds nothing; a daily check for a day that
already has a different one is a bad row (one per day), and so is a different phase mark for a
site and day, or a different finger-to-palm reading for a day, hand and finger. Photo rows are
imported when their picture is in the journal already or in a `photos/` folder beside
the files (`export csv --photos`); CSV files carry no pictures, so others are skipped
and the report says so.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from journal.core.csv.format import KINDS, file_name
from journal.core.csv.read import Problem, Table, read_table
from journal.core.domain.hand import FingerPalm
from journal.core.domain.model import CareEvent, DailyCheck, Entry, LabResult, Photo, Site, Visit
from journal.core.domain.phases import SitePhase
from journal.core.errors import JournalError, ValidationError
from journal.core.journal import Journal
from journal.core.language import Words
from journal.core.photos.pipeline import PhotoFiles
from journal.core.photos.stored_file import photo_problem


class CsvImportWords(Words):
    """What an import of CSV files says: its summary, its notes and why a row was refused."""


MAX_PROBLEMS_SHOWN = 200


@dataclasses.dataclass
class ImportReport:
    problems: list[Problem]
    notes: list[str]
    counts: dict[str, int]  # rows imported (or that would be, in a dry run) by record type
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        what = ", ".join(f"{n} {kind}" for kind, n in self.counts.items() if n) or CsvImportWords.tr(
            "nothing"
        )
        if self.problems:
            return CsvImportWords.tr(
                "Nothing was imported: %n bad row(s) or line(s).", "", len(self.problems)
            )
        if self.written:
            return CsvImportWords.tr("Imported {what}.").format(what=what)
        return CsvImportWords.tr("Checked: {what} can be imported (dry run: nothing was written).").format(
            what=what
        )


@dataclasses.dataclass
class _Plan:
    sites: list[Site] = dataclasses.field(default_factory=list)  # new sites, placeholder ids < 0
    entries: list[tuple[str | None, Entry]] = dataclasses.field(default_factory=list)
    photos: dict[str, list[tuple[Photo, Path | None]]] = dataclasses.field(default_factory=dict)
    # entry key of the import -> id of the identical entry already in the journal (its photos go there)
    existing_entries: dict[str, int] = dataclasses.field(default_factory=dict)
    # daily, labs, care, visits, site phases, finger-to-palm readings
    records: list[Any] = dataclasses.field(default_factory=list)


def csv_sources(source: Path) -> list[Path]:
    """A file stands for itself; a folder for the journal's CSV files found in it."""
    if source.is_dir():
        found = [source / file_name(kind) for kind in KINDS if (source / file_name(kind)).is_file()]
        if not found:
            raise JournalError(
                CsvImportWords.tr("{source} holds none of {files}.").format(
                    source=source, files=", ".join(file_name(k) for k in KINDS)
                )
            )
        return found
    if not source.exists():
        raise JournalError(CsvImportWords.tr("{source} does not exist.").format(source=source))
    return [source]


def import_csv(journal: Journal, sources: Sequence[Path], dry_run: bool = False) -> ImportReport:
    problems: list[Problem] = []
    tables = [t for t in (read_table(Path(p), problems) for p in sources) if t is not None]
    tables.sort(key=lambda t: KINDS.index(t.kind))  # sites before the entries that name them
    kinds = [t.kind for t in tables]
    for kind in set(kinds):
        if kinds.count(kind) > 1:
            raise JournalError(
                CsvImportWords.tr("More than one file holds {kind}; import them one at a time.").format(
                    kind=kind
                )
            )
    notes: list[str] = []
    plan = _Plan()
    validator = _Validator(journal, plan, problems, notes)
    counts = {t.kind: validator.run(t) for t in tables}
    for kind, n in validator.skipped.items():
        notes.append(
            CsvImportWords.tr("%n {kind} row(s) skipped: already in this journal, identical.", "", n).format(
                kind=kind
            )
        )
    problems.sort(key=lambda p: (p.file, p.line))
    report = ImportReport(problems, notes, counts)
    if problems or dry_run:
        return report
    _apply(journal, plan)
    report.written = True
    return report


class _Validator:
    def __init__(self, journal: Journal, plan: _Plan, problems: list[Problem], notes: list[str]) -> None:
        self.journal = journal
        self.plan = plan
        self.problems = problems
        self.notes = notes
        self.site_ids = {s.name.casefold(): s.id for s in journal.store.sites() if s.id is not None}
        self.site_names = {s.id: s.name for s in journal.store.sites()}
        self.daily_dates = {d.date for d in journal.store.daily_checks()}
        # One phase a site and day, one reading a day, hand and finger: what is taken so far.
        self.phase_days = {(p.site_id, p.date) for p in journal.store.site_phases()}
        self.hand_days = {(r.date, r.hand, r.finger) for r in journal.store.finger_palm()}
        self.entry_keys: dict[str, Entry] = {}
        self.photo_source: PhotoFiles | None = None
        self.skipped: Counter[str] = Counter()
        self._existing: dict[str, dict[Any, int]] = {}

    def _already_there(self, kind: str, record: Any) -> int | None:
        """The id of the identical record already in the journal (counted as skipped), else None."""
        if kind not in self._existing:
            self._existing[kind] = {
                dataclasses.replace(r, id=None): r.id for r in _READ[kind](self.journal.store)
            }
        found = self._existing[kind].get(dataclasses.replace(record, id=None))
        if found is not None:
            self.skipped[kind] += 1
        return found

    def run(self, table: Table) -> int:
        check: Callable[[dict[str, str]], bool] = getattr(self, f"_{table.kind}")
        self.photo_source = PhotoFiles(table.path.parent)
        taken = 0
        for line, raw in table.rows:
            try:
                taken += bool(check(raw))
            except ValidationError as exc:
                self.problems.append(Problem(table.name, line, str(exc)))
        return taken

    def _sites(self, raw: dict[str, str]) -> bool:
        site = Site.new(**raw)
        key = site.name.casefold()
        if key in self.site_ids:
            existing = self.site_ids[key]
            if existing is not None and existing < 0:
                raise ValidationError(
                    "name", CsvImportWords.tr("the site {name} is listed twice").format(name=repr(site.name))
                )
            self.notes.append(
                CsvImportWords.tr("The site {name} is already in this journal: kept as it is.").format(
                    name=repr(site.name)
                )
            )
            return False
        placeholder = -1 - len(self.plan.sites)
        self.plan.sites.append(dataclasses.replace(site, id=placeholder))
        self.site_ids[key] = placeholder
        self.site_names[placeholder] = site.name
        return True

    def _entries(self, raw: dict[str, str]) -> bool:
        values = dict(raw)
        key = values.pop("entry", "") or None
        name = values.pop("site", "")
        site_id = self.site_ids.get(name.casefold()) if name else None
        if name and site_id is None:
            raise ValidationError(
                "site",
                CsvImportWords.tr(
                    "{name} is not in this journal: add the site first, or import a sites.csv that lists it"
                ).format(name=repr(name)),
            )
        entry = Entry.new(site_id=site_id, **values)
        if key is not None:
            if key in self.entry_keys:
                raise ValidationError(
                    "entry", CsvImportWords.tr("the entry key {key} is used twice").format(key=repr(key))
                )
            self.entry_keys[key] = entry
        existing = self._already_there("entries", entry)
        if existing is not None:
            if key is not None:
                self.plan.existing_entries[key] = existing
            return False
        self.plan.entries.append((key, entry))
        return True

    def _photos(self, raw: dict[str, str]) -> bool:
        values = dict(raw)
        key, site, date = values.pop("entry", ""), values.pop("site", ""), values.pop("date", "")
        entry = self.entry_keys.get(key)
        if entry is None:
            raise ValidationError(
                "entry",
                CsvImportWords.tr("no entry {key} in the entries file of this import").format(key=repr(key)),
            )
        photo = Photo.new(entry_id=0, **values)
        expected = self.site_names.get(entry.site_id, "")
        if (site and site.casefold() != expected.casefold()) or (date and date != entry.date.isoformat()):
            raise ValidationError(
                "entry",
                CsvImportWords.tr("entry {key} is {site} on {day}, not {given_site} on {given_day}").format(
                    key=key,
                    site=repr(expected),
                    day=entry.date.isoformat(),
                    given_site=repr(site),
                    given_day=date,
                ),
            )
        attached_to = self.plan.existing_entries.get(key)
        if attached_to is not None and photo.sha256 in {
            p.sha256 for p in self.journal.store.photos(attached_to)
        }:
            self.skipped["photos"] += 1
            return False
        available, source = self._picture(photo)
        if not available:
            self.notes.append(
                CsvImportWords.tr(
                    "Photo {name} skipped: the picture is neither "
                    "in this journal nor in a photos folder beside the CSV files (CSV holds no pictures)."
                ).format(name=photo.original_name or photo.file_name)
            )
            return False
        self.plan.photos.setdefault(key, []).append((photo, source))
        return True

    def _picture(self, photo: Photo) -> tuple[bool, Path | None]:
        """Whether the picture is to be had, and where to copy it from (None: already here)."""
        if self.journal.files.verify(photo.sha256, photo.ext) is None:
            return True, None
        if self.photo_source is not None and self.photo_source.verify(photo.sha256, photo.ext) is None:
            source = self.photo_source.path(photo.sha256, photo.ext)
            # A picture from outside the journal is taken only as Skin Journal stores one: no
            # metadata, decoding whole (a photos/ folder beside a CSV file may hold anything).
            problem = photo_problem(source, f"photos/{source.parent.name}/{source.name}")
            if problem:
                raise ValidationError("photo", problem)
            return True, source
        return False, None

    def _daily(self, raw: dict[str, str]) -> bool:
        check = DailyCheck.new(**raw)
        if check.date in self.daily_dates:
            if self._already_there("daily", check) is not None:
                return False
            raise ValidationError(
                "date",
                CsvImportWords.tr("a different daily check for {day} is already there").format(
                    day=check.date.isoformat()
                ),
            )
        self.daily_dates.add(check.date)
        self.plan.records.append(check)
        return True

    def _labs(self, raw: dict[str, str]) -> bool:
        return self._record("labs", LabResult.new(**raw))

    def _care(self, raw: dict[str, str]) -> bool:
        return self._record("care", CareEvent.new(**raw))

    def _visits(self, raw: dict[str, str]) -> bool:
        values = dict(raw)
        name = values.pop("site", "")
        site_id = self.site_ids.get(name.casefold()) if name else None
        if name and site_id is None:
            raise ValidationError(
                "site",
                CsvImportWords.tr("{name} is not in this journal: add the site first").format(
                    name=repr(name)
                ),
            )
        return self._record("visits", Visit.new(site_id=site_id, **values))

    def _site_phases(self, raw: dict[str, str]) -> bool:
        values = dict(raw)
        name = values.pop("site", "")
        site_id = self.site_ids.get(name.casefold()) if name else None
        if not name:
            raise ValidationError("site", CsvImportWords.tr("give the name of the site the phase is of"))
        if site_id is None:
            raise ValidationError(
                "site",
                CsvImportWords.tr(
                    "{name} is not in this journal: add the site first, or import a sites.csv that lists it"
                ).format(name=repr(name)),
            )
        phase = SitePhase.new(site_id=site_id, **values)
        if (site_id, phase.date) in self.phase_days:
            if self._already_there("site_phases", phase) is not None:
                return False
            raise ValidationError(
                "date",
                CsvImportWords.tr("{name} has a different phase marked on {day} already").format(
                    name=name, day=phase.date.isoformat()
                ),
            )
        self.phase_days.add((site_id, phase.date))
        self.plan.records.append(phase)
        return True

    def _finger_palm(self, raw: dict[str, str]) -> bool:
        reading = FingerPalm.new(**raw)
        key = (reading.date, reading.hand, reading.finger)
        if key in self.hand_days:
            if self._already_there("finger_palm", reading) is not None:
                return False
            raise ValidationError(
                "date",
                CsvImportWords.tr("a different {reading} reading of {day} is already there").format(
                    reading=reading.words, day=reading.date.isoformat()
                ),
            )
        self.hand_days.add(key)
        self.plan.records.append(reading)
        return True

    def _record(self, kind: str, record: Any) -> bool:
        if self._already_there(kind, record) is not None:
            return False
        self.plan.records.append(record)
        return True


_ADD = {
    DailyCheck: "save_daily",
    LabResult: "add_lab",
    CareEvent: "add_care",
    Visit: "add_visit",
    SitePhase: "put_site_phase",
    FingerPalm: "put_finger_palm",
}
# What is already in the journal, by kind of CSV file (for rows imported twice).
_READ: dict[str, Callable[[Any], list[Any]]] = {
    "entries": lambda store: store.entries(),
    "daily": lambda store: store.daily_checks(),
    "labs": lambda store: store.labs(),
    "care": lambda store: store.care_events(),
    "visits": lambda store: store.visits(),
    "site_phases": lambda store: store.site_phases(),
    "finger_palm": lambda store: store.finger_palm(),
}


def _apply(journal: Journal, plan: _Plan) -> None:
    """Pictures first (durable, harmless if the rows then fail), then every row in one transaction."""
    for photos in plan.photos.values():
        for photo, source in photos:
            if source is not None:
                data = source.read_bytes()
                if hashlib.sha256(data).hexdigest() != photo.sha256:
                    raise JournalError(
                        CsvImportWords.tr("{source} changed while importing; nothing was imported.").format(
                            source=source
                        )
                    )
                journal.files.write_photo_file(photo.sha256, photo.ext, data)
    store = journal.store
    with store.transaction():
        site_ids: dict[int, int] = {}  # placeholder id -> the new site's id
        for site in plan.sites:
            saved = store.add_site(dataclasses.replace(site, id=None))
            assert site.id is not None and saved.id is not None
            site_ids[site.id] = saved.id
        store.add_entries_bulk(
            (
                dataclasses.replace(entry, site_id=site_ids.get(entry.site_id, entry.site_id)),
                [photo for photo, _ in plan.photos.get(key, [])] if key is not None else [],
            )
            for key, entry in plan.entries
        )
        for key, entry_id in plan.existing_entries.items():
            store.add_photos(entry_id, [photo for photo, _ in plan.photos.get(key, [])])
        for record in plan.records:
            if isinstance(record, Visit | SitePhase) and record.site_id is not None:  # a site new here
                record = dataclasses.replace(record, site_id=site_ids.get(record.site_id, record.site_id))
            getattr(store, _ADD[type(record)])(record)
