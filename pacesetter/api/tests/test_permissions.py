"""Every API route × every role × an object inside and one outside the role's scope.

RULES is the table: route name → what the route needs. A route found in the URL resolver
without a row fails ``test_every_route_has_a_rule``, so no endpoint ships without a rule.
In scope, a role is let through exactly when the policy grants it the rule's action, and
is otherwise refused with the one 403 body. Outside its scope it gets the very answer a
code that does not exist would get, so nothing about other units leaks.
"""

import json
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.db import transaction
from django.urls import URLResolver, get_resolver
from django.utils import translation
from django.utils.translation import gettext

from pacesetter.accounts.models import User
from pacesetter.api import errors
from pacesetter.core import policy
from pacesetter.core.policy import ACCEPT, ENTER, REOPEN, RETURN, SIGN, SUBMIT, VIEW
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.projects.models import Project
from pacesetter.reporting.models import Report

pytestmark = pytest.mark.django_db
PLAN, OTHER_PLAN, MONTH = "zherong-2023", "jiaocheng-2023", "202311"
MISSING = {"unit": "000000", "plan": "no-such-plan", "project": "T-000000"}
REPORT = "/api/reports/zherong-2023/{unit}/202311"
IMPORT = {"plan": PLAN, "values": [{"indicator": "I10", "unit": "{unit}", "period": MONTH,
                                    "value": "1", "comment": "权限测试"}]}


@dataclass(frozen=True)
class Rule:
    method: str
    path: str  # {unit}, {plan} or {project} is filled with an object in or out of scope
    action: str  # what the policy must grant over the object
    varies: str  # which object is swapped: unit, plan or project
    state: str = ""  # state of both units' November reports before the call
    body: dict | None = None
    lists: bool = False  # a listing leaves outside objects out instead of refusing


RULES = {
    "list_units": Rule("GET", "/api/units?limit=1000", VIEW, "unit", lists=True),
    "get_unit": Rule("GET", "/api/units/{unit}", VIEW, "unit"),
    "list_plans": Rule("GET", "/api/plans", VIEW, "plan", lists=True),
    "get_plan": Rule("GET", "/api/plans/{plan}", VIEW, "plan"),
    "list_goals": Rule("GET", "/api/plans/{plan}/goals", VIEW, "plan"),
    "list_indicators": Rule("GET", "/api/plans/{plan}/indicators", VIEW, "plan"),
    "list_targets": Rule("GET", "/api/plans/zherong-2023/targets?unit={unit}", VIEW, "unit"),
    "list_projects": Rule("GET", "/api/plans/zherong-2023/projects?unit={unit}", VIEW, "unit"),
    "get_project": Rule("GET", "/api/plans/zherong-2023/projects/{project}", VIEW, "project"),
    "list_datavalues": Rule("GET", "/api/datavalues?plan=zherong-2023&unit={unit}", VIEW, "unit"),
    "import_datavalues": Rule("POST", "/api/datavalues", ENTER, "unit", body=IMPORT),
    "get_report": Rule("GET", REPORT, VIEW, "unit", state="draft"),
    "submit_report": Rule("POST", REPORT + "/submit", SUBMIT, "unit", state="draft"),
    "sign_report": Rule("POST", REPORT + "/sign", SIGN, "unit", state="submitted"),
    "accept_report": Rule("POST", REPORT + "/accept", ACCEPT, "unit", state="signed"),
    "return_report": Rule("POST", REPORT + "/return", RETURN, "unit", state="signed",
                          body={"reason": "数据与台账不符"}),
    "plan_status": Rule("GET", "/api/analytics/plans/{plan}/status?period=202310", VIEW, "plan"),
    "plan_ranking": Rule("GET", "/api/analytics/plans/{plan}/ranking?period=202310", VIEW, "plan"),
    "indicator_series": Rule("GET", "/api/analytics/plans/{plan}/indicators/I10/series?period=202310",
                             VIEW, "plan"),
    "reopen_report": Rule("POST", REPORT + "/reopen", REOPEN, "unit", state="accepted",
                          body={"reason": "统计口径更正"}),
}
# Routes open to everyone, token or not: the API's description and its docs page.
PUBLIC = {"openapi-json": "/api/openapi.json", "openapi-view": "/api/docs",
          "docs-asset": "/api/docs/assets/swagger-ui-init.js", "api-root": None,
          "unknown-route": None}

# role → (a unit in its scope, a unit outside it; None: a superuser has nothing outside)
ROLES = {
    "admin": ("350926100", None),
    "office": ("350926100", "350902"),
    "leader": ("350926100", "350902"),
    "head-shuangcheng": ("350926100", "350926101"),
    "reporter-shuangcheng": ("350926100", "350926101"),
    "reporter-fuxi": ("350926101", "350926100"),
    "reporter-gongxin": ("ZR-GXJ", "350926100"),
}


