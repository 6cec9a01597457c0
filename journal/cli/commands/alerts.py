"""skinjournal alerts [--json] [--all] [--site NAME] and skinjournal alerts ack ID [--note TEXT]"""

from __future__ import annotations

import argparse
import textwrap

from journal.cli.common import open_journal, print_json, shown
from journal.core.alerts import Alert, current_alerts
from journal.core.language import Words
from journal.core.operations import alerts as alert_ops


class CliAlertsWords(Words):
    "The words of `skinjournal alerts`: its help and what it says."


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    alerts = sub.add_parser(
        "alerts",
        help=CliAlertsWords.tr(
            "list the warning signs seen in the journal (open ones; --all for acknowledged too)"
        ),
        description=CliAlertsWords.tr(
            "List the warning signs the logged data shows: what was seen, the entries behind it, and the advice. `alerts ack ID` marks one as seen."
        ),
    )
    alerts.add_argument("--json", action="store_true", help=CliAlertsWords.tr("print JSON"))
    alerts.add_argument("--all", action="store_true", help=CliAlertsWords.tr("include acknowledged alerts"))
    alerts.add_argument("--site", metavar="NAME", help=CliAlertsWords.tr("only this site's alerts"))
    alerts.set_defaults(func=_list)
    # The sub-action is optional, so `alerts --json` and `alerts ack 3 --note ...` both parse.
    actions = alerts.add_subparsers(dest="alerts_action", metavar="ACTION")
    ack = actions.add_parser(
        "ack",
        help=CliAlertsWords.tr(
            "acknowledge an alert (it stays in the history; acknowledging again adds to it)"
        ),
    )
    ack.add_argument("id", type=int, help=CliAlertsWords.tr("the alert's id (from `skinjournal alerts`)"))
    ack.add_argument("--note", help=CliAlertsWords.tr('for example "shown to Dr Meyer on 2025-05-02"'))
    ack.add_argument(
        "--json", action="store_true", help=CliAlertsWords.tr("print the acknowledged alert as JSON")
    )
    ack.set_defaults(func=_ack)


def _list(args: argparse.Namespace) -> int:
    # Not read-only: listing brings the alerts table in line with the data (ids, acknowledgements).
    with open_journal(args, skip_bad_rows=True) as journal:
        site_id = journal.store.site_by_name(args.site).id if args.site else None  # type: ignore[union-attr]
        alerts = current_alerts(journal.store, include_acknowledged=args.all, site_id=site_id)
        hidden = (
            0
            if args.all
            else len(current_alerts(journal.store, include_acknowledged=True, site_id=site_id)) - len(alerts)
        )
    if args.json:
        print_json(a.to_plain() for a in alerts)
        return 0
    for alert in alerts:
        print(_describe(alert))
        print()
    opened = sum(a.is_open for a in alerts)
    acknowledged = len(alerts) - opened
    print(
        CliAlertsWords.tr("%n open alert(s), {acknowledged} acknowledged.", "", opened).format(
            acknowledged=acknowledged
        )
        if args.all
        else CliAlertsWords.tr("%n open alert(s).", "", opened)
    )
    if hidden:
        print(
            CliAlertsWords.tr(
                "%n acknowledged alert(s) not shown (see `skinjournal alerts --all`).", "", hidden
            )
        )
    if opened:
        print(CliAlertsWords.tr("Acknowledge one with `skinjournal alerts ack ID --note TEXT`."))
    return 0


def _ack(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        alert = alert_ops.acknowledge(journal, args.id, args.note).value
    if args.json:
        print_json([alert.to_plain()])
    else:
        said = CliAlertsWords.tr("Acknowledged alert {id} ({title}, {date}).")
        print(shown(said.format(id=alert.id, title=alert.title, date=alert.date.isoformat())))
    return 0


def _describe(alert: Alert) -> str:
    where = f" · {alert.site}" if alert.site else ""
    head = f"[{alert.id}] {alert.date.isoformat()} · {alert.title}{where} · {alert.status}"
    lines = [head, *textwrap.wrap(alert.message, 100, initial_indent="    ", subsequent_indent="    ")]
    seen = "; ".join(f"{ev.date.isoformat()} {ev.field} {_value(ev.value)}" for ev in alert.evidence)
    lines += textwrap.wrap(f"evidence: {seen}", 100, initial_indent="    ", subsequent_indent="      ")
    for ack in alert.acknowledgements:  # the whole history, latest first
        note = f": {ack.note}" if ack.note else ""
        lines.append(f"    acknowledged {ack.at}{note}")
    return "\n".join(shown(line) for line in lines)


def _value(value: object) -> str:
    return "yes" if value is True else "no" if value is False else str(value)
