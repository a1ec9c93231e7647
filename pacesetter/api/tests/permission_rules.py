"""The table of ``test_permissions``: route name → what the route needs, the public routes,
and each demo role's unit inside and outside its scope."""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from pacesetter.core.policy import (
    ACCEPT,
    ANSWER,
    ENTER,
    INSTRUCT,
    REOPEN,
    RETURN,
    SIGN,
    SUBMIT,
    SUPERVISE,
    VIEW,
)

PLAN, OTHER_PLAN, MONTH = "zherong-2023", "jiaocheng-2023", "202311"
MISSING = {
    "unit": "000000",
    "plan": "no-such-plan",
    "project": "T-000000",
    "measure": "XX-000",
    "task": "DB0000-0000",
    "asked": "DB0000-0000",
    "category": "NO-SUCH",
    "request": "ZHB0000-0000",
    "preview": "00000000-0000-0000-0000-000000000000",
}
REPORT = "/api/reports/{unit}/202311"
IMPORT = {
    "plan": PLAN,
    "values": [
        {"indicator": "I10", "unit": "{unit}", "period": MONTH, "value": "1", "comment": "权限测试"}
    ],
}
LATER = (timezone.localdate() + timedelta(days=30)).isoformat()
TASK = "/api/tasks/{task}"
ISSUE = {
    "source": "instruction",
    "title": "权限测试",
    "instruction": "权限测试",
    "lead_unit": "{unit}",
    "deadline": LATER,
}
SERVICE = "/api/service/requests/{request}"
FILING = {"category": "{category}", "title": "权限测试", "description": "权限测试"}
# Not policy actions: the caller filed the request; the caller holds the enterprise role.
OWN, ENTERPRISE = "own", "enterprise"
# Zherong's measure, and one only another county's plan tracks (fixture other_plan).
MEASURES = {"ZR-I10": PLAN, "JC-01": OTHER_PLAN}


@dataclass(frozen=True)
class Rule:
    method: str
    path: str  # {unit}, {plan}, {project} or {measure}: filled with an object in or out of scope
    action: str  # what the policy must grant over the object
    # Which object is swapped: unit, plan, project, measure, task, asked (a task awaiting
    # the decision on an extension), category (a service category: inside an open one routed
    # to the role's unit, outside a closed one) or request (a service request).
    varies: str
    state: str = ""  # state of both units' November reports before the call
    body: dict | None = None
    lists: bool = False  # a listing leaves outside objects out instead of refusing
    over: str = "unit"  # "parent": the action is granted over the unit above (acceptance)
    also: str = ""  # another action that lets the role through as well
    upload: bool = False  # the body is a file, sent as multipart
    refusal: tuple[int, str] = (403, "forbidden")  # the answer where it sees but may not act


