"""Projects as plan pages read them. A month's progress and the problems raised in a
unit's monthly report are the unit's own until it submits that report; plan pages read
accepted progress only, as they read accepted figures (PRODUCT.md "Report")."""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import (
    Count,
    DecimalField,
    Exists,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce

from pacesetter.core import policy
from pacesetter.core.periods import Period
from pacesetter.core.policy import Actor
from pacesetter.plans.models import Plan
from pacesetter.projects.models import (
    InvestmentPlan,
    Milestone,
    Problem,
    ProgressReport,
    Project,
)

# The report workflow sits above this app and says when a unit's month is released: it
# registers ``released(unit_ref, period_ref, accepted_only=) -> Exists`` at start-up
# (``reporting.rules.month_released``), so projects never import the workflow.
_released: Callable[..., Exists] | None = None


def register_released(check: Callable[..., Exists]) -> None:
    global _released
    _released = check


def _month_released(*, unit: str, period: str, accepted_only: bool) -> Exists:
    if _released is None:
        raise RuntimeError("no report states registered: is pacesetter.reporting installed?")
    return _released(unit, period, accepted_only=accepted_only)


def progress_accepted(queryset: QuerySet[ProgressReport]) -> QuerySet[ProgressReport]:
    """Progress of months whose report the plan office accepted: what plan pages read."""
    return queryset.filter(
        _month_released(unit="project__lead_unit", period="period", accepted_only=True)
    )


def problems_released(queryset: QuerySet[Problem]) -> QuerySet[Problem]:
    """Problems anyone reading the plan may see: raised outside a report (by a plan office,
    say) or in a report already submitted."""
    return queryset.filter(
        Q(period="") | Q(_month_released(unit="owner", period="period", accepted_only=False))
    )


def problems_visible(*, user: Actor, queryset: QuerySet[Problem]) -> QuerySet[Problem]:
    """Problems the user may read: the released ones; a draft report's only within the unit."""
    return problems_released(queryset) | policy.scope(
        user, policy.VIEW_DRAFT, queryset, unit_field="owner"
    )


def progress_history(*, project: Project, upto: Period) -> QuerySet[ProgressReport]:
    """The project's accepted months up to ``upto``, latest first."""
    return progress_accepted(project.progress.filter(period__lte=str(upto))).order_by("-period")


@dataclass
class ProjectRow:
    project: Project
    planned: Decimal | None  # this year's planned investment, 万元
    invested: Decimal  # year to date, 万元 (accepted months only)
    open_problems: int  # raised outside a report or in a submitted one

    @property
    def completion(self) -> Decimal | None:
        return self.invested / self.planned if self.planned else None


def project_progress(*, plan: Plan, upto: Period) -> list[ProjectRow]:
    """Each project's accepted investment this year against its plan, in one query. Who may
    see the plan at all is the caller's check (``plans.selectors.plan_list_visible``)."""
    months = [str(m) for m in Period.year_of(upto.year).months() if m <= upto]
    planned = InvestmentPlan.objects.filter(project=OuterRef("pk"), year=upto.year).values("amount")
    invested = (
        progress_accepted(ProgressReport.objects.filter(project=OuterRef("pk"), period__in=months))
        .order_by()
        .values("project")
        .annotate(total=Sum("investment"))
        .values("total")
    )
    problems = (
        Problem.objects.filter(project=OuterRef("pk"))
        .exclude(status="resolved")
        .filter(
            Q(period="") | Q(_month_released(unit="owner", period="period", accepted_only=False))
        )
        .order_by()
        .values("project")
        .annotate(n=Count("pk"))
        .values("n")
    )
    money = DecimalField(max_digits=16, decimal_places=2)
    projects = (
        Project.objects.filter(plan=plan)
        .select_related("lead_unit")
        .annotate(
            planned=Subquery(planned[:1]),
            invested=Coalesce(
                Subquery(invested, output_field=money), Value(Decimal(0)), output_field=money
            ),
            open_problems=Coalesce(Subquery(problems), Value(0)),
        )
        .order_by("code")
    )
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

    from pacesetter.core.progress import expected_share
    from pacesetter.projects.models import Milestone

    late = Milestone.objects.filter(
        project__plan=plan, actual_date=None, planned_date__lte=upto.end
    ).count()
    return ProjectTotals(
        planned=sum((r.planned or Decimal(0) for r in rows), Decimal(0)),
        invested=sum((r.invested for r in rows), Decimal(0)),
        expected=expected_share(period=upto, year=upto.year),
        late_milestones=late,
        open_problems=sum(r.open_problems for r in rows),
        stages=dict(Counter(r.project.get_stage_display() for r in rows)),
    )


def late_milestones(*, plan: Plan, upto: Period) -> QuerySet[Milestone]:
    return (
        Milestone.objects.filter(project__plan=plan, actual_date=None, planned_date__lte=upto.end)
        .select_related("project")
        .order_by("planned_date")
    )


_SORTS = {
    "code": lambda r: r.project.code,
    "name": lambda r: r.project.name,
    "planned": lambda r: r.planned or 0,
    "invested": lambda r: r.invested,
    "completion": lambda r: r.completion if r.completion is not None else -1,
    "problems": lambda r: r.open_problems,
}


def project_filter(
    rows: list[ProjectRow], *, stage: str, unit: str, status: str, sort: str, expected: Decimal
) -> list[ProjectRow]:
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
