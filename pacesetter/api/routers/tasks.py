"""Supervision tasks (督办件): the board, one task's record, and each step of its life, each
calling the same service the web pages use."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import File, Path, Router, Status
from ninja.files import UploadedFile

from pacesetter.api import selectors
from pacesetter.api.pagination import LimitOffsetPagination, paginate
from pacesetter.api.schemas import ErrorOut
from pacesetter.api.task_schemas import (
    MAX_ID,
    AttachmentOut,
    DecisionIn,
    ExtensionIn,
    StepIn,
    TaskIn,
    TaskItemOut,
    TaskOut,
)
from pacesetter.attachments.services import attach
from pacesetter.core import policy
from pacesetter.core.exceptions import ConcurrentEdit, DomainError
from pacesetter.core.policy import Actor
from pacesetter.orgunits.models import OrgUnit
from pacesetter.projects.models import Problem
from pacesetter.projects.selectors import problems_visible
from pacesetter.supervision import selectors as tasks
from pacesetter.supervision import services
from pacesetter.supervision.models import Task

router = Router(tags=["tasks"])
REFUSALS = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
State = Literal["assigned", "signed", "in_progress", "reported", "returned", "closed"]


def _task(actor: Actor, code: str) -> Task:
    task = tasks.task_for(actor, selectors.code_check(code, "code"))
    if task is None:
        raise Http404
    return task


def _detail(actor: Actor, task: Task) -> Task:
    """The task as it stands after a write, read back through the caller's scope."""
    return _task(actor, task.code)


def _refused(field: str, message: str) -> DomainError:
    return DomainError("invalid_request", message, {field: message})


def _unit(actor: Actor, code: str, field: str) -> OrgUnit:
    """A unit named in a body: an unknown or invisible one is a fault of the request (400)."""
    unit = selectors.units_visible(user=actor).filter(code=selectors.code_check(code, field))
    found = unit.first()
    if found is None:
        raise _refused(field, _("There is no unit %(code)s.") % {"code": code})
    return found


def _subjects(actor: Actor, payload: TaskIn) -> dict:
    """The plan, indicator, project and problem the new task is about, each checked visible."""
    found: dict = {"plan": None, "indicator": None, "project": None, "problem": None}
    if payload.plan:
        found["plan"] = (
            selectors.plans_visible(user=actor)
            .filter(code=selectors.code_check(payload.plan, "plan"))
            .first()
        )
        if found["plan"] is None:
            raise _refused("plan", _("There is no plan %(code)s.") % {"code": payload.plan})
    elif payload.indicator or payload.project:
        raise _refused("plan", _("Name the plan the indicator or project belongs to."))
    if payload.indicator:
        found["indicator"] = (
            selectors.indicators_of(plan=found["plan"]).filter(code=payload.indicator).first()
        )
        if found["indicator"] is None:
            message = _("The plan has no indicator %(code)s.") % {"code": payload.indicator}
            raise _refused("indicator", message)
    if payload.project:
        found["project"] = (
            selectors.projects_visible(user=actor, plan=found["plan"])
            .filter(code=payload.project)
            .first()
        )
        if found["project"] is None:
            message = _("The plan has no project %(code)s.") % {"code": payload.project}
            raise _refused("project", message)
    if payload.problem is not None:
        visible = problems_visible(user=actor, queryset=Problem.objects.filter(pk=payload.problem))
        found["problem"] = policy.scope(actor, policy.VIEW, visible, unit_field="owner").first()
        if found["problem"] is None:
            raise _refused("problem", _("There is no problem %(id)s.") % {"id": payload.problem})
    return found


def _period(text: str) -> str:
    return str(selectors.period_parse(text, month_only=True)) if text else ""


@contextmanager
def _current_version() -> Iterator[None]:
    """A stale write answers 409 with the task's version as it stands, to read it again."""
    try:
        yield
    except ConcurrentEdit as exc:
        version = getattr(exc.current, "version", None)
        if version is not None:
            exc.fields = {**exc.fields, "version": str(version)}
        raise


