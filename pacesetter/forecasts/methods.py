"""The year-end forecast of one measure in one unit, from this year's monthly totals and,
where they exist, the same measure and unit's earlier years (pure functions, numpy).

- cumulative: the year's total is the year to date divided by the share of the year that
  the earlier years had reached by the same months (their seasonal shape: Spring Festival
  slows January and February, December rushes). Without an earlier year every month is a
  twelfth: the straight pace, year to date × 12 / months.
- last (a level, or a rate as it stands): a least-squares trend line through this year's
  months, read at December. A count (whole numbers) is a line rounded to whole steps, whose
  rounding strays by a known spread (``STEP_SPREAD``); see ``_step_spread``.
- average: the mean of this year's readings (least squares on a constant); the months to
  come are expected at it. A trend line through three noisy readings swings too far.

Every interval is a least-squares prediction interval at ``RATE`` (Student's t on the
residual spread), so it is as wide as the figures are noisy and as short as the months are
few. A cumulative forecast's spread is that of this year's months around the seasonal
shape pooled with the earlier years' months around it; the shape's own error (estimated
from k years) widens it by (1 + 1/k). ``docs/forecast.md`` holds the back-test.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from pacesetter.core.progress import AVERAGE, CUMULATIVE, LAST

RATE = 0.8  # the intervals' nominal coverage
MONTHS = 12
# Student's t at 0.9 (a two-sided 80 % interval) by degrees of freedom; larger counts use the
# nearest row below (slightly wider), past 120 the normal quantile.
_T90 = {
    1: 3.078,
    2: 1.886,
    3: 1.638,
    4: 1.533,
    5: 1.476,
    6: 1.440,
    7: 1.415,
    8: 1.397,
    9: 1.383,
    10: 1.372,
    11: 1.363,
    12: 1.356,
    13: 1.350,
    14: 1.345,
    15: 1.341,
    16: 1.337,
    17: 1.333,
    18: 1.330,
    19: 1.328,
    20: 1.325,
    25: 1.316,
    30: 1.310,
    40: 1.303,
    60: 1.296,
    120: 1.289,
}
_Z90 = 1.2816
_NORMAL_DF = 121  # degrees of freedom read with the normal quantile
# Without an earlier year the year's shape is unknown: a month's share is taken to stray
# from a twelfth by this much (relative) beyond the noise this year's months show. Chosen on
# the back-test (docs/forecast.md) so that first years cover at the stated rate over the
# year in both sources (generator 84 %, demo 76 %), not month by month: the Spring Festival
# months are off by more, the autumn months by less.
SHAPE_SPREAD = 0.16
# A count is a figure rounded to a whole step: the rounding alone strays uniformly over ±½ a
# step, a variance of 1/12 step², known without being estimated from the months.
STEP_SPREAD = 1 / 12

SEASONAL, PACE, TREND, LATEST, LEVEL, FINAL = (
    "seasonal",
    "pace",
    "trend",
    "latest",
    "level",
    "final",
)


@dataclass(frozen=True)
class Forecast:
    """The value the measure's year rule gives for the year at ``horizon`` (December), and
    the interval around it (None when too few months show how noisy the figures are)."""

    value: float
    low: float | None
    high: float | None
    method: str  # seasonal, pace, trend, latest, level, final (the year is complete)
    history: int = 0  # earlier years whose shape was used

    @property
    def has_interval(self) -> bool:
        return self.low is not None and self.high is not None


def t_quantile(df: int) -> float:
    """Student's t at 0.9 for ``df`` degrees of freedom (df ≥ 1)."""
    if df > 120:
        return _Z90
    return _T90[max(k for k in _T90 if k <= df)]


def forecast(
    *,
    aggregation: str,
    months: Mapping[int, float],
    history: Sequence[Mapping[int, float]] = (),
    horizon: int = MONTHS,
) -> Forecast | None:
    """The forecast at month ``horizon`` of the year whose months so far are ``months``
    (month number → the month's total as ``MonthSeries`` holds it); ``history``: earlier
    years of the same measure and unit, each used only if it holds every month to
    ``horizon``. None when this year holds no month yet."""
    held = {t: float(v) for t, v in months.items() if 1 <= t <= horizon}
    if not held:
        return None
    if aggregation == CUMULATIVE:
        return _cumulative(held, history, horizon)
    if aggregation == AVERAGE:
        return _level(held, horizon)
    if aggregation == LAST:
        return _trend(held, horizon)
    raise ValueError(f"unknown aggregation {aggregation!r}")


def seasonal_shares(history: Sequence[Mapping[int, float]], horizon: int = MONTHS) -> np.ndarray:
    """Each month's mean share of its year's total over the complete earlier years (rows:
    years, columns: months); an empty array when none is complete."""
    years = [
        [float(y[t]) for t in range(1, horizon + 1)]
        for y in history
        if all(y.get(t) is not None for t in range(1, horizon + 1))
    ]
    rows = np.array([y for y in years if sum(y) > 0], dtype=float).reshape(-1, horizon)
    return rows / rows.sum(axis=1, keepdims=True)


