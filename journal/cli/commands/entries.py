"""skinjournal log SITE ... and skinjournal entries [list] [SITE] | edit ID | delete ID"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys

from journal.cli.common import OrList, forget_photos, open_journal, print_json, print_table, said, shown
from journal.core.domain import choices as C
from journal.core.domain.model import Entry, to_plain
from journal.core.errors import JournalError, NotFound
from journal.core.journal import Journal
from journal.core.language import Words
from journal.core.measure.uncertainty import SIZE_METHODS
from journal.core.operations import entries as entry_ops
from journal.core.photos.dates import PhotosDisagree, camera_date, date_from_photos
from journal.core.photos.pipeline import PreparedPhoto
from journal.core.photos.quality import photo_warnings


class CliEntriesWords(Words):
    "The words of `skinjournal entries`: its help and what it says."


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    log = sub.add_parser("log", help=CliEntriesWords.tr("log one observation of a site"))
    log.add_argument("site", help=CliEntriesWords.tr("the site's name"))
    log.add_argument(
        "--date", help=CliEntriesWords.tr("YYYY-MM-DD (default: the day the photos were taken, else today)")
    )
    _value_options(log, edit=False)
    log.add_argument(
        "--photo",
        action="append",
        default=[],
        metavar="PATH",
        help=CliEntriesWords.tr("a photo (repeatable)"),
    )
    log.set_defaults(func=_log)

    entries = sub.add_parser(
        "entries",
        help=CliEntriesWords.tr("list, change or delete logged entries (entries SITE lists one site's)"),
    )
    entries.add_argument("--json", action="store_true", help=CliEntriesWords.tr("print JSON"))
    entries.set_defaults(func=_entries, site=None)
    actions = entries.add_subparsers(dest="entries_action", metavar="ACTION", action=OrList)
    listing = actions.add_parser("list", help=CliEntriesWords.tr("list the entries (the default)"))
    listing.add_argument("site", nargs="?", help=CliEntriesWords.tr("only this site"))
    listing.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help=CliEntriesWords.tr("print JSON")
    )
    listing.set_defaults(func=_entries)
    edit = actions.add_parser(
        "edit",
        help=CliEntriesWords.tr("change an entry's values (the id is in `entries --json`)"),
        description=CliEntriesWords.tr(
            "Changes only the values given; an empty value ('') clears one, and --no-inflamed and the like record \"no\". Photos are added and removed with `skinjournal photos`."
        ),
    )
    edit.add_argument("id", type=int, help=CliEntriesWords.tr("the entry's id"))
    edit.add_argument("--date", help=CliEntriesWords.tr("a new date, YYYY-MM-DD"))
    _value_options(edit, edit=True)
    edit.set_defaults(func=_edit)
    delete = actions.add_parser("delete", help=CliEntriesWords.tr("delete an entry and its photos"))
    delete.add_argument("id", type=int, help=CliEntriesWords.tr("the entry's id"))
    delete.set_defaults(func=_delete)


def _value_options(parser: argparse.ArgumentParser, edit: bool) -> None:
    """The values of an entry, the same for `log` and `entries edit` (which can also say "no")."""
    parser.add_argument("--tightness", help=CliEntriesWords.tr("0 soft and pliable .. 10 stuck to the bone"))
    parser.add_argument(
        "--mobility", choices=C.MOBILITY, help=CliEntriesWords.tr("how freely the skin moves")
    )
    parser.add_argument("--size-mm", help=CliEntriesWords.tr("largest bump diameter in mm (0.1 steps)"))
    parser.add_argument(
        "--width-mm",
        "--width",
        dest="width_mm",
        help=CliEntriesWords.tr("width across the bump in mm, at right angles (0.1 steps)"),
    )
    parser.add_argument(
        "--method",
        dest="size_method",
        help=CliEntriesWords.tr(
            "how size and width were measured: {methods} (photo: see `skinjournal measure`)"
        ).format(methods=", ".join(SIZE_METHODS)),
    )
    parser.add_argument("--count", help=CliEntriesWords.tr("number of bumps"))
    parser.add_argument(
        "--colour",
        "--color",
        dest="colour",
        help=CliEntriesWords.tr("white, yellow, skin (skin-coloured) or red"),
    )
    parser.add_argument("--pain", help=CliEntriesWords.tr("0 none .. 10 worst"))
    for flag, help_text in FLAGS:
        if edit:
            parser.add_argument(
                flag,
                action=argparse.BooleanOptionalAction,
                default=None,
                help=CliEntriesWords.tr("{help} (--no-{flag}: not so)").format(
                    help=CliEntriesWords.tr(help_text), flag=flag[2:]
                ),
            )
        else:
            parser.add_argument(flag, action="store_true", default=None, help=CliEntriesWords.tr(help_text))
    parser.add_argument("--note", help=CliEntriesWords.tr("free text about this observation"))


FLAGS = (
    ("--shiny", CliEntriesWords.mark("the skin looks shiny")),
    ("--pale", CliEntriesWords.mark("the skin looks pale")),
    ("--hair-thinning", CliEntriesWords.mark("the hair is thinning here")),
    ("--inflamed", CliEntriesWords.mark("red, warm or swollen")),
    ("--ulcerated", CliEntriesWords.mark("broke open")),
    ("--discharge", CliEntriesWords.mark("chalk-like material came out")),
    ("--restricted-movement", CliEntriesWords.mark("harder to move (the joint nearby)")),
)
VALUE_ARGS = (
    "date",
    "tightness",
    "mobility",
    "size_mm",
    "width_mm",
    "size_method",
    "count",
    "colour",
    "pain",
    "shiny",
    "pale",
    "hair_thinning",
    "inflamed",
    "ulcerated",
    "discharge",
    "restricted_movement",
    "note",
)


def _log(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        site = journal.store.site_by_name(args.site)
        assert site is not None
        # Every value is checked before a photo is decoded; without --date, today stands in.
        entry = Entry.new(
            site_id=site.id,
            date=args.date or dt.date.today(),
            tightness=args.tightness,
            mobility=args.mobility,
            size_mm=args.size_mm,
            width_mm=args.width_mm,
            size_method=args.size_method,
            count=args.count,
            colour=args.colour,
            pain=args.pain,
            shiny=args.shiny,
            pale=args.pale,
            hair_thinning=args.hair_thinning,
            inflamed=args.inflamed,
            ulcerated=args.ulcerated,
            discharge=args.discharge,
            restricted_movement=args.restricted_movement,
            note=args.note,
        )
        prepared = journal.prepare_photos(args.photo, None)
        from_photos = args.date is None and any(camera_date(photo) for photo in prepared)
        if from_photos:
            entry = _dated_by_photos(entry, prepared)
        warn_about_photos(
            prepared, entry.date, CliEntriesWords.tr("If it belongs to another day, log it with that --date.")
        )
        saved, photos = entry_ops.add_entry(journal, entry, prepared).value
        print(
            _logged(from_photos, len(photos)).format(
                site=shown(site.name), date=saved.date.isoformat(), id=saved.id
            )
        )
    return 0


def _logged(from_photos: bool, photos: int) -> str:
    """The sentence that says what was logged: whether the photos gave the date, and how many."""
    if from_photos:
        if photos:
            return CliEntriesWords.tr(
                "Logged {site} on {date} (the day the photos were taken) with %n photo(s) (entry {id}).",
                "",
                photos,
            )
        return CliEntriesWords.tr("Logged {site} on {date} (the day the photos were taken) (entry {id}).")
    if photos:
        return CliEntriesWords.tr("Logged {site} on {date} with %n photo(s) (entry {id}).", "", photos)
    return CliEntriesWords.tr("Logged {site} on {date} (entry {id}).")


def warn_about_photos(prepared: list[PreparedPhoto], entry_date: dt.date, other_day_hint: str) -> None:
    """What makes each photo hard to compare, on standard error: the photos are added all the same.
    `other_day_hint` says how to move a photo taken on another day, in this command's terms."""
    for photo in prepared:
        for warning in photo_warnings(photo, entry_date):
            line = (
                CliEntriesWords.tr("warning: {warning} {hint}").format(
                    warning=warning.sentence(), hint=other_day_hint
                )
                if warning.kind == "other_day"
                else CliEntriesWords.tr("warning: {warning}").format(warning=warning.sentence())
            )
            print(f"skinjournal: {line}", file=sys.stderr)


