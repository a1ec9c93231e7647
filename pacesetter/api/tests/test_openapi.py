import re

import pytest
from django.test import Client

from pacesetter.api.main import api

pytestmark = pytest.mark.django_db


def test_the_openapi_document_lists_the_endpoints(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    document = response.json()
    operations = {
        (method.upper(), path) for path, methods in document["paths"].items() for method in methods
    }
    reports = {("GET", "/api/reports/{unit}/{period}")} | {
        ("POST", f"/api/reports/{{unit}}/{{period}}/{step}")
        for step in ("submit", "sign", "accept", "return", "reopen")
    }
    assert {
        ("GET", "/api/units"),
        ("GET", "/api/plans/{plan}/indicators"),
        ("GET", "/api/measures"),
        ("GET", "/api/measures/{code}"),
        ("GET", "/api/datavalues"),
        ("POST", "/api/datavalues"),
        *reports,
    } <= operations
    # One report per unit and month: no route is keyed by plan any more.
    assert not [path for path in document["paths"] if path.startswith("/api/reports/{plan}")]
    measure = document["components"]["schemas"]["MeasureOut"]["properties"]
    assert {
        "code",
        "name",
        "unit",
        "value_type",
        "aggregation",
        "additive",
        "direction",
        "frequency",
        "definition",
        "owner",
    } <= set(measure)
    assert document["components"]["securitySchemes"]["BearerToken"]["scheme"] == "bearer"
    body = document["paths"]["/api/datavalues"]["post"]["requestBody"]["content"]
    assert set(body) == {"application/json", "text/csv"}
    assert "$ref" not in str(body)  # the hand-written body schema is self-contained
    assert (
        "line"
        not in body["application/json"]["schema"]["properties"]["values"]["items"]["properties"]
    )


def test_the_docs_page_loads_its_assets_from_the_application(client):
    response = client.get("/api/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert not re.search(r"https?://", html), "the docs page must not load anything from a CDN"
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert "/api/docs/assets/swagger-ui-bundle.js" in assets
    for asset in assets:
        served = client.get(asset)
        assert served.status_code == 200, asset
        assert b"".join(served.streaming_content)


def test_only_the_swagger_assets_are_served(client):
    assert client.get("/api/docs/assets/__init__.py").status_code == 404
    assert client.get("/api/docs/assets/..%2F__init__.py").status_code == 404


def test_a_caller_over_the_rate_is_told_when_to_come_back(call, monkeypatch):
    throttle = api.throttle[0]
    monkeypatch.setattr(throttle, "num_requests", 2)
    assert [call("leader", "GET", "/api/plans").status_code for _ in range(2)] == [200, 200]
    response = call("leader", "GET", "/api/plans")
    assert response.status_code == 429
    assert response.json()["code"] == "throttled" and int(response["Retry-After"]) > 0
    assert call("office", "GET", "/api/plans").status_code == 200  # counted per user


def test_a_mistyped_address_gets_a_json_404(client):
    response = client.get("/api/plan/zherong-2023")
    assert response.status_code == 404 and response.json()["code"] == "not_found"


def test_posting_with_a_token_needs_no_csrf_cookie(tokens):
    response = Client(enforce_csrf_checks=True).post(
        "/api/datavalues?plan=zherong-2023",
        b"indicator,unit,period,value\nI10,350926100,202311,0.8\n",
        content_type="text/csv",
        headers={"Authorization": f"Bearer {tokens['reporter-shuangcheng']}"},
    )
    assert response.status_code == 200, response.json()


def test_each_operation_lists_the_errors_it_can_answer(client):
    document = client.get("/api/openapi.json").json()
    error = document["components"]["schemas"]["ErrorOut"]
    assert set(error["required"]) == {"code", "message", "fields"}
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            responses = operation["responses"]
            where = f"{method.upper()} {path}"
            expected = {"400", "401", "429"}
            if any(p["in"] == "path" for p in operation.get("parameters", [])):
                expected.add("404")
            if method == "post":
                expected |= {"403", "404", "409"}
            assert expected <= set(responses), where
            for status in expected - {"400"}:
                schema = responses[status]["content"]["application/json"]["schema"]
                assert schema["$ref"].endswith("/ErrorOut"), (where, status)
            assert "$ref" in str(responses["400"]["content"]), where
