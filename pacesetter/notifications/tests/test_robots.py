"""Each robot gets its platform's message format and a signature its platform accepts."""

import base64
import hashlib
import hmac
import time
import urllib.parse

import pytest

from pacesetter.notifications.models import Delivery
from pacesetter.notifications.services import announce, deliver_due

MESSAGE = "New supervision task DB-2024-001 for 柘荣县: 完成招商任务"


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.PACESETTER_SITE_URL = "https://plan.example.gov.cn"


def _announce_and_deliver(county):
    announce(users=[], units=[county], message=MESSAGE, link="/tasks/DB-2024-001/")
    assert deliver_due() == 1


def test_wecom_robot_gets_markdown_with_the_message_and_the_full_link(county, robot_server):
    robot_server.robot(county, "wecom")
    _announce_and_deliver(county)
    (received,) = robot_server.requests
    assert received.path == "/wecom/send"
    assert received.query == {"key": "wk"}
    assert received.body["msgtype"] == "markdown"
    content = received.body["markdown"]["content"]
    assert MESSAGE in content
    assert "https://plan.example.gov.cn/tasks/DB-2024-001/" in content


def test_dingtalk_robot_is_signed_in_the_query_with_its_secret(county, robot_server):
    secret = "SECdingtalk-test-secret"
    robot_server.robot(county, "dingtalk", secret=secret)
    before = int(time.time() * 1000)
    _announce_and_deliver(county)
    (received,) = robot_server.requests
    assert received.query["access_token"] == "dt"
    stamp = received.query["timestamp"]
    assert before <= int(stamp) <= int(time.time() * 1000)  # milliseconds
    expected = base64.b64encode(
        hmac.new(secret.encode(), f"{stamp}\n{secret}".encode(), hashlib.sha256).digest()
    ).decode()
    assert received.query["sign"] == expected  # parse_qsl undid the URL encoding
    assert received.body["msgtype"] == "markdown"
    assert MESSAGE[:20] in received.body["markdown"]["title"]
    assert MESSAGE in received.body["markdown"]["text"]


def test_dingtalk_sign_is_url_encoded_on_the_wire(county, robot_server):
    # A base64 signature holds + / =, which must reach DingTalk escaped.
    from pacesetter.notifications import robots

    endpoint = robot_server.robot(county, "dingtalk", secret="s")
    url, _ = robots.request_for(endpoint, robots.Message("s", "b"), now=1700000000.123)
    raw_sign = url.split("sign=", 1)[1]
    assert urllib.parse.unquote(raw_sign) == robots.dingtalk_sign("s", 1700000000123)
    assert not set("+/=") & set(raw_sign)


def test_feishu_bot_is_signed_in_the_body_with_its_secret(county, robot_server):
    secret = "feishu-test-secret"
    robot_server.robot(county, "feishu", secret=secret)
    before = int(time.time())
    _announce_and_deliver(county)
    (received,) = robot_server.requests
    body = received.body
    assert before <= int(body["timestamp"]) <= time.time()  # seconds
    expected = base64.b64encode(
        hmac.new(f"{body['timestamp']}\n{secret}".encode(), b"", hashlib.sha256).digest()
    ).decode()
    assert body["sign"] == expected
    assert body["msg_type"] == "text"
    assert MESSAGE in body["content"]["text"]
    assert "https://plan.example.gov.cn/tasks/DB-2024-001/" in body["content"]["text"]


def test_robots_without_a_secret_are_sent_unsigned(county, robot_server):
    robot_server.robot(county, "dingtalk")
    robot_server.robot(county, "feishu")
    announce(users=[], units=[county], message=MESSAGE)
    assert deliver_due() == 2
    dingtalk, feishu = sorted(robot_server.requests, key=lambda r: r.path)
    assert "sign" not in dingtalk.query
    assert "sign" not in feishu.body


@pytest.mark.parametrize("platform", ["wecom", "dingtalk", "feishu"])
def test_a_platform_error_in_a_200_answer_counts_as_failure(county, robot_server, platform):
    robot_server.robot(county, platform, secret="" if platform == "wecom" else "s")
    robot_server.fail_next(1, how="refuse")
    announce(users=[], units=[county], message=MESSAGE)
    assert deliver_due() == 0
    delivery = Delivery.objects.get()
    assert delivery.state == Delivery.State.PENDING
    assert "error" in delivery.last_error
