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

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from django.db import connections
from django.db.models import (
    Aggregate,
    Count,
    F,
    Max,
    Q,
    QuerySet,
    Sum,
)
from django.db.models.expressions import Window
from django.db.models.functions import Lead, Substr

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
    # The months in order, sorted once when first asked (a dashboard asks ~1,000 times).
    _order: list[Period] = field(default_factory=list, repr=False, compare=False)

    def months(self, upto: Period) -> list[Period]:
        """The months of ``upto``'s year up to it that hold a total, in order."""
        if len(self._order) != len(self.totals):
            self._order[:] = sorted(self.totals)
        end = bisect_right(self._order, upto)
        start = end
        while start and self._order[start - 1].year == upto.year:
            start -= 1
        return self._order[start:end]

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
    if not years:
        return series
    groups = _groups(root, depth)
    if kept:
        stocks = {m.pk for m in kept if m.aggregation == LAST}
        rows = _kept_totals(kept, groups, years).values_list(
            "measure_id", "orgunit_id", "period", "total"
        )
        running: dict[tuple[int, str, int], Decimal] = {}
        for measure_id, unit_id, period, total in rows.order_by("period"):
            month, group = _month(period), groups[unit_id]
            if measure_id in stocks:  # kept as the month's change: the running sum of the year
                key = (measure_id, group, month.year)
                total = running[key] = running.get(key, 0) + total
            series.setdefault((measure_id, group), MonthSeries()).totals[month] = _exact(total)
    if not measures:
        return series
    groups.update((u.pk, u.path) for u in own)
    # One figure per group and month; grouped all the same, so that no page reads raw rows.
    for measure_id, unit_id, period, total in (
        _counted(measures, groups, years)
        .values("measure_id", "orgunit_id", "period")
        .annotate(total=Sum("value"))
        .values_list("measure_id", "orgunit_id", "period", "total")
    ):
        found = series.setdefault((measure_id, groups[unit_id]), MonthSeries())
        found.totals[_month(period)] = _exact(total)
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
    if not years:
        return values
    groups = _groups(root, depth)
    if kept:
        _kept_points(values, kept, _kept_totals(kept, groups, years), groups, points)
    if measures:
        _own_points(values, measures, _counted(measures, groups, years), groups, points)
    return values


def _split(measures: Iterable[Measure]) -> tuple[list[Measure], list[Measure]]:
    """The measures read from figures, and those whose month totals are kept
    (``datavalues.rollups``)."""
    measures = list({m.pk: m for m in measures}.values())
    kept = [m for m in measures if rollups.is_kept(m)]
    return [m for m in measures if not rollups.is_kept(m)], kept


def _kept_totals(
    measures: list[Measure], groups: dict[int, str], years: list[int]
) -> QuerySet[MonthTotal]:
    """The kept totals of the groups, one row per measure, group and month: nothing below
    the groups is read."""
    return MonthTotal.objects.filter(
        orgunit_id__in=list(groups),
        measure_id__in=[m.pk for m in measures],
        period__gte=f"{years[0]:04d}01",
        period__lte=f"{years[-1]:04d}12",
    )


def _kept_points(
    values: dict[tuple[int, str], Points],
    measures: list[Measure],
    totals: QuerySet[MonthTotal],
    groups: dict[int, str],
    points: list[Period],
) -> None:
    """Year to date at ``points`` from the kept month totals: the sum of the months so far
    (cumulative, and stocks: their rows are the month's changes) or their mean (average),
    one row per measure and group."""
    columns: dict[str, Aggregate] = {}
    for i, p in enumerate(points):
        so_far = Q(period__gte=f"{p.year:04d}01", period__lte=str(p))
        columns[f"sum{i}"] = Sum("total", filter=so_far)
        columns[f"months{i}"] = Count("period", filter=so_far)
    averaged = {m.pk for m in measures if m.aggregation == AVERAGE}
    # Columns named at run time (sum0, months0 …): no static type lists them.
    rows: Any = totals.values("measure_id", "orgunit_id").annotate(**columns)
    for row in rows:
        found = values.setdefault((row["measure_id"], groups[row["orgunit_id"]]), Points())
        for i, p in enumerate(points):
            if row[f"months{i}"]:
                total = _exact(row[f"sum{i}"])
                found[p] = total / row[f"months{i}"] if row["measure_id"] in averaged else total


