"""Actual value and completion of an indicator, from its stored figures (pure functions)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from pacesetter.core.periods import Period
from pacesetter.core.progress import AVERAGE, CUMULATIVE, LAST, Figure, actual

# The year-to-date rule lives in core (the report grid uses it too); re-exported here.
__all__ = ["AVERAGE", "CUMULATIVE", "LAST", "Figure", "actual", "completion", "latest_period"]


def completion(
    actual_value: Decimal | None, target: Decimal, *, lower_is_better: bool = False
) -> Decimal | None:
    """actual / target, inverted when lower is better; None when it cannot be known."""
    if actual_value is None or target == 0:
        return None
    if lower_is_better:
        return None if actual_value == 0 else target / actual_value
    return actual_value / target


def latest_period(figures: Iterable[Figure], *, upto: Period) -> Period | None:
    periods = [
        f.period
        for f in figures
        if f.period.last_month <= upto.last_month and f.period.year == upto.year
    ]
    return max(periods, default=None)
