"""Bounds and outliers learnt from a figure's own history, like DHIS2's min-max values and
z-score / modified z-score outlier analysis: what a unit reported for a measure in the three
years before a month tells what is usual for it, and a figure far outside that needs a reason.

Two tests, as DHIS2 offers: the z-score (mean ± 3·SD) and the modified z-score of Iglewicz &
Hoaglin (0.6745·(x − median)/MAD beyond ±3.5), which one huge past spike cannot blind: the
spike inflates the mean and SD, not the median and MAD. A figure either test flags is an
outlier, unless it lies within half of the median either way (``LEEWAY``).

The history is read in the database, one query per 500 units for any number of figures: an
import of 100,000 figures never loads their histories. The median and the MAD are no portable
SQL aggregate, so window functions number each pair's figures in order (``ROW_NUMBER``) and
keep the middle one or two, on SQLite and PostgreSQL alike (``_HISTORY_SQL``). Both tests are
read as one range (``Bounds.low``–``Bounds.high``), so the range the page shows and the test
that flags a figure can never disagree."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from statistics import NormalDist

from django.db import connection
from django.utils.translation import gettext as _

from pacesetter.catalogue.models import Measure
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue

Z_LIMIT = 3.0  # |z| beyond this is an outlier: DHIS2's default z-score threshold
M_LIMIT = 3.5  # |M| beyond this is an outlier: Iglewicz & Hoaglin's (and DHIS2's) threshold
M_SCALE = 0.6745  # a normal distribution's MAD in SDs: M reads on the scale of z
MIN_HISTORY = 6  # fewer earlier figures say too little about what is usual
HISTORY_YEARS = 3  # each calendar month appears thrice: a seasonal peak is part of the usual
# A figure within half of its usual (the median) either way is never an outlier, as
# checks.JUMP_SHARE lets a month move by half without a reason; the spreads are floored to
# match. (A tight history otherwise flags 1.3× the usual, and one that never moved flags
# anything.)
LEEWAY = 0.5
SPREAD_FLOOR = LEEWAY / Z_LIMIT  # the least SD, as a share of the mean
MAD_FLOOR = LEEWAY * M_SCALE / M_LIMIT  # the least MAD, as a share of the median
CHUNK = 500  # units per query: within every database's parameter limit
Pair = tuple[int, int]  # (measure, unit)


@dataclass(frozen=True)
class Bounds:
    """What is usual for one measure in one unit before a period: within ``mean`` ±
    ``Z_LIMIT``·``sd`` and ``median`` ± ``M_LIMIT``·``mad``/``M_SCALE``, or within ``LEEWAY``
    of the median."""

    count: int
    mean: float
    sd: float  # sample standard deviation, floored at SPREAD_FLOOR of the mean
    median: float
    mad: float  # median absolute deviation from the median, floored at MAD_FLOOR of it

    @property
    def low(self) -> float:
        """The least figure not flagged: where neither test flags, widened to the leeway.
        Both tests' ranges hold the median (it lies
        within one SD of the mean), and so does the leeway: their union is one range.
        Where the mean lies off the median, the z-score's range can cut into the leeway:
        the leeway wins."""
        z_low = self.mean - Z_LIMIT * self.sd
        m_low = self.median - M_LIMIT * self.mad / M_SCALE if self.mad else -math.inf
        return max(min(max(z_low, m_low), (1 - LEEWAY) * self.median), 0.0)  # never negative

    @property
    def high(self) -> float:
        z_high = self.mean + Z_LIMIT * self.sd
        m_high = self.median + M_LIMIT * self.mad / M_SCALE if self.mad else math.inf
        return max(min(z_high, m_high), (1 + LEEWAY) * self.median)

    @property
    def usual(self) -> float:
        """The figure quoted as usual: the median, or the mean where most figures were 0."""
        return self.median if self.median > 0 else self.mean

    def zscore(self, value: Decimal | float) -> float:
        return NormalDist(self.mean, self.sd).zscore(float(value))

    def modified_zscore(self, value: Decimal | float) -> float:
        """Iglewicz & Hoaglin's M; 0 when the MAD is 0 (most figures were 0: it cannot tell)."""
        return M_SCALE * (float(value) - self.median) / self.mad if self.mad else 0.0

    def is_outlier(self, value: Decimal | float | None) -> bool:
        return value is not None and not self.low <= float(value) <= self.high

    def times(self, value: Decimal | float) -> float:
        """The figure as a multiple of the usual."""
        return float(value) / self.usual


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


