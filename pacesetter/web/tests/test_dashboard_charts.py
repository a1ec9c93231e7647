"""The dashboard's chart data (web/dashboard.py) against the rows the same page shows: the
demo's 柘荣县 plan as of October 2023."""

import json
import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.urls import reverse

from pacesetter.accounts.models import User
from pacesetter.web.dashboard import _percent, movement_text

pytestmark = pytest.mark.django_db
OCTOBER = {"period": "202310"}
RED_IN_OCTOBER = {"钢铁铸造产业产值", "僧服产业产值", "3A级旅游景区创建", "特色文化街区建设"}


@pytest.fixture
def page(client, demo):
    client.force_login(User.objects.get(username="leader"))
    return client.get(reverse("plan_detail", args=["zherong-2023"]), OCTOBER)


def _payload(response) -> dict:
    """The chart data as the browser receives it (json_script), not the view's context."""
    html = response.content.decode()
    found = re.search(r'<script id="dashboard-data" type="application/json">(.*?)</script>', html)
    assert found, "the page carries no chart data"
    return json.loads(found.group(1))


def test_the_red_bars_are_exactly_the_red_list(page):
    rows = _payload(page)["indicators"]["rows"]
    red = {r["label"] for r in rows if r["kind"] == "indicator" and r["status"] == "red"}
    listed = {r.indicator.name for r in page.context["status"].red_list}
    assert red == listed == RED_IN_OCTOBER
    for r in rows:
        if r["kind"] == "indicator" and r["status"] == "red":
            assert r["text"].startswith("✖ ")  # colour is never the only cue
            assert r["value"] < r["expected"] == 83.3  # ten months of twelve elapsed


def test_every_indicator_appears_once_under_its_pillar(page):
    rows = _payload(page)["indicators"]["rows"]
    status = page.context["status"]
    indicators = [r for r in rows if r["kind"] == "indicator"]
    assert [r["code"] for r in indicators] == [row.indicator.code for row in status.rows]
    # Only 敢为争先 holds indicators in the demo; empty pillars take no room.
    assert [r["label"] for r in rows if r["kind"] == "pillar"] == ["敢为争先"]
    assert rows[0] == {"kind": "pillar", "label": "敢为争先"}
    by_code = {row.indicator.code: row for row in status.rows}
    for r in indicators:
        row = by_code[r["code"]]
        assert r["status"] == row.status
        assert r["expected"] == _percent(row.assessment.expected)
        assert r["url"] == reverse("indicator_detail", args=["zherong-2023", r["code"]]) + (
            "?period=202310"
        )


def test_the_ranking_chart_follows_the_ranking_and_its_movement(page):
    rows = _payload(page)["ranking"]["rows"]
    ranking = page.context["ranking"]
    assert [r["code"] for r in rows] == [u.unit.code for u in ranking]
    assert [r["movement"] for r in rows] == [u.row.movement for u in ranking]
    texts = {r["label"].split(" ", 1)[1]: r["text"] for r in rows}
    assert texts["富溪镇"] == "111.5% ＝" and rows[0]["label"] == "1 富溪镇"
    assert texts["英山乡"].endswith("↑1") and texts["宅中乡"].endswith("↓1")
    # October of 双城镇 and 黄柏乡 is not accepted yet: listed, said in words, no bar.
    for name in ("双城镇", "黄柏乡"):
        row = next(r for r in rows if r["label"] == f"— {name}")
        assert row["value"] is None and row["rank"] is None
        assert row["text"] == "◔ 尚未报送"
    assert rows[0]["url"].endswith("?period=202310")


def test_the_project_chart_puts_lagging_projects_first(page):
    data = _payload(page)["projects"]
    rows = data["rows"]
    assert len(rows) == len(page.context["projects"]) == 16
    assert data["expected"] == 83.3
    planned = [r for r in rows if r["value"] is not None]
    assert [r["value"] for r in planned] == sorted(r["value"] for r in planned)
    assert rows[-1]["value"] is None and not rows[-1]["behind"]  # no plan: last, not lagging
    assert rows[0]["behind"] and rows[0]["text"].startswith("✖ ")
    assert all(r["behind"] == (r["value"] < 83.3) for r in planned)
    by_name = {r.project.name: r for r in page.context["projects"]}
    first = by_name[rows[0]["label"]]
    assert rows[0]["value"] == _percent(first.completion)


def test_a_bar_opens_a_page_that_exists(client, page):
    data = _payload(page)
    for chart in ("indicators", "ranking", "projects"):
        url = next(r["url"] for r in data[chart]["rows"] if r.get("url"))
        assert client.get(url).status_code == 200, url


def test_a_bar_links_a_unit_only_where_the_table_does(client, demo):
    # 柘荣县's leader sees the city plan ranking the nine counties but may open only 柘荣县.
    client.force_login(User.objects.get(username="leader"))
    response = client.get(reverse("plan_detail", args=["ningde-2023"]), OCTOBER)
    rows = _payload(response)["ranking"]["rows"]
    linked = {r["code"] for r in rows if r["url"]}
    table = response.content.decode().split('id="unit-ranking"')[1].split("</table>")[0]
    assert linked == set(re.findall(r"/units/([^/]+)/", table))
    assert len(linked) == 1 and len(rows) == 9
    assert client.get(next(r["url"] for r in rows if r["url"])).status_code == 200


def test_labels_follow_the_language(client, demo):
    client.force_login(User.objects.get(username="leader"))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hant"
    rows = _payload(client.get(reverse("plan_detail", args=["zherong-2023"]), OCTOBER))
    assert any(r["label"] == "1 富溪鎮" for r in rows["ranking"]["rows"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    data = _payload(client.get(reverse("plan_detail", args=["zherong-2023"]), OCTOBER))
    assert data["labels"]["expected"] == "Expected by now"
    assert any(r["text"] == "◔ not yet reported" for r in data["ranking"]["rows"])


def test_a_plan_without_projects_says_so_instead_of_an_empty_chart(client, demo):
    client.force_login(User.objects.get(username="office-ningde"))
    response = client.get(reverse("plan_detail", args=["ningde-2023"]), OCTOBER)
    assert response.status_code == 200
    assert _payload(response)["projects"]["rows"] == []
    assert 'id="chart-projects"' not in response.content.decode()


def test_movement_and_bar_lengths():
    assert [movement_text(m) for m in (2, -1, 0, None)] == ["↑2", "↓1", "＝", "—"]
    assert _percent(Decimal("0.8333")) == 83.3
    assert _percent(Decimal("3.2")) == 150.0  # a runaway figure is capped, its label is not
    assert _percent(Decimal("-0.1")) == 0.0
    assert _percent(None) is None
