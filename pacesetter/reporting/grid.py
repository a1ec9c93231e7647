"""Rows of the entry grid: each figure the unit reports, with its context beside it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pacesetter.analytics.progress import Figure, actual
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.indicators.models import Indicator, Target
from pacesetter.projects.models import ProgressReport
from pacesetter.reporting.models import Report
from pacesetter.reporting.selectors import report_indicators, report_projects


@dataclass
class GridRow:
    indicator: Indicator
    target: Target | None
    previous: Decimal | None
    year_to_date: Decimal | None
    value: DataValue | None
    error: str = ""
    warning: str = ""
    typed: str | None = None  # what the user typed, kept when a save was refused

    @property
    def shown(self) -> str:
        if self.typed is not None:
            return self.typed
        if self.value is None or self.value.value is None:
            return ""
        return f"{self.value.value.normalize():f}"


@dataclass
class ProjectRow:
    project: object
    progress: ProgressReport | None
    invested_before: Decimal


def grid_rows(*, report: Report) -> list[GridRow]:
    period = Period.parse(report.period)
    indicators = list(report_indicators(plan=report.plan, orgunit=report.orgunit, year=period.year))
    targets = {}
    for t in Target.objects.filter(indicator__in=indicators, year=period.year).order_by("orgunit"):
        if t.orgunit_id in (None, report.orgunit.pk):
            # A unit's own target wins over the plan-wide one.
            if t.orgunit_id or t.indicator_id not in targets:
                targets[t.indicator_id] = t
    values = DataValue.objects.filter(indicator__in=indicators, orgunit=report.orgunit,
                                      period__startswith=str(period.year))
    by_indicator: dict[int, list[DataValue]] = {}
    for v in values:
        by_indicator.setdefault(v.indicator_id, []).append(v)
    rows = []
    for ind in indicators:
        own = by_indicator.get(ind.pk, [])
        current = next((v for v in own if v.period == report.period), None)
        previous = next((v.value for v in own if v.period == str(period.previous())), None)
        figures = [Figure(v.orgunit_id, Period.parse(v.period), v.value) for v in own
                   if v.value is not None]
        rows.append(GridRow(ind, targets.get(ind.pk), previous,
                            actual(figures, aggregation=ind.aggregation, upto=period), current))
    return rows


def project_rows(*, report: Report) -> list[ProjectRow]:
    period = Period.parse(report.period)
    projects = list(report_projects(plan=report.plan, orgunit=report.orgunit))
    progress = {p.project_id: p for p in ProgressReport.objects.filter(project__in=projects,
                                                                        period=report.period)}
    earlier: dict[int, Decimal] = {}
    for p in ProgressReport.objects.filter(project__in=projects,
                                           period__startswith=str(period.year),
                                           period__lt=report.period):
        earlier[p.project_id] = earlier.get(p.project_id, Decimal(0)) + p.investment
    return [ProjectRow(p, progress.get(p.pk), earlier.get(p.pk, Decimal(0))) for p in projects]
