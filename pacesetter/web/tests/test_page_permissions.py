"""Every page × every demo role, table-driven: objects outside the role's scope are refused the
same way as a page that does not exist; inside it, each role reaches what its role allows;
and each report step (submit, sign, accept, return, reopen) is taken only by those entitled
to it. A new page without a rule here fails the first test."""

import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from PIL import Image

from pacesetter.accounts.models import User
from pacesetter.accounts.services import user_ensure
from pacesetter.attachments.services import attach
from pacesetter.bulletins.content import build_bulletin
from pacesetter.bulletins.models import PublishedBulletin
from pacesetter.catalogue.models import Measure
from pacesetter.catalogue.services import measure_for
from pacesetter.core import policy
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.datavalues.services import datavalue_set
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.orgunits.services import orgunit_ensure
from pacesetter.plans.models import Goal, Plan
from pacesetter.reporting.models import Report
from pacesetter.servicedesk.demo import load_demo_desk
from pacesetter.servicedesk.models import Category
from pacesetter.servicedesk.services import request_file
from pacesetter.supervision.models import Task
from pacesetter.supervision.services import extension_request, task_create

pytestmark = pytest.mark.django_db
ROLES = [
    "admin",
    "office",
    "office-ningde",
    "leader",
    "head-shuangcheng",
    "reporter-shuangcheng",
    "reporter-fuxi",
    "reporter-gongxin",
    "reporter-zherong",
    "public",
    "enterprise",  # no unit at all: it sees the service requests it filed
]
EVERYONE = frozenset(ROLES)
SIGNED_IN = EVERYONE - {"public", "enterprise"}  # who holds a role over some unit of the demo
OFFICES = frozenset({"admin", "office", "office-ningde"})
# Who may see 富溪镇: itself, the units above it, the offices; no sibling.
FUXI_VIEWERS = frozenset(
    {"admin", "office", "office-ningde", "leader", "reporter-fuxi", "reporter-zherong"}
)
# Pages that take only a POST: reached with one (no form data: a refusal must come first).
POSTED = {
    "report_action",
    "task_step",
    "task_extend",
    "task_decide",
    "act",
    "upload",
    "bulletin_publish",
}


def _task(w, u) -> Task:
    return w["task"][w["outside"][u]]


