"""Every page × every role × a unit outside the role's scope: refused, and refused the same
way as a page that does not exist. A new page without a rule here fails the first test."""

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from pacesetter.accounts.models import User
from pacesetter.datavalues.services import datavalue_set
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Goal, Plan

pytestmark = pytest.mark.django_db
ROLES = ["office", "leader", "head-shuangcheng", "reporter-shuangcheng", "reporter-fuxi",
         "reporter-gongxin"]

# page name → how to reach it with objects outside a user's scope (None: the page holds
# only the user's own things, or nothing unit-bound).
PAGES = {
    "login": None, "logout": None, "set_language": None,
    "home": None, "entry_home": None, "reviews": None, "inbox": None,
    "plan_detail": lambda w, u: ("get", f"/plans/{w['foreign_plan'].code}/"),
    "entry_grid": lambda w, u: ("get", f"/entry/{w['plan'].code}/{w['outside'][u].code}/202311/"),
    "report_detail": lambda w, u: ("get", f"/reports/{w['plan'].code}/{w['outside'][u].code}/202311/"),
    "report_action": lambda w, u: ("post", f"/reports/{w['plan'].code}/{w['outside'][u].code}/202311/accept/"),
    "value_history": lambda w, u: ("get", f"/values/{w['outside_value'][u].pk}/history/"),
    "indicator_detail": lambda w, u: ("get", f"/plans/{w['foreign_plan'].code}/indicators/F1/"),
    "ranking": lambda w, u: ("get", f"/plans/{w['foreign_plan'].code}/ranking/"),
    "project_list": lambda w, u: ("get", f"/plans/{w['foreign_plan'].code}/projects/"),
    "project_detail": lambda w, u: ("get", f"/plans/{w['foreign_plan'].code}/projects/XM01/"),
    "unit_detail": lambda w, u: ("get", f"/plans/{w['plan'].code}/units/{w['outside'][u].code}/"),
}
SKIPPED_PREFIXES = ("admin/", "api/", "data/", "plan-import/")  # covered by their own tables


def _names(patterns, prefix=""):
    for p in patterns:
        route = prefix + str(p.pattern)
        if route.startswith(SKIPPED_PREFIXES):
            continue
        if isinstance(p, URLResolver):
            yield from _names(p.url_patterns, route)
        elif isinstance(p, URLPattern) and p.name:
            yield p.name


def test_every_page_has_a_permission_rule():
    assert set(_names(get_resolver().url_patterns)) - set(PAGES) == set()


@pytest.fixture
def world(demo):
    fuan = OrgUnit.objects.get(name="福安市")
    fuxi, shuangcheng = OrgUnit.objects.get(name="富溪镇"), OrgUnit.objects.get(name="双城镇")
    foreign = Plan.objects.create(code="fuan-2023", name="福安市计划", owner=fuan, first_year=2023,
                                  last_year=2023, status="active")
    goal = Goal.objects.add_root({"plan": foreign, "code": "G", "name": "目标", "level": "goal"})
    ind = Indicator.objects.create(goal=goal, code="F1", name="福安指标", unit="亿元", lead_unit=fuan)
    fuan_value = datavalue_set(actor=None, indicator=ind, orgunit=fuan, period="202311", value=1)
    town_value = datavalue_set(actor=None, indicator=Indicator.objects.get(code="I10"),
                               orgunit=fuxi, period="202311", value=1)
    shuang_value = datavalue_set(actor=None, indicator=Indicator.objects.get(code="I10"),
                                 orgunit=shuangcheng, period="202311", value=1)
    outside = {"office": fuan, "leader": fuan, "head-shuangcheng": fuxi,
               "reporter-shuangcheng": fuxi, "reporter-fuxi": shuangcheng,
               "reporter-gongxin": fuxi}
    outside_value = {u: (fuan_value if unit == fuan else town_value if unit == fuxi else shuang_value)
                     for u, unit in outside.items()}
    return {"plan": demo, "foreign_plan": foreign, "outside": outside, "outside_value": outside_value}


@pytest.mark.parametrize("page", [p for p, rule in PAGES.items() if rule])
@pytest.mark.parametrize("username", ROLES)
def test_objects_outside_the_scope_are_not_found(world, page, username):
    client = Client()
    client.force_login(User.objects.get(username=username))
    method, url = PAGES[page](world, username)
    response = getattr(client, method)(url)
    assert response.status_code == 404, (page, username, url)


@pytest.mark.parametrize("page", [p for p, rule in PAGES.items() if rule])
def test_anonymous_visitors_are_sent_to_sign_in(world, page):
    method, url = PAGES[page](world, "office")
    response = getattr(Client(), method)(url)
    assert response.status_code == 302 and "/login/" in response.url
