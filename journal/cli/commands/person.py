"""Person-level records: skinjournal daily | lab | care | visit to add, and
skinjournal labs | care | visits | daily list | edit ID | delete ID"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from journal.cli import visit_findings
from journal.cli.common import open_journal, print_json, print_table, said, shown
from journal.core.domain import choices as C
from journal.core.domain import daily
from journal.core.domain.model import CareEvent, DailyCheck, LabResult, Visit, to_plain
from journal.core.errors import JournalError, NotFound
from journal.core.language import Words
from journal.core.operations import records as ops


class CliPersonWords(Words):
    "The words of `skinjournal person`: its help and what it says."


TODAY = dt.date.today().isoformat()


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    daily = sub.add_parser(
        "daily",
        help=CliPersonWords.tr("the daily check of how you feel (one per date; a second one adds to it)"),
        description=CliPersonWords.tr(
            'Adds what you give to the daily check of the date. A sign left out stays as it was ("not checked" if never given); --no-fatigue and the like record "no".'
        ),
    )
    daily.add_argument("--date", default=TODAY, help=CliPersonWords.tr("YYYY-MM-DD (default today)"))
    # Three states: the flag (yes), its --no- form (no), or neither (not checked / left as it was).
    daily.add_argument(
        "--fatigue",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=CliPersonWords.tr("persistent fatigue (--no-fatigue: checked, none)"),
    )
    daily.add_argument(
        "--weakness",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=CliPersonWords.tr("muscle weakness (--no-weakness: checked, none)"),
    )
    daily.add_argument(
        "--urination-changes",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=CliPersonWords.tr("changes in urination (--no-urination-changes: checked, none)"),
    )
    daily.add_argument("--stress", help=CliPersonWords.tr("0 .. 10"))
    daily.add_argument(
        "--note", help=CliPersonWords.tr("free text about the day (added below a note already there)")
    )
    daily.add_argument(
        "--replace",
        action="store_true",
        help=CliPersonWords.tr("let what you give change a sign already logged as yes, and replace the note"),
    )
    daily.set_defaults(func=_daily)
    _record_actions(daily, "daily", required=False)

    lab = sub.add_parser("lab", help=CliPersonWords.tr("a blood test result"))
    lab.add_argument(
        "--date", required=True, help=CliPersonWords.tr("the date the sample was taken, YYYY-MM-DD")
    )
    lab.add_argument("--test", required=True, help=", ".join(C.LAB_TESTS))
    lab.add_argument("--value", required=True, help=CliPersonWords.tr("the result as a number"))
    lab.add_argument("--unit", required=True, help=CliPersonWords.tr("as printed by the lab, e.g. mmol/L"))
    lab.add_argument("--low", help=CliPersonWords.tr("the lab's reference low"))
    lab.add_argument("--high", help=CliPersonWords.tr("the lab's reference high"))
    lab.add_argument("--note", help=CliPersonWords.tr("free text, e.g. fasting"))
    lab.set_defaults(func=_lab)

    care = sub.add_parser(
        "care",
        help=CliPersonWords.tr("care you tried: massage, supplement, skin care ... (care list|edit|delete)"),
    )
    care.add_argument("--date", default=TODAY, help=CliPersonWords.tr("YYYY-MM-DD (default today)"))
    # Required to add one, but not to `care list` (so checked in _care, not by argparse).
    care.add_argument(
        "--kind",
        help=CliPersonWords.tr("{kinds} (needed to add one)").format(kinds=", ".join(C.CARE_KINDS)),
    )
    care.add_argument("--what", help=CliPersonWords.tr('e.g. "Vitamin K2" (needed to add one)'))
    care.add_argument("--amount", help=CliPersonWords.tr("how much, e.g. 100 (needs --unit)"))
    care.add_argument("--unit", help=CliPersonWords.tr("the unit of --amount, e.g. mcg"))
    care.add_argument("--minutes", help=CliPersonWords.tr("how long, for massage and the like"))
    care.add_argument("--note", help=CliPersonWords.tr("free text"))
    care.set_defaults(func=_care)
    _record_actions(care, "care", required=False)

    labs = sub.add_parser(
        "labs", help=CliPersonWords.tr("list, change or delete lab results (add one with `lab`)")
    )
    _record_actions(labs, "labs", required=True)

    visit = sub.add_parser("visit", help=CliPersonWords.tr("a visit to a clinician"))
    visit.add_argument("--date", required=True, help=CliPersonWords.tr("YYYY-MM-DD"))
    visit.add_argument("--clinician", help=CliPersonWords.tr("who you saw"))
    visit.add_argument("--findings", help=CliPersonWords.tr("e.g. ultrasound dermal thickness 2.1 mm"))
    visit.add_argument("--note", help=CliPersonWords.tr("free text"))
    visit_findings.add_options(visit)
    visit.set_defaults(func=_visit)

    visits = sub.add_parser(
        "visits", help=CliPersonWords.tr("list, change or delete visits (add one with `visit`)")
    )
    _record_actions(visits, "visits", required=True)


def _daily(args: argparse.Namespace) -> int:
    check = DailyCheck.new(
        date=args.date,
        fatigue=args.fatigue,
        weakness=args.weakness,
        urination_changes=args.urination_changes,
        stress=args.stress,
        note=args.note,
    )
    if not daily.given(check):
        raise JournalError(
            CliPersonWords.tr(
                "Nothing to save: give at least one of --fatigue, --weakness, --urination-changes "
                "(or their --no- forms), --stress or --note."
            )
        )
    with open_journal(args) as journal:
        try:
            saved = ops.save_daily(journal, check, replace=args.replace).value
        except daily.LoggedYesKept as exc:
            raise JournalError(
                CliPersonWords.tr("{problem}. Give --replace to change it.").format(problem=exc)
            ) from None
    print(
        CliPersonWords.tr("Saved the daily check for {date}: {values}.").format(
            date=saved.date.isoformat(), values=_daily_words(saved)
        )
    )
    return 0


SIGNS = {
    "fatigue": CliPersonWords.mark("fatigue"),
    "weakness": CliPersonWords.mark("weakness"),
    "urination_changes": CliPersonWords.mark("urination changes"),
}


def _daily_words(check: DailyCheck) -> str:
    """What the day's check now says, so the person sees the merge."""
    words = [
        (CliPersonWords.tr("{sign} yes") if value else CliPersonWords.tr("{sign} no")).format(
            sign=CliPersonWords.tr(SIGNS[name]) if name in SIGNS else name.replace("_", " ")
        )
        for name in daily.YES_NO_FIELDS
        if (value := getattr(check, name)) is not None
    ]
    if check.stress is not None:
        words.append(CliPersonWords.tr("stress {level}").format(level=check.stress))
    if check.note:
        words.append(CliPersonWords.tr("a note"))
    return ", ".join(words)


