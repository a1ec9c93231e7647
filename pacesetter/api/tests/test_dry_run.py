"""``POST /api/datavalues?dry_run=true``: every row's fate, nothing saved, and a preview the
same user applies later, once, refused with 409 if a figure changed meanwhile."""

from decimal import Decimal

import pytest
from django.conf import settings

from pacesetter.catalogue.models import Measure
from pacesetter.core import policy
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.datavalues.services import datavalue_set
from pacesetter.orgunits.models import OrgUnit

pytestmark = pytest.mark.django_db
PLAN, SHUANGCHENG, PERIOD = "zherong-2023", "350926100", "202311"
NOTE = "已核实"


@pytest.fixture(autouse=True)
def english(client):
    # Messages are asserted in their English msgids (the API answers in the chosen language).
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def _state():
    return (
        sorted(DataValue.objects.values_list("pk", "value", "comment", "version")),
        DataValueChange.objects.count(),
    )


def _values(*values):
    return {
        "plan": PLAN,
        "values": [{"unit": SHUANGCHENG, "period": PERIOD, "comment": NOTE, **v} for v in values],
    }


def _dry_run(call, who, *values):
    return call(who, "POST", "/api/datavalues?dry_run=true", json_body=_values(*values))


def _apply(call, who, preview):
    return call(who, "POST", f"/api/datavalues/previews/{preview}/apply")


def _set(code, value):
    datavalue_set(
        actor=policy.SYSTEM,
        measure=Measure.objects.get(code=code),
        orgunit=OrgUnit.objects.get(code=SHUANGCHENG),
        period=PERIOD,
        value=Decimal(value),
        comment=NOTE,
    )


def test_a_dry_run_answers_every_rows_fate_and_saves_nothing(call):
    _set("ZR-I07", "2")
    before = _state()
    response = _dry_run(
        call,
        "reporter-shuangcheng",
        {"indicator": "I10", "value": "0.6"},
        {"indicator": "I07", "value": "3"},
        {"indicator": "I99", "value": "1"},
    )
    assert response.status_code == 200, response.content
    data = response.json()
    assert _state() == before
    assert data["dry_run"] is True and data["status"] == "open" and not data["applicable"]
    assert data["counts"] == {"new": 1, "changed": 1, "unchanged": 0, "refused": 1}
    rows = data["rows"]
    assert [r["state"] for r in rows] == ["refused", "changed", "new"]
    assert "No indicator with code I99" in rows[0]["reason"]
    version = DataValue.objects.get(
        measure__code="ZR-I07", period=PERIOD, orgunit__code=SHUANGCHENG
    )
    assert (rows[1]["old_value"], rows[1]["new_value"], rows[1]["version"]) == (
        "2",
        "3",
        version.version,
    )
    assert (rows[2]["indicator"], rows[2]["old_value"], rows[2]["version"]) == ("I10", None, 0)
    refused = _apply(call, "reporter-shuangcheng", data["preview"])
    assert refused.status_code == 400 and refused.json()["code"] == "preview_refused"
    assert _state() == before


def test_a_preview_is_applied_once_by_its_owner(call):
    data = _dry_run(call, "reporter-shuangcheng", {"indicator": "I10", "value": "0.6"}).json()
    assert data["applicable"]
    before = _state()
    other = _apply(call, "head-shuangcheng", data["preview"])
    assert other.status_code == 404 and _state() == before
    applied = _apply(call, "reporter-shuangcheng", data["preview"])
    assert applied.status_code == 200 and applied.json() == {"saved": 1}
    saved = DataValue.objects.get(measure__code="ZR-I10", period=PERIOD, orgunit__code=SHUANGCHENG)
    assert saved.value == Decimal("0.6") and saved.changes.get().channel == "api"
    after = _state()
    again = _apply(call, "reporter-shuangcheng", data["preview"])
    assert again.status_code == 400 and again.json()["code"] == "preview_applied"
    assert _state() == after
    missing = _apply(call, "reporter-shuangcheng", "not-a-preview")
    assert missing.status_code == 404


def test_an_apply_after_a_concurrent_change_is_409_naming_the_figure(call):
    data = _dry_run(call, "reporter-shuangcheng", {"indicator": "I10", "value": "0.6"}).json()
    _set("ZR-I10", "0.7")  # someone else saves the figure meanwhile
    before = _state()
    response = _apply(call, "reporter-shuangcheng", data["preview"])
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "concurrent_edit"
    assert f"ZR-I10 of {SHUANGCHENG} in {PERIOD} was changed after the preview" in body["message"]
    assert body["fields"]["value"] == "0.7"
    assert _state() == before


def test_a_csv_dry_run_and_the_openapi_document(call):
    csv = f"indicator,unit,period,value,comment\nZR-I10,{SHUANGCHENG},{PERIOD},1,{NOTE}\n"
    before = _state()
    response = call("reporter-shuangcheng", "POST", "/api/datavalues?dry_run=true", csv=csv)
    assert response.status_code == 200 and response.json()["counts"]["new"] == 1
    assert _state() == before
    schema = call(None, "GET", "/api/openapi.json").json()
    post = schema["paths"]["/api/datavalues"]["post"]
    assert "dry_run" in {p["name"] for p in post["parameters"]}
    assert "PreviewOut" in schema["components"]["schemas"]
    assert "/api/datavalues/previews/{preview}/apply" in schema["paths"]
