"""Bounds and outliers learnt from a figure's own history, like DHIS2's min-max values and
z-score outlier analysis: what a unit reported for a measure in the three years before a
month tells what is usual for it, and a figure far outside that needs a reason.

The history is read as aggregates in the database (count, mean, standard deviation per
measure and unit), a few queries for any number of figures: an import of 100,000 figures
never loads their histories. That rules out the median/MAD modified z-score (a median is no
portable SQL aggregate); the mean ± k·SD bounds are the z-score test read as a range, so the
range the page shows and the test that flags a figure can never disagree."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from statistics import NormalDist

from django.db.models import Avg, Count, FloatField, StdDev
from django.utils.translation import gettext as _

from pacesetter.catalogue.models import Measure
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue

Z_LIMIT = 3.0  # |z| beyond this is an outlier: DHIS2's default z-score threshold
MIN_HISTORY = 6  # fewer earlier figures say too little about what is usual
HISTORY_YEARS = 3  # each calendar month appears thrice: a seasonal peak is part of the usual
# The least spread assumed, as a share of the mean: a figure within half of its usual either
# way is never an outlier, as checks.JUMP_SHARE lets a month move by half without a reason.
# (A tight history otherwise flags 1.3× the usual, and one that never moved flags anything.)
SPREAD_FLOOR = 0.5 / Z_LIMIT
CHUNK = 500  # units per query: within every database's parameter limit
Pair = tuple[int, int]  # (measure, unit)


@dataclass(frozen=True)
class Bounds:
    """What is usual for one measure in one unit before a period: ``mean`` ± ``Z_LIMIT``·``sd``."""

    count: int
    mean: float
    sd: float  # sample standard deviation, floored at SPREAD_FLOOR of the mean

    @property
    def low(self) -> float:
        return max(self.mean - Z_LIMIT * self.sd, 0.0)  # figures are never negative

    @property
    def high(self) -> float:
        return self.mean + Z_LIMIT * self.sd

    def zscore(self, value: Decimal | float) -> float:
        return NormalDist(self.mean, self.sd).zscore(float(value))

    def is_outlier(self, value: Decimal | float | None) -> bool:
        return value is not None and abs(self.zscore(value)) > Z_LIMIT

    def times(self, value: Decimal | float) -> float:
        """The figure as a multiple of the usual (the mean)."""
        return float(value) / self.mean


def checked(measure: Measure) -> bool:
    """Whether a measure's figures are tested against their history. A level (``last``:
    scenic spots so far) grows by nature and is compared with last month by the built-in
    checks; a milestone is 0 or 1."""
    return (
        measure.aggregation != Measure.Aggregation.LAST
        and measure.value_type != Measure.ValueType.MILESTONE
    )


def history_window(period: Period) -> list[str]:
    """The periods of the same kind in the ``HISTORY_YEARS`` years before ``period``."""
    steps = HISTORY_YEARS * 12 // period.month_count
    return [str(period.shift(-i)) for i in range(1, steps + 1)]


def history_bounds(pairs: Iterable[Pair], period: Period) -> dict[Pair, Bounds]:
    """(measure, unit) → the bounds its history before ``period`` sets; a pair with fewer than
    ``MIN_HISTORY`` earlier figures, or whose figures never moved from 0, has none."""
    by_unit: dict[int, set[int]] = defaultdict(set)
    for measure, unit in pairs:
        by_unit[unit].add(measure)
    if not by_unit:
        return {}
    measures = set().union(*by_unit.values())
    units = sorted(by_unit)
    window = history_window(period)
    found: dict[Pair, Bounds] = {}
    for i in range(0, len(units), CHUNK):
        rows = (
            DataValue.objects.filter(
                measure__in=measures,
                orgunit__in=units[i : i + CHUNK],
                period__in=window,
                value__isnull=False,
            )
            .values("measure_id", "orgunit_id")
            # The population SD: SQLite's sample SD (statistics.stdev) fails on a group of one.
            .annotate(
                n=Count("value"),
                mean=Avg("value", output_field=FloatField()),
                spread=StdDev("value", output_field=FloatField()),
            )
            .values_list("measure_id", "orgunit_id", "n", "mean", "spread")
        )
        for measure, unit, n, mean, spread in rows:
            if measure in by_unit[unit] and (bounds := _bounds(n, mean, spread)) is not None:
                found[measure, unit] = bounds
    return found


def _bounds(n: int, mean: float | None, spread: float | None) -> Bounds | None:
    if n < MIN_HISTORY or mean is None or mean <= 0:
        return None
    sample = (spread or 0.0) * math.sqrt(n / (n - 1))  # Bessel's correction
    return Bounds(n, mean, max(sample, SPREAD_FLOOR * mean))


def describe(bounds: Bounds, value: Decimal, measure: Measure) -> str:
    """The warning beside a figure outside its bounds, in the words the grid shows."""
    fields = {
        "name": measure.name,
        "times": _shown(bounds.times(value), 1),
        "usual": _shown(bounds.mean),
        "low": _shown(bounds.low),
        "high": _shown(bounds.high),
        "n": bounds.count,
    }
    if float(value) > bounds.high:
        return (
            _(
                "%(name)s is unusually high: %(times)s× the usual %(usual)s (expected "
                "%(low)s–%(high)s from %(n)s earlier figures); give a reason in the comment."
            )
            % fields
        )
    return (
        _(
            "%(name)s is unusually low: %(times)s× the usual %(usual)s (expected "
            "%(low)s–%(high)s from %(n)s earlier figures); give a reason in the comment."
        )
        % fields
    )


def usual_range(bounds: Bounds) -> str:
    """“80–120”: the range a figure is expected in, as the grid and quality page show it."""
    return f"{_shown(bounds.low)}–{_shown(bounds.high)}"


def _shown(number: float, places: int | None = None) -> str:
    """A readable figure: two decimals for small numbers, whole numbers for large ones."""
    if places is None:
        places = 2 if abs(number) < 100 else 0
    text = f"{number:.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
