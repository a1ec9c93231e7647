"""Back-test of the year-end forecasts: for each past year of a series, forecast from each
month and compare with what the year came to (``bench/forecast_backtest.py`` writes the
result to ``docs/forecast.md``).

Two sources: the benchmark generator's series (``benchdata.series``, the very function that
writes ``pacesetter bench generate``'s figures, rounded as stored), and the demo's figures
as the analytics read them from the database (``demo_cases``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from random import Random

from pacesetter.benchdata.scales import KINDS, Kind
from pacesetter.benchdata.series import text, unit_series
from pacesetter.forecasts.methods import MONTHS, forecast

Year = dict[int, float]  # month number → the month's total


@dataclass(frozen=True)
class Case:
    """One year of one series, to be forecast from each of its months before ``horizon``."""

    group: str  # what the case is reported under: a kind of measure
    aggregation: str
    year: Year
    history: tuple[Year, ...] = ()  # the earlier years, oldest first
    horizon: int = MONTHS


@dataclass
class Cell:
    """The forecasts made from one month of one group of cases."""

    count: int = 0
    errors: list[float] = field(default_factory=list)  # |forecast / outcome - 1|
    pace_errors: list[float] = field(default_factory=list)  # the same without the history
    intervals: int = 0
    covered: int = 0

    @property
    def error(self) -> float | None:
        return sum(self.errors) / len(self.errors) if self.errors else None

    @property
    def pace_error(self) -> float | None:
        return sum(self.pace_errors) / len(self.pace_errors) if self.pace_errors else None

    @property
    def coverage(self) -> float | None:
        return self.covered / self.intervals if self.intervals else None

    def add(self, other: Cell) -> None:
        self.count += other.count
        self.errors += other.errors
        self.pace_errors += other.pace_errors
        self.intervals += other.intervals
        self.covered += other.covered


Results = dict[str, dict[int, Cell]]  # group → month forecast from → cell


def outcome(case: Case) -> float:
    """What the year came to at ``horizon``, by the measure's rule."""
    done = forecast(aggregation=case.aggregation, months=case.year, horizon=case.horizon)
    assert done is not None
    return done.value


def run(cases: Iterable[Case]) -> Results:
    results: Results = defaultdict(lambda: defaultdict(Cell))
    for case in cases:
        actual = outcome(case)
        for month in range(1, case.horizon):
            so_far = {t: v for t, v in case.year.items() if t <= month}
            made = forecast(
                aggregation=case.aggregation,
                months=so_far,
                history=case.history,
                horizon=case.horizon,
            )
            if made is None:
                continue
            cell = results[case.group][month]
            cell.count += 1
            if actual:
                cell.errors.append(abs(made.value / actual - 1))
                if case.history and case.aggregation == "cumulative":
                    pace = forecast(
                        aggregation=case.aggregation, months=so_far, horizon=case.horizon
                    )
                    assert pace is not None
                    cell.pace_errors.append(abs(pace.value / actual - 1))
            if made.low is not None and made.high is not None:
                cell.intervals += 1
                cell.covered += made.low - 1e-9 <= actual <= made.high + 1e-9
    return results


def overall(results: Results, groups: Iterable[str] | None = None) -> Cell:
    total = Cell()
    for group, months in results.items():
        if groups is None or group in groups:
            for cell in months.values():
                total.add(cell)
    return total


def generator_cases(
    *, units: int = 60, measures: int = 20, years: int = 5, seed: int = 1
) -> Iterator[Case]:
    """The generator's series of ``units`` units × ``measures`` measures (kinds in turn, as
    ``pacesetter bench generate`` draws them: one random stream per unit) over ``years``
    complete calendar years. Milestones are left out: they are not forecast."""
    span = [(2024 - years + k, list(range(1, 13))) for k in range(years)]
    for u in range(units):
        rng = Random(f"{seed}/U{u:04d}")
        for i in range(measures):
            kind = KINDS[i % len(KINDS)]
            stream = [
                {m: float(text(kind, v)) for m, v in values}
                for _year, values, _target in unit_series(kind, rng, span)
            ]
            if kind.value_type != "milestone":
                yield from _years(kind, stream)


def _years(kind: Kind, stream: list[Year]) -> Iterator[Case]:
    for k, year in enumerate(stream):
        group = _group(kind, bool(k))
        yield Case(group, kind.aggregation, year, tuple(stream[:k]))


def _group(kind: Kind, history: bool) -> str:
    if kind.aggregation == "cumulative":
        return f"{kind.aggregation} ({'with' if history else 'no'} earlier year)"
    return kind.aggregation


def demo_cases() -> Iterator[Case]:
    """The demo's figures (no earlier year; January to October 2023) as the plan pages read
    them: each indicator for the plan's whole area and for each unit under its owner. The
    outcome is October's year to date, forecast from each month before it."""
    from pacesetter.analytics.aggregates import month_series
    from pacesetter.analytics.evaluate import series_of
    from pacesetter.indicators.models import Indicator
    from pacesetter.orgunits.models import OrgUnit
    from pacesetter.plans.models import Plan

    for plan in Plan.objects.filter(is_demo=True).select_related("owner").order_by("code"):
        indicators = list(
            Indicator.objects.filter(goal__plan=plan)
            .exclude(measure__value_type="milestone")
            .select_related("measure", "lead_unit")
        )
        owner, years = plan.owner, [plan.first_year]
        whole = month_series(
            measures=[i.measure for i in indicators],
            root=owner,
            years=years,
            own=[i.lead_unit for i in indicators],
        )
        branches = month_series(
            measures=[i.measure for i in indicators],
            root=owner,
            years=years,
            depth=owner.depth + 1,
        )
        children = OrgUnit.objects.filter(path__startswith=owner.path, depth=owner.depth + 1)
        for ind in indicators:
            found = [series_of(whole, ind, owner)]
            found += [
                branches[key] for c in children if (key := (ind.measure_id, c.path)) in branches
            ]
            for series in found:
                year = {p.number: float(v) for p, v in series.totals.items()}
                if len(year) >= 3:
                    group = (
                        f"{ind.aggregation} (no earlier year)"
                        if ind.aggregation == "cumulative"
                        else ind.aggregation
                    )
                    yield Case(group, ind.aggregation, year, (), max(year))
