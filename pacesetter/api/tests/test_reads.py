import pytest

from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan

pytestmark = pytest.mark.django_db
PLAN = "zherong-2023"


def items(response):
    assert response.status_code == 200, response.json()
    data = response.json()
    return data["items"] if isinstance(data, dict) else data


def test_units_are_those_in_the_callers_subtree_with_their_parent(call):
    town = items(call("reporter-shuangcheng", "GET", "/api/units"))
    assert [(u["code"], u["name"], u["parent"]) for u in town] == [("350926100", "双城镇", "350926")]
    county = {u["code"] for u in items(call("leader", "GET", "/api/units?limit=1000"))}
    assert {"350926", "350926101", "ZR-GXJ"} <= county and "350902" not in county


def test_a_town_sees_its_countys_plan_but_not_another_countys(call, demo):
    Plan.objects.create(code="jiaocheng-2023", name="蕉城区行动", status="active", first_year=2023,
                        last_year=2023, owner=OrgUnit.objects.get(code="350902"))
    # Its county's plan and the city's above it; never a sibling county's.
    assert {p["code"] for p in items(call("reporter-fuxi", "GET", "/api/plans"))} == {
        PLAN, "ningde-2023"}
    plan = call("reporter-fuxi", "GET", f"/api/plans/{PLAN}").json()
    assert plan["owner"] == "350926" and plan["is_demo"] is True
    assert call("reporter-fuxi", "GET", "/api/plans/jiaocheng-2023").status_code == 404
    assert len(items(call("admin", "GET", "/api/plans"))) == 3


def test_draft_plans_show_only_to_those_who_manage_the_owner(call, demo):
    demo.status = Plan.Status.DRAFT
    demo.save()
    assert [p["code"] for p in items(call("leader", "GET", "/api/plans"))] == ["ningde-2023"]
    assert {p["code"] for p in items(call("office", "GET", "/api/plans"))} == {PLAN, "ningde-2023"}


def test_goals_come_as_a_tree_in_depth_first_order(call):
    goals = items(call("reporter-fuxi", "GET", f"/api/plans/{PLAN}/goals"))
    by_code = {g["code"]: g for g in goals}
    assert goals[0]["code"] == "P1" and by_code["P1"]["parent"] is None
    assert by_code["P2.3.1"]["parent"] == "P2.3" and by_code["P2.3"]["level"] == "campaign"


def test_indicators_name_their_goal_and_lead_unit(call):
    indicators = {i["code"]: i for i in items(call("reporter-fuxi", "GET",
                                                     f"/api/plans/{PLAN}/indicators"))}
    assert indicators["I10"]["goal"] == "P2.3.1" and indicators["I10"]["lead_unit"] == "ZR-SWJ"
    assert indicators["I10"]["unit"] == "亿元"


def test_a_town_sees_plan_targets_and_its_own_but_not_other_towns(call):
    targets = items(call("reporter-fuxi", "GET", f"/api/plans/{PLAN}/targets?year=2023&limit=1000"))
    i10 = {t["unit"]: t["value"] for t in targets if t["indicator"] == "I10"}
    assert i10 == {None: "30", "350926101": "5"}
    county = items(call("leader", "GET", f"/api/plans/{PLAN}/targets?unit=350926100"))
    assert {t["unit"] for t in county} == {"350926100"}


def test_projects_show_to_the_units_that_lead_them(call):
    everything = {p["code"] for p in items(call("leader", "GET", f"/api/plans/{PLAN}/projects"))}
    industry = items(call("reporter-gongxin", "GET", f"/api/plans/{PLAN}/projects"))
    assert {p["code"] for p in industry} == {"XM08", "XM09", "XM10"} < everything
    assert industry[0]["lead_unit"] == "ZR-GXJ" and industry[0]["total_investment"]
    assert call("reporter-gongxin", "GET", f"/api/plans/{PLAN}/projects/XM01").status_code == 404
    assert call("leader", "GET", f"/api/plans/{PLAN}/projects/XM01").json()["lead_unit"] == "ZR-JYJ"
