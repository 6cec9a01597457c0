"""skinjournal site add|list|edit|phase|unphase|delete"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt

from journal.cli.common import forget_photos, open_journal, print_json, print_table, said
from journal.core.domain import choices as C
from journal.core.domain import validate as v
from journal.core.domain.model import Site, to_plain
from journal.core.domain.phases import PHASE_LABELS, SitePhase
from journal.core.errors import NotFound
from journal.core.language import Words
from journal.core.operations import phases as phase_ops
from journal.core.operations import sites as site_ops


class CliSitesWords(Words):
    "The words of `skinjournal sites`: its help and what it says."


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    site = sub.add_parser("site", help=CliSitesWords.tr("add, list, change or delete tracked body sites"))
    site_sub = site.add_subparsers(dest="site_command", metavar="ACTION", required=True)

    add = site_sub.add_parser("add", help=CliSitesWords.tr("start tracking a body site"))
    add.add_argument("name", help=CliSitesWords.tr('a name you will recognise, e.g. "Left forearm"'))
    add.add_argument(
        "--kind",
        required=True,
        choices=C.SITE_KINDS,
        help=CliSitesWords.tr("deposit: a bump or cluster; area: a scalp or skin area judged by feel"),
    )
    add.add_argument("--region", required=True, choices=C.REGIONS, help=CliSitesWords.tr("where on the body"))
    add.add_argument(
        "--near-joint", action="store_true", help=CliSitesWords.tr("the site is close to a joint")
    )
    add.add_argument(
        "--diagnosed-type", choices=C.DIAGNOSED_TYPES, help=CliSitesWords.tr("only if a doctor named it")
    )
    add.add_argument(
        "--reminder-days",
        type=int,
        default=7,
        help=CliSitesWords.tr("remind after this many days (default 7)"),
    )
    add.add_argument("--notes", help=CliSitesWords.tr("free text"))
    add.set_defaults(func=_add)

    listing = site_sub.add_parser("list", help=CliSitesWords.tr("list the sites"))
    listing.add_argument("--json", action="store_true", help=CliSitesWords.tr("print JSON"))
    listing.set_defaults(func=_list)

    edit = site_sub.add_parser("edit", help=CliSitesWords.tr("rename, resolve or archive a site"))
    edit.add_argument("name", help=CliSitesWords.tr("the site's current name"))
    edit.add_argument("--rename", metavar="NEW_NAME", help=CliSitesWords.tr("give the site a new name"))
    edit.add_argument(
        "--resolved-on", metavar="YYYY-MM-DD", help=CliSitesWords.tr("the date it went away ('' to clear)")
    )
    edit.add_argument(
        "--archive",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=CliSitesWords.tr("hide it from the overview (its entries are kept)"),
    )
    edit.add_argument(
        "--near-joint",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=CliSitesWords.tr("the site is close to a joint"),
    )
    edit.add_argument("--reminder-days", type=int, help=CliSitesWords.tr("remind after this many days"))
    edit.set_defaults(func=_edit)

    phase = site_sub.add_parser(
        "phase",
        help=CliSitesWords.tr(
            "mark the phase a site entered: active, broke open, healing, healed or removed"
        ),
    )
    phase.add_argument("name", help=CliSitesWords.tr("the site's name"))
    phase.add_argument(
        "phase", help=CliSitesWords.tr("active, broke_open ('broke open'), healing, healed or removed")
    )
    phase.add_argument(
        "--date", metavar="YYYY-MM-DD", help=CliSitesWords.tr("the day it entered the phase (default today)")
    )
    phase.add_argument("--note", help=CliSitesWords.tr("free text"))
    phase.set_defaults(func=_phase)

    unphase = site_sub.add_parser(
        "unphase",
        help=CliSitesWords.tr("take away the phase mark of a site on one day (site list --json shows them)"),
    )
    unphase.add_argument("name", help=CliSitesWords.tr("the site's name"))
    unphase.add_argument(
        "--date", metavar="YYYY-MM-DD", required=True, help=CliSitesWords.tr("the day of the mark")
    )
    unphase.set_defaults(func=_unphase)

    delete = site_sub.add_parser(
        "delete", help=CliSitesWords.tr("delete a site (refused while it has entries, unless --with-entries)")
    )
    delete.add_argument("name", help=CliSitesWords.tr("the site's name"))
    delete.add_argument(
        "--with-entries",
        action="store_true",
        help=CliSitesWords.tr(
            "delete its entries and their photos too (archiving keeps them: site edit --archive)"
        ),
    )
    delete.set_defaults(func=_delete)


def _add(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        site = site_ops.add_site(
            journal,
            Site.new(
                name=args.name,
                kind=args.kind,
                region=args.region,
                near_joint=args.near_joint,
                diagnosed_type=args.diagnosed_type,
                reminder_days=args.reminder_days,
                notes=args.notes,
            ),
        ).value
        print(
            CliSitesWords.tr("Added site {name} ({kind}, {region}).").format(
                name=repr(site.name), kind=site.kind, region=site.region
            )
        )
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_journal(args, readonly=True) as journal:
        rows = [to_plain(s) for s in journal.store.sites()]
        phases = journal.store.site_phases()
    for row in rows:  # each site's lifecycle, oldest first; its phase now is the last
        mine = [p for p in phases if p.site_id == row["id"]]
        row["phases"] = [{"phase": p.phase, "date": p.date.isoformat(), "note": p.note} for p in mine]
        # The listing is read by scripts too: the phase's English words, whatever the language.
        row["phase"] = PHASE_LABELS.get(mine[-1].phase, mine[-1].phase) if mine else None
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ["name", "kind", "region", "near_joint", "resolved_on", "archived", "phase"])
    return 0


def _phase(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        site = journal.store.site_by_name(args.name)
        assert site is not None and site.id is not None
        marked = phase_ops.set_phase(
            journal,
            SitePhase.new(
                site_id=site.id, date=args.date or dt.date.today(), phase=args.phase, note=args.note
            ),
        )
    print(said(marked))
    return 0


def _unphase(args: argparse.Namespace) -> int:
    day = v.record_date("date", args.date)
    with open_journal(args) as journal:
        site = journal.store.site_by_name(args.name)
        assert site is not None and site.id is not None
        mark = journal.store.site_phase_on(site.id, day.isoformat())
        if mark is None or mark.id is None:
            raise NotFound(
                CliSitesWords.tr("{site} has no phase marked on {date}").format(
                    site=site.name, date=day.isoformat()
                )
            )
        cleared = phase_ops.clear_phase(journal, mark.id)
    print(said(cleared))
    return 0


def _edit(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        site = journal.store.site_by_name(args.name)
        assert site is not None
        raw = to_plain(site)
        if args.rename:
            raw["name"] = args.rename
        if args.resolved_on is not None:
            raw["resolved_on"] = args.resolved_on or None
        if args.archive is not None:
            raw["archived"] = args.archive
        if args.near_joint is not None:
            raw["near_joint"] = args.near_joint
        if args.reminder_days is not None:
            raw["reminder_days"] = args.reminder_days
        updated = site_ops.edit_site(journal, dataclasses.replace(Site.new(**raw), id=site.id)).value
        print(CliSitesWords.tr("Updated site {name}.").format(name=repr(updated.name)))
    return 0


def _delete(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        site = journal.store.site_by_name(args.name)
        assert site is not None and site.id is not None
        deleted = site_ops.delete_site(journal, site.id, with_entries=args.with_entries)
        forget_photos(journal, deleted.photo_shas)
    print(said(deleted))
    return 0
