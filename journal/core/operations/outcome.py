"""What an operation returns: what changed, in words, and how to take it back.

Modelled on Anki's `OpChanges`: a change says which kinds of record it touched so that each
view refreshes only when its kind is named, instead of every view reloading after every save.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, get_args

if TYPE_CHECKING:
    from journal.core.journal import Journal

T = TypeVar("T")

Kind = Literal[
    "sites",
    "entries",
    "photos",
    "measurements",
    "daily",
    "labs",
    "care",
    "visits",
    "alerts",
    "settings",
    "profile",
    "alignments",
    "hand",
]
KINDS: tuple[Kind, ...] = get_args(Kind)  # in the order above, one list to keep
# The records the warning-sign rules read: a change to any of them calls for a new look at the alerts
# (a photo measurement's uncertainty decides whether a size change counts as growth).
ALERT_INPUTS: frozenset[str] = frozenset({"sites", "entries", "measurements", "daily", "labs", "settings"})


@dataclasses.dataclass(frozen=True)
class Changes:
    """For each kind of record an operation changed, the ids it touched. An empty set of ids
    means the kind as a whole (a setting, or records too many to name, as after an import)."""

    ids: Mapping[str, frozenset[int]] = dataclasses.field(default_factory=dict)

    @classmethod
    def of(cls, **kinds: Iterable[int | None]) -> Changes:
        """The records named by id; a kind given no id is left out (nothing of it changed)."""
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kinds of record: {sorted(unknown)}")
        named = {kind: frozenset(i for i in ids if i is not None) for kind, ids in kinds.items()}
        return cls({kind: ids for kind, ids in named.items() if ids})

    @classmethod
    def whole(cls, *kinds: str) -> Changes:
        """Kinds changed as a whole (a setting has no id; an import touches too many to name)."""
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kinds of record: {sorted(unknown)}")
        return cls({kind: frozenset() for kind in kinds})

    @classmethod
    def everything(cls) -> Changes:
        return cls({kind: frozenset() for kind in KINDS})

    def __contains__(self, kind: object) -> bool:
        return kind in self.ids

    def __or__(self, other: Changes) -> Changes:
        merged = dict(self.ids)
        for kind, ids in other.ids.items():
            mine = merged.get(kind)
            # "the whole kind" absorbs named ids
            merged[kind] = (
                frozenset() if (mine is not None and not mine) or not ids else (mine or frozenset()) | ids
            )
        return Changes(merged)

    def __bool__(self) -> bool:
        return bool(self.ids)

    @property
    def alerts_may_change(self) -> bool:
        return bool(ALERT_INPUTS & set(self.ids))

    def to_plain(self) -> dict[str, list[int]]:
        return {kind: sorted(ids) for kind, ids in sorted(self.ids.items())}


Undo = Callable[["Journal"], "Outcome[Any]"]


@dataclasses.dataclass(frozen=True)
class Outcome(Generic[T]):
    """What one operation did.

    `undo` runs the inverse operation (itself returning an Outcome whose `undo` is the redo);
    None when the change cannot be taken back (an import is undone by a backup, not a step).
    `photo_shas` names the pictures this outcome's undo could bring back: their files must stay
    on disk while the step can still be undone (see photos.prune)."""

    value: T
    changes: Changes
    label: str
    undo: Undo | None = None
    photo_shas: frozenset[str] = frozenset()
