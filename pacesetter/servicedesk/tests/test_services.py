from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from pacesetter.core.exceptions import ConcurrentEdit, DomainError, InvalidTransition
from pacesetter.inbox.models import Notification
from pacesetter.servicedesk import services as sd
from pacesetter.servicedesk.models import ServiceRequest
from pacesetter.servicedesk.selectors import near_sla
from pacesetter.supervision.models import Task

pytestmark = pytest.mark.django_db


def _inbox(user) -> list[str]:
    return list(Notification.objects.filter(user=user).values_list("message", flat=True))


def _file(users, category, title="营业执照变更咨询"):
    return sd.request_file(
        actor=users["enterprise"], category=category, title=title, description="请告知所需材料。"
    )


def test_due_times_skip_the_national_day_holiday(desk, category, clock):
    clock.set(2023, 9, 28, 16, 0)  # Thursday afternoon before 中秋/国庆
    request = _file(desk, category)
    local = timezone.localtime
    # 1.5 office hours left on Thursday, 2.5 more on the make-up Saturday 7 October.
    assert local(request.response_due).strftime("%Y-%m-%d %H:%M") == "2023-10-07 11:00"
    # Five working days from the next: 10-07, 10-08 (make-up), 10-09, 10-10, 10-11.
    assert local(request.resolution_due).strftime("%Y-%m-%d %H:%M") == "2023-10-11 17:30"
    assert request.code == "ZHB2023-0001" and request.unit.code == "ZR-SPJ"


def test_only_an_enterprise_files_and_the_unit_is_told(desk, category, committed):
    with pytest.raises(DomainError) as refused:
        sd.request_file(actor=desk["reporter-fagai"], category=category, title="x", description="y")
    assert refused.value.code == "not_enterprise"
    assert not ServiceRequest.objects.filter(filed_by=desk["reporter-fagai"]).exists()
    with pytest.raises(DomainError) as invalid:
        sd.request_file(actor=desk["enterprise"], category=category, title=" ", description="")
    assert set(invalid.value.fields) == {"title", "description"}
    with committed():
        request = _file(desk, category)
    assert any(request.code in m for m in _inbox(desk["reporter-shenpi"]))
    assert not any(request.code in m for m in _inbox(desk["reporter-fagai"]))


def test_the_unit_answers_then_resolves_and_the_enterprise_hears_of_each(
    desk, category, clock, committed
):
    clock.set(2023, 10, 9, 9, 0)
    request = _file(desk, category)
    with pytest.raises(PermissionDenied):
        sd.request_reply(actor=desk["reporter-fagai"], request=request, text="不是我们的")
    clock.set(2023, 10, 9, 10, 0)
    request = sd.request_reply(actor=desk["reporter-shenpi"], request=request, text="已收到")
    assert request.state == "answered" and request.responded_at == clock.now
    clock.set(2023, 10, 10, 10, 0)
    sd.request_reply(actor=desk["reporter-shenpi"], request=request, text="补充说明")
    request.refresh_from_db()
    assert request.responded_at.hour == 2  # the first answer stays the response (10:00 local)
    with committed():
        request = sd.request_resolve(actor=desk["reporter-shenpi"], request=request, text="已办结")
    assert request.state == "resolved"
    assert [r.kind for r in request.replies.all()] == ["reply", "reply", "resolve"]
    assert any("已办结" in m for m in _inbox(desk["enterprise"]))
    with pytest.raises(InvalidTransition):
        sd.request_reply(actor=desk["reporter-shenpi"], request=request, text="再说一句")
    with pytest.raises(PermissionDenied):
        sd.request_close(actor=desk["enterprise-2"], request=request)
    assert sd.request_close(actor=desk["enterprise"], request=request).state == "closed"
    assert request.history.count() >= 4


def test_a_stale_version_changes_nothing(desk, category):
    request = _file(desk, category)
    sd.request_reply(actor=desk["reporter-shenpi"], request=request, text="第一次")
    with pytest.raises(ConcurrentEdit):
        sd.request_resolve(
            actor=desk["reporter-shenpi"], request=request, text="办结", expected_version=1
        )
    request.refresh_from_db()
    assert request.state == "answered" and request.resolved_at is None


def test_the_enterprise_adds_notes_to_its_own_request_only(desk, category, committed):
    request = _file(desk, category)
    with committed():
        sd.request_note(actor=desk["enterprise"], request=request, text="补充营业执照复印件")
    assert any("补充营业执照复印件" in m for m in _inbox(desk["reporter-shenpi"]))
    with pytest.raises(PermissionDenied):
        sd.request_note(actor=desk["enterprise-2"], request=request, text="冒充")
    with pytest.raises(DomainError):
        sd.request_note(actor=desk["enterprise"], request=request, text="a\x00b")


def test_escalation_makes_one_supervision_task_for_the_unit(desk, category, committed):
    request = _file(desk, category)
    deadline = timezone.localdate() + timedelta(days=7)
    with pytest.raises(PermissionDenied):
        sd.request_escalate(actor=desk["reporter-shenpi"], request=request, deadline=deadline)
    with committed():
        request = sd.request_escalate(actor=desk["office"], request=request, deadline=deadline)
    task = Task.objects.get(pk=request.task_id)
    assert task.source == "service" and task.lead_unit.code == "ZR-SPJ"
    assert task.deadline == deadline and request.code in task.title
    assert request.state == "escalated"
    assert any(task.code in m for m in _inbox(desk["reporter-shenpi"]))
    assert any(task.code in m for m in _inbox(desk["enterprise"]))
    with pytest.raises(InvalidTransition):
        sd.request_escalate(actor=desk["office"], request=request, deadline=deadline)
    assert Task.objects.filter(source="service", title__contains=request.code).count() == 1
    # The unit still answers and resolves the request itself.
    request = sd.request_resolve(actor=desk["reporter-shenpi"], request=request, text="已办结")
    assert request.state == "resolved"


def test_near_sla_lists_what_falls_due_within_the_window(desk, category, clock):
    clock.set(2023, 10, 9, 9, 0)  # response due 13:30 the same day (lunch not counted)
    request = _file(desk, category)
    at = timezone.make_aware
    from datetime import datetime

    due = [(r.code, kind) for r, kind, _ in near_sla(at(datetime(2023, 10, 9, 10, 0)), 2)]
    assert (request.code, "response") not in due
    due = [(r.code, kind) for r, kind, _ in near_sla(at(datetime(2023, 10, 9, 11, 0)), 2)]
    assert (request.code, "response") in due and (request.code, "resolution") not in due
    sd.request_reply(actor=desk["reporter-shenpi"], request=request, text="已收到")
    later = at(datetime(2023, 10, 20, 9, 0))  # past the resolution due time
    due = [(r.code, kind) for r, kind, _ in near_sla(later, 1)]
    assert (request.code, "resolution") in due and (request.code, "response") not in due