# page name → (how to reach it with objects outside the user's scope, or None when the page
# holds only the user's own things; how to reach it inside; who gets a page there — everyone
# else is told "not found" — or None where the page answers everyone alike).
PAGES = {
    "login": None,
    "logout": None,
    "set_language": None,
    "home": (None, lambda w, u: "/", None),
    "entry_home": (None, lambda w, u: "/entry/", EVERYONE),
    "reviews": (None, lambda w, u: "/reviews/", EVERYONE),
    "inbox": (None, lambda w, u: "/inbox/", EVERYONE),
    "brief": (None, lambda w, u: "/brief/", EVERYONE),  # the plans each user follows
    "plan_detail": (
        lambda w, u: f"/plans/{w['foreign_plan'].code}/",
        lambda w, u: "/plans/zherong-2023/",
        SIGNED_IN,
    ),
    "entry_grid": (
        lambda w, u: f"/entry/{w['outside'][u].code}/202311/",
        lambda w, u: f"/entry/{w['home'][u].code}/202311/",
        {
            "admin",
            "head-shuangcheng",
            "reporter-shuangcheng",
            "reporter-fuxi",
            "reporter-gongxin",
            "reporter-zherong",
        },
    ),
    "report_detail": (
        lambda w, u: f"/reports/{w['outside'][u].code}/202310/",
        lambda w, u: f"/reports/{w['home'][u].code}/202310/",
        SIGNED_IN,
    ),
    "report_action": (lambda w, u: f"/reports/{w['outside'][u].code}/202310/accept/", None, None),
    "value_history": (
        lambda w, u: f"/values/{w['outside_value'][u].pk}/history/",
        # 富溪镇's accepted September figure: its own, those above it; no sibling
        lambda w, u: f"/values/{w['fuxi_september'].pk}/history/",
        FUXI_VIEWERS,
    ),
    "indicator_detail": (
        lambda w, u: f"/plans/{w['foreign_plan'].code}/indicators/F1/",
        lambda w, u: "/plans/zherong-2023/indicators/I10/",
        SIGNED_IN,
    ),
    "target_split": (
        lambda w, u: f"/plans/{w['foreign_plan'].code}/indicators/F1/targets/2023/",
        lambda w, u: "/plans/zherong-2023/indicators/I10/targets/2023/",
        OFFICES,
    ),
    "ranking": (
        lambda w, u: f"/plans/{w['foreign_plan'].code}/ranking/",
        lambda w, u: "/plans/zherong-2023/ranking/",
        SIGNED_IN,
    ),
    "project_list": (
        lambda w, u: f"/plans/{w['foreign_plan'].code}/projects/",
        lambda w, u: "/plans/zherong-2023/projects/",
        SIGNED_IN,
    ),
    "project_detail": (
        lambda w, u: f"/plans/{w['foreign_plan'].code}/projects/XM01/",
        lambda w, u: "/plans/zherong-2023/projects/XM01/",
        SIGNED_IN,
    ),
    "unit_detail": (
        lambda w, u: f"/plans/{w['foreign_plan'].code}/units/{w['foreign_unit'].code}/",
        lambda w, u: "/plans/zherong-2023/units/350926101/",
        FUXI_VIEWERS,
    ),
    # Supervision: an inbox or a board for everyone; instructions by leaders and offices.
    "task_list": (None, lambda w, u: "/tasks/", EVERYONE),
    "task_new": (None, lambda w, u: "/tasks/new/", {"admin", "office", "office-ningde", "leader"}),
    "task_detail": (
        lambda w, u: f"/tasks/{_task(w, u).code}/",
        lambda w, u: f"/tasks/{w['task'][w['fuxi']].code}/",
        FUXI_VIEWERS,
    ),
    "task_step": (lambda w, u: f"/tasks/{_task(w, u).code}/step/sign/", None, None),
    "task_extend": (lambda w, u: f"/tasks/{_task(w, u).code}/extension/", None, None),
    "task_decide": (
        lambda w, u: f"/tasks/{_task(w, u).code}/extension/{_task(w, u).extensions.get().pk}/",
        None,
        None,
    ),
    # Service desk: a request is seen by the enterprise that filed it and by its unit's viewers.
    "desk": (None, lambda w, u: "/service/", EVERYONE),
    "queue": (
        None,
        lambda w, u: "/service/queue/",
        {
            "admin",
            "head-shuangcheng",
            "reporter-shuangcheng",
            "reporter-fuxi",
            "reporter-gongxin",
            "reporter-zherong",
        },
    ),
    "metrics": (None, lambda w, u: "/service/metrics/", SIGNED_IN),
    "detail": (
        lambda w, u: f"/service/r/{w['request'][w['outside'][u]].code}/",
        lambda w, u: f"/service/r/{w['own_request'].code}/",
        FUXI_VIEWERS | {"enterprise"},
    ),
    "act": (lambda w, u: f"/service/r/{w['request'][w['outside'][u]].code}/reply/", None, None),
    # Files: seen with what they are attached to (a task outside; the enterprise's request).
    "download": (
        lambda w, u: f"/attachments/{w['attachment'][w['outside'][u]].pk}/",
        lambda w, u: f"/attachments/{w['own_attachment'].pk}/",
        FUXI_VIEWERS | {"enterprise"},
    ),
    "upload": (
        lambda w, u: f"/attachments/upload/supervision.task/{_task(w, u).pk}/",
        None,
        None,
    ),
    # Bulletins: read by whoever reads the plan; published by its office (bulletins/tests).
    "bulletin_preview": (
        lambda w, u: f"/plans/{w['foreign_plan'].code}/bulletin/",
        lambda w, u: "/plans/zherong-2023/bulletin/",
        SIGNED_IN,
    ),
    "bulletin_download": (
        lambda w, u: f"/plans/{w['foreign_plan'].code}/bulletin/202310.xlsx",
        lambda w, u: "/plans/zherong-2023/bulletin/202310.xlsx",
        SIGNED_IN,
    ),
    "bulletin_publish": (
        lambda w, u: f"/plans/{w['foreign_plan'].code}/bulletin/publish/",
        None,
        None,
    ),
    "bulletin_published": (
        lambda w, u: f"/plans/{w['foreign_plan'].code}/bulletins/{w['bulletin'].pk}/",
        lambda w, u: f"/plans/zherong-2023/bulletins/{w['bulletin'].pk}/",
        SIGNED_IN,
    ),
    "bulletin_file": (
        lambda w, u: f"/plans/{w['foreign_plan'].code}/bulletins/{w['bulletin'].pk}.pdf",
        lambda w, u: f"/plans/zherong-2023/bulletins/{w['bulletin'].pk}.pdf",
        SIGNED_IN,
    ),
    # Public pages answer everyone alike, without login (publicpages/tests); their settings
    # are the plan office's.
    "public_plan": None,
    "public_bulletin": None,
    "public_settings": (
        lambda w, u: f"/public/{w['foreign_plan'].code}/settings/",
        lambda w, u: "/public/zherong-2023/settings/",
        OFFICES,
    ),
}
SKIPPED_PREFIXES = ("admin/", "api/", "data/", "plan-import/")  # covered by their own tables

