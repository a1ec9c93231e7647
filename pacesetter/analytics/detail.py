"""One indicator in depth: its monthly path against the target and its units' shares."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pacesetter.analytics.figures import load_figures
from pacesetter.analytics.progress import Figure, actual, completion
from pacesetter.analytics.ranking import growth
from pacesetter.analytics.selectors import indicator_assessment, time_bound
from pacesetter.analytics.status import expected_share
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan


@dataclass
class MonthRow:
    period: Period
    value: Decimal | None  # the month's own figure (all units)
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


def indicator_detail(*, plan: Plan, indicator: Indicator, upto: Period) -> dict:
    targets = list(Target.objects.filter(indicator=indicator, year=upto.year).select_related("orgunit"))
    target = next((t for t in targets if t.orgunit_id is None), None)
    loaded = load_figures(indicators=[indicator], root_path=plan.owner.path,
                          years=[upto.year - 1, upto.year]).get(indicator.pk, [])
    figures = [f for _p, f in loaded]
    value, latest, assessment = indicator_assessment(indicator, target, figures, upto,
                                                     plan.yellow_tolerance)
    return {"target": target, "actual": value, "latest": latest, "assessment": assessment,
            "months": _months(indicator, target, figures, upto),
            "units": _units(indicator, targets, loaded, upto)}


def _months(indicator, target, figures: list[Figure], upto: Period) -> list[MonthRow]:
    rows, previous_value = [], None
    for month in Period.year_of(upto.year).months():
        if month > upto:
            break
        own = [f.value for f in figures if f.period == month]
        value = sum(own, Decimal(0)) if own else None
        last_year = [f.value for f in figures if f.period == month.same_period_last_year()]
        path = None
        if target is not None and not target.is_growth:
            path = target.value * expected_share(period=month, year=target.year,
                                                 profile=target.monthly_profile,
                                                 time_bound=time_bound(indicator))
        rows.append(MonthRow(month, value, actual(figures, aggregation=indicator.aggregation,
                                                  upto=month), path,
                             growth(value, previous_value),
                             growth(value, sum(last_year, Decimal(0)) if last_year else None)))
        previous_value = value
    return rows


def _units(indicator, targets, loaded, upto: Period) -> list[UnitShare]:
    unit_targets = {t.orgunit_id: t for t in targets if t.orgunit_id}
    by_unit: dict[int, list[Figure]] = {}
    for _path, f in loaded:
        by_unit.setdefault(f.orgunit_id, []).append(f)
    ids = set(by_unit) | set(unit_targets)
    units = {u.pk: u for u in OrgUnit.objects.filter(pk__in=ids)}
    latest_ids = dict(DataValue.objects.filter(indicator=indicator, orgunit__in=ids, period=str(upto))
                      .values_list("orgunit_id", "pk"))
    shares = []
    for unit_id in sorted(ids, key=lambda i: units[i].path):
        value = actual(by_unit.get(unit_id, []), aggregation=indicator.aggregation, upto=upto)
        target = unit_targets.get(unit_id)
        done = completion(value, target.value) if target else None
        shares.append(UnitShare(units[unit_id], target, value, done, latest_ids.get(unit_id)))
    return shares
