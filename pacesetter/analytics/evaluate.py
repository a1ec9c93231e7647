"""One indicator judged from its monthly totals: year to date, 同比, status, and what an
incomplete month means for it (pure functions over a few rows per indicator)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from pacesetter.analytics.aggregates import EMPTY, MonthSeries, Series
from pacesetter.analytics.figures import is_overdue
from pacesetter.analytics.ranking import growth
from pacesetter.analytics.reported import Reporting
from pacesetter.analytics.status import (
    GREEN,
    MET,
    MISSING,
    RED,
    Assessment,
    assess,
    assess_growth,
    assess_milestone,
    expected_share,
)
from pacesetter.core.periods import Period
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit


@dataclass(frozen=True)
class Gap:
    """The month shown is incomplete for this indicator."""

    month: Period
    waiting: int  # reporting units that have not reported the month (0: a figure is late)
    assessed_to: Period | None  # the month whose year to date gave the status, if earlier

    @property
    def month_text(self) -> str:
        return month_text(self.month)

    @property
    def assessed_to_text(self) -> str:
        return month_text(self.assessed_to) if self.assessed_to else ""


def month_text(month: Period | None) -> str:
    """2023-10, as the period picker shows months."""
    return f"{month.year:04d}-{month.number:02d}" if month else ""


@dataclass(frozen=True)
class Evaluation:
    actual: Decimal | None
    latest: Period | None
    assessment: Assessment
    growth: Decimal | None  # year to date against the same period last year (同比)
    gap: Gap | None = None


def time_bound(indicator: Indicator) -> bool:
    """Rates and shares must hold all year; flows and counts grow with time."""
    return not (indicator.aggregation == "last" and indicator.value_type == "percent")


def series_of(series: Series, indicator: Indicator, scope: OrgUnit) -> MonthSeries:
    """The indicator's figures for ``scope``. Additive: the scope's subtree (own figure
    wins). Not additive (rates, milestones) nothing is summed: the scope's own figure when
    it has one, else the lead unit's own figure (the unit that reports the plan's rate)."""
    measure = indicator.measure
    own = series.get((measure.pk, scope.path), EMPTY)
    if measure.additive or own.totals:
        return own
    return series.get((measure.pk, indicator.lead_unit.path), EMPTY)


def reporters_of(
    indicators: Iterable[Indicator], targets: Iterable[tuple[int, int]], scope: OrgUnit
) -> dict[int, list[int]]:
    """indicator id → the units that report it within ``scope``: those holding a target of
    their own there, else the lead unit (the scope itself when the lead is outside it).
    ``targets`` are (indicator id, unit id) pairs of the units' own targets in the scope."""
    holders: dict[int, list[int]] = defaultdict(list)
    for indicator_id, unit_id in targets:
        holders[indicator_id].append(unit_id)
    return {
        i.pk: holders.get(i.pk)
        or [i.lead_unit_id if i.lead_unit.path.startswith(scope.path) else scope.pk]
        for i in indicators
    }


def assess_at(
    indicator: Indicator,
    target: Target | None,
    series: MonthSeries,
    at: Period,
    tolerance: Decimal,
    *,
    overdue: bool = False,
) -> Assessment:
    """The status of the year to date at the end of ``at``."""
    value = series.ytd(indicator.aggregation, at)
    year = target.year if target else at.year
    if indicator.value_type == "milestone":
        achieved = None if value is None else value >= 1
        return assess_milestone(achieved=achieved, period=at, year=year, overdue=overdue)
    if target is None:
        return Assessment(GREEN, None, Decimal(1), None)
    if target.is_growth:
        rate = growth(value, series.ytd(indicator.aggregation, at.same_period_last_year()))
        return assess_growth(
            growth=rate,
            comparator=target.comparator,
            rate=target.value,
            tolerance=tolerance,
            overdue=overdue or is_overdue(at),
            year_over=at.last_month >= Period.year_of(year).last_month,
            value_max=target.value_max,
        )
    expected = expected_share(
        period=at, year=year, profile=target.monthly_profile, time_bound=time_bound(indicator)
    )
    return assess(
        actual=value,
        comparator=target.comparator,
        target=target.value,
        expected=expected,
        lower_is_better=indicator.direction == "lower",
        tolerance=tolerance,
        overdue=overdue,
        year_over=at.year > year,
        value_max=target.value_max,
    )


def evaluate(
    indicator: Indicator,
    target: Target | None,
    series: MonthSeries,
    upto: Period,
    tolerance: Decimal,
    *,
    reporting: Reporting | None = None,
    reporters: Iterable[int] = (),
) -> Evaluation:
    """Year to date, 同比 and status at ``upto``.

    An incomplete month is shown as such, never as a failure: when reporting units have
    not reported ``upto`` (or, with none waiting, the indicator's figure is late), the
    status is 'missing' — unless the year to date up to the last complete month is already
    red: missing never hides a red. A target already met stays met.
    """
    aggregation = indicator.aggregation
    value, latest = series.ytd(aggregation, upto), series.latest(upto)
    yoy = growth(value, series.ytd(aggregation, upto.same_period_last_year()))
    overdue = is_overdue(upto)
    reporters = list(reporters)
    waiting = reporting.waiting(reporters) if reporting is not None else []
    if reporting is not None and waiting:
        now = assess_at(indicator, target, series, upto, tolerance)
        complete_to = reporting.complete_to(reporters)
        return _incomplete(
            indicator,
            target,
            series,
            upto,
            tolerance,
            now,
            complete_to,
            len(waiting),
            overdue,
            Evaluation(value, latest, now, yoy),
        )
    late = overdue and latest != upto
    now = assess_at(indicator, target, series, upto, tolerance, overdue=late)
    if not late:
        return Evaluation(value, latest, now, yoy)
    return _incomplete(
        indicator,
        target,
        series,
        upto,
        tolerance,
        now,
        latest,
        0,
        True,
        Evaluation(value, latest, now, yoy),
    )


def _incomplete(
    indicator: Indicator,
    target: Target | None,
    series: MonthSeries,
    upto: Period,
    tolerance: Decimal,
    now: Assessment,
    complete_to: Period | None,
    waiting: int,
    overdue: bool,
    result: Evaluation,
) -> Evaluation:
    if now.status == MET:  # already met: more figures cannot undo it
        return replace(result, gap=Gap(upto, waiting, None))
    before = None
    if complete_to is not None and complete_to.year == upto.year and complete_to < upto:
        before = assess_at(indicator, target, series, complete_to, tolerance)
    if before is not None and before.status == RED:
        return replace(result, assessment=before, gap=Gap(upto, waiting, complete_to))
    if overdue:
        return replace(
            result, assessment=replace(now, status=MISSING), gap=Gap(upto, waiting, None)
        )
    # Not yet due: judged on the months everyone has reported.
    return replace(
        result, assessment=before or now, gap=Gap(upto, waiting, complete_to if before else None)
    )