# (step, unit, month, the report's state in the demo, its state after, who may take it)
STEPS = [
    (
        "submit",
        "350926101",
        "202311",
        None,
        "signed",
        {"admin", "reporter-fuxi", "reporter-zherong"},
    ),
    ("sign", "350926100", "202310", "submitted", "signed", {"admin", "head-shuangcheng"}),
    ("return", "350926100", "202310", "submitted", "returned", {"admin", "head-shuangcheng"}),
    ("accept", "350926203", "202310", "signed", "accepted", OFFICES),
    ("return", "350926203", "202310", "signed", "returned", OFFICES),
    ("reopen", "350926101", "202309", "accepted", "returned", OFFICES),
    # 柘荣县's own report: accepted by the city's office, never by the county's own office.
    ("reopen", "350926", "202309", "accepted", "returned", {"admin", "office-ningde"}),
]


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


def _png(name: str) -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", (4, 3), "red").save(out, format="PNG")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/png")


def _supervision(units: list[OrgUnit], county: OrgUnit) -> dict:
    """A task led by each of ``units`` with a file and an extension awaiting a decision; the
    desk with another enterprise's request routed to each unit, and the demo enterprise's own
    request (with a file) routed to 富溪镇."""
    load_demo_desk(county)
    rival = user_ensure(
        username="rival", password="x", orgunit=county, roles=["enterprise"], validate=False
    )
    deadline = timezone.localdate() + timedelta(days=10)
    tasks, files, requests = {}, {}, {}
    for unit in units:
        tasks[unit] = task_create(
            actor=policy.SYSTEM,
            source=Task.Source.INSTRUCTION,
            title=f"权限测试 {unit.code}",
            instruction="权限测试",
            lead_unit=unit,
            deadline=deadline,
        )
        extension_request(
            actor=policy.SYSTEM,
            task=tasks[unit],
            deadline=deadline + timedelta(days=30),
            reason="征地",
        )
        files[unit] = attach(actor=policy.SYSTEM, obj=tasks[unit], upload=_png("进度.png"))
        category = Category.objects.create(code=f"T-{unit.code}", name=unit.name, unit=unit)
        requests[unit] = request_file(
            actor=rival, category=category, title="权限测试", description="他人的诉求"
        )
    fuxi = OrgUnit.objects.get(name="富溪镇")
    own = request_file(
        actor=User.objects.get(username="enterprise"),
        category=Category.objects.get(unit=fuxi),
        title="权限测试",
        description="自己的诉求",
    )
    return {
        "task": tasks,
        "attachment": files,
        "request": requests,
        "own_request": own,
        "own_attachment": attach(actor=policy.SYSTEM, obj=own, upload=_png("材料.png")),
    }