RULES = {
    "list_units": Rule("GET", "/api/units?limit=1000", VIEW, "unit", lists=True),
    "get_unit": Rule("GET", "/api/units/{unit}", VIEW, "unit"),
    "list_plans": Rule("GET", "/api/plans", VIEW, "plan", lists=True),
    "get_plan": Rule("GET", "/api/plans/{plan}", VIEW, "plan"),
    "list_goals": Rule("GET", "/api/plans/{plan}/goals", VIEW, "plan"),
    "list_indicators": Rule("GET", "/api/plans/{plan}/indicators", VIEW, "plan"),
    "list_targets": Rule("GET", "/api/plans/zherong-2023/targets?unit={unit}", VIEW, "unit"),
    "list_projects": Rule("GET", "/api/plans/zherong-2023/projects?unit={unit}", VIEW, "unit"),
    "get_project": Rule("GET", "/api/plans/zherong-2023/projects/{project}", VIEW, "project"),
    "list_measures": Rule("GET", "/api/measures?limit=1000", VIEW, "measure", lists=True),
    "get_measure": Rule("GET", "/api/measures/{measure}", VIEW, "measure"),
    "list_datavalues": Rule("GET", "/api/datavalues?plan=zherong-2023&unit={unit}", VIEW, "unit"),
    "import_datavalues": Rule("POST", "/api/datavalues", ENTER, "unit", body=IMPORT),
    # Only the dry run's owner applies it; one of a unit it may not report for is refused by
    # the import's own checks. Someone else's preview reads as one that does not exist.
    "apply_datavalues_preview": Rule(
        "POST",
        "/api/datavalues/previews/{preview}/apply",
        ENTER,
        "preview",
        refusal=(400, "import_failed"),
    ),
    "get_report": Rule("GET", REPORT, VIEW, "unit", state="draft"),
    "submit_report": Rule("POST", REPORT + "/submit", SUBMIT, "unit", state="draft"),
    "sign_report": Rule("POST", REPORT + "/sign", SIGN, "unit", state="submitted"),
    "accept_report": Rule(
        "POST", REPORT + "/accept", ACCEPT, "unit", state="signed", over="parent"
    ),
    # A signed report goes back by the accepting office (a head returns only submitted ones).
    "return_report": Rule(
        "POST",
        REPORT + "/return",
        RETURN,
        "unit",
        state="signed",
        body={"reason": "数据与台账不符"},
        over="parent",
    ),
    "reopen_report": Rule(
        "POST",
        REPORT + "/reopen",
        REOPEN,
        "unit",
        state="accepted",
        body={"reason": "统计口径更正"},
        over="parent",
    ),
    "plan_status": Rule("GET", "/api/analytics/plans/{plan}/status?period=202310", VIEW, "plan"),
    "plan_ranking": Rule("GET", "/api/analytics/plans/{plan}/ranking?period=202310", VIEW, "plan"),
    "indicator_series": Rule(
        "GET", "/api/analytics/plans/{plan}/indicators/I10/series?period=202310", VIEW, "plan"
    ),
    "plan_forecast": Rule(
        "GET", "/api/analytics/plans/{plan}/forecast?period=202310", VIEW, "plan"
    ),
    "list_tasks": Rule("GET", "/api/tasks?unit={unit}", VIEW, "unit"),
    "get_task": Rule("GET", TASK, VIEW, "task"),
    "create_task": Rule("POST", "/api/tasks", INSTRUCT, "unit", body=ISSUE),
    "step_task": Rule("POST", TASK + "/steps", ANSWER, "task", body={"step": "sign"}),
    "request_extension": Rule(
        "POST", TASK + "/extensions", ANSWER, "task", body={"deadline": LATER, "reason": "征地"}
    ),
    "decide_extension": Rule(
        "POST",
        "/api/tasks/{asked}/extensions/{extension}/decision",
        SUPERVISE,
        "asked",
        body={"grant": True},
    ),
    "attach_to_task": Rule(
        "POST", TASK + "/attachments", ANSWER, "task", also=SUPERVISE, upload=True
    ),
    # Open categories are no secret: any signed-in caller reads them, a closed one is left out.
    "list_service_categories": Rule("GET", "/api/service/categories", VIEW, "category", lists=True),
    "file_service_request": Rule(
        "POST",
        "/api/service/requests",
        ENTERPRISE,
        "category",
        body=FILING,
        refusal=(400, "not_enterprise"),
    ),
    "list_service_requests": Rule(
        "GET", "/api/service/requests?limit=1000", VIEW, "request", lists=True
    ),
    "get_service_request": Rule("GET", SERVICE, VIEW, "request"),
    "reply_service_request": Rule(
        "POST", SERVICE + "/reply", ANSWER, "request", body={"text": "已收到"}
    ),
    "resolve_service_request": Rule(
        "POST", SERVICE + "/resolve", ANSWER, "request", body={"text": "已办结"}
    ),
    "note_service_request": Rule(
        "POST", SERVICE + "/note", OWN, "request", body={"text": "补充材料"}
    ),
    # Files come from the enterprise that filed the request and from the unit answering it.
    "attach_to_service_request": Rule(
        "POST", SERVICE + "/attachments", ANSWER, "request", also=OWN, upload=True
    ),
    "escalate_service_request": Rule(
        "POST", SERVICE + "/escalate", SUPERVISE, "request", body={"deadline": LATER}
    ),
}
# Routes open to everyone, token or not: the API's description and its docs page.
PUBLIC = {
    "openapi-json": "/api/openapi.json",
    "openapi-view": "/api/docs",
    "docs-asset": "/api/docs/assets/swagger-ui-init.js",
    "api-root": None,
    "unknown-route": None,
}

# role → (a unit in its scope, a unit outside it; None: a superuser has nothing outside).
# The public account holds its role over 柘荣县 but may view none of its units.
ROLES = {
    "admin": ("350926100", None),
    "office": ("350926100", "350902"),
    "leader": ("350926100", "350902"),
    "head-shuangcheng": ("350926100", "350926101"),
    "reporter-shuangcheng": ("350926100", "350926101"),
    "reporter-fuxi": ("350926101", "350926100"),
    "reporter-gongxin": ("ZR-GXJ", "350926100"),
    "reporter-shenpi": ("ZR-SPJ", "350926100"),  # answers the desk's 审批服务 requests
    "public": ("350926", "350902"),
    # No unit at all: it sees the requests it filed (at its "own" unit) and nothing else.
    "enterprise": ("350926100", "350926101"),
}


def preview_of(username: str, unit: str) -> str:
    """The id of ``username``'s dry run of ``IMPORT`` for ``unit`` (made once, by the system:
    a role that may not enter figures could not make one itself)."""
    from pacesetter.accounts.models import User
    from pacesetter.core import policy
    from pacesetter.datavalues.bulk import Row
    from pacesetter.datavalues.preview import datavalues_preview
    from pacesetter.imports import previews
    from pacesetter.imports.models import ImportPreview
    from pacesetter.plans.models import Plan

    if username not in ROLES:  # anonymous: any preview will do, the token is what is missing
        username = "admin"
    name = f"permissions {unit}"
    found = ImportPreview.objects.filter(owner__username=username, file_name=name).first()
    if found is None:
        rows = [
            Row(v["indicator"], unit, v["period"], v["value"], v["comment"], line=1)
            for v in IMPORT["values"]
        ]
        diff = datavalues_preview(actor=policy.SYSTEM, rows=rows, plan=Plan.objects.get(code=PLAN))
        owner = User.objects.get(username=username)
        found = previews.preview_save(owner=owner, name=name, channel="api", diff=diff)
    return str(found.pk)


def preview_reach(user, code: str) -> tuple[bool, bool]:
    """(sees, may apply) a preview: its owner alone sees it, and applies it where it may enter
    figures for the preview's unit."""
    from pacesetter.core import policy
    from pacesetter.imports.models import ImportPreview
    from pacesetter.orgunits.models import OrgUnit

    preview = ImportPreview.objects.get(pk=code)
    own = preview.owner_id == user.pk
    unit = OrgUnit.objects.get(code=preview.rows[0]["unit"])
    return own, own and policy.can(user, ENTER, unit)
