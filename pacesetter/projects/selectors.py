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
