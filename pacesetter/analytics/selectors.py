"""Read the plan's progress: a fixed number of queries whatever the plan's size."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Prefetch

from pacesetter.analytics.progress import Figure, actual, completion, latest_period
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Goal, Plan


@dataclass
class IndicatorRow:
    indicator: Indicator
    target: Target | None
    actual: Decimal | None
    completion: Decimal | None
    latest: Period | None


@dataclass
class GoalRow:
    goal: Goal
    depth: int
    indicators: list[IndicatorRow]


def plan_progress(*, plan: Plan, upto: Period) -> list[GoalRow]:
    """The goal tree, each indicator with its plan-wide target, actual and completion."""
    goals = list(Goal.objects.filter(plan=plan).order_by("path"))
    plan_targets = Target.objects.filter(year=upto.year, orgunit=None)
    indicators = (Indicator.objects.filter(goal__plan=plan).select_related("lead_unit")
                  .prefetch_related(Prefetch("targets", queryset=plan_targets, to_attr="plan_targets"))
                  .order_by("code"))
    scope = OrgUnit.objects.filter(path__startswith=plan.owner.path).values("pk")
    figures: dict[int, list[Figure]] = defaultdict(list)
    rows = (DataValue.objects.filter(indicator__goal__plan=plan, orgunit__in=scope,
                                     period__startswith=str(upto.year), value__isnull=False,
                                     # Drafts are the unit's own business until submitted.
                                     state__in=["submitted", "accepted"])
            .values_list("indicator_id", "orgunit_id", "period", "value"))
    for indicator_id, orgunit_id, period, value in rows:
        figures[indicator_id].append(Figure(orgunit_id, Period.parse(period), value))
    by_goal: dict[int, list[IndicatorRow]] = defaultdict(list)
    for ind in indicators:
        target = ind.plan_targets[0] if ind.plan_targets else None
        value = actual(figures[ind.pk], aggregation=ind.aggregation, upto=upto)
        done = None
        if target is not None and not target.is_growth:
            done = completion(value, target.value, lower_is_better=ind.direction == "lower")
        by_goal[ind.goal_id].append(
            IndicatorRow(ind, target, value, done, latest_period(figures[ind.pk], upto=upto)))
    root_depth = min((g.depth for g in goals), default=1)
    return [GoalRow(g, g.depth - root_depth, by_goal[g.pk]) for g in goals]
