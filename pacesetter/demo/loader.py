"""Load the Zherong 2023 demo. Idempotent: every object is found by its code first."""

from datetime import date, datetime, timedelta
from decimal import Decimal

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from pacesetter.accounts.services import user_ensure
from pacesetter.catalogue.collections import collection_set
from pacesetter.catalogue.services import measure_for
from pacesetter.core import policy
from pacesetter.core.periods import Period, deadline
from pacesetter.core.upsert import upsert
from pacesetter.datavalues import rollups
from pacesetter.datavalues.models import DataValue
from pacesetter.datavalues.services import datavalues_seed
from pacesetter.demo import plan as spec
from pacesetter.demo import simulate, units
from pacesetter.demo.city import load_city_plan
from pacesetter.demo.projects import PROJECTS
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.orgunits.services import orgunit_ensure
from pacesetter.plans.models import Goal, Plan
from pacesetter.projects.models import InvestmentPlan, Milestone, Problem, ProgressReport, Project
from pacesetter.reporting.models import Report

DEMO_REASON = "演示数据（模拟）"
LAST_MONTH = 10  # figures run January to October 2023
# October's reports still in review (invented): 双城镇 waits for its head's signature,
# 黄柏乡 (no head) for the plan office. Every other report through October is accepted.
IN_REVIEW = {"350926100": Report.State.SUBMITTED, "350926203": Report.State.SIGNED}
LATE_REPORTS = {"350926203": {3, 7, 9}, "350926201": {5}, "ZR-ZJJ": {8}}  # invented: days late


@transaction.atomic
def load_demo() -> Plan:
    county = _load_units()
    for username, name, unit_code, roles in units.ACCOUNTS:
        user_ensure(
            username=username,
            password=units.PASSWORD,
            display_name=name,
            orgunit=OrgUnit.objects.get(code=unit_code),
            roles=roles,
            validate=False,
        )
    plan = upsert(
        Plan,
        lookup={"code": spec.PLAN_CODE},
        values={
            "name": spec.PLAN_NAME,
            "owner": county,
            "first_year": spec.YEAR,
            "last_year": spec.YEAR,
            "status": Plan.Status.ACTIVE,
            "is_demo": True,
        },
    )
    goals = _load_goals(plan)
    by_code = {u.code: u for u in OrgUnit.objects.filter(path__startswith=county.path)}
    reporting_units: set[OrgUnit] = set()
    for item in spec.INDICATORS:
        reporting_units |= _load_indicator(item, goals[item.goal], by_code)
    for item in PROJECTS:
        _load_project(plan, item, by_code)
        reporting_units.add(by_code[item.lead])
    _city_plan, counties = load_city_plan()
    _load_reports(reporting_units | counties)
    return plan


def _load_units() -> OrgUnit:
    province = orgunit_ensure(code=units.PROVINCE[0], name=units.PROVINCE[1], kind="province")
    city = orgunit_ensure(code=units.CITY[0], name=units.CITY[1], kind="city", parent=province)
    for code, name in units.COUNTIES:
        orgunit_ensure(code=code, name=name, kind="county", parent=city)
    county = OrgUnit.objects.get(code=units.ZHERONG)
    for code, name in units.TOWNSHIPS:
        orgunit_ensure(code=code, name=name, kind="township", parent=county)
    for code, name, short in units.DEPARTMENTS:
        orgunit_ensure(code=code, name=name, short_name=short, kind="department", parent=county)
    return OrgUnit.objects.get(code=units.ZHERONG)


def _load_goals(plan: Plan) -> dict[str, Goal]:
    goals: dict[str, Goal] = {g.code: g for g in Goal.objects.filter(plan=plan)}
    for code, parent, level, name in spec.GOALS:
        if code in goals:
            upsert(Goal, lookup={"pk": goals[code].pk}, values={"name": name, "level": level})
            continue
        fields = {"plan": plan, "code": code, "name": name, "level": level}
        goals[code] = (
            Goal.objects.add_child(goals[parent], fields)
            if parent
            else Goal.objects.add_root(fields)
        )
    return {g.code: g for g in Goal.objects.filter(plan=plan)}


