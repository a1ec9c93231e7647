"""Year-end forecasts of a plan's indicators: for the plan's whole area (its owner's scope,
as the plan pages judge it) and, asked for, for each unit under the owner that holds a
target of its own. The figures are the analytics' month totals, aggregated in the database
(``analytics.aggregates.month_series``): a fixed number of queries whatever the plan's
size, then a pure forecast per row (``methods.forecast``).

"Will miss" is decided on the interval, not the point: an indicator will miss when even the
favourable end of the interval falls short of the target (an 80 % interval: the chance of
making it is then about one in ten). A point forecast below the target with an interval
reaching it is shown as such (its completion), not listed."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Prefetch

from pacesetter.analytics.aggregates import EMPTY, MonthSeries, month_series
from pacesetter.analytics.evaluate import series_of
from pacesetter.analytics.progress import completion
from pacesetter.analytics.status import comparator_holds
from pacesetter.core.periods import Period
from pacesetter.forecasts.methods import MONTHS, RATE, Forecast, forecast
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan

HISTORY_YEARS = 3  # earlier years read for a measure's seasonal shape
PLACES = Decimal("0.0001")


@dataclass
class ForecastRow:
    indicator: Indicator
    unit: OrgUnit  # the plan's owner (the whole area) or a unit under it
    target: Target | None
    # The level the target asks for by December: its value, or for a growth target last
    # year's value grown by the rate. None when it cannot be known.
    goal: Decimal | None
    forecast: Forecast | None

    @property
    def value(self) -> Decimal | None:
        return _decimal(self.forecast.value) if self.forecast else None

    @property
    def low(self) -> Decimal | None:
        return _decimal(self.forecast.low) if self.forecast else None

    @property
    def high(self) -> Decimal | None:
        return _decimal(self.forecast.high) if self.forecast else None

    @property
    def lower_is_better(self) -> bool:
        return self.indicator.direction == "lower"

    def _completion(self, value: Decimal | None) -> Decimal | None:
        if self.goal is None:
            return None
        return completion(value, self.goal, lower_is_better=self.lower_is_better)

    @property
    def completion(self) -> Decimal | None:
        """The forecast against the target (inverted when lower is better)."""
        return self._completion(self.value)

    @property
    def completion_range(self) -> tuple[Decimal, Decimal] | None:
        """The interval against the target, worse end first."""
        ends = [self._completion(self.low), self._completion(self.high)]
        if ends[0] is None or ends[1] is None:
            return None
        return min(ends[0], ends[1]), max(ends[0], ends[1])

    @property
    def will_miss(self) -> bool:
        """Even the favourable end of the interval misses the target."""
        target, low, high = self.target, self.low, self.high
        if target is None or self.goal is None or low is None or high is None:
            return False
        goal, top = self.goal, target.value_max
        if target.comparator == "~":
            band = (
                (goal, top) if top is not None else (goal * Decimal("0.97"), goal * Decimal("1.03"))
            )
            return high < band[0] or low > band[1]
        if target.comparator in ("<", "<="):
            return not comparator_holds(low, target.comparator, goal)
        return not comparator_holds(high, target.comparator, goal, top)


@dataclass
class PlanForecast:
    period: Period
    rate: float  # the intervals' nominal coverage
    owner_id: int  # the plan's owner: its rows are the whole area's
    rows: list[ForecastRow]  # the whole area's, in indicator order, then the units'

    def whole(self) -> list[ForecastRow]:
        return [r for r in self.rows if r.unit.pk == self.owner_id]

    def of(self, indicator: Indicator) -> ForecastRow | None:
        return next((r for r in self.whole() if r.indicator.pk == indicator.pk), None)

    def units_of(self, indicator: Indicator) -> dict[int, ForecastRow]:
        return {
            r.unit.pk: r
            for r in self.rows
            if r.indicator.pk == indicator.pk and r.unit.pk != self.owner_id
        }

    @property
    def will_miss(self) -> list[ForecastRow]:
        """The whole area's indicators that will miss, furthest from the target first."""
        return sorted(
            (r for r in self.whole() if r.will_miss),
            key=lambda r: (r.completion_range or (Decimal(0), Decimal(0)))[1],
        )


def plan_forecasts(
    *, plan: Plan, upto: Period, indicator: Indicator | None = None, units: bool = False
) -> PlanForecast:
    """Each indicator's forecast from the months up to ``upto`` (milestones are not
    forecast); ``indicator``: that one only; ``units``: also each unit under the plan's
    owner that holds a target of its own for the year."""
    owner = plan.owner
    found = Indicator.objects.filter(goal__plan=plan).exclude(measure__value_type="milestone")
    if indicator is not None:
        found = found.filter(pk=indicator.pk)
    indicators = list(
        found.select_related("lead_unit", "measure")
        .prefetch_related(
            Prefetch(
                "targets",
                queryset=Target.objects.filter(year=upto.year).select_related("orgunit"),
                to_attr="year_targets",
            )
        )
        .order_by("code")
    )
    years = list(range(upto.year - HISTORY_YEARS, upto.year + 1))
    measures = [i.measure for i in indicators]
    whole = month_series(
        measures=measures, root=owner, years=years, own=[i.lead_unit for i in indicators]
    )
    rows = []
    for ind in indicators:
        target = next((t for t in ind.year_targets if t.orgunit_id is None), None)
        rows.append(_row(ind, owner, target, series_of(whole, ind, owner), upto))
    if units and indicators:
        branches = month_series(measures=measures, root=owner, years=years, depth=owner.depth + 1)
        for ind in indicators:
            for target in ind.year_targets:
                unit = target.orgunit
                if unit is None or unit.depth != owner.depth + 1:
                    continue
                if not unit.path.startswith(owner.path):
                    continue
                series = branches.get((ind.measure_id, unit.path), EMPTY)
                rows.append(_row(ind, unit, target, series, upto))
    return PlanForecast(upto, RATE, owner.pk, rows)


def _row(
    indicator: Indicator, unit: OrgUnit, target: Target | None, series: MonthSeries, upto: Period
) -> ForecastRow:
    aggregation = indicator.aggregation
    made = forecast(
        aggregation=aggregation,
        months=_year(series, upto.year, upto.number),
        history=[_year(series, upto.year - k, MONTHS) for k in range(1, HISTORY_YEARS + 1)],
    )
    if made is not None:
        made = _within(made, 100.0 if indicator.value_type == "percent" else None)
    goal = None
    if target is not None and target.is_growth:
        base = series.ytd(aggregation, Period.month(upto.year - 1, MONTHS))
        goal = None if base is None else base * (1 + target.value / 100)
    elif target is not None:
        goal = target.value
    return ForecastRow(indicator, unit, target, goal, made)


def _year(series: MonthSeries, year: int, upto: int) -> dict[int, float]:
    """The year's month totals up to month ``upto``, month number → total."""
    return {
        p.number: float(v) for p, v in series.totals.items() if p.year == year and p.number <= upto
    }


def _within(made: Forecast, top: float | None) -> Forecast:
    """Figures are never negative and a percent never above 100: a trend line's ends may
    run past both."""

    def clamp(x: float | None) -> float | None:
        if x is None:
            return None
        return max(0.0, x if top is None else min(top, x))

    value = clamp(made.value)
    assert value is not None
    return Forecast(value, clamp(made.low), clamp(made.high), made.method, made.history)


def _decimal(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(PLACES)
