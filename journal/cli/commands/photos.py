"""skinjournal photos add ENTRY PATH... | remove ID | list [--entry ID]"""

from __future__ import annotations

import argparse

from journal.cli.commands.entries import find_entry, warn_about_photos
from journal.cli.common import forget_photos, open_journal, print_json, print_table
from journal.core.domain.model import to_plain
from journal.core.errors import NotFound
from journal.core.language import Words
from journal.core.operations import entries as entry_ops


class CliPhotosWords(Words):
    "The words of `skinjournal photos`: its help and what it says."


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    photos = sub.add_parser(
        "photos", help=CliPhotosWords.tr("add photos to a logged entry, remove one, or list them")
    )
    actions = photos.add_subparsers(dest="photos_action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help=CliPhotosWords.tr("add photos to an entry already logged (its id is in `entries --json`)")
    )
    add.add_argument("entry", type=int, help=CliPhotosWords.tr("the entry's id"))
    add.add_argument(
        "paths", nargs="+", metavar="PATH", help=CliPhotosWords.tr("photo files (JPEG, PNG, HEIC ...)")
    )
    add.set_defaults(func=_add)
    remove = actions.add_parser(
        "remove", help=CliPhotosWords.tr("take one photo off its entry (its id is in `photos list`)")
    )
    remove.add_argument("id", type=int, help=CliPhotosWords.tr("the photo's id"))
    remove.set_defaults(func=_remove)
    listing = actions.add_parser("list", help=CliPhotosWords.tr("list the photos, with their ids and files"))
    listing.add_argument(
        "--entry", type=int, metavar="ID", help=CliPhotosWords.tr("only this entry's photos")
    )
    listing.add_argument("--json", action="store_true", help=CliPhotosWords.tr("print JSON"))
    listing.set_defaults(func=_list)


def _add(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        entry = find_entry(journal, args.entry)
        prepared = journal.prepare_photos(args.paths, entry.date)  # every file checked before one is stored
        warn_about_photos(
            prepared, entry.date, CliPhotosWords.tr("`skinjournal photos remove ID` takes it off this entry.")
        )
        before = {p.id for p in journal.store.photos(entry_id=args.entry)}
        changed = entry_ops.add_photos(journal, args.entry, prepared)
        added = [p for p in changed.value[1] if p.id not in before]
        what = entry_ops.describe(journal, changed.value[0])
    count = len(added)
    said = (
        CliPhotosWords.tr(
            "Added %n photo(s) to {entry} (entry {id}); the same picture was there already.", "", count
        )
        if count < len(args.paths)
        else CliPhotosWords.tr("Added %n photo(s) to {entry} (entry {id}).", "", count)
    )
    print(said.format(entry=what, id=args.entry))
    return 0


def _remove(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        try:
            photo = journal.store.photo(args.id)
        except NotFound:
            raise NotFound(
                CliPhotosWords.tr(
                    "There is no photo with id {id} (see `skinjournal photos list`); nothing was changed."
                ).format(id=args.id)
            ) from None
        changed = entry_ops.remove_photo(journal, args.id)
        forget_photos(journal, frozenset({photo.sha256}))
        what = entry_ops.describe(journal, changed.value[0])
    print(CliPhotosWords.tr("Removed photo {id} from {entry}.").format(id=args.id, entry=what))
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_journal(args, readonly=True) as journal:
        if args.entry is not None:
            find_entry(journal, args.entry)  # an unknown entry is said, not listed as nothing
        photos = (
            journal.store.photos(entry_id=args.entry) if args.entry is not None else journal.store.photos()
        )
        entries = {e.id: e for e in journal.store.entries()}
        sites = {s.id: s.name for s in journal.store.sites()}
        measured: dict[int, list[dict[str, object]]] = {}
        for measurement in journal.store.measurements_of_photos(p.id for p in photos if p.id is not None):
            measured.setdefault(measurement.photo_id, []).append(measurement.to_plain())
        rows = []
        for photo in photos:
            entry = entries[photo.entry_id]
            row = to_plain(photo)
            rows.append(
                {
                    "id": row.pop("id"),
                    "entry_id": photo.entry_id,
                    "site": sites[entry.site_id],
                    "entry_date": entry.date.isoformat(),
                    **row,
                    "file": journal.files.relative(photo.sha256, photo.ext),
                    "measurements": measured.get(photo.id or 0, []),
                }
            )
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            row["measured"] = len(row.pop("measurements"))
        print_table(
            rows,
            [
                "id",
                "entry_id",
                "site",
                "entry_date",
                "taken_on",
                "width",
                "height",
                "measured",
                "original_name",
            ],
        )
    return 0
