"""Two API clients write the same figure: a write based on a version someone has replaced is
refused with 409 and the figure as it stands, like the entry grid does; nothing of the set is
saved."""

from decimal import Decimal

import pytest

from pacesetter.datavalues.models import DataValue, DataValueChange

pytestmark = pytest.mark.django_db
PLAN = "zherong-2023"
SHUANGCHENG = "350926100"
PERIOD = "202311"  # an open month: the report is still a draft
NOTE = "已核实"  # the figures jump against last month, which asks for a comment


def figure(measure="ZR-I10"):
    return DataValue.objects.filter(
        measure__code=measure, orgunit__code=SHUANGCHENG, period=PERIOD
    ).first()


def post(call, who, *values):
    return call(
        who,
        "POST",
        "/api/datavalues",
        json_body={
            "plan": PLAN,
            "values": [
                {"unit": SHUANGCHENG, "period": PERIOD, "comment": NOTE, **v} for v in values
            ],
        },
    )


def read_version(call, who, indicator="ZR-I10"):
    items = call(
        who, "GET", f"/api/datavalues?plan={PLAN}&period={PERIOD}&unit={SHUANGCHENG}&limit=1000"
    ).json()["items"]
    return next((v["version"] for v in items if v["indicator"] == indicator), 0)


@pytest.fixture
def existing(call):
    """The figure exists before both clients read it."""
    assert (
        post(call, "reporter-shuangcheng", {"indicator": "I10", "value": "0.5"}).status_code == 200
    )
    return figure()


def test_the_second_writer_with_the_version_both_read_gets_409_and_the_first_value(call, existing):
    seen_by_reporter = read_version(call, "reporter-shuangcheng")
    seen_by_head = read_version(call, "head-shuangcheng")
    assert seen_by_reporter == seen_by_head == existing.version

    first = post(
        call,
        "reporter-shuangcheng",
        {"indicator": "I10", "value": "0.7", "version": seen_by_reporter},
    )
    assert first.status_code == 200, first.json()
    history = DataValueChange.objects.count()
    second = post(
        call, "head-shuangcheng", {"indicator": "I10", "value": "0.9", "version": seen_by_head}
    )

    assert second.status_code == 409, second.json()
    body = second.json()
    assert body["code"] == "concurrent_edit" and "0.7" in body["message"]
    assert body["fields"]["value"] == "0.7"
    assert body["fields"]["version"] == str(seen_by_head + 1)
    assert body["fields"]["line"] == "1"
    assert figure().value == Decimal("0.7") and DataValueChange.objects.count() == history

    # Told, the head reads again and decides: now the write goes through.
    again = post(
        call,
        "head-shuangcheng",
        {"indicator": "I10", "value": "0.9", "version": read_version(call, "head-shuangcheng")},
    )
    assert again.status_code == 200 and figure().value == Decimal("0.9")


def test_one_stale_row_refuses_the_whole_set(call, existing):
    version = read_version(call, "head-shuangcheng")
    post(call, "reporter-shuangcheng", {"indicator": "I10", "value": "0.7"})
    response = post(
        call,
        "head-shuangcheng",
        {"indicator": "I07", "value": "4", "version": 0},
        {"indicator": "I10", "value": "0.9", "version": version},
    )
    assert response.status_code == 409
    assert response.json()["fields"]["line"] == "2"
    assert figure("ZR-I07") is None and figure().value == Decimal("0.7")


def test_a_figure_created_since_the_client_saw_none_is_a_409(call):
    assert read_version(call, "head-shuangcheng") == 0 and figure() is None
    post(call, "reporter-shuangcheng", {"indicator": "I10", "value": "0.7", "version": 0})
    response = post(call, "head-shuangcheng", {"indicator": "I10", "value": "0.9", "version": 0})
    assert response.status_code == 409
    fields = response.json()["fields"]
    assert (fields["value"], fields["version"]) == ("0.7", "1")


def test_a_csv_set_carries_versions_too(call, existing):
    version = existing.version
    csv = (
        f"indicator,unit,period,value,comment,version\n"
        f"I10,{SHUANGCHENG},{PERIOD},0.7,{NOTE},{version}\n"
    )
    assert (
        call("reporter-shuangcheng", "POST", f"/api/datavalues?plan={PLAN}", csv=csv).status_code
        == 200
    )
    response = call(
        "head-shuangcheng", "POST", f"/api/datavalues?plan={PLAN}", csv=csv.replace("0.7", "0.9")
    )
    assert response.status_code == 409
    assert response.json()["fields"]["value"] == "0.7"
    assert figure().value == Decimal("0.7")


def test_without_a_version_the_last_writer_wins_as_before(call, existing):
    response = post(call, "head-shuangcheng", {"indicator": "I10", "value": "0.9"})
    assert response.status_code == 200, response.json()
    assert figure().value == Decimal("0.9")


@pytest.mark.parametrize("version", ["-1", "x", "1.5"])
def test_a_malformed_version_is_a_400(call, version):
    json_response = call(
        "reporter-shuangcheng",
        "POST",
        "/api/datavalues",
        json_body={
            "plan": PLAN,
            "values": [
                {
                    "indicator": "I10",
                    "unit": SHUANGCHENG,
                    "period": PERIOD,
                    "value": "1",
                    "version": version,
                }
            ],
        },
    )
    assert json_response.status_code == 400
    assert "values.0.version" in json_response.json()["fields"]
    csv_response = call(
        "reporter-shuangcheng",
        "POST",
        f"/api/datavalues?plan={PLAN}",
        csv=f"indicator,unit,period,value,version\nI10,{SHUANGCHENG},{PERIOD},1,{version}\n",
    )
    assert csv_response.status_code == 400
    assert csv_response.json()["code"] == "invalid_csv"
    assert "line 2, version" in csv_response.json()["fields"]
    assert figure() is None


def test_the_openapi_document_describes_the_version(call):
    schema = call(None, "GET", "/api/openapi.json").json()
    body = schema["paths"]["/api/datavalues"]["post"]["requestBody"]["content"]
    assert (
        "version"
        in body["application/json"]["schema"]["properties"]["values"]["items"]["properties"]
    )
