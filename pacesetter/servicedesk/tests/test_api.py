import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from pacesetter.api.tokens import token_create

pytestmark = pytest.mark.django_db
BASE = "/api/service/requests"


def test_a_request_goes_round_the_api(call):
    categories = call("enterprise", "GET", "/api/service/categories").json()
    assert {"SPFW", "ZSYZ", "XMAZQ", "XCZX"} == {c["code"] for c in categories}
    body = {"category": "SPFW", "title": "印章刻制备案", "description": "请告知流程"}
    filed = call("enterprise", "POST", BASE, body)
    assert filed.status_code == 201, filed.json()
    code = filed.json()["code"]
    assert filed.json()["unit"] == "ZR-SPJ" and filed.json()["state"] == "filed"

    replied = call("reporter-shenpi", "POST", f"{BASE}/{code}/reply", {"text": "已收到"})
    assert replied.status_code == 200 and replied.json()["state"] == "answered"
    stale = call("reporter-shenpi", "POST", f"{BASE}/{code}/resolve", {"text": "x", "version": 1})
    assert stale.status_code == 409 and stale.json()["code"] == "concurrent_edit"
    noted = call("enterprise", "POST", f"{BASE}/{code}/note", {"text": "补充材料已上传"})
    assert noted.status_code == 200
    version = noted.json()["version"]
    resolved = call(
        "reporter-shenpi", "POST", f"{BASE}/{code}/resolve", {"text": "已办结", "version": version}
    )
    assert resolved.status_code == 200 and resolved.json()["state"] == "resolved"
    again = call("reporter-shenpi", "POST", f"{BASE}/{code}/reply", {"text": "再答"})
    assert again.status_code == 409

    read = call("enterprise", "GET", f"{BASE}/{code}").json()
    assert [(r["kind"], r["by"]) for r in read["replies"]] == [
        ("reply", "reporter-shenpi"),
        ("note", "enterprise"),
        ("resolve", "reporter-shenpi"),
    ]
    listed = call("enterprise", "GET", BASE).json()["items"]
    assert code in {r["code"] for r in listed}


def test_the_api_keeps_each_enterprise_to_its_own_requests(call):
    body = {"category": "ZSYZ", "title": "用地指标", "description": "请答复"}
    code = call("enterprise", "POST", BASE, body).json()["code"]
    assert call("enterprise-2", "GET", f"{BASE}/{code}").status_code == 404
    assert call("enterprise-2", "GET", f"{BASE}/ZHB0000-0000").json() == (
        call("enterprise-2", "GET", f"{BASE}/{code}").json()
    )
    assert code not in {r["code"] for r in call("enterprise-2", "GET", BASE).json()["items"]}
    assert call("enterprise-2", "POST", f"{BASE}/{code}/note", {"text": "x"}).status_code == 404
    refused = call("reporter-fagai", "POST", BASE, body)
    assert refused.status_code == 400 and refused.json()["code"] == "not_enterprise"
    unknown = call("enterprise", "POST", BASE, {**body, "category": "NOPE"})
    assert unknown.status_code == 400 and "category" in unknown.json()["fields"]
    # The leader sees it but may not answer it.
    assert call("leader", "GET", f"{BASE}/{code}").status_code == 200
    assert call("leader", "POST", f"{BASE}/{code}/reply", {"text": "x"}).status_code == 403


def test_the_office_escalates_through_the_api(call):
    body = {"category": "XMAZQ", "title": "征迁协调", "description": "三户未签约"}
    code = call("enterprise", "POST", BASE, body).json()["code"]
    deadline = (timezone.localdate() + timedelta(days=5)).isoformat()
    refused = call("reporter-zhujian", "POST", f"{BASE}/{code}/escalate", {"deadline": deadline})
    assert refused.status_code == 403
    done = call("office", "POST", f"{BASE}/{code}/escalate", {"deadline": deadline})
    assert done.status_code == 200, done.json()
    assert done.json()["state"] == "escalated" and done.json()["task"].startswith("DB")
    twice = call("office", "POST", f"{BASE}/{code}/escalate", {"deadline": deadline})
    assert twice.status_code == 409


def test_files_go_with_the_request_and_only_to_those_who_see_it(
    call, client, desk, settings, tmp_path
):
    settings.PACESETTER_ATTACHMENTS_DIR = tmp_path
    body = {"category": "SPFW", "title": "营业执照变更", "description": "见附件"}
    code = call("enterprise", "POST", BASE, body).json()["code"]
    picture = io.BytesIO()
    Image.new("RGB", (4, 4)).save(picture, "PNG")

    def upload(who, name, data):
        token = token_create(user=desk[who])[1]
        return client.post(
            f"{BASE}/{code}/attachments",
            {"file": SimpleUploadedFile(name, data)},
            headers={"Authorization": f"Bearer {token}"},
        )

    made = upload("enterprise", "执照.png", picture.getvalue())
    assert made.status_code == 201 and made.json()["name"] == "执照.png"
    assert upload("enterprise", "tool.png", b"MZ\x90\x00" + b"\x00" * 64).status_code == 400
    assert upload("enterprise-2", "x.png", picture.getvalue()).status_code == 404
