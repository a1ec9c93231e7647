"""The time rules every app shares: a year-to-date value from one unit's own monthly figures,
and the share of a year's target that should be reached by a month (时序进度).

Pure functions below every app: the report grid and project pages use them; analytics
(which reads reports and projects) builds on them, so nothing imports analytics back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from pacesetter.core.periods import Period

CUMULATIVE, LAST, AVERAGE = "cumulative", "last", "average"


@dataclass(frozen=True)
class Figure:
    orgunit_id: int
    period: Period
    value: Decimal


def actual(figures: Iterable[Figure], *, aggregation: str, upto: Period) -> Decimal | None:
    """The value for the year of ``upto`` as of the end of ``upto``.

    cumulative: the sum of the periods so far; last: each unit's latest figure,
    summed over units; average: the mean of the per-period totals. Pages aggregate the
    same rule in SQL (analytics.aggregates); this form serves a handful of figures.
    """
    year = Period.year_of(upto.year)
    in_range = [
        f for f in figures if year.contains(f.period) and f.period.last_month <= upto.last_month
    ]
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


def expected_share(
    *, period: Period, year: int, profile: list | None = None, time_bound: bool = True
) -> Decimal:
    """Share of the year's target that should be reached by the end of ``period``."""
    if not time_bound:
        return Decimal(1)
    target_period = Period.year_of(year)
    if profile and period.year == year:
        month = min(period.last_month, target_period.last_month) - target_period.first_month
        return Decimal(str(profile[month]))
    return _elapsed(period, year)


@lru_cache(maxsize=512)
def _elapsed(period: Period, year: int) -> Decimal:
    """The share of ``year`` elapsed by the end of ``period`` (asked once per indicator and
    unit on a ranking: the same few answers thousands of times)."""
    share = period.share_elapsed(Period.year_of(year))
    return Decimal(share.numerator) / Decimal(share.denominator)
