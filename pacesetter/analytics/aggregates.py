"""Monthly totals of accepted figures, aggregated in the database.

Pages never read figure rows: they read, per measure × unit group × month, the sum of the
figures that count (GROUP BY in SQL), and derive year-to-date values from those few rows
(``MonthSeries``). The rows returned grow with the measures and units shown, never with
the figures stored.

What counts (PRODUCT.md, issue 9):
- only accepted figures (``VISIBLE_STATES``);
- measures summed over units (additive): the month totals kept per unit subtree
  (``datavalues.rollups``), own figure wins; ``last`` measures (stocks) sum each unit's
  latest figure of the year, kept as the month's change (``datavalues.stocks``);
- measures that are not additive (rates, milestones): a unit's value is its own figure,
  nothing is summed; a ``last`` one's value is its latest figure of the year.

``month_series`` returns rows per measure × group × month (a plan's indicators over the
year); ``ytd_at`` returns the year to date at a few months as columns, one row per
measure × group (a ranking of many units).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from django.db.models import (
    Aggregate,
    Case,
    CharField,
    Count,
    F,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Concat, Substr

from pacesetter.analytics.figures import VISIBLE_STATES
from pacesetter.catalogue.models import Measure
from pacesetter.core.periods import Period
from pacesetter.core.progress import AVERAGE, LAST
from pacesetter.datavalues import rollups
from pacesetter.datavalues.models import DataValue, MonthTotal
from pacesetter.orgunits.models import OrgUnit

PLACES = Decimal("0.0001")  # DataValue.value's decimal places


@dataclass
class MonthSeries:
    """One measure in one unit group: month → total of the month's figures that count."""

    totals: dict[Period, Decimal] = field(default_factory=dict)

    def months(self, upto: Period) -> list[Period]:
        return sorted(m for m in self.totals if m.year == upto.year and m <= upto)

    def latest(self, upto: Period) -> Period | None:
        return max(self.months(upto), default=None)

    def month(self, month: Period) -> Decimal | None:
        return self.totals.get(month)

    def ytd(self, aggregation: str, upto: Period) -> Decimal | None:
        """The value for the year of ``upto`` as of its end: cumulative sums the months so
        far; last is the latest month's (a ``last`` series holds, each month, the sum of
        each unit's latest figure); average is the mean of the month totals."""
        months = self.months(upto)
        if not months:
            return None
        if aggregation == LAST:
            return self.totals[months[-1]]
        total = sum((self.totals[m] for m in months), Decimal(0))
        if aggregation == AVERAGE:
            return total / len(months)
        return total


EMPTY = MonthSeries()
Series = dict[tuple[int, str], MonthSeries]  # (measure id, group unit path) → series


class Points(dict):
    """One measure in one unit group: the year-to-date value at a few chosen months."""

    def ytd(self, aggregation: str, upto: Period) -> Decimal | None:
        return self.get(upto)


NO_POINTS = Points()


def month_series(
    *,
    measures: Iterable[Measure],
    root: OrgUnit,
    years: Iterable[int],
    depth: int | None = None,
    own: Iterable[OrgUnit] = (),
) -> Series:
    """Monthly totals of ``measures`` under ``root`` for ``years``, keyed by group path:
    one row per measure, group and month (a page of indicators over the months).

    ``depth`` None: one group, ``root``'s subtree (additive measures) or ``root``'s own
    figure (other measures), keyed by ``root.path``; the own figures of the ``own`` units
    (lead units) are also returned for measures that are not additive, keyed by their path.
    ``depth`` d below ``root``: one group per unit at depth d under ``root`` (its branch),
    keyed by that unit's path.

    Two or three queries whatever the number of figures; every one aggregates.
    """
    years = sorted(set(years))
    measures, kept = _split(measures)
    series: Series = {}
    if kept and years:
        stocks = {m.pk for m in kept if m.aggregation == LAST}
        rows = _kept_totals(kept, root, depth, years).values_list(
            "measure_id", "orgunit__path", "period", "total"
        )
        running: dict[tuple[int, str, int], Decimal] = {}
        for measure_id, group, period, total in rows.order_by("period"):
            month = _month(period)
            if measure_id in stocks:  # kept as the month's change: the running sum of the year
                key = (measure_id, group, month.year)
                total = running[key] = running.get(key, 0) + total
            series.setdefault((measure_id, group), MonthSeries()).totals[month] = _exact(total)
    figures = _counted(measures, root, depth, own, years)
    if figures is None:
        return series
    # One figure per group and month; grouped all the same, so that no page reads raw rows.
    for measure_id, group, period, total in (
        figures.values("measure_id", "group", "period")
        .annotate(total=Sum("value"))
        .values_list("measure_id", "group", "period", "total")
    ):
        series.setdefault((measure_id, group), MonthSeries()).totals[_month(period)] = _exact(total)
    return series


