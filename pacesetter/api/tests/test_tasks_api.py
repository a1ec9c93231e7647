"""Supervision tasks through the API: issued by a leader, answered by the unit, verified by the
plan office; scoped like every other read; stale and malformed writes refused with a reason."""

import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from pacesetter.attachments.models import Attachment
from pacesetter.supervision.models import Task

pytestmark = pytest.mark.django_db
SHUANGCHENG, FUXI = "350926100", "350926101"


@pytest.fixture(autouse=True)
def english(client, settings):
    """Messages in English, as the language switcher would choose, whatever the catalogs say."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def in_days(days: int) -> str:
    return (timezone.localdate() + timedelta(days=days)).isoformat()


@pytest.fixture
def issue(call):
    """issue(who="leader", **fields): POST /api/tasks; the response."""

    def issue(who="leader", **fields):
        body = {
            "source": "instruction",
            "title": "加快推进项目用地",
            "instruction": "请双城镇本月内解决项目用地问题",
            "lead_unit": SHUANGCHENG,
            "co_units": [FUXI],
            "deadline": in_days(10),
            "priority": "high",
            "plan": "zherong-2023",
            "project": "XM01",
            **fields,
        }
        return call(who, "POST", "/api/tasks", json_body=body)

    return issue


@pytest.fixture
def task(issue) -> dict:
    response = issue()
    assert response.status_code == 201, response.json()
    return response.json()


def step(call, who, code, name, **fields):
    return call(who, "POST", f"/api/tasks/{code}/steps", json_body={"step": name, **fields})


def test_a_task_goes_from_instruction_to_verified_closure(call, task):
    code = task["code"]
    assert code.startswith(f"DB{timezone.localdate().year}-")
    assert (task["state"], task["priority"], task["source"]) == ("assigned", "high", "instruction")
    assert (task["lead_unit"], task["co_units"], task["plan"]) == (
        SHUANGCHENG,
        [FUXI],
        "zherong-2023",
    )
    assert task["subject"] == {"indicator": None, "project": "XM01", "problem": None}
    assert task["issued_by"] == "leader" and [e["kind"] for e in task["events"]] == ["created"]

    signed = step(call, "reporter-shuangcheng", code, "sign", version=task["version"])
    assert signed.status_code == 200, signed.json()
    reported = step(
        call,
        "reporter-shuangcheng",
        code,
        "report",
        text="用地已落实",
        period="202311",
        version=signed.json()["version"],
    )
    assert reported.status_code == 200, reported.json()
    assert reported.json()["state"] == "reported"
    closed = step(call, "office", code, "close")
    assert closed.status_code == 200, closed.json()
    body = closed.json()
    assert (body["state"], body["on_time"]) == ("closed", True)
    assert [(e["kind"], e["by"]) for e in body["events"]] == [
        ("created", "leader"),
        ("signed", "reporter-shuangcheng"),
        ("reported", "reporter-shuangcheng"),
        ("closed", "office"),
    ]
    assert body["events"][2]["period"] == "202311" and body["events"][2]["unit"] == SHUANGCHENG
    assert call("leader", "GET", f"/api/tasks/{code}").json()["state"] == "closed"


def test_only_units_concerned_and_those_above_see_a_task(call, task):
    code = task["code"]
    for who in ("reporter-shuangcheng", "reporter-fuxi", "office", "leader"):
        assert call(who, "GET", f"/api/tasks/{code}").status_code == 200, who
        listed = call(who, "GET", "/api/tasks").json()
        assert [t["code"] for t in listed["items"]] == [code], who
    outsider = call("reporter-gongxin", "GET", f"/api/tasks/{code}")
    assert outsider.status_code == 404 and outsider.json()["code"] == "not_found"
    assert call("reporter-gongxin", "GET", "/api/tasks").json() == {"items": [], "count": 0}
    # Seeing is not answering: the co-unit may not sign, the outsider not even find it.
    assert step(call, "reporter-fuxi", code, "sign").status_code == 403
    assert step(call, "reporter-gongxin", code, "sign").status_code == 404
    assert Task.objects.get(code=code).state == "assigned"


def test_the_list_filters_by_state_unit_plan_and_due_date(call, issue, task):
    other = issue(lead_unit=FUXI, co_units=[], plan=None, project=None).json()
    Task.objects.filter(code=other["code"]).update(deadline=timezone.localdate() - timedelta(3))

    def codes(query):
        response = call("office", "GET", f"/api/tasks?{query}")
        assert response.status_code == 200, response.json()
        return [t["code"] for t in response.json()["items"]]

    assert codes("") == [other["code"], task["code"]]  # nearest deadline first
    assert codes(f"unit={FUXI}") == [other["code"]]
    assert codes("plan=zherong-2023") == [task["code"]]
    assert codes("due=overdue") == [other["code"]]
    assert codes("state=closed") == []
    overdue = call("office", "GET", "/api/tasks?due=overdue").json()["items"][0]["due"]
    assert overdue == {"state": "overdue", "text": "Overdue by 3 days"}
    assert call("office", "GET", "/api/tasks?unit=nowhere").status_code == 404
    assert call("office", "GET", "/api/tasks?due=later").status_code == 400


def test_a_step_on_a_stale_version_is_refused_with_the_current_one(call, task):
    code = task["code"]
    first = step(call, "reporter-shuangcheng", code, "sign", version=task["version"])
    assert first.status_code == 200
    late = step(call, "head-shuangcheng", code, "feedback", text="已对接", version=task["version"])
    assert late.status_code == 409
    assert late.json()["code"] == "concurrent_edit"
    assert late.json()["fields"] == {"version": str(first.json()["version"])}
    assert [e["kind"] for e in call("office", "GET", f"/api/tasks/{code}").json()["events"]] == [
        "created",
        "signed",
    ]
    # A step the state does not allow is a conflict too; an unknown step a malformed request.
    assert step(call, "office", code, "close").status_code == 409
    assert step(call, "office", code, "approve").status_code == 400


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"deadline": "2026-02-30"}, "deadline", ""),
        ({"deadline": in_days(-1)}, "deadline", "The deadline has already passed."),
        ({"lead_unit": "999999"}, "lead_unit", "There is no unit 999999."),
        ({"co_units": ["ZR-GXJ", "nowhere"]}, "co_units", "There is no unit nowhere."),
        ({"plan": "nowhere"}, "plan", "There is no plan nowhere."),
        ({"project": "XM99"}, "project", "The plan has no project XM99."),
        ({"plan": None}, "plan", "Name the plan the indicator or project belongs to."),
        ({"problem": 10**9}, "problem", "There is no problem 1000000000."),
        ({"source": "rule"}, "source", ""),
        ({"title": "a\x00b"}, "title", ""),
    ],
)
def test_a_malformed_task_is_refused_with_a_reason_and_nothing_is_issued(
    issue, fields, field, message
):
    response = issue(**fields)
    assert response.status_code == 400, response.json()
    body = response.json()
    assert field in body["fields"] and body["message"]
    assert message in body["message"]
    assert not Task.objects.exists()


def test_who_may_issue(issue):
    assert issue("reporter-shuangcheng", co_units=[], plan=None, project=None).status_code == 403
    assert issue("office", source="meeting").status_code == 201
    assert issue("leader", source="meeting").status_code == 403  # a meeting's task is the office's
    assert Task.objects.count() == 1


def test_an_extension_is_asked_for_then_granted(call, task):
    code = task["code"]
    later = in_days(30)
    path = f"/api/tasks/{code}/extensions"
    early = call(
        "reporter-shuangcheng", "POST", path, json_body={"deadline": in_days(5), "reason": "征地"}
    )
    assert early.status_code == 400 and "deadline" in early.json()["fields"]
    asked = call(
        "reporter-shuangcheng", "POST", path, json_body={"deadline": later, "reason": "征地未完成"}
    )
    assert asked.status_code == 201, asked.json()
    extension = asked.json()["extensions"][0]
    assert (extension["decision"], extension["requested_by"]) == ("pending", "reporter-shuangcheng")

    decision = f"{path}/{extension['id']}/decision"
    assert (
        call("reporter-shuangcheng", "POST", decision, json_body={"grant": True}).status_code == 403
    )
    refused_bare = call("office", "POST", decision, json_body={"grant": False})
    assert refused_bare.status_code == 400 and "note" in refused_bare.json()["fields"]
    granted = call("office", "POST", decision, json_body={"grant": True, "note": "同意"})
    assert granted.status_code == 200, granted.json()
    assert granted.json()["deadline"] == later
    assert granted.json()["extensions"][0]["decision"] == "granted"
    again = call("office", "POST", decision, json_body={"grant": True})
    assert again.status_code == 409
    assert (
        call("office", "POST", f"{path}/999999/decision", json_body={"grant": True}).status_code
        == 404
    )


def test_bad_months_and_huge_numbers_are_malformed_requests(call, task):
    code = task["code"]
    assert step(call, "reporter-shuangcheng", code, "sign", period="2023-13").status_code == 400
    assert step(call, "reporter-shuangcheng", code, "sign", version=2**70).status_code == 400
    big = call(
        "office",
        "POST",
        f"/api/tasks/{code}/extensions/{2**70}/decision",
        json_body={"grant": True},
    )
    assert big.status_code == 400
    assert Task.objects.get(code=code).state == "assigned"


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 3), "red").save(out, format="PNG")
    return out.getvalue()


def test_a_file_is_attached_and_listed_and_a_disguised_one_refused(
    client, tokens, task, settings, tmp_path
):
    settings.PACESETTER_ATTACHMENTS_DIR = tmp_path
    url = f"/api/tasks/{task['code']}/attachments"

    def upload(who, name, data):
        headers = {"Authorization": f"Bearer {tokens[who]}"}
        return client.post(url, {"file": SimpleUploadedFile(name, data)}, headers=headers)

    saved = upload("reporter-shuangcheng", "批复.png", _png())
    assert saved.status_code == 201, saved.json()
    body = saved.json()
    assert body["name"] == "批复.png" and body["url"] == f"/attachments/{body['id']}/"
    listed = client.get(
        f"/api/tasks/{task['code']}", headers={"Authorization": f"Bearer {tokens['office']}"}
    ).json()["attachments"]
    assert listed == [body]

    disguised = upload("reporter-shuangcheng", "photo.jpg", b"\x7fELF" + b"\0" * 64)
    assert disguised.status_code == 400 and disguised.json()["message"]
    assert upload("reporter-gongxin", "a.png", _png()).status_code == 404
    assert Attachment.objects.count() == 1


def test_the_openapi_document_describes_the_task_endpoints(client):
    document = client.get("/api/openapi.json").json()
    operations = {
        (method.upper(), path) for path, methods in document["paths"].items() for method in methods
    }
    tasks = "/api/tasks/{code}"
    assert {
        ("GET", "/api/tasks"),
        ("POST", "/api/tasks"),
        ("GET", tasks),
        ("POST", f"{tasks}/steps"),
        ("POST", f"{tasks}/extensions"),
        ("POST", f"{tasks}/extensions/{{extension}}/decision"),
        ("POST", f"{tasks}/attachments"),
    } <= operations
    upload = document["paths"][f"{tasks}/attachments"]["post"]["requestBody"]["content"]
    assert "multipart/form-data" in upload
    task = document["components"]["schemas"]["TaskOut"]["properties"]
    assert {"code", "state", "due", "lead_unit", "co_units", "version", "events"} <= set(task)
    assert {"extensions", "attachments", "subject"} <= set(task)
