"""Writes to the service desk: file, reply, resolve, note, confirm, escalate.

Each checks who may act, changes the request and adds its thread entry in one transaction
(django-simple-history keeps every version of the request); people are told after the commit.
"""

from __future__ import annotations

from datetime import date, datetime

from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pacesetter.attachments.services import attach
from pacesetter.core import policy
from pacesetter.core.exceptions import ConcurrentEdit, DomainError, InvalidTransition
from pacesetter.core.policy import Actor
from pacesetter.orgunits.models import OrgUnit
from pacesetter.servicedesk import notices, sla
from pacesetter.servicedesk.models import Category, RequestReply, ServiceRequest
from pacesetter.servicedesk.selectors import is_enterprise
from pacesetter.supervision.models import Task
from pacesetter.supervision.services import task_create

S = ServiceRequest.State
K = RequestReply.Kind
MAX_TEXT = 5000


def _now() -> datetime:
    return timezone.now()


def _next_code(year: int) -> str:
    prefix = f"ZHB{year}-"
    last = (
        ServiceRequest.objects.filter(code__startswith=prefix)
        .order_by("-code")
        .values_list("code", flat=True)
        .first()
    )
    number = int(last.removeprefix(prefix)) + 1 if last else 1
    return f"{prefix}{number:04d}"


def _problem(text: str, limit: int) -> str | None:
    """What is wrong with a required text, or None."""
    if not text.strip():
        return _("Required.")
    if "\x00" in text:  # PostgreSQL cannot store it
        return _("Must not contain NUL characters.")
    if len(text.strip()) > limit:
        return _("At most %(n)s characters.") % {"n": limit}
    return None


def _text(text: str, field: str = "text") -> str:
    text = text or ""
    if problem := _problem(text, MAX_TEXT):
        raise DomainError("invalid", problem, {field: problem})
    return text.strip()


def _locked(request: ServiceRequest, expected_version: int | None) -> ServiceRequest:
    """The request's row, locked for this transaction, checked against the version the
    writer saw."""
    current = ServiceRequest.objects.select_for_update().get(pk=request.pk)
    if expected_version is not None and current.version != expected_version:
        raise ConcurrentEdit(
            _("Someone else changed this request meanwhile: reload it and try again."),
            current=current,
        )
    return current


def _save(request: ServiceRequest, fields: list[str]) -> None:
    request.version += 1
    request.save(update_fields=[*fields, "version"])


def _entry(
    request: ServiceRequest,
    kind: str,
    actor: Actor,
    text: str = "",
    unit: OrgUnit | None = None,
) -> RequestReply:
    author = actor if actor is not policy.SYSTEM else None
    return RequestReply.objects.create(
        request=request, kind=kind, author=author, unit=unit, at=_now(), text=text
    )


def _attach(actor: Actor, request: ServiceRequest, upload: UploadedFile | None) -> None:
    if upload is not None:
        attach(actor=actor, obj=request, upload=upload)


@transaction.atomic
def request_file(
    *,
    actor: Actor,
    category: Category,
    title: str,
    description: str,
    upload: UploadedFile | None = None,
) -> ServiceRequest:
    """An enterprise files a request; it goes to the category's unit with its due times."""
    if not is_enterprise(actor):
        raise DomainError(
            "not_enterprise", _("Only enterprise accounts can file service requests.")
        )
    errors = {
        field: problem
        for field, text, limit in (("title", title, 200), ("description", description, MAX_TEXT))
        if (problem := _problem(text or "", limit))
    }
    if not category.active:
        errors["category"] = _("This category takes no new requests.")
    if errors:
        raise DomainError("invalid", _("Check the fields marked."), errors)
    now = _now()
    response_due, resolution_due = sla.due_dates(category, now)
    request = ServiceRequest.objects.create(
        code=_next_code(timezone.localtime(now).year),
        category=category,
        unit=category.unit,
        filed_by=actor,
        enterprise=(actor.display_name or actor.username)[:100],
        title=title.strip(),
        description=description.strip(),
        filed_at=now,
        response_due=response_due,
        resolution_due=resolution_due,
    )
    _attach(actor, request, upload)
    transaction.on_commit(lambda: notices.filed(request))
    return request