def ytd_at(
    *,
    measures: Iterable[Measure],
    root: OrgUnit,
    points: Iterable[Period],
    depth: int | None = None,
) -> dict[tuple[int, str], Points]:
    """Year-to-date values of ``measures`` at each month of ``points`` (this month, last
    month, the same months last year), per group as in ``month_series``: one row per
    measure and group, the months as columns (conditional aggregates). A ranking of many
    units reads one row per unit and indicator, not one per month."""
    points = sorted(set(points))
    measures, kept = _split(measures)
    years = sorted({p.year for p in points})
    values: dict[tuple[int, str], Points] = {}
    if kept and years:
        _kept_points(values, kept, _kept_totals(kept, root, depth, years), points)
    figures = _counted(measures, root, depth, (), years)
    if figures is None:
        return values
    aggregation = {m.pk: m.aggregation for m in measures}
    last = [m.pk for m in measures if m.aggregation == LAST]
    if last:  # each figure of a ``last`` measure: the month it is replaced in, if any
        figures = figures.annotate(
            replaced_in=Case(
                When(measure_id__in=last, then=Subquery(_next_figure())),
                default=None,
                output_field=CharField(),
            )
        )
    columns: dict[str, Aggregate] = {}
    for i, p in enumerate(points):
        so_far = Q(period__gte=f"{p.year:04d}01", period__lte=str(p))
        columns[f"sum{i}"] = Sum("value", filter=so_far)
        columns[f"months{i}"] = Count("period", distinct=True, filter=so_far)
        if last:
            # replaced_in is in the figure's own year: the period bounds keep it to p's year
            # and come first, so the subquery runs only for the figures so far.
            columns[f"gone{i}"] = Sum("value", filter=so_far & Q(replaced_in__lte=str(p)))
    for row in figures.values("measure_id", "group").annotate(**columns):
        found = values.setdefault((row["measure_id"], row["group"]), Points())
        for i, p in enumerate(points):
            if not row[f"months{i}"]:
                continue
            total = _exact(row[f"sum{i}"])
            kind = aggregation[row["measure_id"]]
            if kind == LAST:
                total -= _exact(row[f"gone{i}"] or 0)
            elif kind == AVERAGE:
                total /= row[f"months{i}"]
            found[p] = total
    return values


def _split(measures: Iterable[Measure]) -> tuple[list[Measure], list[Measure]]:
    """The measures read from figures, and those whose month totals are kept
    (``datavalues.rollups``)."""
    measures = list({m.pk: m for m in measures}.values())
    kept = [m for m in measures if rollups.is_kept(m)]
    return [m for m in measures if m not in kept], kept


def _kept_totals(
    measures: list[Measure], root: OrgUnit, depth: int | None, years: list[int]
) -> QuerySet[MonthTotal]:
    """The kept totals of the groups: ``root`` itself, or its units at ``depth``. One row
    per measure, group and month: nothing below the groups is read."""
    groups = (
        Q(orgunit=root)
        if depth is None
        else Q(orgunit__path__startswith=root.path, orgunit__depth=depth)
    )
    return MonthTotal.objects.filter(
        groups,
        measure_id__in=[m.pk for m in measures],
        period__gte=f"{years[0]:04d}01",
        period__lte=f"{years[-1]:04d}12",
    )