def _load_indicator(item: spec.IndicatorSpec, goal: Goal, by_code: dict) -> set[OrgUnit]:
    measure = measure_for(
        code=f"ZR-{item.code}",
        name=item.name,
        unit=item.unit,
        value_type=item.value_type,
        aggregation=item.aggregation,
        owner=by_code[item.lead],
        is_demo=item.demo,
    )
    indicator = upsert(
        Indicator,
        lookup={"goal": goal, "code": item.code},
        values={
            "name": item.name,
            "measure": measure,
            "lead_unit": by_code[item.lead],
            "source_quote": item.quote,
            "is_demo": item.demo,
        },
    )
    upsert(
        Target,
        lookup={"indicator": indicator, "year": spec.YEAR, "orgunit": None},
        values={"comparator": item.comparator, "value": Decimal(item.target)},
    )
    if item.reporters == "towns":
        series = {}
        for town_code, town_target in item.town_targets.items():
            town = by_code[town_code]
            upsert(
                Target,
                lookup={"indicator": indicator, "year": spec.YEAR, "orgunit": town},
                values={"comparator": ">=", "value": Decimal(str(town_target))},
            )
            series[town] = _series(
                item,
                Decimal(str(town_target)),
                spec.TOWN_PACE[town_code],
                town_code,
                spec.TOWN_DRIFT.get(town_code, 0.0),
            )
    else:
        series = {by_code[item.lead]: _series(item, Decimal(item.target), item.pace, item.lead)}
    datavalues_seed(
        actor=policy.SYSTEM,
        reason=DEMO_REASON,
        is_demo=True,
        rows=[
            (measure, unit, str(Period.month(spec.YEAR, month)), value)
            for unit, values in series.items()
            for month, value in values.items()
        ],
    )
    if item.collected_by:
        collection_set(
            actor=policy.SYSTEM,
            measure=measure,
            collector=by_code[item.collected_by],
            units=[by_code[code] for code in item.collected_for],
        )
    return set(series)


def _series(
    item: spec.IndicatorSpec, target: Decimal, pace: float, key: str, drift: float = 0.0
) -> dict:
    if item.value_type == "milestone":
        return simulate.milestone(spec.MILESTONE_DONE.get(item.code))
    if item.aggregation == "last":
        return simulate.running_count(target, pace)
    return simulate.monthly_flow(target, pace, item.code, key, drift=drift)


def _load_project(plan: Plan, item, by_code: dict) -> None:
    project = upsert(
        Project,
        lookup={"plan": plan, "code": item.code},
        values={
            "name": item.name,
            "category": item.category,
            "stage": item.stage,
            "lead_unit": by_code[item.lead],
            "township": by_code.get(item.township),
            "total_investment": Decimal(item.total),
            "start_date": date.fromisoformat(item.start),
            "end_date": date.fromisoformat(item.end),
            "source_quote": item.quote,
            "is_demo": True,
        },
    )
    upsert(
        InvestmentPlan,
        lookup={"project": project, "year": spec.YEAR},
        values={"amount": Decimal(item.plan_2023)},
    )
    for name, month, achieved in item.milestones:
        planned = date(spec.YEAR, month, 28)
        actual = planned - timedelta(days=3) if achieved and month <= 10 else None
        upsert(
            Milestone,
            lookup={"project": project, "name": name},
            values={"planned_date": planned, "actual_date": actual},
        )
    if item.plan_2023:
        flows = simulate.monthly_flow(Decimal(item.plan_2023), item.pace, item.code)
        for month, amount in flows.items():
            upsert(
                ProgressReport,
                lookup={"project": project, "period": f"{spec.YEAR}{month:02d}"},
                values={
                    "investment": amount,
                    "narrative": f"本月完成投资{amount}万元，按计划推进（演示数据）",
                },
            )
    if item.problem:
        upsert(
            Problem,
            lookup={"project": project, "description": item.problem},
            values={
                "owner": by_code[item.lead],
                "level": "county",
                "raised_at": date(spec.YEAR, 8, 15),
                "deadline": date(spec.YEAR, 11, 30),
                "is_demo": True,
            },
        )


def _load_reports(reporting_units: set[OrgUnit]) -> None:
    """One report per unit and month (across both plans); figures take their report's state.
    Reports already there are left as they are (the demo load is idempotent)."""
    existing = set(
        Report.objects.filter(orgunit__in=reporting_units).values_list("orgunit_id", "period")
    )
    reports = []
    for unit in reporting_units:
        for month in simulate.MONTHS:
            period = Period.month(spec.YEAR, month)
            if (unit.pk, str(period)) in existing:
                continue
            due = deadline(period)
            late = month in LATE_REPORTS.get(unit.code, ())
            submitted = timezone.make_aware(
                datetime.combine(due + timedelta(days=3 if late else -1), datetime.min.time())
            )
            state = Report.State.ACCEPTED
            if month == LAST_MONTH:
                state = IN_REVIEW.get(unit.code, Report.State.ACCEPTED)
            reports.append(
                Report(
                    orgunit=unit,
                    period=str(period),
                    state=state,
                    due_date=due,
                    submitted_at=submitted,
                    is_demo=True,
                )
            )
    Report.objects.bulk_create(reports)
    value_state = {
        Report.State.ACCEPTED: "accepted",
        Report.State.SUBMITTED: "submitted",
        Report.State.SIGNED: "submitted",
    }
    for state, value in value_state.items():  # one statement per state
        DataValue.objects.filter(orgunit__in=reporting_units, is_demo=True).filter(
            Exists(
                Report.objects.filter(
                    orgunit=OuterRef("orgunit"), period=OuterRef("period"), state=state
                )
            )
        ).exclude(state=value).update(state=value)
    rollups.rebuild()  # the states were set in bulk, not month by month