@router.get("", response=list[TaskItemOut], url_name="list_tasks")
@paginate(LimitOffsetPagination, max_limit=1000)
def list_tasks(
    request,
    state: State | None = None,
    unit: str | None = None,
    plan: str | None = None,
    due: Literal["overdue", "soon"] | None = None,
):
    """Tasks led by or shared with units the caller may view, nearest deadline first.
    ``unit`` keeps tasks led by that unit or a unit under it; ``due`` keeps open tasks past
    their deadline (overdue) or due within a few days (soon)."""
    user = request.auth
    return (
        tasks.board(
            user,
            plan=selectors.plan_get(user=user, code=plan) if plan else None,
            state=state or "",
            unit=selectors.unit_get(user=user, code=unit) if unit else None,
            due=due or "",
        )
        .select_related("indicator", "project")
        .prefetch_related("co_units")
    )


@router.get("/{code}", response=TaskOut, url_name="get_task")
def get_task(request, code: str):
    """One task with its record (events), its extensions and its files."""
    return _task(request.auth, code)


@router.post("", response={201: TaskOut, **REFUSALS}, url_name="create_task")
def create_task(request, payload: TaskIn):
    """Issue a task to a lead unit (a leader's instruction, a meeting decision, an escalated
    problem); the units' staff are told."""
    user = request.auth
    task = services.task_create(
        actor=user,
        source=payload.source,
        title=payload.title,
        instruction=payload.instruction,
        lead_unit=_unit(user, payload.lead_unit, "lead_unit"),
        co_units=[_unit(user, code, "co_units") for code in payload.co_units],
        deadline=payload.deadline,
        priority=payload.priority,
        evidence_required=payload.evidence_required,
        **_subjects(user, payload),
    )
    return Status(201, _detail(user, task))


@router.post("/{code}/steps", response={200: TaskOut, **REFUSALS}, url_name="step_task")
def step_task(request, code: str, payload: StepIn):
    """Sign for, give feedback on or report done a unit's task; return, close or urge it as
    the plan office. ``version`` guards against writing over someone else's step."""
    user = request.auth
    task = _task(user, code)
    with _current_version():
        task = services.task_step(
            actor=user,
            task=task,
            step=payload.step,
            text=payload.text,
            version=payload.version,
            period=_period(payload.period),
        )
    return _detail(user, task)


@router.post(
    "/{code}/extensions", response={201: TaskOut, **REFUSALS}, url_name="request_extension"
)
def request_extension(request, code: str, payload: ExtensionIn):
    """The lead unit asks for a later deadline, with a reason; the plan office decides."""
    user = request.auth
    task = _task(user, code)
    with _current_version():
        services.extension_request(
            actor=user,
            task=task,
            deadline=payload.deadline,
            reason=payload.reason,
            version=payload.version,
        )
    return Status(201, _detail(user, task))


@router.post(
    "/{code}/extensions/{extension}/decision",
    response={200: TaskOut, **REFUSALS},
    url_name="decide_extension",
)
def decide_extension(
    request, code: str, payload: DecisionIn, extension: int = Path(..., ge=1, le=MAX_ID)
):
    """Grant (the deadline moves) or refuse (say why) a pending extension."""
    user = request.auth
    task = _task(user, code)
    asked = task.extensions.filter(pk=extension).first()
    if asked is None:
        raise Http404
    services.extension_decide(actor=user, extension=asked, grant=payload.grant, note=payload.note)
    return _detail(user, task)


@router.post(
    "/{code}/attachments", response={201: AttachmentOut, **REFUSALS}, url_name="attach_to_task"
)
def attach_to_task(request, code: str, file: File[UploadedFile]):
    """Add a file (evidence, a document) to the task: an image, PDF, Word, Excel or text file."""
    user = request.auth
    return Status(201, attach(actor=user, obj=_task(user, code), upload=file))