def _kept_points(
    values: dict[tuple[int, str], Points],
    measures: list[Measure],
    totals: QuerySet[MonthTotal],
    points: list[Period],
) -> None:
    """Year to date at ``points`` from the kept month totals: the sum of the months so far
    (cumulative) or their mean (average), one row per measure and group."""
    columns: dict[str, Aggregate] = {}
    for i, p in enumerate(points):
        so_far = Q(period__gte=f"{p.year:04d}01", period__lte=str(p))
        columns[f"sum{i}"] = Sum("total", filter=so_far)
        columns[f"months{i}"] = Count("period", filter=so_far)
    averaged = {m.pk for m in measures if m.aggregation == AVERAGE}
    # Columns named at run time (sum0, months0 …): no static type lists them.
    rows: Any = totals.values("measure_id", group=F("orgunit__path")).annotate(**columns)
    for row in rows:
        found = values.setdefault((row["measure_id"], row["group"]), Points())
        for i, p in enumerate(points):
            if row[f"months{i}"]:
                total = _exact(row[f"sum{i}"])
                found[p] = total / row[f"months{i}"] if row["measure_id"] in averaged else total


def _counted(
    measures: Iterable[Measure],
    root: OrgUnit,
    depth: int | None,
    own: Iterable[OrgUnit],
    years: list[int],
) -> QuerySet[Any] | None:
    """The accepted own figures of ``measures`` (not summed over units) of the groups —
    ``root`` itself or its units at ``depth`` — and of the ``own`` units, each with its
    unit's path as ``group``. None when there is nothing to read.

    Typed loosely: callers read columns named at run time (``sum0``, ``months0`` …)."""
    measures = list({m.pk: m for m in measures}.values())
    if not measures or not years:
        return None
    groups = (
        Q(orgunit=root)
        if depth is None
        else Q(orgunit__path__startswith=root.path, orgunit__depth=depth)
    )
    return DataValue.objects.filter(
        groups | Q(orgunit__in=[u.pk for u in own]),
        measure_id__in=[m.pk for m in measures],
        state__in=VISIBLE_STATES,
        value__isnull=False,
        period__gte=f"{years[0]:04d}01",
        period__lte=f"{years[-1]:04d}12",
    ).annotate(group=F("orgunit__path"))


@lru_cache(maxsize=1024)
def _month(text: str) -> Period:
    return Period.parse(text)


def _exact(total: Decimal | float | int) -> Decimal:
    """SQLite sums decimals as floats: back to the stored precision (four places)."""
    return Decimal(total).quantize(PLACES)


def _next_figure():
    """The month of the same unit's next figure of the measure in the same year."""
    year_end = Concat(Substr(OuterRef("period"), 1, 4), Value("12"), output_field=CharField())
    return (
        DataValue.objects.filter(
            measure=OuterRef("measure"),
            orgunit=OuterRef("orgunit"),
            state__in=VISIBLE_STATES,
            value__isnull=False,
            period__gt=OuterRef("period"),
            period__lte=year_end,
        )
        .order_by("period")
        .values("period")[:1]
    )


def own_figure_ids(*, measure: Measure, units: Iterable[OrgUnit], period: Period) -> dict[int, int]:
    """unit id → id of the unit's own accepted figure for ``period`` (for its history link).
    Grouped by unit: one row per unit shown, whatever is stored."""
    return dict(
        DataValue.objects.filter(
            measure=measure, orgunit__in=list(units), period=str(period), state__in=VISIBLE_STATES
        )
        .values("orgunit_id")
        .annotate(latest=Max("pk"))
        .values_list("orgunit_id", "latest")
    )
