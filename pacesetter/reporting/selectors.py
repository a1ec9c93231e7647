from django.db.models import Q, QuerySet

from pacesetter.core import policy
from pacesetter.core.periods import Period
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.projects.models import Project
from pacesetter.reporting.models import Report


def report_indicators(*, plan: Plan, orgunit: OrgUnit, year: int) -> QuerySet[Indicator]:
    """What the unit reports: indicators it leads or co-runs, or holds a target of its own for."""
    return (Indicator.objects.filter(goal__plan=plan)
            .filter(Q(lead_unit=orgunit) | Q(co_units=orgunit)
                    | Q(targets__orgunit=orgunit, targets__year=year))
            .distinct().order_by("code"))


def report_projects(*, plan: Plan, orgunit: OrgUnit) -> QuerySet[Project]:
    return Project.objects.filter(plan=plan, lead_unit=orgunit).order_by("code")


def review_queue(*, user, plan: Plan | None = None) -> QuerySet[Report]:
    """Reports waiting for this user: submitted ones for unit heads, signed ones for the office."""
    reports = Report.objects.select_related("orgunit", "plan")
    if plan is not None:
        reports = reports.filter(plan=plan)
    waiting = (policy.scope(user, policy.SIGN, reports.filter(state=Report.State.SUBMITTED))
               | policy.scope(user, policy.ACCEPT, reports.filter(state=Report.State.SIGNED)))
    return waiting.order_by("period", "orgunit__path")


def report_for(*, plan: Plan, orgunit: OrgUnit, period: Period) -> Report | None:
    return Report.objects.filter(plan=plan, orgunit=orgunit, period=str(period)).first()


def entry_units(*, user) -> QuerySet[OrgUnit]:
    """Units the user may enter figures for, nearest the top first."""
    return policy.scope(user, policy.ENTER, OrgUnit.objects.all(), unit_field="").order_by("path")


def open_period(*, plan: Plan) -> Period:
    """The month after the latest one with figures: the month being reported now."""
    from pacesetter.datavalues.selectors import latest_month

    latest = latest_month(plan=plan)
    if latest:
        return latest.next()
    return Period.month(plan.first_year, 1)
