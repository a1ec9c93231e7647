"""One indicator in depth: its monthly path against the target and its units' shares."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pacesetter.analytics.aggregates import (
    EMPTY,
    MonthSeries,
    Series,
    month_series,
    own_figure_ids,
)
from pacesetter.analytics.evaluate import evaluate, reporters_of, series_of, time_bound
from pacesetter.analytics.progress import completion
from pacesetter.analytics.ranking import growth
from pacesetter.analytics.reported import Reporting, reporting
from pacesetter.analytics.status import expected_share
from pacesetter.core.periods import Period
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan


@dataclass
class MonthRow:
    period: Period
    value: Decimal | None  # the month's own figure (all units, own figure wins)
    actual: Decimal | None  # year to date, by the indicator's aggregation
    target_path: Decimal | None
    month_on_month: Decimal | None
    year_on_year: Decimal | None


@dataclass
class UnitShare:
    unit: OrgUnit
    target: Target | None
    actual: Decimal | None
    completion: Decimal | None
    latest_value_id: int | None
    reported: bool = True  # False: the unit reports but has not reported the month yet


def indicator_detail(*, plan: Plan, indicator: Indicator, upto: Period) -> dict:
    """The indicator for the plan's whole area, month by month, and per unit under the plan's
    owner (each a branch: a county's value is its own figure or the sum of its towns)."""
    owner = plan.owner
    targets = list(
        Target.objects.filter(indicator=indicator, year=upto.year).select_related("orgunit")
    )
    target = next((t for t in targets if t.orgunit_id is None), None)
    years = [upto.year - 1, upto.year]
    whole = series_of(
        month_series(
            measures=[indicator.measure], root=owner, years=years, own=[indicator.lead_unit]
        ),
        indicator,
        owner,
    )
    children = list(
        OrgUnit.objects.filter(path__startswith=owner.path, depth=owner.depth + 1).order_by("path")
    )
    branches = month_series(
        measures=[indicator.measure], root=owner, depth=owner.depth + 1, years=years
    )
    unit_targets = [
        (t.indicator_id, t.orgunit.pk)
        for t in targets
        if t.orgunit is not None and t.orgunit.path.startswith(owner.path)
    ]
    reporters = reporters_of([indicator], unit_targets, owner)[indicator.pk]
    status = reporting(unit_ids=set(reporters) | {c.pk for c in children}, upto=upto)
    ev = evaluate(
        indicator, target, whole, upto, plan.yellow_tolerance, reporting=status, reporters=reporters
    )
    return {
        "target": target,
        "actual": ev.actual,
        "latest": ev.latest,
        "assessment": ev.assessment,
        "growth": ev.growth,
        "gap": ev.gap,
        "months": _months(indicator, target, whole, upto),
        "units": _units(indicator, targets, children, branches, status, upto),
    }


def _months(
    indicator: Indicator, target: Target | None, series: MonthSeries, upto: Period
) -> list[MonthRow]:
    rows, previous_value = [], None
    aggregation = indicator.aggregation
    for month in Period.year_of(upto.year).months():
        if month > upto:
            break
        value = series.month(month)
        path = None
        if target is not None and target.is_growth:
            # The level the rate asks for: last year's year to date, grown by the rate.
            base = series.ytd(aggregation, month.same_period_last_year())
            path = None if base is None else base * (1 + target.value / 100)
        elif target is not None:
            path = target.value * expected_share(
                period=month,
                year=target.year,
                profile=target.monthly_profile,
                time_bound=time_bound(indicator),
            )
        rows.append(
            MonthRow(
                month,
                value,
                series.ytd(aggregation, month),
                path,
                growth(value, previous_value),
                growth(value, series.month(month.same_period_last_year())),
            )
        )
        previous_value = value
    return rows


def _units(
    indicator: Indicator,
    targets: list[Target],
    children: list[OrgUnit],
    branches: Series,
    status: Reporting,
    upto: Period,
) -> list[UnitShare]:
    unit_targets = {t.orgunit_id: t for t in targets if t.orgunit_id}
    shown = [
        c for c in children if c.pk in unit_targets or (indicator.measure_id, c.path) in branches
    ]
    latest_ids = own_figure_ids(measure=indicator.measure, units=shown, period=upto)
    shares = []
    for unit in shown:
        value = branches.get((indicator.measure_id, unit.path), EMPTY).ytd(
            indicator.aggregation, upto
        )
        target = unit_targets.get(unit.pk)
        done = completion(value, target.value) if target and not target.is_growth else None
        shares.append(
            UnitShare(
                unit, target, value, done, latest_ids.get(unit.pk), status.has_reported(unit.pk)
            )
        )
    return shares