def _cumulative(
    held: dict[int, float], history: Sequence[Mapping[int, float]], horizon: int
) -> Forecast | None:
    past = seasonal_shares(history, horizon)
    k = len(past)
    shape = past.mean(axis=0) if k else np.full(horizon, 1 / horizon)
    method = SEASONAL if k else PACE
    index = np.array(sorted(held)) - 1
    x = np.array([held[t + 1] for t in index])
    reached = float(shape[index].sum())
    ytd = float(x.sum())
    if len(held) == horizon:
        return Forecast(ytd, ytd, ytd, FINAL, k)
    if reached <= 0:
        return None
    total = ytd / reached
    if total <= 0:
        return Forecast(total, None, None, method, k)
    # Relative residuals: this year's months around the shape scaled to the forecast, and
    # (with two or more earlier years) the earlier years' months around the shape.
    counts = shape[index] > 0
    # This year's months stray from a shape estimated from k years by their own noise and
    # the shape's: (1 + 1/k) times the noise alone.
    inflation = (1 + 1 / k) if k else 1.0
    residuals = list((x[counts] / (shape[index][counts] * total) - 1) / np.sqrt(inflation))
    df = len(held) - 1
    if k >= 2:
        used = shape > 0
        residuals += list((past[:, used] / shape[used] - 1).ravel())
        df += (int(used.sum()) - 1) * (k - 1)
    if df < 1:
        return Forecast(total, None, None, method, k)
    spread = float(np.sum(np.square(residuals))) / df
    future = np.ones(horizon, dtype=bool)
    future[index] = False
    # The months to come, and the months so far scaled up to the year (their error weighs
    # (1 - reached) / reached as much again).
    weight = float(np.sum(shape[future] ** 2)) + ((1 - reached) / reached) ** 2 * float(
        np.sum(shape[index] ** 2)
    )
    # Without an earlier year the shape is unknown (SHAPE_SPREAD).
    variance = (spread * inflation + (0 if k else SHAPE_SPREAD**2)) * weight
    if variance <= 0:  # months exactly on the shape: nothing shows how far they may stray
        return Forecast(total, None, None, method, k)
    half = t_quantile(df) * float(np.sqrt(variance)) * total
    return Forecast(total, max(ytd, total - half), total + half, method, k)


def _trend(held: dict[int, float], horizon: int) -> Forecast:
    """A least-squares line through this year's months, read at ``horizon``; with fewer
    than three months, the latest figure (no interval)."""
    t = np.array(sorted(held), dtype=float)
    y = np.array([held[int(m)] for m in t])
    if int(t[-1]) == horizon:
        return Forecast(float(y[-1]), float(y[-1]), float(y[-1]), FINAL)
    if len(t) < 3:
        return Forecast(float(y[-1]), None, None, LATEST)
    design = np.column_stack([np.ones_like(t), t])
    beta, *_ = np.linalg.lstsq(design, y, rcond=None)
    at = np.array([1.0, float(horizon)])
    value = float(at @ beta)
    residual = y - design @ beta
    df = len(t) - 2
    spread = float(residual @ residual) / df
    whole = bool(np.all(y == np.round(y)))
    if whole:
        spread, df = _step_spread(spread, df)
    if spread <= 0:  # a straight line so far: no spread to go by
        return Forecast(value, None, None, TREND)
    leverage = float(at @ np.linalg.inv(design.T @ design) @ at)
    half = t_quantile(df) * float(np.sqrt(spread * (1 + leverage)))
    low = value - half
    if whole and bool(np.all(np.diff(y) >= 0)):
        # A count that has only risen this year counts things done so far: it keeps them.
        low = max(low, float(y[-1]))
    return Forecast(value, low, value + half, TREND)


def _step_spread(spread: float, df: int) -> tuple[float, int]:
    """The spread of a count's months around its line, and its degrees of freedom.

    The residuals of a few whole steps say little about the spread (0, 0, 1 around its line
    shows 1/6 on one degree of freedom, read with Student's t at 3.08), yet a count strays
    from its line at least by its rounding, whose spread is known: STEP_SPREAD, read with
    the normal quantile, also for a count that has not moved yet. Only the part beyond it is
    estimated; Welch–Satterthwaite gives the degrees of freedom of the sum, as many as the
    months have when that part dominates, unbounded when it vanishes."""
    extra = max(0.0, spread - STEP_SPREAD)
    total = STEP_SPREAD + extra
    if extra <= 0:
        return total, _NORMAL_DF
    return total, min(_NORMAL_DF, int(df * (total / extra) ** 2))


def _level(held: dict[int, float], horizon: int) -> Forecast:
    """The mean of this year's readings; the year's average if the months to come are as
    noisy around it as those so far."""
    x = np.array([held[t] for t in sorted(held)])
    mean = float(x.mean())
    if len(held) == horizon:
        return Forecast(mean, mean, mean, FINAL)
    if len(x) < 2:
        return Forecast(mean, None, None, LEVEL)
    ahead = horizon - len(x)
    spread = float(x.var(ddof=1))
    if spread <= 0:
        return Forecast(mean, None, None, LEVEL)
    variance = spread * (ahead + ahead**2 / len(x)) / horizon**2
    half = t_quantile(len(x) - 1) * float(np.sqrt(variance))
    return Forecast(mean, mean - half, mean + half, LEVEL)
