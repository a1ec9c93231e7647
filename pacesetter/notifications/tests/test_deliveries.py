"""Announcing queues; delivering sends once, retries with back-off and finally gives up."""

from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from pacesetter.accounts.models import User
from pacesetter.inbox.models import Notification
from pacesetter.notifications.models import Delivery
from pacesetter.notifications.services import _claim, announce, deliver_due, deliveries_retry


def test_announce_fills_the_inbox_and_queues_mail_and_robots_without_sending(
    county, reporter, robot_server
):
    robot_server.robot(county, "wecom")
    robot_server.robot(county, "feishu", enabled=False)
    nobody = User.objects.create_user("no-mail", orgunit=county)
    announce(users=[reporter, nobody], units=[county], message="Task due", link="/tasks/T1/")
    assert Notification.objects.filter(message="Task due").count() == 2
    queued = sorted(Delivery.objects.values_list("channel", "email", "state"))
    assert queued == [("email", "reporter@example.gov.cn", "pending"), ("wecom", "", "pending")]
    assert mail.outbox == [] and robot_server.requests == []


def test_email_goes_through_the_mail_backend_with_the_full_link(reporter, settings):
    settings.PACESETTER_SITE_URL = "https://plan.example.gov.cn"
    announce(users=[reporter], message="Task T1 was returned: 补充材料", link="/tasks/T1/")
    assert deliver_due() == 1
    (sent,) = mail.outbox
    assert sent.to == ["reporter@example.gov.cn"]
    assert "Task T1 was returned: 补充材料" in sent.subject
    assert "https://plan.example.gov.cn/tasks/T1/" in sent.body
    delivery = Delivery.objects.get()
    assert (delivery.state, delivery.attempts, delivery.last_error) == ("sent", 1, "")
    assert delivery.sent_at is not None


def test_a_second_run_sends_nothing_twice(county, reporter, robot_server):
    robot_server.robot(county, "dingtalk", secret="s")
    announce(users=[reporter], units=[county], message="Urged")
    assert deliver_due() == 2
    assert deliver_due() == 0
    assert deliver_due(now=timezone.now() + timedelta(days=1)) == 0
    assert len(mail.outbox) == 1 and len(robot_server.requests) == 1


def test_rows_claimed_by_one_worker_are_not_sent_by_another(reporter):
    announce(users=[reporter], message="Urged")
    now = timezone.now()
    claimed = _claim(now, limit=10)  # the first worker, still sending
    assert len(claimed) == 1
    assert deliver_due(now=now) == 0  # the second worker finds nothing due
    assert mail.outbox == []


def test_a_failing_robot_is_retried_with_back_off_then_given_up(county, robot_server):
    robot_server.robot(county, "wecom")
    robot_server.fail_next(6)
    announce(users=[], units=[county], message="Task due")
    now = timezone.now()
    waits = []
    for attempt in range(1, 7):
        assert deliver_due(now=now) == 0
        delivery = Delivery.objects.get()
        assert delivery.attempts == attempt
        assert "HTTP 500" in delivery.last_error
        if delivery.state == Delivery.State.FAILED:
            break
        waits.append(delivery.next_attempt_at - now)
        # Not due a moment before the wait is over.
        assert deliver_due(now=now + waits[-1] - timedelta(seconds=1)) == 0
        now += waits[-1]
    assert waits == [timedelta(minutes=m) for m in (1, 2, 4, 8, 16)]
    assert delivery.state == Delivery.State.FAILED and delivery.attempts == 6
    assert deliver_due(now=now + timedelta(days=1)) == 0
    assert len(robot_server.requests) == 6


def test_a_robot_that_recovers_gets_the_message_once(county, robot_server):
    robot_server.robot(county, "feishu", secret="s")
    robot_server.fail_next(1, how="garbage")
    announce(users=[], units=[county], message="Task due")
    now = timezone.now()
    assert deliver_due(now=now) == 0
    assert "not a JSON answer" in Delivery.objects.get().last_error
    assert deliver_due(now=now + timedelta(minutes=1)) == 1
    delivery = Delivery.objects.get()
    assert (delivery.state, delivery.attempts, delivery.last_error) == ("sent", 2, "")
    assert len(robot_server.requests) == 2


def test_an_unreachable_robot_never_fails_the_announcing_action(county, reporter, settings):
    from pacesetter.notifications.models import RobotEndpoint

    RobotEndpoint.objects.create(
        unit=county, name="gone", platform="wecom", webhook_url="http://127.0.0.1:9/x?key=k"
    )
    settings.PACESETTER_DELIVERY_ATTEMPTS = 1
    announce(users=[reporter], units=[county], message="Task due")  # does not raise
    assert Notification.objects.filter(user=reporter).count() == 1
    assert deliver_due() == 1  # the e-mail still goes
    robot_delivery = Delivery.objects.get(channel="wecom")
    assert robot_delivery.state == Delivery.State.FAILED
    assert robot_delivery.last_error


def test_a_robot_disabled_after_queuing_is_given_up_at_once(county, robot_server):
    endpoint = robot_server.robot(county, "wecom")
    announce(users=[], units=[county], message="Task due")
    endpoint.enabled = False
    endpoint.save()
    assert deliver_due() == 0
    assert Delivery.objects.get().state == Delivery.State.FAILED
    assert robot_server.requests == []


def test_given_up_deliveries_can_be_tried_again(county, robot_server, settings):
    settings.PACESETTER_DELIVERY_ATTEMPTS = 1
    robot_server.robot(county, "wecom")
    robot_server.fail_next(1)
    announce(users=[], units=[county], message="Task due")
    deliver_due()
    assert deliveries_retry(ids=Delivery.objects.values_list("pk", flat=True)) == 1
    assert deliver_due() == 1
    assert Delivery.objects.get().state == Delivery.State.SENT


def test_deliver_command_sends_what_is_due(reporter, capsys):
    announce(users=[reporter], message="Task due")
    call_command("deliver")
    assert "Messages sent: 1." in capsys.readouterr().out
    assert len(mail.outbox) == 1
