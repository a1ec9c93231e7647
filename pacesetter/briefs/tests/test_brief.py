"""The morning brief on the demo: what changed since yesterday's snapshot (or last month),
each item linked to its detail page, and only for the plans a user follows."""

import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from pacesetter.accounts.models import User
from pacesetter.analytics.months import default_period
from pacesetter.analytics.selectors import plan_status
from pacesetter.analytics.units import unit_ranking
from pacesetter.briefs.models import Snapshot
from pacesetter.briefs.selectors import live_state
from pacesetter.briefs.services import snapshot_all, snapshot_job, snapshot_take
from pacesetter.core.periods import Period
from pacesetter.demo.supervision import load_demo_supervision
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan

pytestmark = pytest.mark.django_db
ZHERONG, NINGDE = "zherong-2023", "ningde-2023"


def _page(username: str) -> str:
    client = Client()
    client.force_login(User.objects.get(username=username))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"  # the tests read the English words
    response = client.get("/brief/")
    assert response.status_code == 200
    return response.content.decode()


def _section(html: str, code: str) -> str:
    """The screen of one plan (empty when the user has none of it)."""
    match = re.search(rf'<section class="brief" id="brief-{code}".*?</section>', html, re.S)
    return match.group(0) if match else ""


def _yesterday(plan: Plan, **changes) -> Snapshot:
    """Yesterday's snapshot: today's state with ``changes`` to its data."""
    today = timezone.localdate()
    data = live_state(plan=plan, today=today).data()
    for key, value in changes.items():
        data[key] = {**data[key], **value} if isinstance(value, dict) else value
    return Snapshot.objects.create(
        plan=plan, day=today - timedelta(days=1), period=data["period"], data=data
    )


def test_a_snapshot_is_taken_once_a_day_whoever_asks(demo):
    today = timezone.localdate()
    first = snapshot_take(demo, today)
    assert snapshot_take(demo, today).pk == first.pk
    assert first.period == "202310" and first.data["statuses"]["I10"]
    reds = {
        r.indicator.code for r in plan_status(plan=demo, upto=Period.parse(first.period)).red_list
    }
    assert {c for c, s in first.data["statuses"].items() if s == "red"} == reds
    assert snapshot_all(today) == 1  # the city plan; the county's is taken already
    assert snapshot_all(today) == 0
    assert snapshot_job() == "0 snapshots taken"
    assert Snapshot.objects.filter(day=today).count() == 2
    _page("leader")  # opening the brief takes nothing more
    assert Snapshot.objects.count() == 2


def test_a_new_red_is_listed_with_its_owner_and_a_link(demo):
    status = plan_status(plan=demo, upto=default_period(demo))
    red, *others = status.red_list
    _yesterday(demo, statuses={red.indicator.code: "green"})
    html = _section(_page("leader"), ZHERONG)
    assert "compared with" in html and "compared with last month" not in html
    items = re.findall(r'<a class="brief-item red" href="([^"]+)">(.*?)</a>', html, re.S)
    assert [href for href, _ in items] == [
        f"/plans/{ZHERONG}/indicators/{red.indicator.code}/?period=202310"
    ]
    assert red.indicator.name in items[0][1] and red.indicator.lead_unit.label in items[0][1]
    assert all(r.indicator.name not in html for r in others)  # red yesterday already


def test_a_unit_that_moved_is_listed_with_its_direction(demo):
    ranked = [
        r
        for r in unit_ranking(plan=demo, parent=demo.owner, upto=default_period(demo))
        if r.reported
    ]
    first, third = ranked[0], ranked[2]
    _yesterday(demo, ranks={first.unit.code: 3, third.unit.code: 1})
    html = _section(_page("leader"), ZHERONG)
    up = re.search(r'<a class="brief-item up" href="([^"]+)">(.*?)</a>', html, re.S)
    down = re.search(r'<a class="brief-item down" href="([^"]+)">(.*?)</a>', html, re.S)
    assert up.group(1) == f"/plans/{ZHERONG}/units/{first.unit.code}/?period=202310"
    assert first.unit.label in up.group(2) and "↑2" in up.group(2) and "Moved up" in up.group(2)
    assert third.unit.label in down.group(2) and "↓2" in down.group(2)
    assert html.count('class="brief-item up"') == 1 and html.count('class="brief-item down"') == 1


def test_without_a_snapshot_the_brief_compares_with_last_month(demo):
    html = _section(_page("leader"), ZHERONG)
    assert "compared with last month" in html
    before = {
        r.indicator.code
        for r in plan_status(plan=demo, upto=default_period(demo).previous()).red_list
    }
    now = plan_status(plan=demo, upto=default_period(demo)).red_list
    for row in now:
        assert (f"/indicators/{row.indicator.code}/" in html) == (row.indicator.code not in before)
    ranking = unit_ranking(plan=demo, parent=demo.owner, upto=default_period(demo))
    moved = [r for r in ranking if r.row.movement]
    assert moved and all(f"/units/{r.unit.code}/?period" in html for r in moved)
    assert Snapshot.objects.filter(plan=demo, day=timezone.localdate()).exists()


def test_nothing_changed_shows_the_standing_figures(demo):
    load_demo_supervision(demo)
    _yesterday(demo)
    html = _section(_page("leader"), ZHERONG)
    assert "Nothing changed since yesterday" in html
    assert 'class="brief-item' not in html
    counts = plan_status(plan=demo, upto=default_period(demo)).counts
    standing = re.findall(r'brief-count status-(\w+)".*?<strong>(\d+)</strong>', html, re.S)
    assert dict((s, int(n)) for s, n in standing) == counts
    assert "No. " in html  # the county's rank stays on screen


def test_the_countys_place_among_its_siblings_in_the_city_plan(demo):
    city = Plan.objects.get(code=NINGDE)
    period = default_period(city)
    ranked = [
        r
        for r in unit_ranking(plan=city, parent=OrgUnit.objects.get_parent(demo.owner), upto=period)
        if r.reported
    ]
    zherong = next(r for r in ranked if r.unit.code == "350926")
    html = _section(_page("leader"), ZHERONG)
    place = re.search(r'<a class="brief-place"[^>]*href="([^"]+)">(.*?)</a>', html, re.S)
    assert place.group(1) == f"/plans/{NINGDE}/units/350926/?period={period}"
    assert f"No. {zherong.row.rank} of {len(ranked)}" in place.group(2)
    movement = zherong.row.movement
    word = "no change" if not movement else ("up" if movement > 0 else "down")
    assert word in place.group(2)


def test_no_brief_of_a_plan_the_user_may_not_follow(demo):
    other = Plan.objects.create(
        code="fuding-2023",
        name="福鼎市计划",
        owner=OrgUnit.objects.get(code="350982"),
        first_year=2023,
        last_year=2023,
        status=Plan.Status.ACTIVE,
    )
    leader = _page("leader")
    assert _section(leader, ZHERONG) and not _section(leader, other.code)
    assert not _section(leader, NINGDE)  # the leader reads the city plan, owns no part of it
    assert 'id="brief-link"' in leader
    city = _page("office-ningde")
    assert _section(city, NINGDE) and _section(city, other.code) and _section(city, ZHERONG)
    assert city.index(f'id="brief-{NINGDE}"') < city.index(f'id="brief-{ZHERONG}"')  # home first
    fuxi = _page("reporter-fuxi")
    assert "<section" not in fuxi and "You follow no plan" in fuxi
    assert 'id="brief-link"' not in fuxi