def _dated_by_photos(entry: Entry, prepared: list[PreparedPhoto]) -> Entry:
    """The entry on the day its photos were taken, when no --date was given."""
    try:
        return dataclasses.replace(entry, date=date_from_photos(prepared, default=entry.date))
    except PhotosDisagree as exc:
        raise JournalError(
            CliEntriesWords.tr(
                "date: {problem}. Give the entry's date with --date; nothing was logged."
            ).format(problem=exc)
        ) from None


def entry_rows(journal, site_name: str | None = None) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    sites = {s.id: s for s in journal.store.sites()}
    site_id = None
    if site_name:
        site = journal.store.site_by_name(site_name)
        site_id = site.id
    rows = []
    for entry, files in journal.store.entries_with_photo_files(site_id=site_id):
        row = to_plain(entry)
        row = {"id": row.pop("id"), "site": sites[entry.site_id].name, **row}
        row["photos"] = [journal.files.relative(sha256, ext) for sha256, ext in files]
        rows.append(row)
    return rows


def _entries(args: argparse.Namespace) -> int:
    with open_journal(args, readonly=True) as journal:
        rows = entry_rows(journal, args.site)
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            row["signs"] = ", ".join(
                f for f in ("inflamed", "ulcerated", "discharge", "restricted_movement") if row[f]
            )
            row["photos"] = len(row["photos"])
        print_table(
            rows,
            [
                "date",
                "site",
                "tightness",
                "mobility",
                "size_mm",
                "count",
                "colour",
                "pain",
                "signs",
                "photos",
                "note",
            ],
        )
    return 0


def find_entry(journal: Journal, entry_id: int) -> Entry:
    try:
        return journal.store.entry(entry_id)
    except NotFound:
        raise NotFound(
            CliEntriesWords.tr(
                "There is no entry with id {id} (see `skinjournal entries --json`); nothing was changed."
            ).format(id=entry_id)
        ) from None


def _edit(args: argparse.Namespace) -> int:
    given = {name: getattr(args, name) for name in VALUE_ARGS if getattr(args, name, None) is not None}
    if not given:
        raise JournalError(
            CliEntriesWords.tr(
                'Nothing to change: give at least one value, e.g. --pain 3 or --note "..."; nothing was changed.'
            )
        )
    with open_journal(args) as journal:
        entry = find_entry(journal, args.id)
        changed = entry_ops.edit_entry(journal, Entry.new(**{**to_plain(entry), **given}))
    print(CliEntriesWords.tr("{done} (entry {id}).").format(done=said(changed)[:-1], id=args.id))
    return 0


def _delete(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        find_entry(journal, args.id)
        deleted = entry_ops.delete_entry(journal, args.id)
        forget_photos(journal, deleted.photo_shas)
    photos = len(deleted.value[1])
    print(
        CliEntriesWords.tr("{done} with its %n photo(s).", "", photos).format(done=said(deleted)[:-1])
        if photos
        else said(deleted)
    )
    return 0
