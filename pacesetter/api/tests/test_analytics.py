import pytest

from pacesetter.accounts.models import User
from pacesetter.api.tokens import token_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def leader(demo, client):
    raw = token_create(user=User.objects.get(username="leader"), name="test")[1]
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def test_status_lists_the_red_indicators_of_october(client, leader):
    body = client.get("/api/analytics/plans/zherong-2023/status?period=202310", **leader).json()
    red = {i["name"] for i in body["indicators"] if i["status"] == "red"}
    assert red == {"钢铁铸造产业产值", "僧服产业产值", "3A级旅游景区创建", "特色文化街区建设"}
    assert body["counts"]["red"] == 4


def test_ranking_has_movement_since_last_month(client, leader):
    rows = client.get("/api/analytics/plans/zherong-2023/ranking?period=202310", **leader).json()
    ranked = [r for r in rows if r["reported"]]
    assert [r["rank"] for r in ranked] == sorted(r["rank"] for r in ranked)
    assert any(r["movement"] and r["movement"] > 0 for r in rows)
    assert any(r["movement"] and r["movement"] < 0 for r in rows)


def test_units_that_have_not_reported_are_listed_last_and_not_ranked(client, leader):
    rows = client.get("/api/analytics/plans/zherong-2023/ranking?period=202310", **leader).json()
    # October of 双城镇 and 黄柏乡 is still in review: not ranked, not counted as failures.
    waiting = [(r["name"], r["rank"], r["last_reported"]) for r in rows if not r["reported"]]
    assert waiting == [("双城镇", None, "202309"), ("黄柏乡", None, "202309")]
    assert rows[-2:] == [r for r in rows if not r["reported"]]
    assert all(r["rank"] for r in rows if r["reported"])


def test_the_status_reads_accepted_figures_and_marks_the_incomplete_month(client, leader):
    body = client.get("/api/analytics/plans/zherong-2023/status?period=202310", **leader).json()
    assert body["figures"] == "accepted"
    investment = next(i for i in body["indicators"] if i["code"] == "I10")
    # Two of its nine reporting towns have not reported October: not red, but missing.
    assert (investment["status"], investment["incomplete"], investment["waiting"]) == (
        "missing",
        True,
        2,
    )
    september = client.get(
        "/api/analytics/plans/zherong-2023/status?period=202309", **leader
    ).json()
    assert not any(i["incomplete"] for i in september["indicators"])


def test_series_runs_month_by_month_to_the_period(client, leader):
    rows = client.get(
        "/api/analytics/plans/zherong-2023/indicators/I10/series?period=202306", **leader
    ).json()
    assert [r["period"] for r in rows] == [f"2023{m:02d}" for m in range(1, 7)]
    assert rows[-1]["target_path"] == "15"


def test_a_bad_period_is_a_400_with_a_reason(client, leader):
    response = client.get("/api/analytics/plans/zherong-2023/status?period=2023-10", **leader)
    assert response.status_code == 400 and "period" in response.json()["fields"]


def test_analytics_are_in_the_openapi_document(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/analytics/plans/{plan}/status" in paths
