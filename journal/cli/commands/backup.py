"""skinjournal backup --out FILE.zip  and  skinjournal restore FILE.zip [--replace] [--recovery]"""

from __future__ import annotations

import argparse
from pathlib import Path

from journal.cli import passphrase
from journal.cli.common import journal_dir
from journal.core.backup.create import create_backup
from journal.core.backup.restore import needs_passphrase
from journal.core.folder.output import check_output_file
from journal.core.language import Words
from journal.core.operations import data as data_ops


class CliBackupWords(Words):
    "The words of `skinjournal backup`: its help and what it says."


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = sub.add_parser(
        "backup",
        help=CliBackupWords.tr("save the whole journal (database and photos) in one zip file"),
        description=CliBackupWords.tr(
            "Copy the database consistently (safe while the window is open) and every photo into a zip file with a manifest of SHA-256 hashes."
        ),
    )
    backup.add_argument(
        "--out", required=True, metavar="FILE.zip", help=CliBackupWords.tr("the backup file to write")
    )
    backup.set_defaults(func=_backup)

    restore = sub.add_parser(
        "restore",
        help=CliBackupWords.tr("bring a journal back from a backup zip"),
        description=CliBackupWords.tr(
            "Check every file of the backup against its hash, and its database and photos as the journal checks what is entered, then restore it into the journal folder. A folder that already holds a journal is refused unless --replace is given; the current journal is then kept aside as <folder>.before-restore-<date>."
        ),
    )
    restore.add_argument(
        "backup_file", metavar="FILE.zip", help=CliBackupWords.tr("a zip written by `skinjournal backup`")
    )
    restore.add_argument(
        "--replace",
        action="store_true",
        help=CliBackupWords.tr("replace the journal that is there (it is kept aside, not deleted)"),
    )
    restore.add_argument(
        "--recovery",
        action="store_true",
        help=CliBackupWords.tr(
            "for a backup of an encrypted journal: give the recovery code instead of the passphrase"
        ),
    )
    # It asks for the backup's passphrase itself (the folder's journal, if any, is only replaced).
    restore.set_defaults(func=_restore, asks_passphrase=True)


def _backup(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".zip":
        out = out.with_name(out.name + ".zip")
    out = check_output_file(out, example="journal-backup.zip")
    result = create_backup(journal_dir(args), out)
    print(
        CliBackupWords.tr(
            "Backed up the journal with %n photo(s) into {file} ({size} MB).", "", result.photos
        ).format(file=result.path, size=f"{result.size / 2**20:.1f}")
    )
    for name in result.missing_photos:
        print(
            CliBackupWords.tr(
                "warning: {name} is missing or altered in the journal and was not backed up "
                "(see `skinjournal check`)."
            ).format(name=name)
        )
    return 1 if result.missing_photos else 0


def _restore(args: argparse.Namespace) -> int:
    backup, secret, recovery = Path(args.backup_file), None, None
    if needs_passphrase(backup):  # a backup of an encrypted journal: asked as every command asks
        if args.recovery:
            recovery = passphrase.ask(passphrase.RECOVERY_CODE)
        else:
            secret = passphrase.ask(passphrase.PASSPHRASE)
    result = data_ops.restore(
        backup, journal_dir(args), replace=args.replace, passphrase=secret, recovery=recovery
    ).value
    print(
        CliBackupWords.tr("Restored the journal with %n photo(s) into {folder}.", "", result.photos).format(
            folder=result.folder
        )
    )
    if result.kept_aside is not None:
        print(
            CliBackupWords.tr("The journal that was there is kept in {folder}.").format(
                folder=result.kept_aside
            )
        )
    return 0
