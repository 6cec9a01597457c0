"""The house's layering holds: only the store speaks SQL, and the import contracts in pyproject.toml.

The store (`journal/core/store/`) holds every SQL statement and opens every database connection,
so the rules that keep SQLite's locks and the journal's identity safe (see store/connection.py)
are kept in one place. This reads every module of the package as Python source (`ast`, nothing is
imported) and names each SQL text and each `sqlite3.connect` found anywhere else.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "journal"
STORE = PACKAGE / "core" / "store"

# A string that starts like an SQL statement. Upper case only: the app's sentences ("Delete this
# entry?") start with the same words in sentence case. A word with a colon is an iCalendar line
# ("BEGIN:VEVENT"), never SQL.
SQL_TEXT = re.compile(
    r"\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|UPSERT|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|END"
    r"|SAVEPOINT|RELEASE|ATTACH|DETACH|VACUUM|ANALYZE|REINDEX|WITH)\b(?!:)"
)


def sql_outside_the_store(source: str, where: str) -> list[str]:
    """Each SQL text and each `sqlite3.connect` (however imported) in `source`, as "where:line: what"."""
    tree = ast.parse(source)
    connect_names = {"sqlite3.connect"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            connect_names |= {
                f"{alias.asname}.connect" for alias in node.names if alias.name == "sqlite3" and alias.asname
            }
        elif isinstance(node, ast.ImportFrom) and node.module == "sqlite3":
            connect_names |= {alias.asname or alias.name for alias in node.names if alias.name == "connect"}
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.match(node.value):
            found.append((node.lineno, f"SQL {node.value.strip()[:50]!r}"))
        elif isinstance(node, ast.Call) and ast.unparse(node.func) in connect_names:
            found.append((node.lineno, f"{ast.unparse(node.func)}(...)"))
    return [f"{where}:{line}: {what}" for line, what in sorted(found)]


def test_only_the_store_holds_sql_and_opens_connections() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if STORE in path.parents:
            continue
        found += sql_outside_the_store(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == [], "SQL and connections belong in journal/core/store:\n" + "\n".join(found)


def test_the_check_sees_sql_and_connections_in_every_form() -> None:
    source = '''
import sqlite3
import sqlite3 as lite
from sqlite3 import connect as opener
conn = sqlite3.connect("a")
other = lite.connect("b")
third = opener("c")
conn.execute("PRAGMA foreign_keys = ON")
conn.execute(f"SELECT * FROM {table}")
conn.execute("""
    INSERT INTO sites (name) VALUES (?)""")
'''
    found = sql_outside_the_store(source, "m.py")
    assert [line.split(": ", 1)[0] for line in found] == [
        "m.py:5",
        "m.py:6",
        "m.py:7",
        "m.py:8",
        "m.py:9",
        "m.py:10",
    ]


def test_sentences_that_start_like_sql_are_not_sql() -> None:
    source = 'ask("Delete this entry?"); say("Select a site first."); say("Begin with a photo.")\n'
    assert sql_outside_the_store(source, "m.py") == []


def test_the_import_contracts_hold() -> None:
    """The core imports neither the window, the command line nor the summary; the window and the
    command line do not import each other (pyproject.toml, [tool.importlinter])."""
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), "--no-logo", "--no-cache", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_store_writes_without_loading_sqlite_utils() -> None:
    """A write through sqlite-utils (`self.db.atomic()`, `self.db.execute`) would load it, a
    pause of a tenth of a second, at the first save of a session; the store's own
    `transaction()` and the connection do the same. sqlite-utils is for migrations only."""
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted(STORE.glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bself\.db\.(atomic|execute|table|query)\b", line)
    ]
    assert found == []
