from decimal import Decimal

import pytest

from pacesetter.datavalues.models import DataValue, DataValueChange

pytestmark = pytest.mark.django_db
PLAN = "zherong-2023"
SHUANGCHENG, FUXI = "350926100", "350926101"


def snapshot():
    return (
        DataValue.objects.count(),
        DataValueChange.objects.count(),
        sorted(DataValue.objects.values_list("pk", "value", "comment", "version")),
    )


def figure(measure="ZR-I10", unit=SHUANGCHENG, period="202311"):
    return DataValue.objects.filter(
        measure__code=measure, orgunit__code=unit, period=period
    ).first()


def test_figures_are_read_by_plan_period_and_unit(call):
    response = call(
        "leader", "GET", f"/api/datavalues?plan={PLAN}&period=202310&unit={SHUANGCHENG}"
    )
    assert response.status_code == 200
    data = response.json()
    i10 = next(v for v in data["items"] if v["indicator"] == "ZR-I10")
    assert i10["measure"] == "ZR-I10"
    assert data["count"] == len(data["items"]) > 0
    assert {v["unit"] for v in data["items"]} == {SHUANGCHENG}
    assert {v["period"] for v in data["items"]} == {"202310"}
    assert Decimal(i10["value"]) == figure(period="202310").value
    assert i10["state"] == "submitted"


def test_a_year_covers_its_months(call):
    data = call(
        "leader", "GET", f"/api/datavalues?plan={PLAN}&period=2023&unit={FUXI}&limit=1000"
    ).json()
    assert {v["period"] for v in data["items"]} == {f"2023{m:02d}" for m in range(1, 11)}


def test_a_malformed_period_is_a_400_naming_the_field(call):
    response = call("leader", "GET", f"/api/datavalues?plan={PLAN}&period=2023-11")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid_period" and "period" in response.json()["fields"]


def test_a_json_set_is_saved_on_the_api_channel(call):
    response = call(
        "reporter-shuangcheng",
        "POST",
        "/api/datavalues",
        json_body={
            "plan": PLAN,
            "values": [
                {
                    "indicator": "I10",
                    "unit": SHUANGCHENG,
                    "period": "202311",
                    "value": "0.8",
                    "comment": "",
                },
                {"indicator": "I07", "unit": int(SHUANGCHENG), "period": 202311, "value": 2},
            ],
        },
    )
    assert response.status_code == 200, response.json()
    assert response.json() == {"saved": 2}
    assert figure().value == Decimal("0.8") and figure("ZR-I07").value == 2
    assert figure().changes.get().channel == "api"
    assert figure().updated_by.username == "reporter-shuangcheng"


def test_a_csv_set_is_saved(call):
    csv = (
        "indicator,unit,period,value,comment\r\n"
        f'I10,{SHUANGCHENG},202311,"1,200.5",签约额含两个新项目\r\n'
        f"I07,{SHUANGCHENG},202311,3,\r\n"
    )
    response = call("reporter-shuangcheng", "POST", f"/api/datavalues?plan={PLAN}", csv=csv)
    assert response.status_code == 200, response.json()
    assert figure().value == Decimal("1200.5") and figure().comment == "签约额含两个新项目"
    assert figure("ZR-I07").value == 3


def test_a_set_that_says_nothing_about_comments_keeps_the_stored_ones(call):
    def post(**body):
        return call("reporter-shuangcheng", "POST", f"/api/datavalues?plan={PLAN}", **body)

    kept = f"indicator,unit,period,value,comment\r\nI10,{SHUANGCHENG},202311,0.6,含两个新项目\r\n"
    assert post(csv=kept).status_code == 200
    assert (
        post(csv=f"indicator,unit,period,value\r\nI10,{SHUANGCHENG},202311,0.61\r\n").status_code
        == 200
    )
    assert (figure().value, figure().comment) == (Decimal("0.61"), "含两个新项目")
    value = {"indicator": "I10", "unit": SHUANGCHENG, "period": "202311", "value": "0.62"}
    assert post(json_body={"values": [value]}).status_code == 200
    assert (figure().value, figure().comment) == (Decimal("0.62"), "含两个新项目")
    # An empty comment column, or "" in JSON, says the comment is gone.
    cleared = post(json_body={"values": [{**value, "comment": ""}]})
    assert cleared.status_code == 200, cleared.json()
    assert figure().comment == ""


def test_one_bad_row_saves_nothing_and_names_line_and_column(call):
    first = call(
        "reporter-shuangcheng",
        "POST",
        "/api/datavalues",
        json_body={
            "plan": PLAN,
            "values": [
                {
                    "indicator": "I10",
                    "unit": SHUANGCHENG,
                    "period": "202311",
                    "value": "0.5",
                    "comment": "两个项目签约",
                }
            ],
        },
    )
    assert first.status_code == 200
    before = snapshot()
    response = call(
        "reporter-shuangcheng",
        "POST",
        "/api/datavalues",
        json_body={
            "plan": PLAN,
            "values": [
                {
                    "indicator": "I10",
                    "unit": SHUANGCHENG,
                    "period": "202311",
                    "value": "0.9",
                    "comment": "三个项目签约",
                },
                {"indicator": "I07", "unit": SHUANGCHENG, "period": "202311", "value": "两个"},
            ],
        },
    )
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "import_failed" and body["message"]
    assert [(e["line"], e["field"]) for e in body["errors"]] == [(2, "value")]
    assert body["errors"][0]["column"] and "两个" in body["errors"][0]["message"]
    assert snapshot() == before
    assert figure().value == Decimal("0.5")


