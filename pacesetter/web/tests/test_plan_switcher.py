"""The plan switcher in the top bar and the plan the home page opens (``web.context``)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pacesetter.accounts.models import User
from pacesetter.accounts.services import user_ensure
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan

pytestmark = pytest.mark.django_db
OPTION = re.compile(r'<option value="([\w-]+)"( selected)?>')


def _switcher(client, url: str) -> dict[str, bool]:
    """The switcher's plans on the page at ``url``: code → marked as the current one."""
    page = client.get(url).content.decode()
    form = re.search(r'<form[^>]*class="plan-switcher".*?</form>', page, re.S)
    if form is None:
        return {}
    return {code: bool(selected) for code, selected in OPTION.findall(form.group(0))}


def _login(client, username: str) -> None:
    client.force_login(User.objects.get(username=username))


def test_the_switcher_lists_the_plans_one_may_see_with_the_current_one_marked(client, demo):
    _login(client, "reporter-fuxi")
    assert _switcher(client, "/plans/ningde-2023/ranking/") == {
        "zherong-2023": False,
        "ningde-2023": True,
    }
    assert _switcher(client, "/plans/zherong-2023/") == {"zherong-2023": True, "ningde-2023": False}
    # Outside any plan nothing is marked (the placeholder is).
    assert _switcher(client, "/inbox/") == {"zherong-2023": False, "ningde-2023": False}


def test_a_public_account_is_offered_published_plans_only(client, demo):
    public = user_ensure(
        username="citizen",
        password="x-pacesetter-demo",
        display_name="公众",
        orgunit=OrgUnit.objects.get(code="350926"),
        roles=["public"],
        validate=False,
    )
    client.force_login(public)
    assert _switcher(client, "/inbox/") == {}
    Plan.objects.filter(code="zherong-2023").update(is_published=True)
    assert _switcher(client, "/inbox/") == {"zherong-2023": False}


def test_choosing_a_plan_opens_it_and_makes_it_home_for_the_session(client, demo):
    _login(client, "reporter-fuxi")
    assert client.get("/").url == "/plans/zherong-2023/"
    response = client.post("/", {"plan": "ningde-2023"})
    assert response.status_code == 302 and response.url == "/plans/ningde-2023/"
    assert client.get("/").url == "/plans/ningde-2023/"
    # A new session starts from the rule again.
    client.logout()
    _login(client, "reporter-fuxi")
    assert client.get("/").url == "/plans/zherong-2023/"


def test_a_plan_one_may_not_see_cannot_be_chosen(client, demo):
    Plan.objects.create(
        code="fuan-2023",
        name="福安市2023年行动",
        first_year=2023,
        last_year=2023,
        status=Plan.Status.ACTIVE,
        owner=OrgUnit.objects.get(code="350981"),
    )
    _login(client, "reporter-fuxi")
    assert client.post("/", {"plan": "fuan-2023"}).status_code == 404
    assert client.post("/", {"plan": "no-such-plan"}).status_code == 404
    assert client.get("/").url == "/plans/zherong-2023/"


def test_home_prefers_the_established_plan_of_the_nearest_unit(client, demo):
    zherong = OrgUnit.objects.get(code="350926")
    newer = Plan.objects.create(
        code="zherong-2024",
        name="柘荣县2024年行动",
        first_year=2024,
        last_year=2024,
        status=Plan.Status.ACTIVE,
        owner=zherong,
    )
    for username in ("leader", "reporter-fuxi", "office"):
        _login(client, username)
        assert client.get("/").url == "/plans/zherong-2023/", username
    # Closing the established plan hands the home page over to the newer one.
    Plan.objects.filter(code="zherong-2023").update(status=Plan.Status.CLOSED)
    _login(client, "leader")
    assert client.get("/").url == f"/plans/{newer.code}/"
    # The city's office stays with the city's plan: it is its nearest unit's.
    _login(client, "office-ningde")
    assert client.get("/").url == "/plans/ningde-2023/"


def test_a_chosen_plan_that_is_no_longer_visible_falls_back_to_the_rule(client, demo):
    _login(client, "reporter-fuxi")
    client.post("/", {"plan": "ningde-2023"})
    Plan.objects.filter(code="ningde-2023").update(status=Plan.Status.DRAFT)
    assert client.get("/").url == "/plans/zherong-2023/"


def test_the_switcher_costs_one_query(client, demo):
    _login(client, "reporter-fuxi")
    client.get("/inbox/")  # the session and the user are read before the count starts
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/inbox/").status_code == 200
    plan_reads = [q["sql"] for q in queries if 'FROM "plans_plan"' in q["sql"]]
    assert len(plan_reads) == 1
