"""Reading a CSV file someone hands us: bytes to rows, each with the line it starts on.

Nothing here trusts the file: text that is not UTF-8 is named line by line, a quote that
is never closed is a bad line (not a crash), rows of the wrong width are named, and the
header must say what the file holds. Line numbers are the file's own physical lines, the
header being line 1, so a person can find them in any text editor.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import os
import stat
from collections.abc import Sequence
from pathlib import Path

from journal.core.csv.format import COLUMNS, ENTRY_VALUES, KINDS, restore
from journal.core.language import Words
from journal.core.store.connection import is_database_file


class CsvReadWords(Words):
    """Why a CSV file or one of its lines cannot be read (the file and line go in front)."""


# The largest CSV file read. The largest journal the app makes (the 30-year, 200-site demo)
# exports an entries.csv of about 40 MB; a file is read whole and its rows held as Python
# strings (several times its size in memory), so 200 MB leaves room for any real journal and
# keeps a wrong file from taking the computer's memory.
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclasses.dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return CsvReadWords.tr("{file} line {line}: {message}").format(
            file=self.file, line=self.line, message=self.message
        )


@dataclasses.dataclass
class Table:
    path: Path
    kind: str
    columns: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (line number, column -> cell text)

    @property
    def name(self) -> str:
        return self.path.name


class _Unreadable(Exception):
    """Why a path is not a file to read, in words."""


def _read_regular_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES. A FIFO would wait for a writer
    for ever and /dev/zero or /dev/urandom never end, so the file is opened without waiting
    (O_NONBLOCK) and checked on the open descriptor, then read no further than the bound."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _Unreadable(
                CsvReadWords.tr("not a regular file (a device, a pipe or a socket); give a CSV file")
            )
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise _Unreadable(
            CsvReadWords.tr("the file is larger than {size} MB").format(size=MAX_FILE_BYTES // 2**20)
        )
    return data


def read_table(path: Path, problems: list[Problem]) -> Table | None:
    """The rows of one file, or None (with the reasons added to `problems`) if it cannot be used."""
    name = path.name
    if is_database_file(path):  # only SQLite may open a journal's database (see db_files)
        problems.append(Problem(name, 1, CsvReadWords.tr("is a journal's database file, not a CSV file")))
        return None
    try:
        data = _read_regular_file(path)
    except _Unreadable as exc:
        problems.append(Problem(name, 1, str(exc)))
        return None
    except OSError as exc:
        problems.append(
            Problem(name, 1, CsvReadWords.tr("cannot be read ({reason})").format(reason=exc.strerror or exc))
        )
        return None
    text = _decode(name, data, problems)
    if text is None:
        return None
    records = _records(name, text, problems)
    if not records:
        problems.append(
            Problem(name, 1, CsvReadWords.tr("the file is empty (a header row of column names is needed)"))
        )
        return None
    header_line, header = records[0]
    columns = [cell.strip().lower().replace(" ", "_") for cell in header]
    kind = _kind_of(path, columns)
    if kind is None and len(columns) == 1 and (";" in columns[0] or "\t" in columns[0]):
        problems.append(
            Problem(
                name,
                header_line,
                CsvReadWords.tr(
                    'the columns are separated by semicolons or tabs; save the file as "CSV UTF-8" '
                    "(comma-separated, with a decimal point) and import it again"
                ),
            )
        )
        return None
    if kind is None:
        problems.append(
            Problem(
                name,
                header_line,
                CsvReadWords.tr(
                    "cannot tell what this file holds: name it {names}, "
                    "or give it at least the columns site, date and one value"
                ).format(names=", ".join(f"{k}.csv" for k in KINDS)),
            )
        )
        return None
    if not _header_ok(name, kind, columns, header_line, problems):
        return None
    rows: list[tuple[int, dict[str, str]]] = []
    for line, cells in records[1:]:
        if len(cells) != len(columns):
            problems.append(
                Problem(
                    name,
                    line,
                    CsvReadWords.tr(
                        "has %n cell(s) but the header has {count} ({columns})", "", len(cells)
                    ).format(count=len(columns), columns=", ".join(columns)),
                )
            )
            continue
        rows.append((line, {col: restore(cell.strip()) for col, cell in zip(columns, cells, strict=True)}))
    return Table(path, kind, columns, rows)


def _decode(name: str, data: bytes, problems: list[Problem]) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # A UTF-8 character never contains a newline byte, so each line can be checked alone.
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(
                Problem(
                    name,
                    number,
                    CsvReadWords.tr(
                        "is not UTF-8 text (byte {byte} at position {position}); "
                        'save the file as "CSV UTF-8" in your spreadsheet and import it again'
                    ).format(byte=f"0x{line[exc.start]:02X}", position=exc.start + 1),
                )
            )
    return None


_CSV_ERRORS = {
    "unexpected end of data": CsvReadWords.mark(
        'a quoted cell is never closed (a " is missing); the rest of the file cannot be read'
    ),
    "',' expected after '\"'": CsvReadWords.mark(
        'text follows a closing quote (a " inside a cell must be written "")'
    ),
    "line contains NUL": CsvReadWords.mark("contains a NUL character"),
}


def _records(name: str, text: str, problems: list[Problem]) -> list[tuple[int, list[str]]]:
    """Every non-blank record with the physical line it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[tuple[int, list[str]]] = []
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            reason = str(exc)
            problems.append(
                Problem(
                    name,
                    start,
                    next(
                        (CsvReadWords.tr(msg) for key, msg in _CSV_ERRORS.items() if key in reason),
                        CsvReadWords.tr("cannot be read as CSV ({reason})").format(reason=reason),
                    ),
                )
            )
            start = reader.line_num + 1
            continue
        if any(cell.strip() for cell in cells):
            records.append((start, cells))
        start = reader.line_num + 1
    return records


def _kind_of(path: Path, columns: Sequence[str]) -> str | None:
    if path.stem.lower() in KINDS:
        return path.stem.lower()
    # A file made by hand: recognised by its columns.
    if "sha256" in columns:
        return "photos"
    if "site" in columns and "date" in columns:
        return "entries"
    return None


def _header_ok(name: str, kind: str, columns: list[str], line: int, problems: list[Problem]) -> bool:
    known = COLUMNS[kind]
    unknown = [c for c in columns if c not in known]
    doubled = sorted({c for c in columns if columns.count(c) > 1})
    required = {
        "sites": ("name",),
        "entries": ("site", "date"),
        "photos": ("entry", "sha256"),
        "labs": ("date", "test", "value"),
        "site_phases": ("site", "date", "phase"),
        "finger_palm": ("date", "hand", "finger", "distance_mm"),
    }.get(kind, ("date",))
    missing = [c for c in required if c not in columns]
    message = ""
    if unknown:
        message = CsvReadWords.tr("unknown column(s) {unknown} for {kind} (known: {known})").format(
            unknown=", ".join(unknown), kind=kind, known=", ".join(known)
        )
    elif doubled:
        message = CsvReadWords.tr("column(s) {columns} appear more than once").format(
            columns=", ".join(doubled)
        )
    elif missing:
        message = CsvReadWords.tr("the column(s) {columns} are missing").format(columns=", ".join(missing))
    elif kind == "entries" and not any(c in columns for c in (*ENTRY_VALUES, "note")):
        message = CsvReadWords.tr("no value column: give at least one of {columns} or note").format(
            columns=", ".join(ENTRY_VALUES)
        )
    if message:
        problems.append(Problem(name, line, message))
        return False
    return True
