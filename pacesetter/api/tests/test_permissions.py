"""Every API route × every role × an object inside and one outside the role's scope.

RULES is the table: route name → what the route needs. A route found in the URL resolver
without a row fails ``test_every_route_has_a_rule``, so no endpoint ships without a rule.
A role is let through exactly when the policy grants it the rule's action over the unit the
rule names (the report's own unit, or for acceptance the unit above it), and is refused with
the one 403 body where it may see the object but not act on it. What it may not see at all
(another county's units, an unpublished plan for a public account) gets the very answer a
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
from pacesetter.catalogue.models import Measure
from pacesetter.core import policy
from pacesetter.core.policy import ACCEPT, ENTER, REOPEN, RETURN, SIGN, SUBMIT, VIEW
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.selectors import plan_list_visible
from pacesetter.projects.models import Project
from pacesetter.reporting.models import Report

pytestmark = pytest.mark.django_db
PLAN, OTHER_PLAN, MONTH = "zherong-2023", "jiaocheng-2023", "202311"
MISSING = {"unit": "000000", "plan": "no-such-plan", "project": "T-000000", "measure": "XX-000"}
REPORT = "/api/reports/{unit}/202311"
IMPORT = {
    "plan": PLAN,
    "values": [
        {"indicator": "I10", "unit": "{unit}", "period": MONTH, "value": "1", "comment": "权限测试"}
    ],
}
# Zherong's measure, and one only another county's plan tracks (fixture other_plan).
MEASURES = {"ZR-I10": PLAN, "JC-01": OTHER_PLAN}


@dataclass(frozen=True)
class Rule:
    method: str
    path: str  # {unit}, {plan}, {project} or {measure}: filled with an object in or out of scope
    action: str  # what the policy must grant over the object
    varies: str  # which object is swapped: unit, plan, project or measure
    state: str = ""  # state of both units' November reports before the call
    body: dict | None = None
    lists: bool = False  # a listing leaves outside objects out instead of refusing
    over: str = "unit"  # "parent": the action is granted over the unit above (acceptance)


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
    "list_measures": Rule("GET", "/api/measures?limit=1000", VIEW, "measure", lists=True),
    "get_measure": Rule("GET", "/api/measures/{measure}", VIEW, "measure"),
    "list_datavalues": Rule("GET", "/api/datavalues?plan=zherong-2023&unit={unit}", VIEW, "unit"),
    "import_datavalues": Rule("POST", "/api/datavalues", ENTER, "unit", body=IMPORT),
    "get_report": Rule("GET", REPORT, VIEW, "unit", state="draft"),
    "submit_report": Rule("POST", REPORT + "/submit", SUBMIT, "unit", state="draft"),
    "sign_report": Rule("POST", REPORT + "/sign", SIGN, "unit", state="submitted"),
    "accept_report": Rule(
        "POST", REPORT + "/accept", ACCEPT, "unit", state="signed", over="parent"
    ),
    # A signed report goes back by the accepting office (a head returns only submitted ones).
    "return_report": Rule(
        "POST",
        REPORT + "/return",
        RETURN,
        "unit",
        state="signed",
        body={"reason": "数据与台账不符"},
        over="parent",
    ),
    "reopen_report": Rule(
        "POST",
        REPORT + "/reopen",
        REOPEN,
        "unit",
        state="accepted",
        body={"reason": "统计口径更正"},
        over="parent",
    ),
    "plan_status": Rule("GET", "/api/analytics/plans/{plan}/status?period=202310", VIEW, "plan"),
    "plan_ranking": Rule("GET", "/api/analytics/plans/{plan}/ranking?period=202310", VIEW, "plan"),
    "indicator_series": Rule(
        "GET", "/api/analytics/plans/{plan}/indicators/I10/series?period=202310", VIEW, "plan"
    ),
}
# Routes open to everyone, token or not: the API's description and its docs page.
PUBLIC = {
    "openapi-json": "/api/openapi.json",
    "openapi-view": "/api/docs",
    "docs-asset": "/api/docs/assets/swagger-ui-init.js",
    "api-root": None,
    "unknown-route": None,
}

# role → (a unit in its scope, a unit outside it; None: a superuser has nothing outside).
# The public account holds its role over 柘荣县 but may view none of its units.
ROLES = {
    "admin": ("350926100", None),
    "office": ("350926100", "350902"),
    "leader": ("350926100", "350902"),
    "head-shuangcheng": ("350926100", "350926101"),
    "reporter-shuangcheng": ("350926100", "350926101"),
    "reporter-fuxi": ("350926101", "350926100"),
    "reporter-gongxin": ("ZR-GXJ", "350926100"),
    "public": ("350926", "350902"),
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
def world(demo, tokens, other_plan, public):
    """The demo, another county's plan with its own measure, a public account, and a project
    led by each unit of the table."""
    for code in {unit for pair in ROLES.values() for unit in pair if unit}:
        Project.objects.create(
            plan=demo,
            code=f"T-{code}",
            name=f"测试项目 {code}",
            lead_unit=OrgUnit.objects.get(code=code),
            total_investment=1,
        )
    return demo


def objects(role: str, rule: Rule) -> tuple[str, str | None]:
    """The (inside, outside) codes of the object ``rule`` varies, for ``role``."""
    own, other = ROLES.get(role, ("350926100", "350926101"))
    if rule.varies == "plan":
        return PLAN, (OTHER_PLAN if role != "admin" else None)
    if rule.varies == "measure":
        return "ZR-I10", ("JC-01" if role != "admin" else None)
    if rule.varies == "project":
        return f"T-{own}", (f"T-{other}" if other else None)
    return own, other


def reach(user, rule: Rule, code: str) -> tuple[bool, bool]:
    """(may see the object, may do the rule's action on it), by the policy and the one
    plan-visibility rule; everything the API answers must follow from these two."""
    plans = set(plan_list_visible(user=user).values_list("code", flat=True))
    if rule.varies == "plan":
        return code in plans, code in plans
    if rule.varies == "measure":
        owner = Measure.objects.get(code=code).owner
        seen = MEASURES[code] in plans or policy.can(user, VIEW, owner)
        return seen, seen
    unit = (
        Project.objects.get(code=code).lead_unit
        if rule.varies == "project"
        else OrgUnit.objects.get(code=code)
    )
    over = OrgUnit.objects.get_parent(unit) if rule.over == "parent" else unit
    return policy.can(user, VIEW, unit), policy.can(user, rule.action, over)


def attempt(client, token, rule: Rule, code: str, units: list[str]):
    """One call with the reports in the rule's state; every change is rolled back after it."""
    fill = {rule.varies: code}
    url = rule.path.format(**fill)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    body = json.dumps(rule.body).replace("{unit}", code) if rule.body else ""
    with transaction.atomic():
        for unit in units if rule.state else ():
            Report.objects.update_or_create(
                period=MONTH, orgunit=OrgUnit.objects.get(code=unit), defaults={"state": rule.state}
            )
        response = client.generic(
            rule.method, url, body, content_type="application/json", headers=headers
        )
        transaction.set_rollback(True)
    return response


def shown(response) -> str:
    return f"{response.status_code} {response.content.decode()[:160]}"


def listed(response) -> set[str]:
    return {item["code"] for item in response.json()["items"]}


def without(response, *codes: str) -> tuple[int, str]:
    text = response.content.decode()
    for code in codes:
        text = text.replace(code, "<code>")
    return response.status_code, text


def like_unknown(client, token, rule: Rule, code: str, units: list[str]) -> str | None:
    """None if ``code`` is refused exactly as a code that does not exist; else the difference."""
    refused = attempt(client, token, rule, code, units)
    unknown = attempt(client, token, rule, MISSING[rule.varies], units)
    if refused.status_code in (400, 403, 404) and without(refused, code) == without(
        unknown, MISSING[rule.varies]
    ):
        return None
    return f"{shown(refused)} differs from unknown: {shown(unknown)}"


@pytest.mark.parametrize("role", [*ROLES, "anonymous"])
def test_each_route_lets_a_role_through_exactly_where_the_policy_allows(
    client, world, tokens, role
):
    token = tokens.get(role)
    user = User.objects.get(username=role) if token else None
    problems = []
    for name, rule in RULES.items():
        inside, outside = objects(role, rule)
        units = [u for u in ROLES.get(role, ()) if u]
        response = attempt(client, token, rule, inside, units)
        if not token:
            if response.status_code != 401 or response.json()["code"] != "unauthenticated":
                problems.append(f"{name} anonymous: {response.status_code}")
            continue
        seen, allowed = reach(user, rule, inside)
        if rule.lists:
            if (
                response.status_code != 200
                or (inside in listed(response)) != seen
                or (outside and outside in listed(response))
            ):
                problems.append(f"{name}: {shown(response)}")
            continue
        if allowed:
            expected = response.status_code == 200
        elif seen:
            expected = response.status_code == 403 and response.json() == forbidden()
        else:  # nothing in the answer may tell it from a code that does not exist
            expected = like_unknown(client, token, rule, inside, units) is None
        if not expected:
            problems.append(f"{name} inside: {shown(response)}")
        if outside is not None and (
            difference := like_unknown(client, token, rule, outside, units)
        ):
            problems.append(f"{name} outside: {difference}")
    assert problems == []


def test_the_table_lets_each_kind_of_role_through_somewhere(world, tokens):
    """Guards the table itself: a role that could do nothing would make its rows vacuous."""
    users = {role: User.objects.get(username=role) for role in ROLES}
    allowed = {
        role: {
            name
            for name, rule in RULES.items()
            if reach(users[role], rule, objects(role, rule)[0])[1]
        }
        for role in ROLES
    }
    assert allowed["admin"] == set(RULES)
    assert {"accept_report", "return_report", "reopen_report"} <= allowed["office"]
    assert "sign_report" in allowed["head-shuangcheng"] - allowed["reporter-shuangcheng"]
    assert {"submit_report", "import_datavalues"} <= allowed["reporter-gongxin"]
    assert allowed["public"] == set()


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_public_routes_answer_the_same_with_or_without_a_token(client, tokens, name):
    if PUBLIC[name] is None:  # the bare /api/ prefix and mistyped addresses: nothing there
        assert client.get("/api/").status_code == client.get("/api/nothing/here").status_code == 404
        return
    anonymous = client.get(PUBLIC[name])
    office = client.get(PUBLIC[name], headers={"Authorization": f"Bearer {tokens['office']}"})
    assert anonymous.status_code == office.status_code == 200
