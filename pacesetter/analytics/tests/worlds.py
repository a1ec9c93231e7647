"""Small worlds for analytics tests: units, one plan, figures accepted through the reports."""

from __future__ import annotations

from decimal import Decimal

from pacesetter.catalogue.services import measure_for
from pacesetter.core import policy
from pacesetter.core.periods import Period
from pacesetter.datavalues.services import datavalue_set
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.services import orgunit_ensure
from pacesetter.plans.models import Goal, Plan
from pacesetter.reporting.models import Report
from pacesetter.reporting.services import report_accept, report_submit


def units():
    """宁德市 → 柘荣县 → 双城镇, 富溪镇 (and 福安市 beside 柘荣县)."""
    province = orgunit_ensure(code="P", name="福建省", kind="province")
    city = orgunit_ensure(code="C", name="宁德市", kind="city", parent=province)
    county = orgunit_ensure(code="Z", name="柘荣县", kind="county", parent=city)
    other = orgunit_ensure(code="F", name="福安市", kind="county", parent=city)
    town_a = orgunit_ensure(code="Z1", name="双城镇", kind="township", parent=county)
    town_b = orgunit_ensure(code="Z2", name="富溪镇", kind="township", parent=county)
    return {u.code: u for u in (province, city, county, other, town_a, town_b)}


def plan(owner, *, code="p", year=2023) -> Plan:
    made = Plan.objects.create(
        code=code,
        name="计划",
        owner=owner,
        first_year=year,
        last_year=year,
        status=Plan.Status.ACTIVE,
    )
    Goal.objects.add_root({"plan": made, "code": "G", "name": "目标", "level": "goal"})
    return made


def indicator(
    plan: Plan,
    code: str,
    measure,
    lead,
    *,
    target=None,
    year=2023,
    is_growth=False,
    unit_targets=None,
) -> Indicator:
    goal = Goal.objects.get(plan=plan, code="G")
    made = Indicator.objects.create(
        goal=goal, code=code, name=measure.name, measure=measure, lead_unit=lead
    )
    if target is not None:
        Target.objects.create(indicator=made, year=year, value=Decimal(target), is_growth=is_growth)
    for unit, value in (unit_targets or {}).items():
        Target.objects.create(
            indicator=made, year=year, orgunit=unit, value=Decimal(value), is_growth=is_growth
        )
    return made


def measure(code: str, **fields):
    return measure_for(code=code, name=f"指标{code}", unit=fields.pop("unit", "亿元"), **fields)


def report(unit, month: str, values: dict, *, accept: bool = True) -> None:
    """The unit's figures for ``month`` entered and submitted; accepted unless told not."""
    period = Period.parse(month)
    for m, value in values.items():
        # Explained, so that a large change from last month does not hold the report.
        datavalue_set(
            actor=policy.SYSTEM,
            measure=m,
            orgunit=unit,
            period=period,
            value=Decimal(str(value)),
            comment="测试数据",
        )
    submitted = report_submit(actor=policy.SYSTEM, orgunit=unit, period=period)
    if accept and submitted.state == Report.State.SIGNED:
        report_accept(actor=policy.SYSTEM, report=submitted)
