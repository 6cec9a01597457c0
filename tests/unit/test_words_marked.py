"""No word a person reads in the window escapes translation: a text given to Qt is never a bare
string literal or f-string, but a `XWords.tr(...)` (or a value built from one).

Read from the source with `ast`, over journal/gui: the calls that put text on screen (labels,
buttons, titles, tooltips, accessible names, message boxes, menus, form rows, headers)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Qt calls and the position of their text argument.
TEXT_SETTERS = {
    "setText": 0,
    "setWindowTitle": 0,
    "setToolTip": 0,
    "setStatusTip": 0,
    "setWhatsThis": 0,
    "setPlaceholderText": 0,
    "setAccessibleName": 0,
    "setAccessibleDescription": 0,
    "setTitle": 0,
    "setLabelText": 0,
    "setSpecialValueText": 0,
    "setSuffix": 0,
    "setPrefix": 0,
    "showMessage": 0,
    "addMenu": 0,
    "setTabText": 1,
    "addTab": 1,
    "insertTab": 2,
}
TEXT_WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton"}
MESSAGE_BOXES = {"information", "warning", "critical", "question"}  # (parent, title, text, ...)


UNITS = {"mm", "kB", "MB", "GB", "px"}  # written the same in every language (the glossary keeps them)


def _has_words(text: str) -> bool:
    """Letters that form a word of a language: not markup (<b>), not a unit."""
    plain = re.sub(r"<[^>]*>|&[a-z]+;", " ", text)
    return any(word not in UNITS for word in re.findall(r"[^\W\d_]{2,}", plain))


def _is_words(node: ast.AST) -> bool:
    """A bare literal or f-string with words in it: a word nobody translated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return _has_words("".join(str(p.value) for p in node.values if isinstance(p, ast.Constant)))
    return False


def untranslated(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        texts: list[ast.AST] = []
        if name in TEXT_SETTERS and len(node.args) > TEXT_SETTERS[name]:
            texts.append(node.args[TEXT_SETTERS[name]])
        elif name in TEXT_WIDGETS and node.args:
            texts.append(node.args[0])
        elif name == "addRow" and len(node.args) == 2:
            texts.append(node.args[0])
        elif name in MESSAGE_BOXES and isinstance(func, ast.Attribute) and len(node.args) >= 3:
            texts.extend(node.args[1:3])
        elif name == "setHorizontalHeaderLabels" and node.args and isinstance(node.args[0], ast.List):
            texts.extend(node.args[0].elts)
        for text in texts:
            if _is_words(text):
                found.append((node.lineno, ast.unparse(text)[:70]))
    return found


def test_every_window_text_goes_through_translation() -> None:
    missing = [
        f"{path.relative_to(ROOT)}:{line}: {text}"
        for path in sorted((ROOT / "journal" / "gui").rglob("*.py"))
        for line, text in untranslated(path.read_text(encoding="utf-8"))
    ]
    assert not missing, f"{len(missing)} texts are not marked for translation:\n" + "\n".join(missing)


def test_the_check_finds_a_bare_text() -> None:
    planted = (
        'label = QLabel("Hello")\nbox.setToolTip(f"Size {mm} mm")\nok = QLabel(Words.tr("Fine"))\n'
        'unit = QLabel(" mm")\nbold = QLabel(f"<b>{name}</b> - {when}")\n'
    )
    assert [line for line, _ in untranslated(planted)] == [1, 2]
