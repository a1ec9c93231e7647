"""The forecast where readers look: the dashboard's will-miss list, the indicator page,
the API and the bulletin (the demo, October 2023)."""

import pytest

from pacesetter.accounts.models import User
from pacesetter.api.tokens import token_create
from pacesetter.bulletins.content import build_bulletin
from pacesetter.core.periods import Period
from pacesetter.plans.models import Plan

pytestmark = pytest.mark.django_db
DASHBOARD = "/plans/zherong-2023/?period=202310"


@pytest.fixture
def leader(demo, client):
    client.force_login(User.objects.get(username="leader"))
    return client


def _section(html: str, marker: str) -> str:
    start = html.index(marker)
    return html[start : html.index("</section>", start)]


def test_the_dashboard_lists_the_indicators_that_will_miss(leader):
    html = leader.get(DASHBOARD).content.decode()
    listed = _section(html, 'id="will-miss-list"')
    assert "钢铁铸造产业产值" in listed  # 80.6 % forecast, at best 83.8 %
    assert "/plans/zherong-2023/indicators/I02/?period=202310" in listed
    assert "商贸服务业产值" not in listed  # 109 % forecast: made


def test_the_indicator_page_says_where_the_pace_leads(leader):
    html = leader.get("/plans/zherong-2023/indicators/I02/?period=202310").content.decode()
    assert "按此进度:到12月完成目标的80.6%(77.4%–83.8%)。" in html  # the leader reads 简体
    assert 'id="will-miss"' in html


def test_the_api_returns_the_forecast(demo, client):
    raw = token_create(user=User.objects.get(username="leader"), name="test")[1]
    auth = {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
    url = "/api/analytics/plans/zherong-2023/forecast?period=202310"
    body = client.get(url, **auth).json()
    assert body["rate"] == "0.8"
    rows = {r["indicator"]: r for r in body["forecasts"]}
    assert rows["I02"]["will_miss"] is True and rows["I02"]["method"] == "pace"
    assert float(rows["I02"]["low"]) < float(rows["I02"]["forecast"]) < float(rows["I02"]["high"])
    assert rows["I01"]["will_miss"] is False
    one = client.get(url + "&indicator=I10", **auth).json()["forecasts"]
    assert {r["indicator"] for r in one} == {"I10"}
    assert len(one) > 1  # the whole county, then each town with a target of its own
    assert client.get(url + "&indicator=NOPE", **auth).status_code == 404


def test_the_bulletin_names_the_indicators_that_will_miss(demo):
    plan = Plan.objects.get(code="zherong-2023")
    bulletin = build_bulletin(plan=plan, period=Period.parse("202310"), language="en")
    (lagging,) = [s for s in bulletin.sections if s.key == "lagging"]
    (will_miss,) = [s for s in lagging.subsections if s.key == "will-miss"]
    assert "钢铁铸造产业产值" in will_miss.paragraphs[0]
    assert will_miss.tables[0].rows[0][0]
