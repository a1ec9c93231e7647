"""Deciding a whole section of the review page at once: false candidates (last year's results,
a project list) cluster under a few headings, so one click clears them."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client

from pacesetter.accounts.services import user_ensure
from pacesetter.orgunits.models import OrgUnit
from pacesetter.planimport import services
from pacesetter.planimport.selectors import section_anchor

# The rule is plain ORM, read the same on both databases: run once, on SQLite.
pytestmark = [pytest.mark.django_db, pytest.mark.once]
# Written for these tests: a figure before the first heading, then three headings with two,
# three and two candidates (two targets, three targets, two projects).
TEXT = (
    "白沙县2031年重点工作安排\n"
    "全年新增市场主体1000户。\n"
    "一、经济发展\n"
    "全县地区生产总值增长7%以上，规上工业产值突破50亿元。\n"
    "二、民生实事\n"
    "新建公办幼儿园3所，改造农村公路20公里，城镇新增就业2000人以上。\n"
    "三、重点项目\n"
    "重点推进城南片区旧城改造工程和县城污水处理厂扩建工程建设。\n"
)


@pytest.fixture
def draft(users, county):
    return services.draft_from_text(actor=users["office"], text=TEXT, owner=county, year=2031)


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    client.cookies["django_language"] = "en"
    return client


def _post(client, draft, **data):
    return client.post(f"/plan-import/{draft.pk}/section/", data)


def _states(draft) -> dict[str, tuple[str, str]]:
    return {c.name: (c.section, c.status) for c in draft.candidates.all()}


def _page(client, draft) -> str:
    return client.get(f"/plan-import/{draft.pk}/").content.decode()


def test_rejecting_a_section_changes_only_its_pending_candidates(draft, users):
    office = _client(users["office"])
    kept = draft.candidates.get(name="新建公办幼儿园")
    services.candidate_set_status(actor=users["office"], candidate=kept, status="accepted")
    before = _states(draft)

    response = _post(office, draft, section="民生实事", status="rejected")

    assert response.status_code == 302
    assert response["Location"] == f"/plan-import/{draft.pk}/#{section_anchor('民生实事')}"
    after = _states(draft)
    assert {n for n in after if after[n] != before[n]} == {"改造农村公路", "城镇新增就业"}
    assert after["改造农村公路"] == ("民生实事", "rejected")
    assert after["新建公办幼儿园"] == ("民生实事", "accepted"), "a decided one is left alone"
    road = draft.candidates.get(name="改造农村公路").history.latest("history_date")
    assert road.history_user == users["office"] and road.status == "rejected"
    html = _page(office, draft)
    # the page opens at the section, so the section itself says what was done
    here, next_one = html.index(f'id="{section_anchor("民生实事")}"'), html.index("重点项目</h2>")
    assert here < html.index("2 candidates rejected.") < next_one
    assert here < html.index("Candidates already decided or merged keep their status.") < next_one
    assert html.count("2 candidates rejected.") == 1


def test_the_buttons_show_each_sections_pending_count_and_go_once_none_is_left(draft, users):
    office = _client(users["office"])
    html = _page(office, draft)
    for title, count in (("", 1), ("经济发展", 2), ("民生实事", 3), ("重点项目", 2)):
        assert f'name="section" value="{title}"' in html
        assert f"{count} pending in this section" in html
    assert html.count("Reject this section's pending (background)") == 4

    _post(office, draft, section="重点项目", status="accepted")

    html = _page(office, draft)
    assert 'name="section" value="重点项目"' not in html
    assert html.count("Accept this section's pending") == 3
    assert _states(draft)["县城污水处理厂扩建工程"] == ("重点项目", "accepted")


def test_the_text_before_the_first_heading_is_a_section_too(draft, users):
    _post(_client(users["office"]), draft, section="", status="accepted")
    changed = {n for n, (_, status) in _states(draft).items() if status != "pending"}
    assert changed == {"新增市场主体"}


@pytest.mark.parametrize("name", ["leader", "reporter-shuangcheng", "head-shuangcheng"])
def test_those_who_cannot_review_the_draft_change_nothing(draft, users, name):
    before = _states(draft)
    response = _post(_client(users[name]), draft, section="民生实事", status="rejected")
    assert response.status_code == 404
    assert _states(draft) == before
    # the same request from an admin of the county does change the section
    _post(_client(users["admin"]), draft, section="民生实事", status="rejected")
    assert _states(draft)["改造农村公路"] == ("民生实事", "rejected")


def test_the_plan_office_of_another_county_changes_nothing(draft):
    other = user_ensure(
        username="office-fuan",
        password="x",
        orgunit=OrgUnit.objects.get(code="350981"),
        roles=["plan_office"],
        validate=False,
    )
    before = _states(draft)
    assert _post(_client(other), draft, section="民生实事", status="rejected").status_code == 404
    assert _states(draft) == before
    with pytest.raises(PermissionDenied):
        services.candidates_set_section_status(
            actor=other, draft=draft, section="民生实事", status="rejected"
        )
    assert _states(draft) == before


@pytest.mark.parametrize(
    "data, message",
    [
        ({"section": "民生实事", "status": "merged"}, "can only be accepted or rejected"),
        ({"section": "民生实事", "status": "pending"}, "can only be accepted or rejected"),
        ({"section": "民生实事"}, "can only be accepted or rejected"),
        (
            {"section": "往年回顾", "status": "rejected"},
            "No candidate is in the section “往年回顾”",
        ),
        ({"status": "rejected"}, "Choose a section"),
    ],
)
def test_bad_input_says_why_and_changes_nothing(draft, users, data, message):
    office = _client(users["office"])
    before = _states(draft)
    response = _post(office, draft, **data)
    assert response.status_code == 302
    assert message in _page(office, draft)
    assert _states(draft) == before


def test_an_activated_plans_sections_cannot_change(draft, users):
    office = users["office"]
    for c in draft.candidates.filter(section="经济发展"):
        services.candidate_set_status(actor=office, candidate=c, status="accepted")
    services.lead_unit_fill(actor=office, draft=draft, unit=OrgUnit.objects.get(code="ZR-FGJ"))
    services.draft_activate(actor=office, draft=draft)
    before = _states(draft)
    client = _client(office)
    assert _post(client, draft, section="民生实事", status="rejected").status_code == 302
    assert "already been activated" in _page(client, draft)
    assert _states(draft) == before
    assert "Reject this section" not in _page(client, draft)


def test_a_second_click_on_a_decided_section_says_nothing_is_left(draft, users):
    office = _client(users["office"])
    _post(office, draft, section="经济发展", status="rejected")
    _page(office, draft)  # reads the first message
    before = _states(draft)
    _post(office, draft, section="经济发展", status="accepted")
    assert "This section has no pending candidates; nothing was changed." in _page(office, draft)
    assert _states(draft) == before
