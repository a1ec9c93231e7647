"""Actual value and completion of an indicator, from its stored figures (pure functions)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from pacesetter.core.periods import Period

CUMULATIVE, LAST, AVERAGE = "cumulative", "last", "average"


@dataclass(frozen=True)
class Figure:
    orgunit_id: int
    period: Period
    value: Decimal


def actual(figures: Iterable[Figure], *, aggregation: str, upto: Period) -> Decimal | None:
    """The indicator's value for the year of ``upto`` as of the end of ``upto``.

    cumulative: the sum of the periods so far; last: each unit's latest figure,
    summed over units; average: the mean of the per-period totals.
    """
    year = Period.year_of(upto.year)
    in_range = [f for f in figures if year.contains(f.period) and f.period.last_month <= upto.last_month]
    if not in_range:
        return None
    if aggregation == CUMULATIVE:
        return sum((f.value for f in in_range), Decimal(0))
    if aggregation == LAST:
        latest: dict[int, Figure] = {}
        for f in in_range:
            if f.orgunit_id not in latest or f.period > latest[f.orgunit_id].period:
                latest[f.orgunit_id] = f
        return sum((f.value for f in latest.values()), Decimal(0))
    totals: dict[Period, Decimal] = defaultdict(Decimal)
    for f in in_range:
        totals[f.period] += f.value
    return sum(totals.values(), Decimal(0)) / len(totals)


def completion(actual_value: Decimal | None, target: Decimal, *, lower_is_better: bool = False
               ) -> Decimal | None:
    """actual / target, inverted when lower is better; None when it cannot be known."""
    if actual_value is None or target == 0:
        return None
    if lower_is_better:
        return None if actual_value == 0 else target / actual_value
    return actual_value / target


def latest_period(figures: Iterable[Figure], *, upto: Period) -> Period | None:
    periods = [f.period for f in figures if f.period.last_month <= upto.last_month
               and f.period.year == upto.year]
    return max(periods, default=None)
