"""Grow the demo plan ``factor`` times (indicators, units, projects, figures) for query-count
tests and benchmarks. Copies are bulk-created; they carry the demo flag."""

from __future__ import annotations

from pacesetter.core.db import refresh_statistics
from pacesetter.datavalues import rollups
from pacesetter.datavalues.models import DataValue
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.orgunits.services import orgunit_ensure
from pacesetter.plans.models import Plan
from pacesetter.projects.models import InvestmentPlan, Milestone, ProgressReport, Project
from pacesetter.reporting.models import Report


def scale_plan(plan: Plan, factor: int) -> None:
    towns = list(OrgUnit.objects.filter(path__startswith=plan.owner.path, kind="township"))
    new_towns = [
        orgunit_ensure(
            code=f"{t.code}-{k}", name=f"{t.name}{k}", kind="township", parent=plan.owner
        )
        for k in range(1, factor)
        for t in towns
    ]
    town_of = {
        (t.code, k): u
        for k in range(1, factor)
        for t in towns
        for u in new_towns
        if u.code == f"{t.code}-{k}"
    }
    originals = list(Indicator.objects.filter(goal__plan=plan))
    for k in range(1, factor):
        _copy_indicators(originals, k)
        _copy_projects(plan, k)
    _copy_town_figures(plan, towns, town_of, factor)
    rollups.rebuild()
    refresh_statistics()


def _copy_indicators(originals, k: int) -> None:
    """Each copy counts a measure of its own (a copy of the original's), with its figures."""
    for ind in originals:
        targets = list(ind.targets.all())
        measure = ind.measure
        values = list(measure.values.all())
        measure.pk, measure.code = None, f"{measure.code}-{k}"
        measure.save()
        ind.pk, ind.code, ind.measure = None, f"{ind.code}-{k}", measure
        ind.save()
        Target.objects.bulk_create(
            [
                Target(
                    indicator=ind,
                    year=t.year,
                    orgunit=t.orgunit,
                    comparator=t.comparator,
                    value=t.value,
                )
                for t in targets
            ]
        )
        DataValue.objects.bulk_create(
            [
                DataValue(
                    measure=measure,
                    orgunit_id=v.orgunit_id,
                    period=v.period,
                    value=v.value,
                    state=v.state,
                    is_demo=True,
                )
                for v in values
            ]
        )


def _copy_projects(plan, k: int) -> None:
    for project in list(Project.objects.filter(plan=plan).exclude(code__contains="-")):
        plans, stones, progress = (
            list(project.investment_plans.all()),
            list(project.milestones.all()),
            list(project.progress.all()),
        )
        project.pk, project.code = None, f"{project.code}-{k}"
        project.save()
        InvestmentPlan.objects.bulk_create(
            [InvestmentPlan(project=project, year=p.year, amount=p.amount) for p in plans]
        )
        Milestone.objects.bulk_create(
            [
                Milestone(
                    project=project,
                    name=m.name,
                    planned_date=m.planned_date,
                    actual_date=m.actual_date,
                )
                for m in stones
            ]
        )
        ProgressReport.objects.bulk_create(
            [
                ProgressReport(project=project, period=p.period, investment=p.investment)
                for p in progress
            ]
        )


def _copy_town_figures(plan, towns, town_of, factor: int) -> None:
    """New towns get the targets, figures and reports of the town they copy."""
    targets, values, reports = [], [], []
    for (code, _k), town in town_of.items():
        source = next(t for t in towns if t.code == code)
        for t in Target.objects.filter(indicator__goal__plan=plan, orgunit=source):
            targets.append(
                Target(
                    indicator_id=t.indicator_id,
                    year=t.year,
                    orgunit=town,
                    comparator=t.comparator,
                    value=t.value,
                )
            )
        for v in DataValue.objects.filter(
            measure__indicators__goal__plan=plan, orgunit=source
        ).distinct():
            values.append(
                DataValue(
                    measure_id=v.measure_id,
                    orgunit=town,
                    period=v.period,
                    value=v.value,
                    state=v.state,
                    is_demo=True,
                )
            )
        for r in Report.objects.filter(orgunit=source):
            reports.append(
                Report(
                    orgunit=town,
                    period=r.period,
                    state=r.state,
                    due_date=r.due_date,
                    submitted_at=r.submitted_at,
                    is_demo=True,
                )
            )
    Target.objects.bulk_create(targets)
    DataValue.objects.bulk_create(values)
    Report.objects.bulk_create(reports)
