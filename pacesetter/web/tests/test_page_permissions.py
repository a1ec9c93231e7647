"""Every page × every demo role, table-driven: objects outside the role's scope are refused the
same way as a page that does not exist; inside it, each role reaches what its role allows;
and each report step (submit, sign, accept, return, reopen) is taken only by those entitled
to it. A new page without a rule here fails the first test."""

import pytest
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from pacesetter.accounts.models import User
from pacesetter.planimport.services import draft_from_text
from pacesetter.reporting.models import Report
from pacesetter.supervision.models import Task
from pacesetter.web.tests.conftest import ROLES

pytestmark = pytest.mark.django_db
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
    "apply",
    "section_status",
}


def _task(w, u) -> Task:
    return w["task"][w["outside"][u]]


def _foreign_draft(w, u):
    """A plan-import draft of the unit outside the user's scope, made on first use."""
    unit = w["outside"][u]
    drafts = w.setdefault("import_draft", {})
    if unit not in drafts:
        drafts[unit] = draft_from_text(
            actor=None, text="一、目标\n新建幼儿园3所。\n", owner=unit, year=2023, name="权限测试"
        )
    return drafts[unit]


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
    "collected_grid": (  # 县文体旅局 gives every township's guesthouse count
        lambda w, u: f"/entry/{w['outside'][u].code}/202311/collected/",
        lambda w, u: "/entry/ZR-WTLJ/202311/collected/",
        {"admin", "reporter-zherong"},
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
    "indicator_collection": (
        lambda w, u: f"/plans/{w['foreign_plan'].code}/indicators/F1/collection/",
        lambda w, u: "/plans/zherong-2023/indicators/I07/collection/",
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
    # Flagged figures: for the offices that accept the plan's reports (validation.quality).
    "quality": (
        lambda w, u: f"/plans/{w['foreign_plan'].code}/quality/",
        lambda w, u: "/plans/zherong-2023/quality/",
        OFFICES,
    ),
    "quality_home": (None, lambda w, u: "/quality/", OFFICES),
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
    # An import's dry run (data/, otherwise in imports/tests): its owner's alone, whoever it is.
    "preview": (
        lambda w, u: f"/data/previews/{w['preview']['rival'].pk}/",
        lambda w, u: f"/data/previews/{w['preview'][u].pk}/",
        EVERYONE,
    ),
    "apply": (lambda w, u: f"/data/previews/{w['preview']['rival'].pk}/apply/", None, None),
    # Plan import has its own tables (planimport/tests); deciding a draft's whole section is
    # refused before any field is read.
    "section_status": (
        lambda w, u: f"/plan-import/{_foreign_draft(w, u).pk}/section/",
        None,
        None,
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
