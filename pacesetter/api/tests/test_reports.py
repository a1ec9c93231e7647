import pytest

from pacesetter.reporting.models import Report

pytestmark = pytest.mark.django_db
NOV = "/api/reports/zherong-2023/350926100/202311"


def test_a_report_goes_from_draft_to_accepted_and_back_through_the_api(call):
    steps = [("reporter-shuangcheng", "submit", None, "submitted"),
             ("head-shuangcheng", "sign", None, "signed"),
             ("office", "accept", None, "accepted"),
             ("office", "reopen", {"reason": "统计口径更正"}, "returned"),
             ("reporter-shuangcheng", "submit", None, "submitted"),
             ("head-shuangcheng", "return", {"reason": "签约额与台账不符"}, "returned")]
    for who, step, body, state in steps:
        response = call(who, "POST", f"{NOV}/{step}", json_body=body)
        assert response.status_code == 200, (step, response.json())
        assert response.json()["state"] == state
    report = Report.objects.get(orgunit__code="350926100", period="202311")
    assert [t.actor.username for t in report.transitions.all()] == [s[0] for s in steps]
    assert report.history.first().history_user.username == "head-shuangcheng"
    assert call("leader", "GET", NOV).json()["state"] == "returned"


def test_returning_without_a_reason_asks_for_one(call):
    call("reporter-shuangcheng", "POST", f"{NOV}/submit")
    response = call("head-shuangcheng", "POST", f"{NOV}/return", json_body={"reason": " "})
    assert response.status_code == 400
    assert response.json()["code"] == "reason_required" and "reason" in response.json()["fields"]


def test_a_step_out_of_order_is_a_409_conflict(call):
    call("reporter-shuangcheng", "POST", f"{NOV}/submit")
    response = call("office", "POST", f"{NOV}/accept")
    assert response.status_code == 409
    assert response.json()["code"] == "invalid_transition" and response.json()["message"]


def test_a_refused_submission_leaves_no_draft_behind(call):
    response = call("leader", "POST", f"{NOV}/submit")
    assert response.status_code == 403
    assert not Report.objects.filter(orgunit__code="350926100", period="202311").exists()


def test_a_report_period_must_be_a_month(call):
    response = call("reporter-shuangcheng", "POST",
                    "/api/reports/zherong-2023/350926100/2023Q4/submit")
    assert response.status_code == 400 and response.json()["fields"]["period"]


def test_an_unknown_report_is_a_404(call):
    response = call("head-shuangcheng", "POST", "/api/reports/zherong-2023/350926100/202312/sign")
    assert response.status_code == 404 and response.json()["code"] == "not_found"
