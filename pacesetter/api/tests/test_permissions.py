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
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import URLResolver, get_resolver
from django.utils import timezone, translation
from django.utils.translation import gettext

from pacesetter.accounts.models import User
from pacesetter.accounts.services import user_ensure
from pacesetter.api import errors
from pacesetter.api.tests.permission_rules import (
    ENTERPRISE,
    MEASURES,
    MISSING,
    MONTH,
    OTHER_PLAN,
    OWN,
    PLAN,
    PUBLIC,
    ROLES,
    RULES,
    Rule,
    preview_of,
    preview_reach,
)
from pacesetter.api.tokens import token_create
from pacesetter.catalogue.models import Measure
from pacesetter.core import policy
from pacesetter.core.periods import Period
from pacesetter.core.policy import (
    VIEW,
)
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.selectors import plan_list_visible
from pacesetter.projects.models import Project
from pacesetter.reporting.models import Report
from pacesetter.reporting.tests.filling import fill_owed
from pacesetter.servicedesk.demo import load_demo_desk
from pacesetter.servicedesk.models import Category, ServiceRequest
from pacesetter.servicedesk.services import request_file
from pacesetter.supervision.models import Task
from pacesetter.supervision.services import extension_request, task_create

pytestmark = pytest.mark.django_db


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
def world(demo, tokens, other_plan, public, settings, tmp_path):
    """The demo, another county's plan with its own measure, a public account, and a project
    and two tasks led by each unit of the table, one of them awaiting an extension's decision;
    the service desk, with a category routed to each unit of the table, the demo enterprise's
    request in each, a rival enterprise's request and a closed category."""
    settings.PACESETTER_ATTACHMENTS_DIR = tmp_path
    county = OrgUnit.objects.get(code="350926")
    load_demo_desk(county)
    rival = user_ensure(
        username="rival",
        password="pacesetter-demo",
        orgunit=county,
        roles=["enterprise"],
        validate=False,
    )
    for name in ("enterprise", "reporter-shenpi"):
        tokens[name] = token_create(user=User.objects.get(username=name))[1]
    enterprise = User.objects.get(username="enterprise")
    for code in {unit for pair in ROLES.values() for unit in pair if unit}:
        unit = OrgUnit.objects.get(code=code)
        category = Category.objects.create(code=f"T-{code}", name=f"测试 {code}", unit=unit)
        request_file(actor=enterprise, category=category, title="权限测试", description="权限测试")
        if code == ROLES["enterprise"][0]:
            request_file(actor=rival, category=category, title="权限测试", description="他人")
        Project.objects.create(
            plan=demo, code=f"T-{code}", name=f"测试项目 {code}", lead_unit=unit, total_investment=1
        )
        deadline = timezone.localdate() + timedelta(days=10)
        for title in ("task", "asked"):
            task = task_create(
                actor=policy.SYSTEM,
                source=Task.Source.INSTRUCTION,
                title=title,
                instruction="权限测试",
                lead_unit=unit,
                deadline=deadline,
            )
        extension_request(
            actor=policy.SYSTEM, task=task, deadline=deadline + timedelta(days=30), reason="征地"
        )
        # Every owed figure of the month given, so a permitted submission is let through.
        fill_owed(policy.SYSTEM, unit, Period.parse(MONTH))
    Category.objects.create(code="T-CLOSED", name="停办", unit=county, active=False)
    return demo


def request_code(filer: str, unit: str) -> str:
    found = ServiceRequest.objects.get(
        filed_by__username=filer, unit__code=unit, category__code=f"T-{unit}"
    )
    return found.code


def task_code(kind: str, unit: str) -> str:
    return Task.objects.get(title=kind, lead_unit__code=unit).code