@pytest.fixture
def world(demo, settings, tmp_path):
    settings.PACESETTER_ATTACHMENTS_DIR = tmp_path
    province = OrgUnit.objects.get(code="350000")
    fuzhou = orgunit_ensure(code="350100", name="福州市", kind="city", parent=province)
    county = OrgUnit.objects.get(code="350926")
    user_ensure(username="public", password="x", orgunit=county, roles=["public"], validate=False)
    fuxi, shuangcheng = OrgUnit.objects.get(name="富溪镇"), OrgUnit.objects.get(name="双城镇")
    foreign = Plan.objects.create(
        code="fuzhou-2023",
        name="福州市计划",
        owner=fuzhou,
        first_year=2023,
        last_year=2023,
        status="active",
    )
    goal = Goal.objects.add_root({"plan": foreign, "code": "G", "name": "目标", "level": "goal"})
    Indicator.objects.create(
        goal=goal,
        code="F1",
        name="福州指标",
        lead_unit=fuzhou,
        measure=measure_for(name="福州指标", unit="亿元"),
    )
    investment = Measure.objects.get(code="ZR-I10")

    def figure(measure, unit):
        return datavalue_set(
            actor=policy.SYSTEM,
            measure=measure,
            orgunit=unit,
            period="202311",
            value=1,
            comment="新签约项目一个",
        )

    values = {
        fuzhou: figure(Measure.objects.get(name="福州指标"), fuzhou),
        fuxi: figure(investment, fuxi),
        shuangcheng: figure(investment, shuangcheng),
    }
    outside = {
        "office": fuzhou,
        "office-ningde": fuzhou,
        "leader": fuzhou,
        "reporter-zherong": fuzhou,
        "head-shuangcheng": fuxi,
        "reporter-shuangcheng": fuxi,
        "reporter-fuxi": shuangcheng,
        "reporter-gongxin": fuxi,
        "public": fuxi,
        "enterprise": fuxi,
    }
    desk = _supervision([fuzhou, fuxi, shuangcheng], county)
    home = {u.username: u.orgunit for u in User.objects.filter(username__in=ROLES)}
    return {
        "bulletin": _bulletin(),
        "foreign_plan": foreign,
        "foreign_unit": fuzhou,
        "outside": outside,
        "home": home,
        "outside_value": {u: values[unit] for u, unit in outside.items()},
        "fuxi_september": DataValue.objects.get(measure=investment, orgunit=fuxi, period="202309"),
        "fuxi": fuxi,
        **desk,
    }


def _bulletin() -> PublishedBulletin:
    """The demo's October bulletin as published; its files stand in (rendering them is
    bulletins/tests' business, and costs seconds per role here)."""
    zherong = Plan.objects.get(code="zherong-2023")
    content = build_bulletin(plan=zherong, period=Period.month(2023, 10)).to_json()
    return PublishedBulletin.objects.create(
        plan=zherong,
        period="202310",
        title=content["title"],
        content=content,
        docx=b"PK",
        pdf=b"%PDF-1.7",
        xlsx=b"PK",
        published_by=User.objects.get(username="office"),
    )


def _client(username) -> Client:
    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


@pytest.mark.parametrize("username", ROLES)
def test_each_role_reaches_its_own_pages_and_nothing_outside(world, username):
    client, wrong = _client(username), []
    for page, rule in PAGES.items():
        if rule is None:
            continue
        outside, inside, allowed = rule
        if outside is not None and username in world["outside"]:
            url = outside(world, username)
            method = client.post if page in POSTED else client.get
            if (status := method(url).status_code) != 404:
                wrong.append((page, url, "outside", status))
        if inside is not None:
            url = inside(world, username)
            status = client.get(url).status_code
            expected = {200, 302} if allowed is None else {200} if username in allowed else {404}
            if status not in expected:
                wrong.append((page, url, "inside", status))
    assert wrong == []


@pytest.mark.parametrize("username", ROLES)
def test_each_role_takes_only_the_report_steps_it_is_entitled_to(world, username):
    client, wrong = _client(username), []
    for step, unit, month, before, after, allowed in STEPS:
        report = Report.objects.filter(orgunit__code=unit, period=month)
        assert (report.get().state if before else report.first()) == before, (step, unit, month)
        with transaction.atomic():  # each step from the demo's own state, then undone
            response = client.post(f"/reports/{unit}/{month}/{step}/", {"reason": "核对口径"})
            state = report.values_list("state", flat=True).first()
            transaction.set_rollback(True)
        took = response.status_code == 302 and state == after
        refused = response.status_code == 404 and state == before
        if not (took if username in allowed else refused):
            wrong.append((step, unit, month, response.status_code, state))
    assert wrong == []


def test_anonymous_visitors_are_sent_to_sign_in(world):
    client, wrong = Client(), []
    for page, rule in PAGES.items():
        if rule is None:
            continue
        outside, inside, _allowed = rule
        for make in (outside, inside):
            if make is None:
                continue
            url = make(world, "office")
            response = client.post(url) if page in POSTED else client.get(url)
            if not (response.status_code == 302 and "/login/" in response.url):
                wrong.append((page, url, response.status_code))
    assert wrong == []