def test_csv_errors_name_the_line_of_the_file(call):
    before = snapshot()
    csv = (
        "indicator,unit,period,value\n"
        f"I10,{SHUANGCHENG},202311,0.7\n"
        f"I10,{SHUANGCHENG},2023-11,0.7\n"
        f"I99,{SHUANGCHENG},202311,1\n"
    )
    response = call("reporter-shuangcheng", "POST", f"/api/datavalues?plan={PLAN}", csv=csv)
    assert response.status_code == 400
    assert [(e["line"], e["field"]) for e in response.json()["errors"]] == [
        (3, "period"),
        (4, "indicator"),
    ]
    assert snapshot() == before


def test_a_csv_without_the_needed_header_says_which_columns_are_missing(call):
    response = call(
        "reporter-shuangcheng",
        "POST",
        f"/api/datavalues?plan={PLAN}",
        csv=f"indicator,unit,value\nI10,{SHUANGCHENG},1\n",
    )
    assert response.status_code == 400
    assert response.json()["code"] == "invalid_csv" and "period" in response.json()["message"]


def test_a_malformed_json_set_lists_the_fields_at_fault(call):
    response = call(
        "reporter-shuangcheng",
        "POST",
        "/api/datavalues",
        json_body={"plan": PLAN, "values": [{"indicator": "I10"}]},
    )
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid_request"
    assert {"values.0.unit", "values.0.period"} <= set(body["fields"])


def test_a_set_without_a_plan_is_read_with_catalogue_codes(call):
    response = call(
        "reporter-shuangcheng",
        "POST",
        "/api/datavalues",
        csv=f"indicator,unit,period,value\nZR-I10,{SHUANGCHENG},202311,0.7\n",
    )
    assert response.status_code == 200, response.json()
    assert figure().value == Decimal("0.7")


def test_a_code_neither_in_the_catalogue_nor_the_plan_is_refused_by_line_and_column(call):
    before = snapshot()
    # I10 is an indicator code of the Zherong plan, not a catalogue code: without a plan it
    # names nothing.
    response = call(
        "reporter-shuangcheng",
        "POST",
        "/api/datavalues",
        json_body={
            "values": [
                {"indicator": "ZR-I10", "unit": SHUANGCHENG, "period": "202311", "value": "0.7"},
                {"indicator": "I10", "unit": SHUANGCHENG, "period": "202311", "value": "0.7"},
            ]
        },
    )
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert [(e["line"], e["field"]) for e in errors] == [(2, "indicator")]
    assert errors[0]["column"] and "I10" in errors[0]["message"]
    assert snapshot() == before


def test_one_figure_serves_every_plan_that_tracks_its_measure(call):
    # The city plan's N1 tracks Zherong's ZR-I10: 双城镇's September figure shows under both.
    def listed(plan):
        url = f"/api/datavalues?plan={plan}&period=202309&unit={SHUANGCHENG}"
        return {(v["indicator"], v["value"]) for v in call("leader", "GET", url).json()["items"]}

    county, city = listed(PLAN), listed("ningde-2023")
    shared = {row for row in county if row[0] == "ZR-I10"}
    assert shared and shared <= city
    assert {code for code, _ in city} <= {"ZR-I10", "ND-N2"}
    assert (
        DataValue.objects.filter(
            measure__code="ZR-I10", orgunit__code=SHUANGCHENG, period="202309"
        ).count()
        == 1
    )


def test_figures_in_draft_show_only_to_those_who_may_see_the_units_drafts(call):
    call(
        "reporter-shuangcheng",
        "POST",
        "/api/datavalues",
        json_body={
            "plan": PLAN,
            "values": [
                {"indicator": "I10", "unit": SHUANGCHENG, "period": "202311", "value": "0.8"}
            ],
        },
    )
    url = f"/api/datavalues?plan={PLAN}&period=202311"

    def seen(who):
        return [(v["unit"], v["value"]) for v in call(who, "GET", url).json()["items"]]

    assert seen("reporter-shuangcheng") == seen("head-shuangcheng") == [(SHUANGCHENG, "0.8")]
    assert seen("admin") == [(SHUANGCHENG, "0.8")]
    # Drafts are the unit's own until submitted: the plan office reviews what is submitted.
    assert seen("office") == [] and seen("leader") == []
    assert seen("reporter-fuxi") == [] and seen("reporter-gongxin") == []


def test_a_leader_sees_figures_once_submitted(call):
    call(
        "reporter-shuangcheng",
        "POST",
        "/api/datavalues",
        json_body={
            "plan": PLAN,
            "values": [
                {"indicator": "I10", "unit": SHUANGCHENG, "period": "202311", "value": "0.8"}
            ],
        },
    )
    call("reporter-shuangcheng", "POST", f"/api/reports/{SHUANGCHENG}/202311/submit")
    items = call("leader", "GET", f"/api/datavalues?plan={PLAN}&period=202311").json()["items"]
    # Submitting may also store level measures carried over from October: all of it shows now.
    rows = {(v["indicator"], v["unit"], v["value"]) for v in items}
    assert ("ZR-I10", SHUANGCHENG, "0.8") in rows
    assert {(v["unit"], v["state"]) for v in items} == {(SHUANGCHENG, "submitted")}


def test_a_reporter_cannot_read_another_towns_figures(call):
    response = call("reporter-fuxi", "GET", f"/api/datavalues?plan={PLAN}&unit={SHUANGCHENG}")
    assert response.status_code == 404
    items = call("reporter-fuxi", "GET", f"/api/datavalues?plan={PLAN}&limit=10000").json()["items"]
    assert items and {v["unit"] for v in items} == {FUXI}
