import pytest

from pacesetter.plans.models import Plan

pytestmark = pytest.mark.django_db
PLAN = "zherong-2023"


def items(response):
    assert response.status_code == 200, response.json()
    data = response.json()
    return data["items"] if isinstance(data, dict) else data


def test_units_are_those_in_the_callers_subtree_with_their_parent(call):
    town = items(call("reporter-shuangcheng", "GET", "/api/units"))
    assert [(u["code"], u["name"], u["parent"]) for u in town] == [
        ("350926100", "双城镇", "350926")
    ]
    county = {u["code"] for u in items(call("leader", "GET", "/api/units?limit=1000"))}
    assert {"350926", "350926101", "ZR-GXJ"} <= county and "350902" not in county


def test_a_town_sees_its_countys_plan_but_not_another_countys(call, other_plan):
    # Its county's plan and the city's above it; never a sibling county's.
    assert {p["code"] for p in items(call("reporter-fuxi", "GET", "/api/plans"))} == {
        PLAN,
        "ningde-2023",
    }
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
    indicators = {
        i["code"]: i for i in items(call("reporter-fuxi", "GET", f"/api/plans/{PLAN}/indicators"))
    }
    assert indicators["I10"]["goal"] == "P2.3.1" and indicators["I10"]["lead_unit"] == "ZR-SWJ"
    assert indicators["I10"]["unit"] == "亿元" and indicators["I10"]["measure"] == "ZR-I10"


def test_the_catalogue_lists_the_measures_of_the_plans_one_may_see(call, other_plan):
    measures = {m["code"]: m for m in items(call("reporter-fuxi", "GET", "/api/measures"))}
    # Zherong's own measures and the city plan's, which 富溪镇 reports into; not 蕉城区's.
    assert {"ZR-I10", "ND-N2"} <= set(measures) and "JC-01" not in measures
    i10 = measures["ZR-I10"]
    assert (i10["unit"], i10["owner"], i10["additive"]) == ("亿元", "ZR-SWJ", True)
    assert {"name", "value_type", "aggregation", "direction", "frequency", "definition"} <= set(i10)
    assert call("reporter-fuxi", "GET", "/api/measures/ZR-I10").json() == i10
    assert call("reporter-fuxi", "GET", "/api/measures/JC-01").status_code == 404
    assert call("admin", "GET", "/api/measures/JC-01").json()["owner"] == "350902"


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


def test_a_public_account_reads_a_plan_only_once_it_is_published(call, demo, public):
    reads = [
        f"/api/plans/{PLAN}",
        f"/api/plans/{PLAN}/goals",
        f"/api/plans/{PLAN}/indicators",
        f"/api/plans/{PLAN}/targets",
        f"/api/datavalues?plan={PLAN}",
        "/api/measures/ZR-I10",
    ]
    assert [call(public, "GET", url).status_code for url in reads] == [404] * len(reads)
    assert items(call(public, "GET", "/api/plans")) == []
    assert items(call(public, "GET", "/api/measures")) == []

    demo.is_published = True
    demo.save()
    assert [call(public, "GET", url).status_code for url in reads] == [200] * len(reads)
    assert [p["code"] for p in items(call(public, "GET", "/api/plans"))] == [PLAN]
    assert "I10" in {i["code"] for i in items(call(public, "GET", f"/api/plans/{PLAN}/indicators"))}
    # Publishing shows the plan, not any unit's figures: the policy grants the public no unit.
    assert items(call(public, "GET", f"/api/datavalues?plan={PLAN}")) == []
    assert {t["unit"] for t in items(call(public, "GET", f"/api/plans/{PLAN}/targets"))} == {None}
