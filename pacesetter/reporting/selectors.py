"""What a unit owes each month and what waits for whom. Reads never create anything."""

from __future__ import annotations

from datetime import date

from django.db.models import Q, QuerySet
from django.utils import timezone

from pacesetter.core import policy
from pacesetter.core.periods import Period, latest_closed_month
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.projects.models import Project
from pacesetter.reporting.models import Report
from pacesetter.reporting.rules import AWAITING, S


def owed_indicators(*, orgunit: OrgUnit, year: int) -> list[Indicator]:
    """Every active plan's indicators the unit reports in ``year`` (several plans may track
    one measure: the grid shows it once). A unit reports an indicator when it holds a target
    of its own, or leads or co-runs it and the target is not split among units. An additive
    measure that the unit's own child units report is their sum, not entered again."""
    live = Indicator.objects.filter(goal__plan__status=Plan.Status.ACTIVE,
                                    goal__plan__first_year__lte=year,
                                    goal__plan__last_year__gte=year)
    split = Target.objects.filter(year=year, orgunit__isnull=False).values("indicator")
    owed = (live.filter(targets__orgunit=orgunit, targets__year=year)
            | live.filter(Q(lead_unit=orgunit) | Q(co_units=orgunit)).exclude(pk__in=split))
    indicators = list(owed.select_related("measure", "goal__plan").distinct()
                      .order_by("measure__code", "goal__plan__code"))
    additive = {i.measure_id for i in indicators if i.measure.additive}
    reported_below = set(Target.objects.filter(
        year=year, indicator__measure__in=additive, indicator__goal__plan__status=Plan.Status.ACTIVE,
        orgunit__path__startswith=orgunit.path, orgunit__depth=orgunit.depth + 1)
        .values_list("indicator__measure", flat=True))
    return [i for i in indicators if i.measure_id not in reported_below]


def owed_projects(*, orgunit: OrgUnit, year: int) -> QuerySet[Project]:
    return (Project.objects.filter(lead_unit=orgunit, plan__status=Plan.Status.ACTIVE,
                                   plan__first_year__lte=year, plan__last_year__gte=year)
            .select_related("plan").order_by("code"))


def report_for(*, orgunit: OrgUnit, period: Period) -> Report | None:
    return Report.objects.filter(orgunit=orgunit, period=str(period)).first()


def report_or_blank(*, orgunit: OrgUnit, period: Period) -> Report:
    """The stored report, or an unsaved draft standing in for it (GET never writes)."""
    return report_for(orgunit=orgunit, period=period) or Report(
        orgunit=orgunit, period=str(period), state=S.DRAFT, due_date=_due(period))


def _due(period: Period) -> date:
    from pacesetter.core.periods import deadline

    return deadline(period)


def review_queue(*, user) -> QuerySet[Report]:
    """Reports waiting for this user: submitted ones for unit heads, signed ones for the
    office of an ancestor unit; the longest waiting first."""
    reports = Report.objects.select_related("orgunit")
    waiting = (policy.scope(user, policy.SIGN, reports.filter(state=S.SUBMITTED))
               | _acceptable(user, reports.filter(state=S.SIGNED)))
    return waiting.order_by("period", "submitted_at", "orgunit__path")


def _acceptable(user, reports: QuerySet[Report]) -> QuerySet[Report]:
    """An office accepts the reports of units below its own, never its own unit's."""
    roots = policy.roots_for(user, policy.ACCEPT)
    if not roots:
        return reports.none()
    condition = Q()
    for root in roots:
        condition |= Q(orgunit__path__startswith=root) & ~Q(orgunit__path=root)
    if "" in roots:  # an administrator's reach has no unit of its own
        condition = Q()
    return reports.filter(condition)


def entry_units(*, user) -> QuerySet[OrgUnit]:
    """Units the user may enter figures for, nearest the top first."""
    return policy.scope(user, policy.ENTER, OrgUnit.objects.all(), unit_field="").order_by("path")


def owed_span(*, orgunit: OrgUnit) -> tuple[int, int] | None:
    """First and last year of the active plans the unit reports to, or None."""
    led = Q(goals__indicators__lead_unit=orgunit) | Q(goals__indicators__co_units=orgunit) \
        | Q(goals__indicators__targets__orgunit=orgunit) | Q(projects__lead_unit=orgunit)
    years = list(Plan.objects.filter(status=Plan.Status.ACTIVE).filter(led)
                 .values_list("first_year", "last_year").distinct())
    if not years:
        return None
    return min(y for y, _ in years), max(y for _, y in years)


def open_months(*, orgunit: OrgUnit, today: date | None = None,
                limit: int = 12) -> list[tuple[Period, Report | None]]:
    """The unit's months still to do, from its own reports: returned first, then overdue,
    then the month being reported now. A draft or anyone else's figure moves nothing."""
    span = owed_span(orgunit=orgunit)
    if span is None:
        return []
    current = latest_closed_month(today or timezone.localdate()).next()
    last = min(current, Period.month(span[1], 12))
    reports = {r.period: r for r in Report.objects.filter(orgunit=orgunit, period__regex=r"^\d{6}$")}
    todo: list[tuple[Period, Report | None]] = []
    month = Period.month(span[0], 1)
    while month <= last:
        report = reports.get(str(month))
        if report is None or report.state in (S.DRAFT, S.RETURNED):
            todo.append((month, report))
        month = month.next()

    def urgency(item):
        period, report = item
        return (not (report is not None and report.state == S.RETURNED), period)

    return sorted(todo, key=urgency)[:limit]


def awaiting(state: str) -> bool:
    return state in AWAITING