def _answer(actor: Actor, request: ServiceRequest, verb: str) -> None:
    policy.require(actor, policy.ANSWER, request.unit)
    if not request.is_open:
        raise InvalidTransition(
            _("Request %(code)s is already resolved: it cannot be %(verb)s.")
            % {"code": request.code, "verb": verb}
        )


@transaction.atomic
def request_reply(
    *,
    actor: Actor,
    request: ServiceRequest,
    text: str,
    upload: UploadedFile | None = None,
    expected_version: int | None = None,
) -> ServiceRequest:
    """The unit answers; its first answer is the request's first response."""
    text = _text(text)
    request = _locked(request, expected_version)
    _answer(actor, request, _("answered"))
    fields = []
    if request.responded_at is None:
        request.responded_at = _now()
        fields.append("responded_at")
    if request.state == S.FILED:
        request.state = S.ANSWERED
        fields.append("state")
    _save(request, fields)
    _entry(request, K.REPLY, actor, text, unit=request.unit)
    _attach(actor, request, upload)
    transaction.on_commit(lambda: notices.replied(request, text))
    return request


@transaction.atomic
def request_resolve(
    *,
    actor: Actor,
    request: ServiceRequest,
    text: str,
    upload: UploadedFile | None = None,
    expected_version: int | None = None,
) -> ServiceRequest:
    """The unit resolves the request, saying how; it counts as a response if it is the first."""
    text = _text(text)
    request = _locked(request, expected_version)
    _answer(actor, request, _("resolved"))
    now = _now()
    request.responded_at = request.responded_at or now
    request.resolved_at = now
    request.state = S.RESOLVED
    _save(request, ["responded_at", "resolved_at", "state"])
    _entry(request, K.RESOLVE, actor, text, unit=request.unit)
    _attach(actor, request, upload)
    transaction.on_commit(lambda: notices.resolved(request, text))
    return request


def _own(actor: Actor, request: ServiceRequest) -> None:
    if getattr(actor, "pk", None) is None or request.filed_by_id != actor.pk:
        raise PermissionDenied("own request")


@transaction.atomic
def request_note(
    *,
    actor: Actor,
    request: ServiceRequest,
    text: str,
    upload: UploadedFile | None = None,
) -> ServiceRequest:
    """The enterprise adds to its own request (a follow-up question, a missing document)."""
    _own(actor, request)
    text = _text(text)
    request = _locked(request, None)
    if request.state == S.CLOSED:
        raise InvalidTransition(_("This request is closed: file a new one."))
    _entry(request, K.NOTE, actor, text)
    _attach(actor, request, upload)
    transaction.on_commit(lambda: notices.noted(request, text))
    return request


@transaction.atomic
def request_close(*, actor: Actor, request: ServiceRequest) -> ServiceRequest:
    """The enterprise confirms that its resolved request is settled."""
    _own(actor, request)
    request = _locked(request, None)
    if request.state != S.RESOLVED:
        raise InvalidTransition(_("Only a resolved request can be confirmed."))
    request.state = S.CLOSED
    _save(request, ["state"])
    _entry(request, K.CLOSE, actor)
    return request


@transaction.atomic
def request_escalate(
    *,
    actor: Actor,
    request: ServiceRequest,
    deadline: date,
    instruction: str = "",
    priority: str = Task.Priority.NORMAL,
    expected_version: int | None = None,
) -> ServiceRequest:
    """The plan office makes the request a supervision task (督办) of its unit."""
    request = _locked(request, expected_version)
    policy.require(actor, policy.SUPERVISE, request.unit)
    if not request.is_open:
        raise InvalidTransition(_("A resolved request is not made a supervision task."))
    if request.task is not None:
        raise InvalidTransition(
            _("Request %(code)s is already supervision task %(task)s.")
            % {"code": request.code, "task": request.task.code}
        )
    task = task_create(
        actor=actor,
        source=Task.Source.SERVICE,
        title=f"{request.code} {request.title}"[:200],
        instruction=(instruction or "").strip()
        or _("Resolve service request %(code)s of %(enterprise)s: %(description)s")
        % {
            "code": request.code,
            "enterprise": request.enterprise,
            "description": request.description,
        },
        lead_unit=request.unit,
        deadline=deadline,
        priority=priority,
    )
    request.task = task
    request.state = S.ESCALATED
    _save(request, ["task", "state"])
    _entry(request, K.ESCALATE, actor, task.code)
    transaction.on_commit(lambda: notices.escalated(request))
    return request
