"""A county plan with one indicator led by 双城镇 (target 120 for 2023), for rule tests."""

from __future__ import annotations

from decimal import Decimal

from pacesetter.analytics.tests import worlds
from pacesetter.projects.models import InvestmentPlan, Milestone, ProgressReport, Project
from pacesetter.triggers.models import Rule


def county(*, aggregation: str = "cumulative", unit_targets: bool = False):
    u = worlds.units()
    m = worlds.measure("X", aggregation=aggregation)
    p = worlds.plan(u["Z"])
    if unit_targets:  # the county leads it; each town answers for its own share of 60
        i = worlds.indicator(
            p, "I1", m, u["Z"], target=120, unit_targets={u["Z1"]: 60, u["Z2"]: 60}
        )
    else:
        i = worlds.indicator(p, "I1", m, u["Z1"], target=120)
    return {**u, "plan": p, "measure": m, "indicator": i}


def rule(world, kind: str = Rule.Kind.RED_MONTHS, threshold: int = 1, **fields) -> Rule:
    return Rule.objects.create(
        plan=world["plan"], kind=kind, threshold=Decimal(threshold), deadline_days=10, **fields
    )


def report(world, month: str, value, unit: str = "Z1", progress=()) -> None:
    """``unit`` reports the indicator's figure for ``month`` (and its projects' progress)."""
    for project, investment in progress:
        ProgressReport.objects.create(
            project=project, period=month, investment=Decimal(str(investment))
        )
    worlds.report(world[unit], month, {world["measure"]: value})


def project(world, *, planned=1200, milestone=None) -> Project:
    made = Project.objects.create(
        plan=world["plan"],
        code="XM01",
        name="智能制造产业园",
        lead_unit=world["Z1"],
        total_investment=Decimal(5000),
    )
    InvestmentPlan.objects.create(project=made, year=2023, amount=Decimal(planned))
    if milestone:
        Milestone.objects.create(project=made, name="主体封顶", planned_date=milestone)
    return made