# Per (measure, unit) of the history, with window functions only (a join of two derived
# tables has no index: quadratic on SQLite): h numbers its figures by value, c adds the mean
# and the median (the middle one or two: 2·i within n..n+2) to each, d numbers the deviations
# from the median the same way; the outer query sums the squared deviations from the mean and
# keeps the middle deviation(s) from the median, the MAD. Too short a history stops at c.
# Floats, not decimals: PostgreSQL sorts them a third faster, and a bound needs no cents.
_HISTORY_SQL = """
WITH h AS (
  SELECT measure_id AS m, orgunit_id AS u, CAST(value AS DOUBLE PRECISION) AS v,
    ROW_NUMBER() OVER (PARTITION BY measure_id, orgunit_id ORDER BY value) AS i,
    COUNT(*) OVER (PARTITION BY measure_id, orgunit_id) AS n
  FROM {dv}
  WHERE measure_id IN ({measures}) AND orgunit_id IN ({units}) AND period IN ({periods})
    AND value IS NOT NULL
), c AS (
  SELECT m, u, v, n, AVG(v) OVER (PARTITION BY m, u) AS mean,
    AVG(CASE WHEN 2 * i BETWEEN n AND n + 2 THEN v END) OVER (PARTITION BY m, u) AS median
  FROM h WHERE n >= %s
), d AS (
  SELECT m, u, n, mean, median, (v - mean) * (v - mean) AS sq, ABS(v - median) AS dev,
    ROW_NUMBER() OVER (PARTITION BY m, u ORDER BY ABS(v - median)) AS i
  FROM c
)
SELECT m, u, MAX(n), MAX(mean), MAX(median), SUM(sq),
  AVG(CASE WHEN 2 * i BETWEEN n AND n + 2 THEN dev END)
FROM d GROUP BY m, u
"""


def history_bounds(pairs: Iterable[Pair], period: Period) -> dict[Pair, Bounds]:
    """(measure, unit) → the bounds its history before ``period`` sets; a pair with fewer than
    ``MIN_HISTORY`` earlier figures, or whose figures never moved from 0, has none."""
    by_unit: dict[int, set[int]] = defaultdict(set)
    for measure, unit in pairs:
        by_unit[unit].add(measure)
    if not by_unit:
        return {}
    measures = sorted(set().union(*by_unit.values()))
    units = sorted(by_unit)
    window = history_window(period)
    found: dict[Pair, Bounds] = {}
    with connection.cursor() as cursor:
        for i in range(0, len(units), CHUNK):
            chunk = units[i : i + CHUNK]
            sql = _HISTORY_SQL.format(
                dv=connection.ops.quote_name(DataValue._meta.db_table),
                measures=", ".join(["%s"] * len(measures)),
                units=", ".join(["%s"] * len(chunk)),
                periods=", ".join(["%s"] * len(window)),
            )
            cursor.execute(sql, (*measures, *chunk, *window, MIN_HISTORY))
            for measure, unit, *figures in cursor.fetchall():
                if measure in by_unit[unit] and (bounds := _bounds(*figures)) is not None:
                    found[measure, unit] = bounds
    return found


def _bounds(n: int, mean: float, median: float, squares: float, mad: float) -> Bounds | None:
    if mean <= 0:
        return None
    sd = math.sqrt(squares / (n - 1))  # the sample SD
    return Bounds(n, mean, max(sd, SPREAD_FLOOR * mean), median, max(mad, MAD_FLOOR * median))


def describe(bounds: Bounds, value: Decimal, measure: Measure) -> str:
    """The warning beside a figure outside its bounds, in the words the grid shows."""
    fields = {
        "name": measure.name,
        "times": _shown(bounds.times(value), 1),
        "usual": _shown(bounds.usual),
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
