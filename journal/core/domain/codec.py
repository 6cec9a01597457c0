"""Turning records into database rows and back: dates as ISO text, yes/no as 0/1."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, TypeVar

T = TypeVar("T")


def _kind(annotation: object) -> str:
    text = str(annotation)
    if "date" in text:
        return "date"
    if "bool" in text:
        return "bool"
    return "plain"


def to_row(record: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, bool):
            value = int(value)
        row[field.name] = value
    if row.get("id") is None:
        row.pop("id", None)
    return row


_FIELD_KINDS: dict[type, tuple[tuple[str, str], ...]] = {}


def _field_kinds(cls: type) -> tuple[tuple[str, str], ...]:
    """(name, kind) of each field, worked out once per class: from_row runs once per row."""
    kinds = _FIELD_KINDS.get(cls)
    if kinds is None:
        kinds = _FIELD_KINDS[cls] = tuple((f.name, _kind(f.type)) for f in dataclasses.fields(cls))
    return kinds


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    values: dict[str, Any] = {}
    for name, kind in _field_kinds(cls):
        if name not in row:
            continue
        value = row[name]
        if value is not None and kind == "date":
            value = dt.date.fromisoformat(value)
        elif value is not None and kind == "bool":
            value = bool(value)
        values[name] = value
    return cls(**values)