def objects(role: str, rule: Rule) -> tuple[str, str | None]:
    """The (inside, outside) codes of the object ``rule`` varies, for ``role``."""
    own, other = ROLES.get(role, ("350926100", "350926101"))
    if rule.varies == "plan":
        return PLAN, (OTHER_PLAN if role != "admin" else None)
    if rule.varies == "measure":
        return "ZR-I10", ("JC-01" if role != "admin" else None)
    if rule.varies == "project":
        return f"T-{own}", (f"T-{other}" if other else None)
    if rule.varies in ("task", "asked"):
        return task_code(rule.varies, own), (task_code(rule.varies, other) if other else None)
    if rule.varies == "category":
        return f"T-{own}", "T-CLOSED"
    if rule.varies == "preview":  # the role's own dry run; another user's from outside
        return preview_of(role, own), preview_of("office" if role == "admin" else "admin", own)
    if rule.varies == "request":
        if role == "enterprise":
            return request_code(role, own), request_code("rival", own)
        return request_code("enterprise", own), (
            request_code("enterprise", other) if other else None
        )
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
    if rule.varies == "category":  # the open ones are no secret; filing is for enterprises
        holds = {role for role, _path in policy.assignments(user)}
        return True, rule.action != ENTERPRISE or ENTERPRISE in holds
    if rule.varies == "preview":
        return preview_reach(user, code)
    if rule.varies == "request":  # its filer and whoever may view its unit see it
        asked = ServiceRequest.objects.get(code=code)
        own = asked.filed_by_id == user.pk
        seen = own or policy.can(user, VIEW, asked.unit)

        def may(action: str) -> bool:
            if action in (VIEW, OWN):
                return own if action == OWN else seen
            return policy.can(user, action, asked.unit)

        return seen, may(rule.action) or bool(rule.also and may(rule.also))
    if rule.varies == "project":
        unit = Project.objects.get(code=code).lead_unit
    elif rule.varies in ("task", "asked"):
        unit = Task.objects.get(code=code).lead_unit
    else:
        unit = OrgUnit.objects.get(code=code)
    over = OrgUnit.objects.get_parent(unit) if rule.over == "parent" else unit
    allowed = policy.can(user, rule.action, over) or bool(
        rule.also and policy.can(user, rule.also, over)
    )
    return policy.can(user, VIEW, unit), allowed


def attempt(client, token, rule: Rule, code: str, units: list[str]):
    """One call with the reports in the rule's state; every change is rolled back after it."""
    fill = {rule.varies: code}
    if rule.varies == "asked":  # the task's pending extension (any number for a missing task)
        task = Task.objects.filter(code=code).first()
        fill["extension"] = task.extensions.get().pk if task else 1
    url = rule.path.format(**fill)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    body = json.dumps(rule.body).replace(f"{{{rule.varies}}}", code) if rule.body else ""
    with transaction.atomic():
        for unit in units if rule.state else ():
            Report.objects.update_or_create(
                period=MONTH, orgunit=OrgUnit.objects.get(code=unit), defaults={"state": rule.state}
            )
        if rule.upload:
            upload = SimpleUploadedFile("进展.txt", "已完成用地报批".encode())
            response = client.post(url, {"file": upload}, headers=headers)
        else:
            response = client.generic(
                rule.method, url, body, content_type="application/json", headers=headers
            )
        transaction.set_rollback(True)
    return response


def refused(response, rule: Rule) -> bool:
    """Refused as the rule says: the one 403 body, or a 4xx with the rule's error code."""
    status, code = rule.refusal
    if response.status_code != status:
        return False
    return (
        response.json() == forbidden() if code == "forbidden" else response.json()["code"] == code
    )


def shown(response) -> str:
    return f"{response.status_code} {response.content.decode()[:160]}"


def listed(response) -> set[str]:
    data = response.json()
    return {item["code"] for item in (data["items"] if isinstance(data, dict) else data)}


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
            expected = response.status_code in (200, 201)
        elif seen:
            expected = refused(response, rule)
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
    # Only an enterprise files requests, and adds to none but its own.
    assert allowed["admin"] == set(RULES) - {"file_service_request", "note_service_request"}
    assert {"accept_report", "return_report", "reopen_report"} <= allowed["office"]
    assert "sign_report" in allowed["head-shuangcheng"] - allowed["reporter-shuangcheng"]
    assert {"submit_report", "import_datavalues"} <= allowed["reporter-gongxin"]
    assert "escalate_service_request" in allowed["office"] - allowed["reporter-shenpi"]
    assert {"reply_service_request", "resolve_service_request"} <= allowed["reporter-shenpi"]
    assert allowed["public"] == {"list_service_categories"}
    assert allowed["enterprise"] == {
        "list_service_categories",
        "list_service_requests",
        "file_service_request",
        "get_service_request",
        "note_service_request",
        "attach_to_service_request",
    }


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_public_routes_answer_the_same_with_or_without_a_token(client, tokens, name):
    if PUBLIC[name] is None:  # the bare /api/ prefix and mistyped addresses: nothing there
        assert client.get("/api/").status_code == client.get("/api/nothing/here").status_code == 404
        return
    anonymous = client.get(PUBLIC[name])
    office = client.get(PUBLIC[name], headers={"Authorization": f"Bearer {tokens['office']}"})
    assert anonymous.status_code == office.status_code == 200