def _lab(args: argparse.Namespace) -> int:
    lab = LabResult.new(
        date=args.date,
        test=args.test,
        value=args.value,
        unit=args.unit,
        low=args.low,
        high=args.high,
        note=args.note,
    )
    with open_journal(args) as journal:
        ops.add_lab(journal, lab)
    print(
        CliPersonWords.tr("Saved {test} {value} {unit} on {date}.").format(
            test=lab.test, value=f"{lab.value:g}", unit=shown(lab.unit), date=lab.date.isoformat()
        )
    )
    return 0


def _care(args: argparse.Namespace) -> int:
    if args.kind is None or args.what is None:
        raise JournalError(
            CliPersonWords.tr(
                "To add a care event give --kind and --what, e.g. care --kind supplement "
                '--what "Vitamin K2"; nothing was saved.'
            )
        )
    care = CareEvent.new(
        date=args.date,
        kind=args.kind,
        what=args.what,
        amount=args.amount,
        unit=args.unit,
        minutes=args.minutes,
        note=args.note,
    )
    with open_journal(args) as journal:
        ops.add_care(journal, care)
    print(
        CliPersonWords.tr("Saved {what} on {date}.").format(what=shown(care.what), date=care.date.isoformat())
    )
    return 0


def _visit(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        structured = visit_findings.given(args, journal)
        visit = Visit.new(
            date=args.date, clinician=args.clinician, findings=args.findings, note=args.note, **structured
        )
        ops.add_visit(journal, visit)
    print(CliPersonWords.tr("Saved the visit on {date}.").format(date=visit.date.isoformat()))
    return 0


# -- list, edit, delete: the same three for each kind of record -----------------------------------
@dataclasses.dataclass(frozen=True)
class _Kind:
    cls: Any  # a record class with its `new` (DailyCheck, LabResult, CareEvent, Visit)
    words: _KindWords  # what the list/edit/delete commands say about this kind
    columns: tuple[str, ...]
    fields: tuple[tuple[str, dict[str, Any]], ...]  # edit options: (flag, argparse keywords)
    rows: Callable[[Any], list[Any]]


@dataclasses.dataclass(frozen=True)
class _KindWords:
    """Each kind's sentences whole (marked here, translated where shown): "a lab result" and "a
    visit" take different words around them in other languages."""

    list_help: str
    edit_help: str
    id_help: str
    delete_help: str
    not_found: str  # {id}


def _flag(help_text: str) -> dict[str, Any]:
    return {"action": argparse.BooleanOptionalAction, "default": None, "help": CliPersonWords.tr(help_text)}


_DATE = ("--date", {"help": CliPersonWords.tr("a new date, YYYY-MM-DD")})
_NOTE = ("--note", {"help": CliPersonWords.tr("a new note ('' clears it)")})
KINDS: dict[str, _Kind] = {
    "labs": _Kind(
        LabResult,
        _KindWords(
            CliPersonWords.mark("list every lab result, with its id"),
            CliPersonWords.mark("change a lab result (only the values given)"),
            CliPersonWords.mark("the lab result's id (see `labs list`)"),
            CliPersonWords.mark("delete a lab result"),
            CliPersonWords.mark(
                "There is no lab result with id {id} (see `skinjournal labs list`); nothing was changed."
            ),
        ),
        ("id", "date", "test", "value", "unit", "low", "high", "note"),
        (
            _DATE,
            ("--test", {"help": ", ".join(C.LAB_TESTS)}),  # the tests' keys, as they are typed
            ("--value", {"help": CliPersonWords.tr("the result as a number")}),
            ("--unit", {"help": CliPersonWords.tr("as printed by the lab")}),
            ("--low", {"help": CliPersonWords.tr("the lab's reference low ('' clears it)")}),
            ("--high", {"help": CliPersonWords.tr("the lab's reference high ('' clears it)")}),
            _NOTE,
        ),
        lambda s: s.labs(),
    ),
    "care": _Kind(
        CareEvent,
        _KindWords(
            CliPersonWords.mark("list every care event, with its id"),
            CliPersonWords.mark("change a care event (only the values given)"),
            CliPersonWords.mark("the care event's id (see `care list`)"),
            CliPersonWords.mark("delete a care event"),
            CliPersonWords.mark(
                "There is no care event with id {id} (see `skinjournal care list`); nothing was changed."
            ),
        ),
        ("id", "date", "kind", "what", "amount", "unit", "minutes", "note"),
        (
            _DATE,
            ("--kind", {"help": ", ".join(C.CARE_KINDS)}),
            ("--what", {"help": CliPersonWords.tr('e.g. "Vitamin K2"')}),
            ("--amount", {"help": CliPersonWords.tr("how much ('' clears it)")}),
            ("--unit", {"help": CliPersonWords.tr("the unit of the amount")}),
            ("--minutes", {"help": CliPersonWords.tr("how long ('' clears it)")}),
            _NOTE,
        ),
        lambda s: s.care_events(),
    ),
    "visits": _Kind(
        Visit,
        _KindWords(
            CliPersonWords.mark("list every visit, with its id"),
            CliPersonWords.mark("change a visit (only the values given)"),
            CliPersonWords.mark("the visit's id (see `visits list`)"),
            CliPersonWords.mark("delete a visit"),
            CliPersonWords.mark(
                "There is no visit with id {id} (see `skinjournal visits list`); nothing was changed."
            ),
        ),
        ("id", "date", "clinician", "findings", "note", *visit_findings.COLUMNS),
        (
            _DATE,
            ("--clinician", {"help": CliPersonWords.tr("who you saw ('' clears it)")}),
            ("--findings", {"help": CliPersonWords.tr("what they found ('' clears it)")}),
            _NOTE,
            *visit_findings.OPTIONS,
        ),
        lambda s: s.visits(),
    ),
    "daily": _Kind(
        DailyCheck,
        _KindWords(
            CliPersonWords.mark("list every daily check, with its id"),
            CliPersonWords.mark("change a daily check (only the values given)"),
            CliPersonWords.mark("the daily check's id (see `daily list`)"),
            CliPersonWords.mark("delete a daily check"),
            CliPersonWords.mark(
                "There is no daily check with id {id} (see `skinjournal daily list`); nothing was changed."
            ),
        ),
        ("id", "date", "fatigue", "weakness", "urination_changes", "stress", "note"),
        (
            _DATE,
            ("--fatigue", _flag(CliPersonWords.mark("persistent fatigue (--no-fatigue: none)"))),
            ("--weakness", _flag(CliPersonWords.mark("muscle weakness (--no-weakness: none)"))),
            (
                "--urination-changes",
                _flag(CliPersonWords.mark("changes in urination (--no-urination-changes: none)")),
            ),
            ("--stress", {"help": CliPersonWords.tr("0 .. 10 ('' clears it)")}),
            ("--note", {"help": CliPersonWords.tr("the day's note, replacing it")}),
        ),
        lambda s: s.daily_checks(),
    ),
}


def _record_actions(parser: argparse.ArgumentParser, name: str, required: bool) -> None:
    kind = KINDS[name]
    actions = parser.add_subparsers(dest=f"{name}_action", metavar="ACTION", required=required)
    listing = actions.add_parser("list", help=CliPersonWords.tr(kind.words.list_help))
    listing.add_argument("--json", action="store_true", help=CliPersonWords.tr("print JSON"))
    listing.set_defaults(func=_list, record_kind=name)
    edit = actions.add_parser("edit", help=CliPersonWords.tr(kind.words.edit_help))
    edit.add_argument("id", type=int, help=CliPersonWords.tr(kind.words.id_help))
    for flag, keywords in kind.fields:
        edit.add_argument(flag, **keywords)
    edit.set_defaults(func=_edit, record_kind=name)
    delete = actions.add_parser("delete", help=CliPersonWords.tr(kind.words.delete_help))
    delete.add_argument("id", type=int, help=CliPersonWords.tr(kind.words.id_help))
    delete.set_defaults(func=_delete, record_kind=name)


def _find(journal: Any, args: argparse.Namespace) -> Any:
    kind = KINDS[args.record_kind]
    try:
        return journal.store.record(kind.cls, args.id)
    except NotFound:
        raise NotFound(CliPersonWords.tr(kind.words.not_found).format(id=args.id)) from None


def _list(args: argparse.Namespace) -> int:
    kind = KINDS[args.record_kind]
    with open_journal(args, readonly=True) as journal:
        rows = [to_plain(record) for record in kind.rows(journal.store)]
        if kind.cls is Visit:
            names = {site.id: site.name for site in journal.store.sites()}
            rows = [visit_findings.with_site_names(row, names) for row in rows]
    if args.json:
        print_json(rows)
    else:
        print_table(rows, list(kind.columns))
    return 0


def _edit(args: argparse.Namespace) -> int:
    kind = KINDS[args.record_kind]
    names = [flag[2:].replace("-", "_") for flag, _ in kind.fields]
    given = {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}
    given.pop("site", None)  # a visit's site is given by name: visit_findings.given
    if not given and getattr(args, "site", None) is None:
        raise JournalError(
            CliPersonWords.tr(
                "Nothing to change: give at least one new value (see `{command} edit --help`); "
                "nothing was changed."
            ).format(command=args.record_kind)
        )
    with open_journal(args) as journal:
        record = _find(journal, args)
        if kind.cls is Visit:
            given.update(visit_findings.given(args, journal))
        changed = kind.cls.new(**{**to_plain(record), **given})
        outcome = (
            ops.edit_daily(journal, changed) if kind.cls is DailyCheck else ops.edit_record(journal, changed)
        )
    print(said(outcome))
    return 0


def _delete(args: argparse.Namespace) -> int:
    kind = KINDS[args.record_kind]
    with open_journal(args) as journal:
        _find(journal, args)
        outcome = (
            ops.delete_daily(journal, args.id)
            if kind.cls is DailyCheck
            else ops.delete_record(journal, kind.cls, args.id)
        )
    print(said(outcome))
    return 0
