"""A small Ningde city plan so rankings can compare the nine counties (all figures invented
for the demo): each county holds a share of the city's targets and reports monthly."""

from decimal import Decimal

from pacesetter.catalogue.services import measure_for
from pacesetter.core import policy
from pacesetter.core.periods import Period
from pacesetter.core.upsert import upsert
from pacesetter.datavalues.services import datavalues_seed
from pacesetter.demo import simulate, units
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Goal, Plan

CODE, YEAR = "ningde-2023", 2023
NAME = "宁德市2023年“深学争优、敢为争先、实干争效”行动（演示）"
# county code → (share of the city target, pace, drift): invented
COUNTIES = {
    "350902": (0.2, 1.05, 0.1),
    "350981": (0.18, 0.97, -0.2),
    "350982": (0.17, 1.1, 0.0),
    "350921": (0.1, 0.9, 0.9),
    "350922": (0.09, 0.85, 0.0),
    "350923": (0.06, 1.0, -0.3),
    "350924": (0.06, 0.8, 0.2),
    "350925": (0.06, 0.93, -0.5),
    "350926": (0.08, 1.02, 0.1),
}
# (code, name, unit, city target, measure code): N1 counts what Zherong's plan already counts
# (新签约项目投资), so Zherong's townships' figures serve both plans, entered once.
INDICATORS = [
    ("N1", "新签约项目投资", "亿元", Decimal(500), "ZR-I10"),
    ("N2", "重点项目投资完成", "亿元", Decimal(900), "ND-N2"),
]


def load_city_plan() -> tuple[Plan, set]:
    city = OrgUnit.objects.get(code=units.CITY[0])
    plan = upsert(
        Plan,
        lookup={"code": CODE},
        values={
            "name": NAME,
            "owner": city,
            "first_year": YEAR,
            "last_year": YEAR,
            "status": Plan.Status.ACTIVE,
            "is_demo": True,
        },
    )
    goal = Goal.objects.filter(plan=plan, code="C1").first() or Goal.objects.add_root(
        {"plan": plan, "code": "C1", "name": "项目攻坚", "level": "goal"}
    )
    counties = {u.code: u for u in OrgUnit.objects.filter(code__in=COUNTIES)}
    for code, name, unit, total, measure_code in INDICATORS:
        measure = measure_for(code=measure_code, name=name, unit=unit, owner=city, is_demo=True)
        indicator = upsert(
            Indicator,
            lookup={"goal": goal, "code": code},
            values={"name": name, "measure": measure, "lead_unit": city, "is_demo": True},
        )
        upsert(
            Target,
            lookup={"indicator": indicator, "year": YEAR, "orgunit": None},
            values={"comparator": ">=", "value": total},
        )
        for county_code, (share, pace, drift) in COUNTIES.items():
            county = counties[county_code]
            target = (total * Decimal(str(share))).quantize(Decimal("0.1"))
            upsert(
                Target,
                lookup={"indicator": indicator, "year": YEAR, "orgunit": county},
                values={"comparator": ">=", "value": target},
            )
            if (
                measure.indicators.exclude(goal__plan=plan)
                .filter(goal__plan__owner=county)
                .exists()
            ):
                continue  # the county's own plan reports this measure: its figures roll up
            datavalues_seed(
                actor=policy.SYSTEM,
                reason="演示数据（模拟）",
                is_demo=True,
                rows=[
                    (measure, county, str(Period.month(YEAR, month)), value)
                    for month, value in simulate.monthly_flow(
                        target, pace, code, county_code, drift=drift
                    ).items()
                ],
            )
    return plan, set(counties.values())
