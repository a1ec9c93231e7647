"""Rows of the monthly report: each measure the unit owes, once, with every plan's target,
last month's figure and the year to date beside it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q

from pacesetter.catalogue.models import Measure
from pacesetter.core.periods import Period
from pacesetter.core.progress import Figure, actual
from pacesetter.datavalues.models import DataValue
from pacesetter.indicators.models import Indicator, Target
from pacesetter.indicators.targets import targets_by_indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.projects.models import Problem, ProgressReport
from pacesetter.reporting.selectors import owed_indicators, owed_projects
from pacesetter.validation.checks import WARNING, Entry, check
from pacesetter.validation.outliers import checked, history_bounds, usual_range


@dataclass
class PlanTarget:
    indicator: Indicator
    target: Target | None
    via: OrgUnit | None = None  # the unit above whose target this figure counts toward


@dataclass
class GridRow:
    measure: Measure
    plans: list[PlanTarget]
    previous: Decimal | None
    year_to_date: Decimal | None
    value: DataValue | None
    prefill: Decimal | None = None  # a level measure starts from last month's figure
    error: str = ""
    warning: str = ""
    typed: str | None = None  # what the user typed, kept when a save was refused
    typed_comment: str | None = None
    usual: str = ""  # the range the figure's own history makes usual ("80–120"), if any
    notes: list = field(default_factory=list)
    # Other plans that read this figure through a unit above (the city's target for the
    # county that a township's figure adds up to): shown, not owed again.
    also: list[PlanTarget] = field(default_factory=list)

    @property
    def original(self) -> str:
        """What the cell held when the page was drawn: the stored figure, or else last
        month's figure a level measure starts from (left as it is, it is not a change)."""
        if self.value is not None:
            return "" if self.value.value is None else f"{self.value.value.normalize():f}"
        return "" if self.prefill is None else f"{self.prefill.normalize():f}"

    @property
    def shown(self) -> str:
        return self.typed if self.typed is not None else self.original

    @property
    def original_comment(self) -> str:
        return self.value.comment if self.value is not None else ""

    @property
    def shown_comment(self) -> str:
        return self.typed_comment if self.typed_comment is not None else self.original_comment


@dataclass
class ProjectRow:
    project: object
    progress: ProgressReport | None
    invested_before: Decimal
    problems: list = field(default_factory=list)  # raised in this month's report


def grid_rows(*, orgunit: OrgUnit, period: Period) -> list[GridRow]:
    indicators = list(owed_indicators(orgunit=orgunit, year=period.year))
    targets = targets_by_indicator(
        Target.objects.filter(indicator__in=indicators, year=period.year, orgunit__in=[orgunit.pk])
        | Target.objects.filter(indicator__in=indicators, year=period.year, orgunit=None),
        orgunit_id=orgunit.pk,
    )
    by_measure: dict[int, list[Indicator]] = {}
    for ind in indicators:
        by_measure.setdefault(ind.measure_id, []).append(ind)
    values = DataValue.objects.filter(
        measure__in=by_measure,
        orgunit=orgunit,
        period__startswith=str(period.year),
        period__lte=str(period),
    )
    own: dict[int, list[DataValue]] = {}
    for v in values:
        own.setdefault(v.measure_id, []).append(v)
    rows = []
    for measure_id, group in by_measure.items():
        measure = group[0].measure
        figures = own.get(measure_id, [])
        current = next((v for v in figures if v.period == str(period)), None)
        previous = next((v.value for v in figures if v.period == str(period.previous())), None)
        ytd = actual(
            [
                Figure(v.orgunit_id, Period.parse(v.period), v.value)
                for v in figures
                if v.value is not None
            ],
            aggregation=measure.aggregation,
            upto=period,
        )
        prefill = previous if measure.aggregation == Measure.Aggregation.LAST else None
        rows.append(
            GridRow(
                measure,
                [PlanTarget(i, targets.get(i.pk)) for i in group],
                previous,
                ytd,
                current,
                prefill,
            )
        )
    also = _counted_above(orgunit, period, indicators)
    for row in rows:
        row.also = also.get(row.measure.pk, [])
    return rows


def flag_rows(rows: list[GridRow], *, orgunit: OrgUnit, period: Period) -> None:
    """Beside each figure before the month is submitted: the warnings the checks raise on what
    is stored (each needs its comment) and the range the figure's own history makes usual."""
    entries = [
        Entry(r.measure, orgunit, period, r.value.value, r.value.comment)
        for r in rows
        if r.value is not None and r.value.value is not None
    ]
    warnings: dict[int, list[str]] = defaultdict(list)
    for issue in check(entries):
        if issue.severity == WARNING:
            warnings[issue.entry.measure.pk].append(issue.message)
    bounds = history_bounds(
        {(r.measure.pk, orgunit.pk) for r in rows if checked(r.measure)}, period
    )
    for row in rows:
        row.warning = " ".join(warnings.get(row.measure.pk, []))
        if (found := bounds.get((row.measure.pk, orgunit.pk))) is not None:
            row.usual = usual_range(found)


def _counted_above(
    orgunit: OrgUnit, period: Period, owed: list[Indicator]
) -> dict[int, list[PlanTarget]]:
    """measure id → the other active plans' targets that an additive figure of the unit adds
    up to: the nearest unit above holding a target of that plan (else the plan-wide one)."""
    additive = {i.measure_id for i in owed if i.measure.additive}
    if not additive:
        return {}
    ancestors = list(OrgUnit.objects.get_ancestors(orgunit))  # from the root down
    others = list(
        Indicator.objects.filter(
            measure__in=additive,
            goal__plan__status=Plan.Status.ACTIVE,
            goal__plan__first_year__lte=period.year,
            goal__plan__last_year__gte=period.year,
            goal__plan__owner__in=ancestors,
        )
        .exclude(pk__in=[i.pk for i in owed])
        .select_related("goal__plan", "goal__plan__owner")
        .order_by("goal__plan__code", "code")
    )
    targets: dict[int, dict[int | None, Target]] = {}
    for stored in (
        Target.objects.filter(indicator__in=others, year=period.year)
        .filter(Q(orgunit__in=ancestors) | Q(orgunit=None))
        .select_related("orgunit")
    ):
        targets.setdefault(stored.indicator_id, {})[stored.orgunit_id] = stored
    found: dict[int, list[PlanTarget]] = {}
    for indicator in others:
        held = targets.get(indicator.pk, {})
        nearest = next((u for u in reversed(ancestors) if u.pk in held), None)
        target = held.get(nearest.pk) if nearest else held.get(None)
        found.setdefault(indicator.measure_id, []).append(
            PlanTarget(indicator, target, nearest or indicator.goal.plan.owner)
        )
    return found


def project_rows(*, orgunit: OrgUnit, period: Period) -> list[ProjectRow]:
    projects = list(owed_projects(orgunit=orgunit, year=period.year))
    progress = {
        p.project_id: p
        for p in ProgressReport.objects.filter(project__in=projects, period=str(period))
    }
    earlier: dict[int, Decimal] = {}
    for p in ProgressReport.objects.filter(
        project__in=projects, period__startswith=str(period.year), period__lt=str(period)
    ):
        earlier[p.project_id] = earlier.get(p.project_id, Decimal(0)) + p.investment
    raised: dict[int | None, list[Problem]] = {}
    for problem in Problem.objects.filter(project__in=projects, period=str(period)).order_by("pk"):
        raised.setdefault(problem.project_id, []).append(problem)
    return [
        ProjectRow(p, progress.get(p.pk), earlier.get(p.pk, Decimal(0)), raised.get(p.pk, []))
        for p in projects
    ]
