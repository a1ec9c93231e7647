"""Monthly totals of accepted figures, aggregated in the database.

Pages never read figure rows: they read, per measure × unit group × month, the sum of the
figures that count (GROUP BY in SQL), and derive year-to-date values from those few rows
(``MonthSeries``). The rows returned grow with the measures and units shown, never with
the figures stored.

What counts (PRODUCT.md, issue 9):
- only accepted figures (``VISIBLE_STATES``);
- additive measures, own figure wins: a unit that has its own figure for a measure and
  month counts with it, and the figures of the units below it for that measure and month
  are left out (NOT EXISTS an ancestor's figure within the group);
- measures that are not additive (rates, milestones): a unit's value is its own figure,
  nothing is summed.

``last`` measures need each unit's latest figure up to a month, for every month at once.
Each figure counts from its own month until the unit's next figure of the year replaces
it, so the database also returns, per month, the sum of the figures replaced in that month
(``leaving``); the running difference gives the latest-figure total at every month.
Own figure wins month by month: for a ``last`` measure that a unit reports only in some
months while the units below it report every month, the unit's latest figure and its
units' later figures both count (a mixed pattern the reporting rules do not produce).

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
    Exists,
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
from django.db.models.expressions import Combinable
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
    leaving: dict[Period, Decimal] = field(default_factory=dict)  # ``last`` measures only

    def months(self, upto: Period) -> list[Period]:
        return sorted(m for m in self.totals if m.year == upto.year and m <= upto)

    def latest(self, upto: Period) -> Period | None:
        return max(self.months(upto), default=None)

    def month(self, month: Period) -> Decimal | None:
        return self.totals.get(month)

    def ytd(self, aggregation: str, upto: Period) -> Decimal | None:
        """The value for the year of ``upto`` as of its end: cumulative sums the months so
        far; last sums each unit's latest figure; average is the mean of the month totals."""
        months = self.months(upto)
        if not months:
            return None
        total = sum((self.totals[m] for m in months), Decimal(0))
        if aggregation == LAST:
            gone = sum(
                (v for m, v in self.leaving.items() if m.year == upto.year and m <= upto),
                Decimal(0),
            )
            return total - gone
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
        rows = _kept_totals(kept, root, depth, years).values_list(
            "measure_id", "orgunit__path", "period", "total"
        )
        for measure_id, group, period, total in rows:
            series.setdefault((measure_id, group), MonthSeries()).totals[_month(period)] = _exact(
                total
            )
    counted = _counted(measures, root, depth, own, years)
    if counted is None:
        return series
    figures, last = counted
    totals = (
        figures.values("measure_id", "group", "period")
        .annotate(total=Sum("value"))
        .values_list("measure_id", "group", "period", "total")
    )
    for measure_id, group, period, total in totals:
        series.setdefault((measure_id, group), MonthSeries()).totals[_month(period)] = _exact(total)
    if last:
        replaced = (
            figures.filter(measure_id__in=last)
            .annotate(replaced_in=Subquery(_next_figure()))
            .filter(replaced_in__isnull=False)
            .values("measure_id", "group", "replaced_in")
            .annotate(total=Sum("value"))
            .values_list("measure_id", "group", "replaced_in", "total")
        )
        for measure_id, group, period, total in replaced:
            series.setdefault((measure_id, group), MonthSeries()).leaving[_month(period)] = _exact(
                total
            )
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
    counted = _counted(measures, root, depth, (), years)
    if counted is None:
        return values
    figures, last = counted
    aggregation = {m.pk: m.aggregation for m in measures}
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
) -> tuple[QuerySet[Any], list[int]] | None:
    """The accepted figures that count under ``root`` (own figure wins for additive
    measures, own figures only for the others), each with its group's path; and the ids
    of the ``last`` measures among them. None when there is nothing to read.

    The figures are DataValues annotated with ``group``; typed loosely because callers read
    columns named at run time (``sum0``, ``months0`` …) that no static type can list."""
    measures = list({m.pk: m for m in measures}.values())
    if not measures or not years:
        return None
    d = depth or root.depth
    additive = [m.pk for m in measures if m.additive]
    deepest = (
        OrgUnit.objects.filter(path__startswith=root.path).aggregate(deepest=Max("depth"))[
            "deepest"
        ]
        or d
    )
    # The units as a subquery: SQLite then starts from them and the (unit, period) index.
    units = OrgUnit.objects.filter(path__startswith=root.path, depth__gte=d).values("pk")
    figures = DataValue.objects.filter(
        measure_id__in=[m.pk for m in measures],
        orgunit__in=units,
        state__in=VISIBLE_STATES,
        value__isnull=False,
        period__gte=f"{years[0]:04d}01",
        period__lte=f"{years[-1]:04d}12",
    )
    # Measures that are not additive: the group's own figure (or an ``own`` unit's) only.
    own_units = [u.pk for u in own]
    figures = figures.filter(
        Q(measure_id__in=additive) | Q(orgunit__depth=d) | Q(orgunit_id__in=own_units)
    )
    figures = figures.filter(_no_own_figure_above(additive, d, deepest)).annotate(
        group=Case(
            When(measure_id__in=additive, then=Substr("orgunit__path", 1, d * OrgUnit.steplen)),
            default=F("orgunit__path"),
            output_field=CharField(),
        )
    )
    return figures, [m.pk for m in measures if m.aggregation == LAST]


@lru_cache(maxsize=1024)
def _month(text: str) -> Period:
    return Period.parse(text)


def _exact(total: Decimal | float | int) -> Decimal:
    """SQLite sums decimals as floats: back to the stored precision (four places)."""
    return Decimal(total).quantize(PLACES)


def _no_own_figure_above(additive: list[int], depth: int, deepest: int) -> Q | Combinable:
    """For ``additive`` measures: no counted figure of the same measure and month is held
    by an ancestor of the figure's unit within its group (at ``depth`` or deeper): such a
    figure wins. Other measures pass (the inner query asks for an additive measure).

    One NOT EXISTS per level, each an equality on the ancestor's path (a prefix of the
    unit's path), each a top-level AND, so that SQLite probes the unique indexes and
    PostgreSQL can turn each into a hashed anti-join; a NOT EXISTS under an OR, or an OR
    over the levels, would leave PostgreSQL a nested loop per figure."""
    # Q() & Exists is the Exists itself, so the result is a Q or a combined expression.
    condition: Q | Combinable = Q()
    if not additive:
        return condition
    for level in range(depth, deepest):
        above = DataValue.objects.filter(
            orgunit__path=Substr(OuterRef("orgunit__path"), 1, level * OrgUnit.steplen),
            orgunit__depth__lt=OuterRef("orgunit__depth"),
            measure=OuterRef("measure"),
            period=OuterRef("period"),
            measure_id__in=additive,
            state__in=VISIBLE_STATES,
            value__isnull=False,
        )
        condition &= ~Exists(above)
    return condition


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
