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


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    values: dict[str, Any] = {}
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]
        if field.name not in row:
            continue
        value = row[field.name]
        kind = _kind(field.type)
        if value is not None and kind == "date":
            value = dt.date.fromisoformat(value)
        elif value is not None and kind == "bool":
            value = bool(value)
        values[field.name] = value
    return cls(**values)
