from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, OuterRef, Q, Subquery, Sum

from pacesetter.core.periods import Period
from pacesetter.plans.models import Plan
from pacesetter.projects.models import InvestmentPlan, Project


@dataclass
class ProjectRow:
    project: Project
    planned: Decimal | None  # this year's planned investment, 万元
    invested: Decimal  # year to date, 万元
    open_problems: int

    @property
    def completion(self) -> Decimal | None:
        return self.invested / self.planned if self.planned else None


def project_progress(*, plan: Plan, upto: Period) -> list[ProjectRow]:
    """Each project's investment this year against its plan, in one query."""
    months = [str(m) for m in Period.year_of(upto.year).months() if m <= upto]
    planned = InvestmentPlan.objects.filter(project=OuterRef("pk"), year=upto.year).values("amount")
    projects = (Project.objects.filter(plan=plan).select_related("lead_unit")
                .annotate(planned=Subquery(planned[:1]),
                          invested=Sum("progress__investment", filter=Q(progress__period__in=months)),
                          open_problems=Count("problems", filter=~Q(problems__status="resolved"),
                                              distinct=True))
                .order_by("code"))
    return [ProjectRow(p, p.planned, p.invested or Decimal(0), p.open_problems) for p in projects]


@dataclass
class ProjectTotals:
    planned: Decimal
    invested: Decimal
    expected: Decimal  # share of the year elapsed
    late_milestones: int
    open_problems: int
    stages: dict

    @property
    def completion(self) -> Decimal | None:
        return self.invested / self.planned if self.planned else None


def project_totals(*, rows: list[ProjectRow], plan: Plan, upto: Period) -> ProjectTotals:
    from collections import Counter

    from pacesetter.analytics.status import expected_share
    from pacesetter.projects.models import Milestone

    late = Milestone.objects.filter(project__plan=plan, actual_date=None,
                                    planned_date__lte=upto.end).count()
    return ProjectTotals(
        planned=sum((r.planned or Decimal(0) for r in rows), Decimal(0)),
        invested=sum((r.invested for r in rows), Decimal(0)),
        expected=expected_share(period=upto, year=upto.year), late_milestones=late,
        open_problems=sum(r.open_problems for r in rows),
        stages=dict(Counter(r.project.get_stage_display() for r in rows)))


def late_milestones(*, plan: Plan, upto: Period):
    from pacesetter.projects.models import Milestone

    return (Milestone.objects.filter(project__plan=plan, actual_date=None, planned_date__lte=upto.end)
            .select_related("project").order_by("planned_date"))


_SORTS = {"code": lambda r: r.project.code, "name": lambda r: r.project.name,
          "planned": lambda r: r.planned or 0, "invested": lambda r: r.invested,
          "completion": lambda r: r.completion if r.completion is not None else -1,
          "problems": lambda r: r.open_problems}


def project_filter(rows: list[ProjectRow], *, stage: str, unit: str, status: str, sort: str,
                   expected: Decimal) -> list[ProjectRow]:
    """Filter by stage, lead unit and status (behind the time share / with open problems)."""
    if stage:
        rows = [r for r in rows if r.project.stage == stage]
    if unit:
        rows = [r for r in rows if r.project.lead_unit.code == unit]
    if status == "behind":
        rows = [r for r in rows if r.completion is not None and r.completion < expected]
    elif status == "problems":
        rows = [r for r in rows if r.open_problems]
    key = sort.lstrip("-")
    if key in _SORTS:
        rows = sorted(rows, key=_SORTS[key], reverse=sort.startswith("-"))
    return rows
