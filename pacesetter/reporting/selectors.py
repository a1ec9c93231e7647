"""What a unit owes each month and what waits for whom. Reads never create anything."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from django.db.models import BooleanField, Case, Exists, F, OuterRef, Q, QuerySet, Value, When
from django.utils import timezone

from pacesetter.catalogue.models import Collection
from pacesetter.core import policy
from pacesetter.core.periods import Period, deadline, is_overdue, latest_closed_month
from pacesetter.core.policy import Actor
from pacesetter.datavalues.models import DataValue
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.projects.models import Project
from pacesetter.reporting.models import Report, ReportTransition
from pacesetter.reporting.rules import EDITABLE, S


def owed_indicators(*, orgunit: OrgUnit, year: int) -> list[Indicator]:
    """Every active plan's indicators the unit reports in ``year`` (several plans may track
    one measure: the grid shows it once). A unit reports an indicator when it holds a target
    of its own, or leads or co-runs it and the target is not split among units. An additive
    measure that the unit's own child units report is their sum, not entered again; a figure
    another office collects for the unit (``catalogue.Collection``) is that office's to give."""
    live = Indicator.objects.filter(
        goal__plan__status=Plan.Status.ACTIVE,
        goal__plan__first_year__lte=year,
        goal__plan__last_year__gte=year,
    )
    split = Target.objects.filter(year=year, orgunit__isnull=False).values("indicator")
    owed = live.filter(targets__orgunit=orgunit, targets__year=year) | live.filter(
        Q(lead_unit=orgunit) | Q(co_units=orgunit)
    ).exclude(pk__in=split)
    collected = Collection.objects.filter(orgunit=orgunit).values("measure")
    indicators = list(
        owed.exclude(measure__in=collected)
        .select_related("measure", "goal__plan")
        .distinct()
        .order_by("measure__code", "goal__plan__code")
    )
    additive = {i.measure_id for i in indicators if i.measure.additive}
    reported_below = set(
        Target.objects.filter(
            year=year,
            indicator__measure__in=additive,
            indicator__goal__plan__status=Plan.Status.ACTIVE,
            orgunit__path__startswith=orgunit.path,
            orgunit__depth=orgunit.depth + 1,
        ).values_list("indicator__measure", flat=True)
    )
    return [i for i in indicators if i.measure_id not in reported_below]


def _tracked_collections(year: int) -> QuerySet[Collection]:
    tracked = Indicator.objects.filter(
        goal__plan__status=Plan.Status.ACTIVE,
        goal__plan__first_year__lte=year,
        goal__plan__last_year__gte=year,
    ).values("measure")
    return (
        Collection.objects.filter(measure__in=tracked)
        .select_related("measure", "orgunit", "collector")
        .order_by("measure__code", "orgunit__path")
    )


def owed_collections(*, collector: OrgUnit, year: int) -> list[Collection]:
    """The figures the collector gives for other units in ``year``: each collected measure
    that an active plan tracks that year, for each unit it is collected for."""
    return list(_tracked_collections(year).filter(collector=collector))


def provided_collections(*, orgunit: OrgUnit, year: int) -> list[Collection]:
    """The unit's figures that other offices give in ``year`` (never asked of the unit)."""
    return list(_tracked_collections(year).filter(orgunit=orgunit))


def collected_values(collector: OrgUnit, period: str) -> QuerySet[DataValue]:
    """The month's figures the collector answers for (those it gives for other units)."""
    mine = Collection.objects.filter(
        collector=collector, measure=OuterRef("measure"), orgunit=OuterRef("orgunit")
    )
    return DataValue.objects.filter(period=str(period)).filter(Exists(mine))


def owed_projects(*, orgunit: OrgUnit, year: int) -> QuerySet[Project]:
    return (
        Project.objects.filter(
            lead_unit=orgunit,
            plan__status=Plan.Status.ACTIVE,
            plan__first_year__lte=year,
            plan__last_year__gte=year,
        )
        .select_related("plan")
        .order_by("code")
    )


def report_for(*, orgunit: OrgUnit, period: Period) -> Report | None:
    return Report.objects.filter(orgunit=orgunit, period=str(period)).first()


