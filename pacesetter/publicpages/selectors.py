"""What a plan's public page may show: only the parts the plan chose to publish, computed
only when chosen, and only from accepted figures (analytics never counts anything else)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet

from pacesetter.analytics.evaluate import month_text
from pacesetter.analytics.months import default_period
from pacesetter.analytics.selectors import IndicatorRow, plan_status
from pacesetter.analytics.units import UnitRank, unit_ranking
from pacesetter.bulletins.models import PublishedBulletin
from pacesetter.bulletins.selectors import published_for
from pacesetter.core.periods import Period
from pacesetter.indicators.models import Indicator, Target
from pacesetter.plans.models import Goal, Plan
from pacesetter.plans.selectors import plan_goals


@dataclass
class PublicIndicator:
    indicator: Indicator
    targets: list[Target]  # the whole plan's targets, one per year (empty unless published)
    row: IndicatorRow | None  # the month's status (None unless published)


@dataclass
class PublicGoal:
    goal: Goal
    depth: int
    indicators: list[PublicIndicator] = field(default_factory=list)


@dataclass
class PublicPlan:
    plan: Plan
    period: Period
    goals: list[PublicGoal]
    counts: dict[str, int] | None
    ranking: list[UnitRank] | None
    bulletins: list[PublishedBulletin] | None

    @property
    def month(self) -> str:
        return month_text(self.period)


def public_plans() -> QuerySet[Plan]:
    """Plans anyone may read without signing in: published and no longer drafts."""
    return Plan.objects.filter(is_published=True).exclude(status=Plan.Status.DRAFT)


def public_plan(code: str) -> Plan | None:
    return public_plans().select_related("owner").filter(code=code).first()


def public_bulletin(plan: Plan, pk: int) -> PublishedBulletin | None:
    """One of the plan's published bulletins, when the plan publishes its bulletins."""
    if not plan.publish_bulletins:
        return None
    return published_for(plan).select_related("plan").filter(pk=pk).first()


def public_view(plan: Plan) -> PublicPlan:
    period = default_period(plan)
    status = plan_status(plan=plan, upto=period) if plan.publish_status else None
    rows = {r.indicator.pk: r for r in status.rows} if status else {}
    goals = _tree(plan, rows) if plan.publish_targets or status else []
    return PublicPlan(
        plan=plan,
        period=period,
        goals=goals,
        counts=status.counts if status else None,
        ranking=(
            unit_ranking(plan=plan, parent=plan.owner, upto=period)
            if plan.publish_rankings
            else None
        ),
        bulletins=list(published_for(plan)) if plan.publish_bulletins else None,
    )


def _tree(plan: Plan, rows: dict[int, IndicatorRow]) -> list[PublicGoal]:
    targets = Target.objects.filter(orgunit=None).order_by("year")
    if not plan.publish_targets:
        targets = targets.none()
    indicators = (
        Indicator.objects.filter(goal__plan=plan)
        .select_related("measure")
        .order_by("code")
        .prefetch_related(Prefetch("targets", queryset=targets, to_attr="plan_targets"))
    )
    by_goal: dict[int, list[PublicIndicator]] = defaultdict(list)
    for ind in indicators:
        by_goal[ind.goal_id].append(PublicIndicator(ind, ind.plan_targets, rows.get(ind.pk)))
    goals = list(plan_goals(plan=plan))
    root = min((g.depth for g in goals), default=1)
    return [PublicGoal(g, g.depth - root, by_goal[g.pk]) for g in goals]