def forbidden() -> dict:
    """The one 403 body, in the language the API answers in."""
    with translation.override(settings.LANGUAGE_CODE):
        return errors.body("forbidden", gettext("You are not allowed to do this."))


def api_route_names() -> set[str]:
    for pattern in get_resolver().url_patterns:
        if isinstance(pattern, URLResolver) and pattern.namespace == "api":
            return {p.name for p in pattern.url_patterns}
    raise AssertionError("the API is not in the URL configuration")


def test_every_route_has_a_rule():
    assert api_route_names() == set(RULES) | set(PUBLIC)


@pytest.fixture
def world(demo, tokens):
    """The demo plus objects outside Zherong: another county's plan, and a project per unit."""
    Plan.objects.create(code=OTHER_PLAN, name="蕉城区行动", status="active", first_year=2023,
                        last_year=2023, owner=OrgUnit.objects.get(code="350902"))
    for code in {unit for pair in ROLES.values() for unit in pair if unit}:
        Project.objects.create(plan=demo, code=f"T-{code}", name=f"测试项目 {code}",
                               lead_unit=OrgUnit.objects.get(code=code), total_investment=1)
    return demo


def objects(role: str, rule: Rule) -> tuple[str, str | None]:
    """The (inside, outside) codes of the object ``rule`` varies, for ``role``."""
    own, other = ROLES.get(role, ("350926100", "350926101"))
    if rule.varies == "plan":
        return PLAN, (OTHER_PLAN if role != "admin" else None)
    if rule.varies == "project":
        return f"T-{own}", (f"T-{other}" if other else None)
    return own, other


def attempt(client, token, rule: Rule, code: str, units: list[str]):
    """One call with the reports in the rule's state; every change is rolled back after it."""
    fill = {rule.varies: code}
    url = rule.path.format(**fill)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    body = json.dumps(rule.body).replace("{unit}", code) if rule.body else ""
    with transaction.atomic():
        for unit in units if rule.state else ():
            Report.objects.update_or_create(plan=Plan.objects.get(code=PLAN), period=MONTH,
                                            orgunit=OrgUnit.objects.get(code=unit),
                                            defaults={"state": rule.state})
        response = client.generic(rule.method, url, body, content_type="application/json",
                                  headers=headers)
        transaction.set_rollback(True)
    return response


def listed(response) -> set[str]:
    return {item["code"] for item in response.json()["items"]}


def without(response, *codes: str) -> tuple[int, str]:
    text = response.content.decode()
    for code in codes:
        text = text.replace(code, "<code>")
    return response.status_code, text


@pytest.mark.parametrize("role", [*ROLES, "anonymous"])
def test_each_route_lets_a_role_through_exactly_where_the_policy_allows(client, world, tokens,
                                                                        role):
    token = tokens.get(role)
    grants = policy.ROLE_ACTIONS[User.objects.get(username=role).roles.get().role] if token else ()
    problems = []
    for name, rule in RULES.items():
        inside, outside = objects(role, rule)
        units = [u for u in ROLES.get(role, ()) if u]
        response = attempt(client, token, rule, inside, units)
        if not token:
            expected = response.status_code == 401 and response.json()["code"] == "unauthenticated"
        elif rule.action in grants:
            expected = response.status_code == 200
        else:
            expected = response.status_code == 403 and response.json() == forbidden()
        if not expected:
            problems.append(f"{name} inside: {response.status_code} {response.content[:200]}")
        if not token or outside is None:
            continue
        if rule.lists:
            if outside in listed(response) or inside not in listed(response):
                problems.append(f"{name}: lists {sorted(listed(response))}")
            continue
        refused = attempt(client, token, rule, outside, units)
        unknown = attempt(client, token, rule, MISSING[rule.varies], units)
        if refused.status_code not in (400, 403, 404) \
                or without(refused, outside) != without(unknown, MISSING[rule.varies]):
            problems.append(f"{name} outside: {refused.status_code} {refused.content[:200]} "
                            f"differs from unknown: {unknown.status_code} {unknown.content[:200]}")
    assert problems == []


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_public_routes_answer_the_same_with_or_without_a_token(client, tokens, name):
    if PUBLIC[name] is None:  # the bare /api/ prefix and mistyped addresses: nothing there
        assert client.get("/api/").status_code == client.get("/api/nothing/here").status_code == 404
        return
    anonymous = client.get(PUBLIC[name])
    office = client.get(PUBLIC[name], headers={"Authorization": f"Bearer {tokens['office']}"})
    assert anonymous.status_code == office.status_code == 200