def report_or_blank(*, orgunit: OrgUnit, period: Period) -> Report:
    """The stored report, or an unsaved draft standing in for it (GET never writes)."""
    return report_for(orgunit=orgunit, period=period) or Report(
        orgunit=orgunit, period=str(period), state=S.DRAFT, due_date=deadline(period)
    )


def review_queue(*, user: Actor, today: date | None = None) -> QuerySet[Report]:
    """Reports waiting for this user: submitted ones for unit heads, signed ones for the
    office of an ancestor unit. Overdue months (reporting deadline passed) first, then the
    longest waiting; ``is_overdue`` is annotated for the page."""
    today = today or timezone.localdate()
    reports = Report.objects.select_related("orgunit")
    waiting = policy.scope(user, policy.SIGN, reports.filter(state=S.SUBMITTED)) | _acceptable(
        user, reports.filter(state=S.SIGNED)
    )
    overdue = Case(
        When(due_date__lt=today, then=Value(True)),
        default=Value(False),
        output_field=BooleanField(),
    )
    return waiting.annotate(is_overdue=overdue).order_by(
        "-is_overdue", F("submitted_at").asc(nulls_first=True), "period", "orgunit__path"
    )


def _acceptable(user: Actor, reports: QuerySet[Report]) -> QuerySet[Report]:
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


def entry_units(*, user: Actor) -> QuerySet[OrgUnit]:
    """Units the user may enter figures for, nearest the top first."""
    return policy.scope(user, policy.ENTER, OrgUnit.objects.all(), unit_field="").order_by("path")


def owed_span(*, orgunit: OrgUnit) -> tuple[int, int] | None:
    """First and last year of the active plans the unit reports to, or None."""
    led = (
        Q(goals__indicators__lead_unit=orgunit)
        | Q(goals__indicators__co_units=orgunit)
        | Q(goals__indicators__targets__orgunit=orgunit)
        | Q(projects__lead_unit=orgunit)
    )
    years = list(
        Plan.objects.filter(status=Plan.Status.ACTIVE)
        .filter(led)
        .values_list("first_year", "last_year")
        .distinct()
    )
    if not years:
        return None
    return min(y for y, _ in years), max(y for _, y in years)


class OpenMonth(NamedTuple):
    period: Period
    report: Report | None  # None: nothing entered yet
    overdue: bool  # the reporting deadline has passed
    return_reason: str  # why the month came back, when it did


def open_months(*, orgunit: OrgUnit, today: date | None = None, limit: int = 12) -> list[OpenMonth]:
    """The unit's months still to do, from its own reports: returned first, then overdue
    (oldest first), then the month being reported now. A draft — its own for a later month
    or anyone else's — moves nothing: each month stays until its own report is submitted."""
    span = owed_span(orgunit=orgunit)
    if span is None:
        return []
    today = today or timezone.localdate()
    current = latest_closed_month(today).next()
    last = min(current, Period.month(span[1], 12))
    reports = {
        r.period: r for r in Report.objects.filter(orgunit=orgunit, period__regex=r"^\d{6}$")
    }
    todo: list[OpenMonth] = []
    month = Period.month(span[0], 1)
    while month <= last:
        report = reports.get(str(month))
        if report is None or report.state in EDITABLE:
            todo.append(OpenMonth(month, report, is_overdue(month, today), ""))
        month = month.next()
    returned = return_reasons([m.report for m in todo if m.report and m.report.state == S.RETURNED])
    todo = [
        m._replace(return_reason=returned.get(m.report.pk, "")) if m.report else m for m in todo
    ]
    todo.sort(
        key=lambda m: (not (m.report and m.report.state == S.RETURNED), not m.overdue, m.period)
    )
    return todo[:limit]


def return_reasons(reports: list[Report]) -> dict[int, str]:
    """report id → the reason given when it was last returned (or reopened)."""
    reasons: dict[int, str] = {}
    for report_id, reason in (
        ReportTransition.objects.filter(report__in=reports, to_state=S.RETURNED)
        .order_by("report", "at", "pk")
        .values_list("report", "reason")
    ):
        reasons[report_id] = reason  # the latest wins
    return reasons
