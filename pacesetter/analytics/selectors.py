"""What the dashboard and plan pages read: a fixed number of queries per page."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal

from django.db.models import Prefetch

from pacesetter.analytics.figures import is_overdue, load_figures
from pacesetter.analytics.progress import actual, latest_period
from pacesetter.analytics.status import (MET, MISSING, ORDER, RED, Assessment, assess, assess_milestone,
                                         expected_share)
from pacesetter.core.periods import Period
from pacesetter.indicators.models import Indicator, Target
from pacesetter.plans.models import Goal, Plan


@dataclass
class IndicatorRow:
    indicator: Indicator
    target: Target | None
    actual: Decimal | None
    latest: Period | None
    assessment: Assessment

    @property
    def completion(self) -> Decimal | None:
        return self.assessment.completion

    @property
    def status(self) -> str:
        return self.assessment.status


@dataclass
class GoalRow:
    goal: Goal
    depth: int
    indicators: list[IndicatorRow]


@dataclass
class PlanStatus:
    goals: list[GoalRow]

    @property
    def rows(self) -> list[IndicatorRow]:
        return [r for g in self.goals for r in g.indicators]

    @property
    def red_list(self) -> list[IndicatorRow]:
        return sorted((r for r in self.rows if r.status == RED),
                      key=lambda r: r.assessment.gap_points or 0)

    @property
    def counts(self) -> dict[str, int]:
        counts = Counter(r.status for r in self.rows)
        return {status: counts.get(status, 0) for status in sorted(ORDER, key=ORDER.get)}


def time_bound(indicator: Indicator) -> bool:
    """Rates and shares must hold all year; flows and counts grow with time."""
    return not (indicator.aggregation == "last" and indicator.value_type == "percent")


def indicator_assessment(indicator: Indicator, target: Target | None, figures, upto: Period,
                         tolerance: Decimal) -> tuple[Decimal | None, Period | None, Assessment]:
    value = actual(figures, aggregation=indicator.aggregation, upto=upto)
    latest = latest_period(figures, upto=upto)
    overdue = is_overdue(upto) and latest != upto
    value, latest, assessment = _assess(indicator, target, value, latest, upto, tolerance, overdue)
    if overdue and assessment.status != MET:  # a late figure is the news, met targets aside
        assessment = replace(assessment, status=MISSING)
    return value, latest, assessment


def _assess(indicator, target, value, latest, upto, tolerance, overdue):
    year = target.year if target else upto.year
    if indicator.value_type == "milestone":
        achieved = None if value is None else value >= 1
        return value, latest, assess_milestone(achieved=achieved, period=upto, year=year,
                                               overdue=overdue)
    if target is None or target.is_growth:
        return value, latest, Assessment("green", None, Decimal(1), None)
    expected = expected_share(period=upto, year=year, profile=target.monthly_profile,
                              time_bound=time_bound(indicator))
    return value, latest, assess(
        actual=value, comparator=target.comparator, target=target.value, expected=expected,
        lower_is_better=indicator.direction == "lower", tolerance=tolerance, overdue=overdue,
        year_over=upto.year > year, value_max=target.value_max)


def plan_status(*, plan: Plan, upto: Period) -> PlanStatus:
    goals = list(Goal.objects.filter(plan=plan).order_by("path"))
    plan_targets = Target.objects.filter(year=upto.year, orgunit=None)
    indicators = list(Indicator.objects.filter(goal__plan=plan).select_related("lead_unit")
                      .prefetch_related(Prefetch("targets", queryset=plan_targets,
                                                 to_attr="plan_targets")).order_by("code"))
    figures = load_figures(indicators=indicators, root_path=plan.owner.path, years=[upto.year])
    by_goal: dict[int, list[IndicatorRow]] = defaultdict(list)
    for ind in indicators:
        target = ind.plan_targets[0] if ind.plan_targets else None
        own = [f for _path, f in figures.get(ind.pk, [])]
        value, latest, assessment = indicator_assessment(ind, target, own, upto,
                                                         plan.yellow_tolerance)
        by_goal[ind.goal_id].append(IndicatorRow(ind, target, value, latest, assessment))
    root_depth = min((g.depth for g in goals), default=1)
    return PlanStatus([GoalRow(g, g.depth - root_depth, by_goal[g.pk]) for g in goals])
