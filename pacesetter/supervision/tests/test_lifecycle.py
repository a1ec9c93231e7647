"""A task from instruction to verified closure, as the units and the office live it."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from pacesetter.core.exceptions import ConcurrentEdit, DomainError, InvalidTransition
from pacesetter.inbox.models import Notification
from pacesetter.supervision import selectors
from pacesetter.supervision.models import Extension, Task
from pacesetter.supervision.services import extension_decide, extension_request, task_step
from pacesetter.supervision.tests.worlds import county, issue

pytestmark = pytest.mark.django_db(transaction=True)  # notices are sent after the commit


@pytest.fixture
def world():
    return county()


def _kinds(task):
    return [e.kind for e in task.events.order_by("at", "pk")]


def test_instruction_is_signed_reported_returned_then_closed_on_time(world):
    task = issue(world, co_units=[world["FG"]])
    assert task.code.startswith(f"DB{timezone.localdate().year}-")
    assert Notification.objects.filter(user=world["gx"], link=f"/tasks/{task.code}/").exists()
    assert Notification.objects.filter(user=world["fg"]).exists()  # the co-unit hears too
    task = task_step(actor=world["gx"], task=task, step="sign")
    task = task_step(actor=world["fg"], task=task, step="feedback", text="已提供用地指标")
    assert task.state == Task.State.SIGNED  # a co-unit's feedback does not move the task
    task = task_step(actor=world["gx"], task=task, step="feedback", text="已对接自然资源局")
    assert task.state == Task.State.IN_PROGRESS
    task = task_step(actor=world["gx"], task=task, step="report", text="用地已落实")
    assert Notification.objects.filter(user=world["office"], message__contains=task.code).exists()
    task = task_step(actor=world["office"], task=task, step="return", text="请附批复文件")
    assert task.state == Task.State.RETURNED
    task = task_step(actor=world["gx"], task=task, step="report", text="已附批复")
    task = task_step(actor=world["office"], task=task, step="close")
    assert (task.state, task.on_time) == (Task.State.CLOSED, True)
    assert _kinds(task) == [
        "created",
        "signed",
        "feedback",
        "feedback",
        "reported",
        "returned",
        "reported",
        "closed",
    ]
    assert task.history.count() >= 7


def test_a_unit_cannot_close_its_own_task_nor_answer_anothers(world):
    task = issue(world)
    with pytest.raises(PermissionDenied):
        task_step(actor=world["fg"], task=task, step="sign")
    task = task_step(actor=world["gx"], task=task, step="sign")
    task = task_step(actor=world["gx"], task=task, step="report", text="完成")
    with pytest.raises(PermissionDenied):
        task_step(actor=world["gx"], task=task, step="close")
    with pytest.raises(PermissionDenied):
        issue(world, actor=world["gx"])  # a reporter issues nothing


def test_steps_out_of_order_and_empty_reports_are_refused(world):
    task = issue(world)
    with pytest.raises(InvalidTransition):
        task_step(actor=world["office"], task=task, step="close")
    task_step(actor=world["gx"], task=task, step="sign")
    with pytest.raises(DomainError):
        task_step(actor=world["gx"], task=task, step="report", text="  ")
    assert Task.objects.get(pk=task.pk).state == Task.State.SIGNED


def test_a_stale_version_is_detected_not_lost(world):
    task = issue(world)
    seen = task.version
    task_step(actor=world["gx"], task=task, step="sign", version=seen)
    with pytest.raises(ConcurrentEdit):
        task_step(actor=world["gx-head"], task=task, step="sign", version=seen)


def test_evidence_is_asked_for_only_where_closing_needs_it(world):
    task = issue(world, evidence_required=True)
    task_step(actor=world["gx"], task=task, step="sign")
    with pytest.raises(DomainError) as refused:
        task_step(actor=world["gx"], task=task, step="report", text="完成")
    assert refused.value.code == "evidence"
    plain = issue(world)
    task_step(actor=world["gx"], task=plain, step="sign")
    assert task_step(actor=world["gx"], task=plain, step="report", text="完成").state == "reported"


def test_an_extension_moves_the_deadline_only_when_granted(world):
    task = issue(world, days=5)
    old = task.deadline
    with pytest.raises(DomainError):
        extension_request(actor=world["gx"], task=task, deadline=old, reason="征迁未完成")
    asked = extension_request(
        actor=world["gx"], task=task, deadline=old + timedelta(days=20), reason="征迁未完成"
    )
    with pytest.raises(DomainError):  # one pending request at a time
        extension_request(actor=world["gx"], task=task, deadline=old + timedelta(30), reason="再延")
    with pytest.raises(DomainError):  # a refusal says why
        extension_decide(actor=world["office"], extension=asked, grant=False)
    extension_decide(actor=world["office"], extension=asked, grant=True, note="同意")
    task.refresh_from_db()
    assert task.deadline == old + timedelta(days=20)
    asked.refresh_from_db()
    assert asked.decision == Extension.Decision.GRANTED
    assert _kinds(task)[-2:] == ["ext_asked", "ext_granted"]


def test_late_report_closes_late_and_counts_against_the_unit(world):
    task = issue(world, days=1)
    task_step(actor=world["gx"], task=task, step="sign")
    Task.objects.filter(pk=task.pk).update(deadline=timezone.localdate() - timedelta(days=2))
    task.refresh_from_db()
    assert selectors.due_of(task).css == "overdue"
    assert "2" in selectors.due_of(task).text
    task_step(actor=world["gx"], task=task, step="report", text="完成")
    task = task_step(actor=world["office"], task=task, step="close")
    assert task.on_time is False
    on_time = issue(world)
    task_step(actor=world["gx"], task=on_time, step="sign")
    task_step(actor=world["gx"], task=on_time, step="report", text="完成")
    task_step(actor=world["office"], task=on_time, step="close")
    stats = selectors.unit_task_stats(world["office"], [world["GX"], world["FG"]])
    assert (stats[world["GX"].pk].closed, stats[world["GX"].pk].on_time) == (2, 1)
    assert stats[world["GX"].pk].on_time_rate == 0.5
    assert stats[world["FG"].pk].on_time_rate is None


def test_the_inbox_and_board_show_each_role_its_own(world):
    task = issue(world, co_units=[world["FG"]])
    issue(world, lead_unit=world["FG"], title="另一件")
    assert [t.code for t in selectors.inbox(world["gx"])] == [task.code]
    assert len(selectors.inbox(world["fg"])) == 2  # its own and the one it co-works
    assert len(selectors.board(world["office"])) == 2
    assert selectors.board(world["office"], unit=world["GX"]).get() == task
    assert selectors.task_for(world["gx"], task.code) == task
    other = issue(world, lead_unit=world["FG"], title="仅发改")
    assert selectors.task_for(world["gx"], other.code) is None
