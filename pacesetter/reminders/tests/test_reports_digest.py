"""Reports not submitted by the deadline, the leaders' daily digest, the dry run, the command."""

from datetime import date, timedelta

import pytest
from django.core.management import CommandError, call_command

from pacesetter.analytics.tests.worlds import indicator, measure, plan, report
from pacesetter.core import policy
from pacesetter.core.periods import latest_closed_month
from pacesetter.inbox.models import Notification
from pacesetter.notifications.models import Delivery
from pacesetter.reminders.models import Sent
from pacesetter.reminders.services import digest, remind
from pacesetter.reminders.tests.test_remind import at
from pacesetter.reporting.models import Report
from pacesetter.reporting.services import report_accept, report_sign
from pacesetter.supervision.tests.worlds import county, issue

pytestmark = pytest.mark.django_db(transaction=True)  # the task's notices go after the commit


@pytest.fixture
def world():
    return county()


@pytest.fixture
def planned(world):
    """GX and FG each lead an indicator of a plan for 2026: both owe monthly reports."""
    world["plan"] = plan(world["root"], year=2026)
    world["tax"] = measure("TAX")
    indicator(world["plan"], "I1", measure("GDP"), world["GX"], target=100, year=2026)
    indicator(world["plan"], "I2", world["tax"], world["FG"], target=50, year=2026)
    return world


def test_a_unit_that_has_not_submitted_after_the_deadline_is_reminded_once(world, planned):
    report(world["FG"], "202602", {world["tax"]: 4}, accept=False)
    # On 5 March February is not late yet (due that day); January is, for both units.
    assert [r.key for r in remind(now=at(date(2026, 3, 5)))] == [
        f"report:{world['FG'].pk}:202601",
        f"report:{world['GX'].pk}:202601",
    ]
    (sent,) = remind(now=at(date(2026, 3, 6)))
    assert sent.key == f"report:{world['GX'].pk}:202602"
    assert [u.username for u in sent.users] == ["gx"]  # the reporters, not the head
    assert "县工信局" in sent.message and "202602" in sent.message
    assert Notification.objects.filter(user=world["gx"], link="/entry/GX/202602/").count() == 1
    assert remind(now=at(date(2026, 3, 20))) == []
    # March's turn comes after its own deadline.
    assert [r.key for r in remind(now=at(date(2026, 4, 6)))] == [
        f"report:{world['FG'].pk}:202603",
        f"report:{world['GX'].pk}:202603",
    ]


def test_a_dry_run_lists_and_writes_nothing(world):
    task = issue(world, days=3)
    inbox, queued = Notification.objects.count(), Delivery.objects.count()
    listed = remind(now=at(task.deadline - timedelta(days=3)), dry_run=True)
    assert [r.key for r in listed] == [f"task:{task.pk}:{task.deadline}:before3"]
    assert Sent.objects.count() == 0
    assert (Notification.objects.count(), Delivery.objects.count()) == (inbox, queued)
    assert len(remind(now=at(task.deadline - timedelta(days=3)))) == 1


def test_the_remind_command_lists_what_would_be_sent_now(world, capsys):
    task = issue(world, days=3)
    moment = at(task.deadline + timedelta(days=1)).isoformat()
    call_command("remind", "--dry-run", "--now", moment)
    out = capsys.readouterr().out
    assert f"task:{task.pk}:{task.deadline}:overdue" in out
    assert f"task:{task.pk}:{task.deadline}:escalation" in out
    assert "robots of 县工信局" in out
    assert "Would send 2 reminders." in out
    assert Sent.objects.count() == 0
    call_command("remind", "--now", moment)
    assert "Reminders sent: 2." in capsys.readouterr().out
    call_command("remind", "--now", moment)
    assert "Reminders sent: 0." in capsys.readouterr().out
    with pytest.raises(CommandError, match="not a date and time"):
        call_command("remind", "--now", "yesterday")


def test_each_leader_gets_one_digest_at_the_configured_hour(world, planned, settings):
    settings.PACESETTER_DIGEST_HOUR = 8
    task = issue(world, days=2)
    morning = task.deadline + timedelta(days=1)
    month = latest_closed_month(morning)
    gdp = planned["plan"].goals.get().indicators.get(code="I1").measure
    # On pace the month before (three quarters by September), far behind in the month shown.
    for at_month, value in ((month.previous(), month.previous().number * 100 / 12), (month, 1)):
        report(world["GX"], str(at_month), {gdp: value}, accept=False)
        signed = report_sign(actor=policy.SYSTEM, report=Report.objects.get(period=str(at_month)))
        report_accept(actor=policy.SYSTEM, report=signed)  # 县工信局 has a head who signs
    assert digest(now=at(morning, hour=7)) == []
    assert "digest" not in [r.kind for r in remind(now=at(morning, hour=9))]
    (sent,) = digest(now=at(morning, hour=8))
    assert sent.users == [world["leader"]]
    assert sent.key == f"digest:{world['leader'].pk}:{morning}"
    assert "Overdue tasks: 1" in sent.message and task.code in sent.message
    assert f"计划, {month}: newly red 1, units moved 0" in sent.message
    assert "I1 指标GDP" in sent.message
    assert digest(now=at(morning, hour=8)) == []
    assert remind(now=at(morning, hour=8)) == []  # remind sends the digest too, never twice
    assert Notification.objects.filter(user=world["leader"], link="/").count() == 1
    (tomorrow,) = remind(now=at(morning + timedelta(days=1), hour=8))
    assert tomorrow.kind == "digest"
