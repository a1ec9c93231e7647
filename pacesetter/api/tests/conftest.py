import json

import pytest
from django.core.cache import cache

from pacesetter.accounts.models import User
from pacesetter.accounts.services import user_ensure
from pacesetter.api.tokens import token_create
from pacesetter.catalogue.services import measure_for
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Goal, Plan


@pytest.fixture(autouse=True)
def fresh_throttle():
    # Throttle counts live in the cache, which outlives a test's database.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def users(demo) -> dict[str, User]:
    return {u.username: u for u in User.objects.all()}


@pytest.fixture
def tokens(users) -> dict[str, str]:
    """A raw token per demo user."""
    return {name: token_create(user=user)[1] for name, user in users.items()}


@pytest.fixture
def call(client, tokens):
    """call(who, method, url, json=... | csv=...): a request as ``who`` (None: no token)."""

    def call(who, method, url, *, json_body=None, csv=None):
        headers = {"Authorization": f"Bearer {tokens[who]}"} if who else {}
        if csv is not None:
            return client.generic(
                method, url, csv.encode(), content_type="text/csv", headers=headers
            )
        if json_body is not None:
            return client.generic(
                method, url, json.dumps(json_body), content_type="application/json", headers=headers
            )
        return client.generic(method, url, headers=headers)

    return call


@pytest.fixture
def other_plan(demo) -> Plan:
    """Another county's plan (蕉城区), tracking a measure of its own: outside Zherong's view."""
    owner = OrgUnit.objects.get(code="350902")
    plan = Plan.objects.create(
        code="jiaocheng-2023",
        name="蕉城区行动",
        status="active",
        first_year=2023,
        last_year=2023,
        owner=owner,
    )
    goal = Goal.objects.add_root({"plan": plan, "code": "G", "name": "目标", "level": "goal"})
    Indicator.objects.create(
        goal=goal,
        code="J1",
        name="蕉城指标",
        lead_unit=owner,
        measure=measure_for(code="JC-01", name="蕉城指标", unit="亿元", owner=owner),
    )
    return plan


@pytest.fixture
def public(demo, tokens) -> str:
    """A signed-in member of the public (role ``public`` over 柘荣县); its token joins
    ``tokens``."""
    user = user_ensure(
        username="public",
        password="pacesetter-demo",
        validate=False,
        orgunit=OrgUnit.objects.get(code="350926"),
        roles=["public"],
    )
    tokens["public"] = token_create(user=user)[1]
    return "public"
