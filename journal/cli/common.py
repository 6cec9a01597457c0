"""Helpers shared by the command modules: opening the journal, printing records."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from typing import Any

from journal.core.folder.paths import demo_journal_dir, resolve_journal_dir
from journal.core.journal import Journal
from journal.core.language import Words


class CommandLineCommonWords(Words):
    "Shared words of the command line's commands: warnings and empty tables."


def journal_dir(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    if getattr(args, "demo", False) and not args.journal:
        return demo_journal_dir()
    return resolve_journal_dir(args.journal)


def open_journal(
    args: argparse.Namespace, create: bool = True, readonly: bool = False, skip_bad_rows: bool = False
) -> Journal:
    """The journal for a command. `readonly` for commands that only read (the database file is
    never written); `skip_bad_rows` for a command that reads the records but writes derived data
    (the alerts). Either way damaged rows are left out with a one-line warning on stderr."""
    if getattr(args, "demo", False) and not args.journal:
        # The demo journal fills itself with the demo story on first use.
        from journal.core.demo.generate import ensure_demo_journal

        folder = ensure_demo_journal(demo_journal_dir())
    else:
        folder = journal_dir(args)
    journal = Journal.open(folder, create=create, readonly=readonly, skip_bad_rows=skip_bad_rows)
    warning = journal.skipped_rows_warning
    if warning:
        said = CommandLineCommonWords.tr("warning: {warning}").format(warning=warning)
        print(f"skinjournal: {said}", file=sys.stderr)
    return journal


def print_json(rows: Iterable[dict[str, Any]]) -> None:
    """A JSON array, one object per line: readable, and each line is encoded by json's C
    encoder (indent= would switch to the pure-Python one, 5x slower on a 10-year journal)."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    lines = [encode(row) for row in rows]
    sys.stdout.write("[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n")


def print_table(rows: list[dict[str, Any]], columns: list[str]) -> None:
    if not rows:
        print(CommandLineCommonWords.tr("(none)"))
        return
    text = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in text)) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for r in text:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return shown(str(value))


# C0 and C1 control characters and DEL (an ESC starts a terminal escape sequence that can
# recolour, move the cursor, retitle the window or hide text), and the Unicode bidirectional
# overrides that make text read differently from what it holds ("Trojan Source", CVE-2021-42574).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shown(text: str) -> str:
    """Text someone typed, as a terminal may print it: every control character written out
    (ESC as \\x1b, a newline as \\n), so a note can neither drive the terminal nor break a table."""
    return _CONTROL.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


class OrList(argparse._SubParsersAction):  # type: ignore[type-arg]
    """Subcommands where a first word that names none of them belongs to `list`: `entries SITE`
    stays what it was (`entries list SITE`) beside `entries edit ID`."""

    class _AnyWord(dict):  # type: ignore[type-arg]
        """argparse refuses a word not in `choices` before the action runs: here every word is in."""

        strict = False  # while subcommands are added: a name given twice is still refused

        def __contains__(self, key: object) -> bool:
            return dict.__contains__(self, key) if self.strict else True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._name_parser_map = self.choices = OrList._AnyWord()

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        words: Any = self.choices
        words.strict = True
        try:
            parser: argparse.ArgumentParser = super().add_parser(name, **kwargs)
            return parser
        finally:
            words.strict = False

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        if values and not dict.__contains__(self.choices, values[0]):
            values = ["list", *values]
        super().__call__(parser, namespace, values, option_string)


def said(outcome: Any) -> str:
    """An operation's words as a sentence: "Deleted the lab result phosphate of 2026-03-01." """
    label = shown(outcome.label)
    return f"{label[:1].upper()}{label[1:]}."


def forget_photos(journal: Journal, shas: frozenset[str]) -> None:
    """The command line has no undo: the files of pictures no row refers to any more go now."""
    from journal.core.photos.prune import prune_photo_files

    if shas:
        prune_photo_files(journal, shas)
