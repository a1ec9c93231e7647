"""The rules with their filters off, for the target screen's training only.

The rules were written against the development texts, so on those texts their filters (a
result told in the past, a list's own size, a descriptor, a figure told again…) catch nearly
every figure that is no goal; on a text they have not seen some of those slip through, and
the learnt screen, trained only on what the rules keep, has seen few of their kind. With the
filters off the rules also keep what the filters drop, and the trainer adds those figures as
(down-weighted) examples. Never used by ``extract`` itself: it swaps module attributes and is
not safe beside a concurrent extraction.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

from . import not_goals, targets
from .future_markers import Marker

# targets.py's checks that drop a figure, each a function answering "drop it?"
_TARGET_FILTERS = (
    "skip_clause",
    "glosses",
    "focused",
    "is_specification",
    "restates_list",
    "event_roll",
    "under_way",
    "counts_the_list",
    "heads_a_list",
    "own_list",
    "list_total",
    "is_descriptor",
    "past_start",
    "superseded",
    "compared_base",
    "last_year_delta",
)


def _never(*_: Any, **__: Any) -> bool:
    return False


@contextlib.contextmanager
def filters_off() -> Iterator[None]:
    """Within it, ``extract`` keeps what the rules' filters would drop: figures in a past
    context read as ahead, and no list, descriptor, level or retold check."""
    import pacesetter_extraction as package

    saved: list[tuple[ModuleType, str, Any]] = []

    def swap(module: ModuleType, name: str, stand_in: Any) -> None:
        saved.append((module, name, getattr(module, name)))  # a renamed filter fails here
        setattr(module, name, stand_in)

    last_marker = targets.last_marker

    def never_past(markers: list[Marker], pos: int) -> Marker:
        mk = last_marker(markers, pos)
        return mk if mk is not None and mk.state != "past" else Marker(pos, "future")

    swap(targets, "last_marker", never_past)
    for name in _TARGET_FILTERS:
        swap(targets, name, _never)
    swap(not_goals, "told_not_aimed", _never)
    swap(package, "drop_retold", lambda doc, found: found)
    try:
        yield
    finally:
        for module, name, original in reversed(saved):
            setattr(module, name, original)