def _own_points(
    values: dict[tuple[int, str], Points],
    measures: list[Measure],
    figures: QuerySet[DataValue],
    groups: dict[int, str],
    points: list[Period],
) -> None:
    """Year to date at ``points`` from each group's own figures (one unit per group): the
    sum of the months so far, their mean (average), or the latest figure (last: the sum of
    the figures so far less those replaced by a later one so far). One pass: each figure
    learns the month of its unit's next figure of the year from a window (LEAD), then one
    row per measure and group with the months as columns."""
    window = Window(
        Lead("period"),
        partition_by=[F("measure_id"), F("orgunit_id"), Substr("period", 1, 4)],
        order_by=F("period").asc(),
    )
    query = figures.annotate(replaced_in=window).values(
        "measure_id", "orgunit_id", "period", "value", "replaced_in"
    )
    # Compiled for the database the router picks for the figures (a replica, if any).
    connection = connections[query.db]
    inner, params = query.query.get_compiler(connection=connection).as_sql()
    columns, args = [], []
    for p in points:
        so_far = "period >= %s AND period <= %s"
        bounds = [f"{p.year:04d}01", str(p)]
        columns += [
            f"SUM(CASE WHEN {so_far} THEN value END)",
            f"COUNT(CASE WHEN {so_far} THEN period END)",  # one figure per unit and month
            f"SUM(CASE WHEN {so_far} AND replaced_in <= %s THEN value END)",
        ]
        args += [*bounds, *bounds, *bounds, str(p)]
    aggregation = {m.pk: m.aggregation for m in measures}
    # Grouped in the window's order (measure, unit): no second sort.
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT measure_id, orgunit_id, {', '.join(columns)} FROM ({inner}) f"
            " GROUP BY measure_id, orgunit_id",
            (*args, *params),
        )
        rows = cursor.fetchall()
    for measure_id, unit_id, *sums in rows:
        found = values.setdefault((measure_id, groups[unit_id]), Points())
        for i, p in enumerate(points):
            total, months, gone = sums[3 * i : 3 * i + 3]
            if not months:
                continue
            value = _exact(total)
            if aggregation[measure_id] == LAST:
                value -= _exact(gone or 0)
            elif aggregation[measure_id] == AVERAGE:
                value /= months
            found[p] = value


def _counted(
    measures: list[Measure], groups: dict[int, str], years: list[int]
) -> QuerySet[DataValue]:
    """The accepted own figures of ``measures`` (not summed over units) of the ``groups``'
    units in ``years``."""
    return DataValue.objects.filter(
        orgunit_id__in=list(groups),
        measure_id__in=[m.pk for m in measures],
        state__in=VISIBLE_STATES,
        value__isnull=False,
        period__gte=f"{years[0]:04d}01",
        period__lte=f"{years[-1]:04d}12",
    )


def _groups(root: OrgUnit, depth: int | None) -> dict[int, str]:
    """The groups, id → path: ``root``, or its units at ``depth``. Given to the database as
    a list of ids, so that it estimates a few units and starts from their index entries
    (joined on the path, PostgreSQL scanned every unit's totals of the measures: twice the
    time), and the rows come back keyed by unit id, with no join."""
    if depth is None:
        return {root.pk: root.path}
    return dict(
        OrgUnit.objects.filter(path__startswith=root.path, depth=depth).values_list("pk", "path")
    )


@lru_cache(maxsize=1024)
def _month(text: str) -> Period:
    return Period.parse(text)


def _exact(total: Decimal | float | int) -> Decimal:
    """SQLite sums decimals as floats: back to the stored precision (four places).
    PostgreSQL's sums of the four-place columns are already exact."""
    if isinstance(total, Decimal) and total.as_tuple().exponent == -4:
        return total
    return Decimal(total).quantize(PLACES)


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
