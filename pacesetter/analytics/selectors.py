"""What the dashboard and plan pages read: a fixed number of queries per page, and rows that
grow with the indicators and units shown, never with the figures stored."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Prefetch

from pacesetter.analytics.aggregates import month_series
from pacesetter.analytics.evaluate import Evaluation, Gap, evaluate, reporters_of, series_of
from pacesetter.analytics.reported import reporting
from pacesetter.analytics.status import ORDER, RED, Assessment
from pacesetter.core.periods import Period
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Goal, Plan


@dataclass
class IndicatorRow:
    indicator: Indicator
    target: Target | None
    actual: Decimal | None
    latest: Period | None
    assessment: Assessment
    growth: Decimal | None = None  # 同比: year to date against the same period last year
    gap: Gap | None = None  # the month is incomplete for this indicator

    @classmethod
    def of(cls, indicator: Indicator, target: Target | None, ev: Evaluation) -> IndicatorRow:
        return cls(indicator, target, ev.actual, ev.latest, ev.assessment, ev.growth, ev.gap)

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
        return sorted(
            (r for r in self.rows if r.status == RED), key=lambda r: r.assessment.gap_points or 0
        )

    @property
    def counts(self) -> dict[str, int]:
        counts = Counter(r.status for r in self.rows)
        return {status: counts.get(status, 0) for status in sorted(ORDER, key=ORDER.__getitem__)}

    @property
    def incomplete(self) -> int:
        """Indicators whose month is not complete yet."""
        return sum(1 for r in self.rows if r.gap is not None)


def evaluate_indicators(
    *,
    indicators: Sequence[Indicator],
    targets: Mapping[int, Target | None],
    scope: OrgUnit,
    upto: Period,
    tolerance: Decimal,
) -> list[IndicatorRow]:
    """Each indicator's row for ``scope`` (its subtree, own figure wins): three queries for
    the figures and reports of all of them. ``indicators`` carry their measure and lead unit."""
    series = month_series(
        measures=[i.measure for i in indicators],
        root=scope,
        years=[upto.year - 1, upto.year],
        own=[i.lead_unit for i in indicators],
    )
    unit_targets = Target.objects.filter(
        indicator__in=indicators, year=upto.year, orgunit__path__startswith=scope.path
    ).values_list("indicator_id", "orgunit_id")
    reporters = reporters_of(indicators, unit_targets, scope)
    status = reporting(unit_ids={u for units in reporters.values() for u in units}, upto=upto)
    return [
        IndicatorRow.of(
            ind,
            targets.get(ind.pk),
            evaluate(
                ind,
                targets.get(ind.pk),
                series_of(series, ind, scope),
                upto,
                tolerance,
                reporting=status,
                reporters=reporters[ind.pk],
            ),
        )
        for ind in indicators
    ]


def plan_status(*, plan: Plan, upto: Period) -> PlanStatus:
    goals = list(Goal.objects.filter(plan=plan).order_by("path"))
    plan_targets = Target.objects.filter(year=upto.year, orgunit=None)
    indicators = list(
        Indicator.objects.filter(goal__plan=plan)
        .select_related("lead_unit", "measure")
        .prefetch_related(Prefetch("targets", queryset=plan_targets, to_attr="plan_targets"))
        .order_by("code")
    )
    targets = {i.pk: (i.plan_targets[0] if i.plan_targets else None) for i in indicators}
    by_goal: dict[int, list[IndicatorRow]] = defaultdict(list)
    for row in evaluate_indicators(
        indicators=indicators,
        targets=targets,
        scope=plan.owner,
        upto=upto,
        tolerance=plan.yellow_tolerance,
    ):
        by_goal[row.indicator.goal_id].append(row)
    root_depth = min((g.depth for g in goals), default=1)
    return PlanStatus([GoalRow(g, g.depth - root_depth, by_goal[g.pk]) for g in goals])
