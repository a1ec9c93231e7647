"""The generated figures and targets of one unit for one measure: pure Python, no database.

Each (unit, measure) draws its own level, growth and pace from the unit's random stream, so
units differ (rankings spread), years grow, and statuses range from met to red."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from random import Random

from pacesetter.benchdata.scales import Kind

# Share of a twelfth of the year each month brings (Spring Festival slows Jan and Feb).
SEASON = {1: 0.8, 2: 0.65, 3: 1.0, 12: 1.15}
Years = list[tuple[int, list[int]]]  # (year, its months) in order
YearSeries = tuple[int, list[tuple[int, float]], float]  # year, (month, value)…, target


def _flow(rng: Random, years: Years, lo: float, hi: float, growth: tuple) -> Iterator[YearSeries]:
    """Cumulative measures: each month's own value; the year to date grows all year."""
    base, g, pace = rng.uniform(lo, hi), rng.uniform(*growth), rng.uniform(0.85, 1.2)
    for k, (year, months) in enumerate(years):
        total = base * (1 + g) ** k
        share = total / 12 * pace
        values = [(m, share * SEASON.get(m, 1.05) * (0.85 + 0.3 * rng.random())) for m in months]
        yield year, values, total * rng.uniform(0.95, 1.1)


def _stock(rng: Random, years: Years, lo: float, hi: float, rise: float) -> Iterator[YearSeries]:
    """``last`` levels (projects under way, people employed): never fall within a year."""
    base, g, pace = rng.uniform(lo, hi), rng.uniform(0.0, 0.08), rng.uniform(0.5, 1.5)
    for k, (year, months) in enumerate(years):
        start = base * (1 + g) ** k
        values, high = [], 0.0
        for m in months:
            high = max(high, start * (1 + rise * pace * m / 12 + 0.01 * rng.random()))
            values.append((m, high))
        yield year, values, start * (1 + rise) * rng.uniform(0.97, 1.05)


def _rate(rng: Random, years: Years, lo: float, hi: float, step: float) -> Iterator[YearSeries]:
    """Percentages reported as they stand (``last``), kept within 0–100."""
    base, pace = rng.uniform(lo, hi), rng.uniform(0.3, 1.5)
    for k, (year, months) in enumerate(years):
        start = base + step * 4 * k
        values = [
            (m, min(100.0, max(0.0, start + step * pace * m / 12 + rng.random() - 0.5)))
            for m in months
        ]
        yield year, values, min(100.0, max(0.0, start + step * rng.uniform(0.8, 1.2)))


def _mean(rng: Random, years: Years, lo: float, hi: float, spread: float) -> Iterator[YearSeries]:
    """``average`` measures: monthly readings around a level that drifts year to year."""
    base, drift = rng.uniform(lo, hi), rng.uniform(-0.02, 0.02)
    for k, (year, months) in enumerate(years):
        level = base * (1 + drift) ** k
        values = [(m, level * (1 + spread * (rng.random() - 0.5))) for m in months]
        yield year, values, level * rng.uniform(0.95, 1.05)


def _milestone(rng: Random, years: Years) -> Iterator[YearSeries]:
    """0 until the month the task is done (if it is done that year), then 1."""
    for year, months in years:
        done = rng.randint(2, 14)  # 13, 14: not this year
        yield year, [(m, 1.0 if m >= done else 0.0) for m in months], 1.0


SERIES: dict[str, Callable[[Random, Years], Iterator[YearSeries]]] = {
    "flow": lambda rng, years: _flow(rng, years, 1000, 20000, (0.02, 0.12)),
    "use": lambda rng, years: _flow(rng, years, 500, 5000, (-0.04, 0.02)),
    "new": lambda rng, years: _flow(rng, years, 20, 200, (0.0, 0.1)),
    "stock": lambda rng, years: _stock(rng, years, 5, 60, 0.3),
    "level": lambda rng, years: _stock(rng, years, 2000, 30000, 0.02),
    "rate": lambda rng, years: _rate(rng, years, 40, 80, 1.0),
    "loss": lambda rng, years: _rate(rng, years, 6, 9, -0.2),
    "mean": lambda rng, years: _mean(rng, years, 80, 97, 0.06),
    "wait": lambda rng, years: _mean(rng, years, 3, 15, 0.3),
    "done": _milestone,
}
# Percent values stay within 0–100 whatever the noise; growth keeps "mean" below 100 too.
CAP = {"mean": 100.0}


def comparator(kind: Kind) -> str:
    if kind.value_type == "milestone":
        return "="
    return ">=" if kind.direction == "higher" else "<="


def text(kind: Kind, value: float) -> str:
    """A figure or target as stored: counts whole, the rest to two places."""
    if kind.key in CAP:
        value = min(value, CAP[kind.key])
    if kind.value_type in ("count", "milestone"):
        return str(int(value + 0.5))
    return f"{value:.2f}"


def unit_series(kind: Kind, rng: Random, years: Years) -> Iterator[YearSeries]:
    return SERIES[kind.key](rng, years)
