"""Expected progress and traffic-light status of one indicator (pure functions).

Status (PRODUCT.md "Analytics"): met, green (completion ≥ expected), yellow (within the
plan's tolerance below expected), red (further behind), missing (no figure after the
reporting deadline). Milestones have no time path: green until the last quarter, yellow
in it, red once the year is over.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pacesetter.core.periods import Period
from pacesetter.core.progress import expected_share  # the time path, shared with projects

__all__ = [
    "MET",
    "GREEN",
    "YELLOW",
    "RED",
    "MISSING",
    "ORDER",
    "Assessment",
    "expected_share",
    "comparator_holds",
    "assess",
    "assess_milestone",
    "assess_growth",
]

MET, GREEN, YELLOW, RED, MISSING = "met", "green", "yellow", "red", "missing"
ORDER = {RED: 0, MISSING: 1, YELLOW: 2, GREEN: 3, MET: 4}  # worst first


@dataclass(frozen=True)
class Assessment:
    status: str
    completion: Decimal | None
    expected: Decimal
    gap_points: Decimal | None  # completion minus expected, in percentage points


def comparator_holds(
    actual: Decimal, comparator: str, value: Decimal, value_max: Decimal | None = None
) -> bool:
    if comparator == ">":
        return actual > value
    if comparator == ">=":
        return actual >= value
    if comparator == "<":
        return actual < value
    if comparator == "<=":
        return actual <= value
    if comparator == "~":
        low, high = (
            (value, value_max)
            if value_max is not None
            else (value * Decimal("0.97"), value * Decimal("1.03"))
        )
        return low <= actual <= high
    return actual >= value  # "=": reaching the figure counts as meeting it


def assess(
    *,
    actual: Decimal | None,
    comparator: str,
    target: Decimal,
    expected: Decimal,
    lower_is_better: bool = False,
    tolerance: Decimal = Decimal(5),
    overdue: bool = False,
    year_over: bool = False,
    value_max: Decimal | None = None,
) -> Assessment:
    if actual is None:
        return Assessment(MISSING if overdue else GREEN, None, expected, None)
    if lower_is_better:
        # Running over the time-proportional allowance is what falls behind.
        used = actual / target if target else Decimal(0)
        gap = (expected - used) * 100
        completion = used
        if year_over and comparator_holds(actual, comparator, target, value_max):
            return Assessment(MET, completion, expected, gap)
    else:
        if not target:
            return Assessment(GREEN, None, expected, None)
        completion = actual / target
        if comparator_holds(actual, comparator, target, value_max):
            return Assessment(MET, completion, expected, (completion - expected) * 100)
        gap = (completion - expected) * 100
    if gap >= 0:
        status = GREEN
    elif -gap <= tolerance:
        status = YELLOW
    else:
        status = RED
    return Assessment(status, completion, expected, gap)


def assess_milestone(
    *, achieved: bool | None, period: Period, year: int, overdue: bool = False
) -> Assessment:
    expected = Decimal(1)
    if achieved:
        return Assessment(MET, Decimal(1), expected, Decimal(0))
    if achieved is None and overdue:
        return Assessment(MISSING, None, expected, None)
    if period.year > year:
        return Assessment(RED, Decimal(0), expected, None)
    status = YELLOW if period.year == year and period.last_month % 12 >= 9 else GREEN
    return Assessment(status, Decimal(0), expected, None)


def assess_growth(
    *,
    growth: Decimal | None,
    comparator: str,
    rate: Decimal,
    tolerance: Decimal = Decimal(5),
    overdue: bool = False,
    year_over: bool = False,
    value_max: Decimal | None = None,
) -> Assessment:
    """A growth target (增长8%以上): the year-to-date growth against the same period last
    year, in percent, compared with the target rate. A rate must hold all year, so there is
    no time path (expected is 1) and it is met only when the year is over; behind by at
    most ``tolerance`` points is yellow. Completion is the level reached against the level
    the rate asks for: (1 + growth) / (1 + rate)."""
    expected = Decimal(1)
    if growth is None:
        return Assessment(MISSING if overdue else GREEN, None, expected, None)
    points = growth * 100
    completion = (1 + growth) / (1 + rate / 100) if rate != -100 else None
    if comparator in ("<", "<="):
        gap = rate - points
    elif comparator == "~":
        low, high = (
            (rate, value_max)
            if value_max is not None
            else (rate * Decimal("0.97"), rate * Decimal("1.03"))
        )
        gap = min(points - low, high - points)
    else:
        gap = points - rate
    if comparator_holds(points, comparator, rate, value_max):
        return Assessment(MET if year_over else GREEN, completion, expected, gap)
    status = YELLOW if -gap <= tolerance else RED
    return Assessment(status, completion, expected, gap)
