import pytest

from pacesetter.accounts.models import User
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.inbox.models import Notification
from pacesetter.orgunits.models import OrgUnit
from pacesetter.reporting.models import Report
from pacesetter.reporting.tests.filling import fill_owed

pytestmark = pytest.mark.django_db
NOV = "/api/reports/350926100/202311"  # 双城镇 has a unit head
FUXI_NOV = "/api/reports/350926101/202311"  # 富溪镇 has none


@pytest.fixture
def filled(call):
    """双城镇's November with every owed figure given, so it can be submitted."""
    town = OrgUnit.objects.get(code="350926100")
    fill_owed(User.objects.get(username="reporter-shuangcheng"), town, Period.parse("202311"))
    return call


def test_a_report_goes_from_draft_to_accepted_and_back_through_the_api(filled):
    call = filled
    steps = [
        ("reporter-shuangcheng", "submit", None, "submitted"),
        ("head-shuangcheng", "sign", None, "signed"),
        ("office", "accept", None, "accepted"),
        ("office", "reopen", {"reason": "统计口径更正"}, "returned"),
        ("reporter-shuangcheng", "submit", None, "submitted"),
        ("head-shuangcheng", "return", {"reason": "签约额与台账不符"}, "returned"),
    ]
    for who, step, body, state in steps:
        response = call(who, "POST", f"{NOV}/{step}", json_body=body)
        assert response.status_code == 200, (step, response.json())
        assert response.json()["state"] == state
        assert response.json()["unit"] == "350926100" and "plan" not in response.json()
    report = Report.objects.get(orgunit__code="350926100", period="202311")
    assert [t.actor.username for t in report.transitions.all()] == [s[0] for s in steps]
    assert report.history.first().history_user.username == "head-shuangcheng"
    read = call("leader", "GET", NOV).json()
    assert read["state"] == "returned"
    assert [(t["by"], t["to_state"]) for t in read["transitions"]] == [(s[0], s[3]) for s in steps]
    assert read["transitions"][-1]["reason"] == "签约额与台账不符"


def test_without_a_head_a_submission_goes_straight_to_the_office(call):
    saved = call(
        "reporter-fuxi",
        "POST",
        "/api/datavalues",
        json_body={
            "values": [
                {"indicator": "ZR-I10", "unit": "350926101", "period": "202311", "value": "0.6"}
            ]
        },
    )
    assert saved.status_code == 200, saved.json()
    before = Notification.objects.filter(user__username="office").count()

    submitted = call("reporter-fuxi", "POST", f"{FUXI_NOV}/submit")
    assert submitted.status_code == 200, submitted.json()
    body = submitted.json()
    assert body["state"] == "signed"
    # The skipped signature is on record: a step by the system, with its reason.
    assert [(t["by"], t["from_state"], t["to_state"]) for t in body["transitions"]] == [
        ("reporter-fuxi", "draft", "submitted"),
        (None, "submitted", "signed"),
    ]
    assert body["transitions"][1]["reason"]
    assert Notification.objects.filter(user__username="office").count() == before + 1

    accepted = call("office", "POST", f"{FUXI_NOV}/accept")
    assert accepted.status_code == 200, accepted.json()
    assert accepted.json()["state"] == "accepted"
    figure = DataValue.objects.get(
        measure__code="ZR-I10", orgunit__code="350926101", period="202311"
    )
    assert figure.state == "accepted"


def test_reading_a_month_nobody_wrote_to_creates_nothing(call):
    before = Report.objects.count()
    response = call("leader", "GET", "/api/reports/350926101/202312")
    assert response.status_code == 200
    assert response.json()["state"] == "draft" and response.json()["transitions"] == []
    assert Report.objects.count() == before


def test_a_reporter_cannot_read_a_sibling_towns_report(call):
    assert call("reporter-fuxi", "GET", "/api/reports/350926100/202310").status_code == 404
    assert (
        call("reporter-shuangcheng", "GET", NOV.replace("202311", "202310")).json()["state"]
        == "submitted"
    )


def test_returning_without_a_reason_asks_for_one(filled):
    call = filled
    call("reporter-shuangcheng", "POST", f"{NOV}/submit")
    response = call("head-shuangcheng", "POST", f"{NOV}/return", json_body={"reason": " "})
    assert response.status_code == 400
    assert response.json()["code"] == "reason_required" and "reason" in response.json()["fields"]


def test_a_step_out_of_order_is_a_409_conflict(filled):
    call = filled
    call("reporter-shuangcheng", "POST", f"{NOV}/submit")
    response = call("office", "POST", f"{NOV}/accept")
    assert response.status_code == 409
    assert response.json()["code"] == "invalid_transition" and response.json()["message"]


def test_a_refused_submission_leaves_no_draft_behind(call):
    response = call("leader", "POST", f"{NOV}/submit")
    assert response.status_code == 403
    assert not Report.objects.filter(orgunit__code="350926100", period="202311").exists()


def test_a_report_period_must_be_a_month(call):
    response = call("reporter-shuangcheng", "POST", "/api/reports/350926100/2023Q4/submit")
    assert response.status_code == 400 and response.json()["fields"]["period"]


def test_an_unknown_report_is_a_404(call):
    response = call("head-shuangcheng", "POST", "/api/reports/350926100/202312/sign")
    assert response.status_code == 404 and response.json()["code"] == "not_found"
