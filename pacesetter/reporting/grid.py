"""Rows of the monthly report: each measure the unit owes, once, with every plan's target,
last month's figure and the year to date beside it."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from pacesetter.analytics.progress import Figure, actual
from pacesetter.catalogue.models import Measure
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.indicators.models import Indicator, Target
from pacesetter.indicators.targets import targets_by_indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.projects.models import ProgressReport
from pacesetter.reporting.selectors import owed_indicators, owed_projects


@dataclass
class PlanTarget:
    indicator: Indicator
    target: Target | None


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
    notes: list = field(default_factory=list)

    @property
    def shown(self) -> str:
        if self.typed is not None:
            return self.typed
        if self.value is None or self.value.value is None:
            return "" if self.prefill is None else f"{self.prefill.normalize():f}"
        return f"{self.value.value.normalize():f}"


@dataclass
class ProjectRow:
    project: object
    progress: ProgressReport | None
    invested_before: Decimal


def grid_rows(*, orgunit: OrgUnit, period: Period) -> list[GridRow]:
    indicators = list(owed_indicators(orgunit=orgunit, year=period.year))
    targets = targets_by_indicator(
        Target.objects.filter(indicator__in=indicators, year=period.year,
                              orgunit__in=[orgunit.pk]) |
        Target.objects.filter(indicator__in=indicators, year=period.year, orgunit=None),
        orgunit_id=orgunit.pk)
    by_measure: dict[int, list[Indicator]] = {}
    for ind in indicators:
        by_measure.setdefault(ind.measure_id, []).append(ind)
    values = DataValue.objects.filter(measure__in=by_measure, orgunit=orgunit,
                                      period__startswith=str(period.year), period__lte=str(period))
    own: dict[int, list[DataValue]] = {}
    for v in values:
        own.setdefault(v.measure_id, []).append(v)
    rows = []
    for measure_id, group in by_measure.items():
        measure = group[0].measure
        figures = own.get(measure_id, [])
        current = next((v for v in figures if v.period == str(period)), None)
        previous = next((v.value for v in figures if v.period == str(period.previous())), None)
        ytd = actual([Figure(v.orgunit_id, Period.parse(v.period), v.value) for v in figures
                      if v.value is not None], aggregation=measure.aggregation, upto=period)
        prefill = previous if measure.aggregation == Measure.Aggregation.LAST else None
        rows.append(GridRow(measure, [PlanTarget(i, targets.get(i.pk)) for i in group],
                            previous, ytd, current, prefill))
    return rows


def project_rows(*, orgunit: OrgUnit, period: Period) -> list[ProjectRow]:
    projects = list(owed_projects(orgunit=orgunit, year=period.year))
    progress = {p.project_id: p for p in ProgressReport.objects.filter(project__in=projects,
                                                                        period=str(period))}
    earlier: dict[int, Decimal] = {}
    for p in ProgressReport.objects.filter(project__in=projects,
                                           period__startswith=str(period.year),
                                           period__lt=str(period)):
        earlier[p.project_id] = earlier.get(p.project_id, Decimal(0)) + p.investment
    return [ProjectRow(p, progress.get(p.pk), earlier.get(p.pk, Decimal(0))) for p in projects]
