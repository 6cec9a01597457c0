"""A fresh install (`pip install .`, scripts/bootstrap.sh) brings every library the app imports:
each third-party module named in journal/ is a dependency in pyproject.toml (or one of theirs),
so an encrypted journal never meets a missing SQLCipher, AES-GCM or Argon2id on a new machine;
and `keyring`, the one optional library, is an extra whose absence the app says in words."""

from __future__ import annotations

import ast
import importlib.metadata as metadata
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OPTIONAL = {"keyring": "keyring"}  # module -> the extra that installs it


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]


def _imported_modules() -> set[str]:
    """Top-level names of every module imported anywhere in journal/ (in functions too)."""
    found: set[str] = set()
    for path in (ROOT / "journal").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.partition(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.partition(".")[0])
    return found - set(sys.stdlib_module_names) - {"journal", "__future__"}


def test_every_library_the_app_imports_comes_with_a_fresh_install() -> None:
    direct = {_name(r) for r in _project()["dependencies"]}
    brought = set(direct)
    for name in direct:
        brought.update(_name(r) for r in metadata.requires(name) or [] if "extra ==" not in r)
    by_module = metadata.packages_distributions()
    missing = []
    for module in sorted(_imported_modules() - set(OPTIONAL)):
        distributions = {_name(d) for d in by_module.get(module, [])}
        if not distributions & brought:
            missing.append(f"{module} ({', '.join(sorted(distributions)) or 'not installed here'})")
    assert missing == []
    for needed in ("sqlcipher3", "cryptography", "argon2-cffi"):  # the encrypted journal's
        assert needed in direct


def test_keyring_is_an_optional_extra_and_never_a_dependency() -> None:
    project = _project()
    extras = project["optional-dependencies"]
    for module, extra in OPTIONAL.items():
        assert module in _imported_modules()
        assert module not in {_name(r) for r in project["dependencies"]}
        assert module in {_name(r) for r in extras[extra]}
        assert module not in {_name(r) for r in extras["dev"]}  # the tests use a stand-in
