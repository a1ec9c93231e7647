"""Reminders and the escalation go out by themselves, once each, to every robot of the unit."""

import base64
import hashlib
import hmac
from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone

from pacesetter.inbox.models import Notification
from pacesetter.notifications.services import deliver_due
from pacesetter.reminders.models import Sent
from pacesetter.reminders.services import remind
from pacesetter.supervision.services import extension_decide, extension_request
from pacesetter.supervision.tests.worlds import county, issue

pytestmark = pytest.mark.django_db(transaction=True)  # the task's notices go after the commit


def at(day, hour=10):
    """A fake clock: ``day`` at ``hour`` local time (the digest's hour is 8)."""
    return timezone.make_aware(datetime.combine(day, time(hour)))


def _sign(key: bytes, message: bytes) -> str:
    return base64.b64encode(hmac.new(key, message, hashlib.sha256).digest()).decode()


@pytest.fixture
def world(robot_server):
    world = county()
    robot_server.robot(world["GX"], "wecom")
    robot_server.robot(world["GX"], "dingtalk", secret="ding-secret")
    robot_server.robot(world["GX"], "feishu", secret="feishu-secret")
    world["task"] = issue(world, days=10, co_units=[world["FG"]])
    deliver_due()  # the issue's own messages
    robot_server.requests.clear()
    return world


def _sent(now):
    return [(r.kind, sorted(u.username for u in r.users)) for r in remind(now=now)]


def test_reminders_and_escalation_go_once_each_to_every_robot(world, robot_server):
    deadline = world["task"].deadline
    staff = ["fg", "gx", "gx-head"]  # the lead and co-unit's reporters and head
    assert _sent(at(deadline - timedelta(days=5))) == []
    assert _sent(at(deadline - timedelta(days=3))) == [("before", staff)]
    assert _sent(at(deadline - timedelta(days=3), hour=16)) == []  # a second run: nothing
    assert _sent(at(deadline - timedelta(days=2))) == []  # 3 days before was said already
    assert _sent(at(deadline - timedelta(days=1))) == [("before", staff)]
    assert _sent(at(deadline)) == [("today", staff)]
    late = at(deadline + timedelta(days=1))
    assert _sent(late) == [("overdue", staff), ("escalation", ["gx-head", "office"])]
    assert _sent(late) == []
    assert _sent(at(deadline + timedelta(days=9))) == []  # overdue is said once
    assert Sent.objects.count() == 5
    escalation = Notification.objects.get(user=world["office"], message__startswith="Escalation")
    assert world["task"].code in escalation.message
    assert escalation.link == f"/tasks/{world['task'].code}/"

    # Each message reached each platform once, in its own format and signed.
    assert deliver_due(now=late + timedelta(days=9)) == 15
    assert deliver_due(now=late + timedelta(days=10)) == 0
    by_path = {}
    for request in robot_server.requests:
        by_path.setdefault(request.path, []).append(request)
    assert sorted(by_path) == ["/dingtalk/send", "/feishu/hook/fs", "/wecom/send"]
    texts = {}
    for request in by_path["/wecom/send"]:
        assert request.query == {"key": "wk"}
        assert request.body["msgtype"] == "markdown"
        texts.setdefault("wecom", []).append(request.body["markdown"]["content"])
    for request in by_path["/dingtalk/send"]:
        stamp = request.query["timestamp"]
        assert request.query["access_token"] == "dt"
        assert request.query["sign"] == _sign(b"ding-secret", f"{stamp}\nding-secret".encode())
        assert request.body["msgtype"] == "markdown" and request.body["markdown"]["title"]
        texts.setdefault("dingtalk", []).append(request.body["markdown"]["text"])
    for request in by_path["/feishu/hook/fs"]:
        stamp = request.body["timestamp"]
        assert request.body["sign"] == _sign(f"{stamp}\nfeishu-secret".encode(), b"")
        assert request.body["msg_type"] == "text"
        texts.setdefault("feishu", []).append(request.body["content"]["text"])
    code = world["task"].code
    for platform, sent in texts.items():
        assert len(sent) == 5, platform
        assert sum("due in 3 days" in t for t in sent) == 1
        assert sum("due in 1 days" in t for t in sent) == 1
        assert sum("is due today" in t for t in sent) == 1
        assert sum(t.startswith(f"Task {code}") and "is overdue" in t for t in sent) == 1
        assert sum(t.startswith("Escalation") for t in sent) == 1
        assert all(f"/tasks/{code}/" in t for t in sent)


def test_a_granted_extension_arms_the_reminders_again(world):
    task = world["task"]
    late = at(task.deadline + timedelta(days=1))
    assert [k for k, _ in _sent(late)] == ["overdue", "escalation"]
    extension = extension_request(
        actor=world["gx"], task=task, deadline=task.deadline + timedelta(days=7), reason="待批复"
    )
    extension_decide(actor=world["office"], extension=extension, grant=True)
    assert _sent(late) == []  # six days left now
    assert [k for k, _ in _sent(at(task.deadline + timedelta(days=4)))] == ["before"]
    assert [k for k, _ in _sent(at(task.deadline + timedelta(days=8)))] == [
        "overdue",
        "escalation",
    ]
