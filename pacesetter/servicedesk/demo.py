"""The desk of the demo: the four 慢城快办 platforms as categories, an enterprise account and
a handful of requests (invented) in every state, timed relative to today so that the queue
and the reminders have something current to show."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from pacesetter.accounts.models import User
from pacesetter.accounts.services import user_ensure
from pacesetter.core.upsert import upsert
from pacesetter.core.workdays import add_working_days, add_working_hours, is_workday
from pacesetter.orgunits.models import OrgUnit
from pacesetter.servicedesk import services, sla
from pacesetter.servicedesk.models import Category, RequestReply, ServiceRequest

PASSWORD = "pacesetter-demo"
# code, name, routed-to unit, first response (working hours), resolution (working days)
CATEGORIES = [
    ("SPFW", "审批服务", "ZR-SPJ", 4, 5),
    ("ZSYZ", "招商引资", "ZR-SWJ", 4, 10),
    ("XMAZQ", "项目安征迁", "ZR-ZJJ", 8, 15),
    ("XCZX", "乡村振兴", "ZR-FGJ", 8, 10),
]
# Who answers for each unit: the demo's reporters (县行政审批服务局 gets one here).
ANSWERERS = {
    "ZR-SPJ": "reporter-shenpi",
    "ZR-SWJ": "reporter-shangwu",
    "ZR-ZJJ": "reporter-zhujian",
    "ZR-FGJ": "reporter-fagai",
}
# category, title, description, filed (working days ago, hour),
# first answer after (working hours) or None, resolved after (working days) or None, then
ENTERPRISE = ("enterprise", "柘荣示范茶业有限公司（演示）")
# The desk's own demo logins, printed by `pacesetter demo`: (username, name, role).
DESK_ACCOUNTS = [
    (ENTERPRISE[0], ENTERPRISE[1], "enterprise"),
    ("reporter-shenpi", "县行政审批服务局填报员", "reporter"),
]
REQUESTS = [
    (
        "SPFW",
        "食品生产许可证延续办理",
        "许可证将于下月到期，请告知延续所需材料和办理时限。",
        (12, 9),
        2,
        3,
        "close",
    ),
    (
        "ZSYZ",
        "新建厂房用地与标准化厂房租赁政策",
        "计划扩大白茶精制产能，想了解开发区标准化厂房租金减免和用地指标。",
        (6, 10),
        3,
        None,
        "",
    ),
    (
        "XMAZQ",
        "厂区扩建涉及的征迁补偿协调",
        "扩建地块内有三户民房尚未签订补偿协议，影响开工，请协调。",
        (8, 15),
        6,
        None,
        "escalate",
    ),
    (
        "SPFW",
        "施工许可并联审批进度查询",
        "扩建项目施工许可已于上周提交，请告知审批进度。",
        (1, 9),
        1,
        None,
        "",
    ),
    (
        "XCZX",
        "茶园基地道路硬化申请",
        "英山乡茶园基地约 2 公里机耕路需硬化，申请纳入乡村振兴项目库。",
        (0, 9),
        None,
        None,
        "",
    ),
]


@transaction.atomic
def load_demo_desk(county: OrgUnit) -> list[ServiceRequest]:
    """Idempotent: categories and accounts are updated; requests are added only once."""
    units = {u.code: u for u in OrgUnit.objects.filter(path__startswith=county.path)}
    categories = {
        code: upsert(
            Category,
            lookup={"code": code},
            values={
                "name": name,
                "unit": units[unit],
                "response_hours": hours,
                "resolution_days": days,
                "active": True,
                "is_demo": True,
            },
        )
        for code, name, unit, hours, days in CATEGORIES
    }
    user_ensure(
        username="reporter-shenpi",
        password=PASSWORD,
        display_name="县行政审批服务局填报员",
        orgunit=units["ZR-SPJ"],
        roles=["reporter"],
        validate=False,
    )
    enterprise = user_ensure(
        username=ENTERPRISE[0],
        password=PASSWORD,
        display_name=ENTERPRISE[1],
        orgunit=county,
        roles=["enterprise"],
        validate=False,
    )
    if ServiceRequest.objects.filter(is_demo=True).exists():
        return list(ServiceRequest.objects.filter(is_demo=True))
    return [_request(enterprise, categories, *spec) for spec in reversed(REQUESTS)]


def _request(enterprise, categories, code, title, description, filed, answer, resolve, then):
    category = categories[code]
    request = services.request_file(
        actor=enterprise, category=category, title=title, description=description
    )
    answerer = User.objects.get(username=ANSWERERS[category.unit.code])
    if answer is not None:
        services.request_reply(actor=answerer, request=request, text="已收到，正在核实办理。")
    if resolve is not None:
        services.request_resolve(actor=answerer, request=request, text="已按规定办结，详见答复。")
    if then == "close":
        services.request_close(actor=enterprise, request=request)
    elif then == "escalate":
        services.request_escalate(
            actor=User.objects.get(username="office"),
            request=request,
            deadline=timezone.localdate() + timedelta(days=10),
            instruction="请县住建局牵头，十日内完成补偿协议签订，确保项目开工。",
        )
    return _backdate(request, filed, answer, resolve)


def _working_days_ago(days: int, hour: int) -> datetime:
    day = timezone.localdate()
    while not is_workday(day):
        day -= timedelta(days=1)
    for _step in range(days):
        day -= timedelta(days=1)
        while not is_workday(day):
            day -= timedelta(days=1)
    return timezone.make_aware(datetime.combine(day, time(hour)))


def _backdate(request: ServiceRequest, filed, answer, resolve) -> ServiceRequest:
    """Moves the demo request's clock back to plausible times (demo data only)."""
    filed_at = min(_working_days_ago(*filed), timezone.now() - timedelta(minutes=30))
    response_due, resolution_due = sla.due_dates(request.category, filed_at)
    now = timezone.now()
    responded = min(add_working_hours(filed_at, answer), now) if answer is not None else None
    resolved = min(add_working_days(filed_at, resolve), now) if resolve is not None else None
    ServiceRequest.objects.filter(pk=request.pk).update(
        filed_at=filed_at,
        response_due=response_due,
        resolution_due=resolution_due,
        responded_at=responded,
        resolved_at=resolved,
        is_demo=True,
    )
    for entry in RequestReply.objects.filter(request=request):
        at = {"reply": responded, "resolve": resolved}.get(entry.kind)
        at = at or resolved or responded or filed_at
        RequestReply.objects.filter(pk=entry.pk).update(at=at)
    request.refresh_from_db()
    return request
