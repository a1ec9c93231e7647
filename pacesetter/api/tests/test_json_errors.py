"""Every answer under /api/ is JSON in the shape {"code", "message", "fields"}, also where
Django answers before any API view (unknown address, wrong method, NUL in the address)."""

import pytest

pytestmark = pytest.mark.django_db


def _error(response, status: int) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    assert set(data) == {"code", "message", "fields"} and data["message"]
    return data


@pytest.mark.parametrize("method", ["get", "post", "put", "delete"])
@pytest.mark.parametrize("url", ["/api/", "/api/nothing", "/api/plans/zherong-2023/nothing/"])
def test_an_unknown_address_is_a_json_404(client, method, url):
    assert _error(getattr(client, method)(url), 404)["code"] == "not_found"


@pytest.mark.parametrize(
    ("method", "url", "allowed"),
    [
        ("delete", "/api/plans", "GET"),
        ("put", "/api/units/350926", "GET"),
        ("get", "/api/reports/350926100/202311/submit", "POST"),
        ("patch", "/api/datavalues", "GET, POST"),
    ],
)
def test_a_wrong_method_is_a_json_405_naming_the_allowed_ones(call, method, url, allowed):
    response = call("office", method.upper(), url)
    assert _error(response, 405)["code"] == "method_not_allowed"
    assert {m.strip() for m in response["Allow"].split(",")} == set(allowed.split(", "))


@pytest.mark.parametrize(
    "url",
    [
        "/api/units?offset=%00",
        "/api/units/3509%0026",
        "/api/datavalues?plan=zherong-2023&period=2023%00",
        "/api/plans/zherong%00/targets",
    ],
)
def test_a_nul_in_the_address_is_a_json_400_before_any_view(call, url):
    response = call("office", "GET", url)
    assert _error(response, 400)["code"] == "bad_request"


def test_a_nul_outside_the_api_is_the_site_page(client):
    response = client.get("/login/?next=%00")
    assert response.status_code == 400 and b'class="topbar"' in response.content


def test_the_api_takes_no_session_so_needs_no_csrf(client, demo):
    # Signed in on the site but without a token: the API does not accept the session (and so
    # never needs a CSRF token); it asks for a token in JSON.
    from pacesetter.accounts.models import User

    client.force_login(User.objects.get(username="office"))
    response = client.post("/api/datavalues", {}, content_type="application/json")
    assert _error(response, 401)["code"] == "unauthenticated"
