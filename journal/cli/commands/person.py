"""Person-level records: skinjournal daily | lab | care | visit"""

from __future__ import annotations

import argparse
import datetime as dt

from journal.cli.common import open_journal, shown
from journal.core.domain import choices as C
from journal.core.domain import daily
from journal.core.domain.model import CareEvent, DailyCheck, LabResult, Visit
from journal.core.errors import JournalError

TODAY = dt.date.today().isoformat()


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    daily = sub.add_parser(
        "daily", help="the daily check of how you feel (one per date; a second one adds to it)",
        description="Adds what you give to the daily check of the date. A sign left out stays as it was "
                    "(\"not checked\" if never given); --no-fatigue and the like record \"no\".")
    daily.add_argument("--date", default=TODAY, help="YYYY-MM-DD (default today)")
    # Three states: the flag (yes), its --no- form (no), or neither (not checked / left as it was).
    daily.add_argument("--fatigue", action=argparse.BooleanOptionalAction, default=None,
                       help="persistent fatigue (--no-fatigue: checked, none)")
    daily.add_argument("--weakness", action=argparse.BooleanOptionalAction, default=None,
                       help="muscle weakness (--no-weakness: checked, none)")
    daily.add_argument("--urination-changes", action=argparse.BooleanOptionalAction, default=None,
                       help="changes in urination (--no-urination-changes: checked, none)")
    daily.add_argument("--stress", help="0 .. 10")
    daily.add_argument("--note", help="free text about the day (added below a note already there)")
    daily.add_argument("--replace", action="store_true",
                       help="let what you give change a sign already logged as yes, and replace the note")
    daily.set_defaults(func=_daily)

    lab = sub.add_parser("lab", help="a blood test result")
    lab.add_argument("--date", required=True, help="the date the sample was taken, YYYY-MM-DD")
    lab.add_argument("--test", required=True, help=", ".join(C.LAB_TESTS))
    lab.add_argument("--value", required=True, help="the result as a number")
    lab.add_argument("--unit", required=True, help="as printed by the lab, e.g. mmol/L")
    lab.add_argument("--low", help="the lab's reference low")
    lab.add_argument("--high", help="the lab's reference high")
    lab.add_argument("--note", help="free text, e.g. fasting")
    lab.set_defaults(func=_lab)

    care = sub.add_parser("care", help="care you tried: massage, supplement, skin care ...")
    care.add_argument("--date", default=TODAY, help="YYYY-MM-DD (default today)")
    care.add_argument("--kind", required=True, help=", ".join(C.CARE_KINDS))
    care.add_argument("--what", required=True, help='e.g. "Vitamin K2"')
    care.add_argument("--amount", help="how much, e.g. 100 (needs --unit)")
    care.add_argument("--unit", help="the unit of --amount, e.g. mcg")
    care.add_argument("--minutes", help="how long, for massage and the like")
    care.add_argument("--note", help="free text")
    care.set_defaults(func=_care)

    visit = sub.add_parser("visit", help="a visit to a clinician")
    visit.add_argument("--date", required=True, help="YYYY-MM-DD")
    visit.add_argument("--clinician", help="who you saw")
    visit.add_argument("--findings", help="e.g. ultrasound dermal thickness 2.1 mm")
    visit.add_argument("--note", help="free text")
    visit.set_defaults(func=_visit)


def _daily(args: argparse.Namespace) -> int:
    check = DailyCheck.new(date=args.date, fatigue=args.fatigue, weakness=args.weakness,
                           urination_changes=args.urination_changes, stress=args.stress, note=args.note)
    if not daily.given(check):
        raise JournalError("Nothing to save: give at least one of --fatigue, --weakness, --urination-changes "
                           "(or their --no- forms), --stress or --note.")
    with open_journal(args) as journal:
        try:
            saved = journal.store.save_daily(check, replace=args.replace)
        except daily.LoggedYesKept as exc:
            raise JournalError(f"{exc}. Give --replace to change it.") from None
    print(f"Saved the daily check for {saved.date.isoformat()}: {_daily_words(saved)}.")
    return 0


def _daily_words(check: DailyCheck) -> str:
    """What the day's check now says, so the person sees the merge."""
    words = [f"{name.replace('_', ' ')} {'yes' if value else 'no'}" for name in daily.YES_NO_FIELDS
             if (value := getattr(check, name)) is not None]
    if check.stress is not None:
        words.append(f"stress {check.stress}")
    if check.note:
        words.append("a note")
    return ", ".join(words)


def _lab(args: argparse.Namespace) -> int:
    lab = LabResult.new(date=args.date, test=args.test, value=args.value, unit=args.unit,
                        low=args.low, high=args.high, note=args.note)
    with open_journal(args) as journal:
        journal.store.add_lab(lab)
    print(f"Saved {lab.test} {lab.value:g} {shown(lab.unit)} on {lab.date.isoformat()}.")
    return 0


def _care(args: argparse.Namespace) -> int:
    care = CareEvent.new(date=args.date, kind=args.kind, what=args.what, amount=args.amount,
                         unit=args.unit, minutes=args.minutes, note=args.note)
    with open_journal(args) as journal:
        journal.store.add_care(care)
    print(f"Saved {shown(care.what)} on {care.date.isoformat()}.")
    return 0


def _visit(args: argparse.Namespace) -> int:
    visit = Visit.new(date=args.date, clinician=args.clinician, findings=args.findings, note=args.note)
    with open_journal(args) as journal:
        journal.store.add_visit(visit)
    print(f"Saved the visit on {visit.date.isoformat()}.")
    return 0
