"""Writes to supervision tasks: issue, the steps of the life cycle, extensions, causes.

Every write checks the policy, changes the task and records a TaskEvent in one transaction;
django-simple-history keeps every version of the task itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pacesetter.attachments.selectors import attachments_of
from pacesetter.core import policy
from pacesetter.core.exceptions import ConcurrentEdit, DomainError, InvalidTransition
from pacesetter.core.policy import Actor
from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.projects.models import Problem, Project
from pacesetter.supervision import notices
from pacesetter.supervision.models import Extension, Task, TaskEvent

S = Task.State
E = TaskEvent.Kind
OPEN_STATES = frozenset({S.ASSIGNED, S.SIGNED, S.IN_PROGRESS, S.REPORTED, S.RETURNED})
# Who may write a task of each source: a leader's instruction needs INSTRUCT, the rest are
# the plan office's (automatic ones are written by the system, which may do anything).
SOURCE_ACTION: dict[str, str] = {Task.Source.INSTRUCTION: policy.INSTRUCT}


@dataclass(frozen=True)
class Step:
    sources: frozenset[str]  # states the step may start from
    target: str | None  # the state after it; None keeps the state
    action: str  # the policy action it needs over the lead unit (or a co-unit)
    kind: str
    lead_only: bool = True  # co-units may give feedback, not sign or report
    needs_text: bool = False


STEPS: dict[str, Step] = {
    "sign": Step(frozenset({S.ASSIGNED}), S.SIGNED, policy.ANSWER, E.SIGNED),
    "feedback": Step(
        frozenset({S.SIGNED, S.IN_PROGRESS, S.RETURNED}),
        S.IN_PROGRESS,
        policy.ANSWER,
        E.FEEDBACK,
        lead_only=False,
        needs_text=True,
    ),
    "report": Step(
        frozenset({S.SIGNED, S.IN_PROGRESS, S.RETURNED}),
        S.REPORTED,
        policy.ANSWER,
        E.REPORTED,
        needs_text=True,
    ),
    "return": Step(
        frozenset({S.REPORTED}), S.RETURNED, policy.SUPERVISE, E.RETURNED, needs_text=True
    ),
    "close": Step(frozenset({S.REPORTED}), S.CLOSED, policy.SUPERVISE, E.CLOSED),
    "urge": Step(OPEN_STATES - {S.REPORTED}, None, policy.SUPERVISE, E.URGED),
}


def _now() -> datetime:
    return timezone.now()


def _recorded(actor: Actor) -> Any:
    return actor if actor is not policy.SYSTEM else None


def _next_code(year: int) -> str:
    prefix = f"DB{year}-"
    last = (
        Task.objects.filter(code__startswith=prefix)
        .order_by("-code")
        .values_list("code", flat=True)
    ).first()
    number = int(last.removeprefix(prefix)) + 1 if last else 1
    return f"{prefix}{number:04d}"


def acting_unit(actor: Actor, action: str, task: Task, lead_only: bool) -> OrgUnit | None:
    """The unit ``actor`` acts for on ``task`` (lead unit first), or None if it may not."""
    if policy.can(actor, action, task.lead_unit):
        return task.lead_unit
    if not lead_only:
        for unit in task.co_units.all():
            if policy.can(actor, action, unit):
                return unit
    return None


def _event(
    task: Task,
    kind: str,
    actor: Actor,
    *,
    text: str = "",
    unit: OrgUnit | None = None,
    period: str = "",
    before: str = "",
) -> TaskEvent:
    return TaskEvent.objects.create(
        task=task,
        kind=kind,
        actor=_recorded(actor),
        unit=unit,
        at=_now(),
        text=text,
        from_state=before,
        to_state=task.state if before else "",
        period=period,
    )


@transaction.atomic
def task_create(
    *,
    actor: Actor,
    source: str,
    title: str,
    instruction: str,
    lead_unit: OrgUnit,
    deadline: date,
    co_units: Iterable[OrgUnit] = (),
    priority: str = Task.Priority.NORMAL,
    plan: Plan | None = None,
    indicator: Indicator | None = None,
    project: Project | None = None,
    problem: Problem | None = None,
    evidence_required: bool = False,
    cause: str = "",
) -> Task:
    """Issue a task to ``lead_unit``; its staff and the co-units' staff are told."""
    policy.require(actor, SOURCE_ACTION.get(source, policy.SUPERVISE), lead_unit)
    errors: dict[str, str] = {}
    if source not in Task.Source.values:
        errors["source"] = _("Unknown source.")
    if priority not in Task.Priority.values:
        errors["priority"] = _("Unknown priority.")
    if not title.strip():
        errors["title"] = _("Give the task a title.")
    if not instruction.strip():
        errors["instruction"] = _("Write what is to be done.")
    if deadline < timezone.localdate():
        errors["deadline"] = _("The deadline has already passed.")
    co = [u for u in co_units if u.pk != lead_unit.pk]
    if errors:
        raise DomainError("invalid", " ".join(errors.values()), errors)
    now = _now()
    try:
        with transaction.atomic():
            task = Task.objects.create(
                code=_next_code(timezone.localdate().year),
                title=title.strip()[:200],
                instruction=instruction.strip(),
                source=source,
                priority=priority,
                plan=plan,
                lead_unit=lead_unit,
                deadline=deadline,
                evidence_required=evidence_required,
                indicator=indicator,
                project=project,
                problem=problem,
                cause=cause,
                issued_by=_recorded(actor),
                issued_at=now,
            )
    except IntegrityError:
        raise DomainError("duplicate", _("A task for this cause is already open.")) from None
    task.co_units.set(co)
    _event(task, E.CREATED, actor, text=task.instruction, before="-")
    transaction.on_commit(lambda: notices.issued(task))
    return task


def _locked(task: Task, version: int | None) -> Task:
    current = Task.objects.select_for_update().get(pk=task.pk)
    if version is not None and version != current.version:
        raise ConcurrentEdit(
            _("Someone changed this task meanwhile; reload it to see what changed."), current
        )
    return current


@transaction.atomic
def task_step(
    *,
    actor: Actor,
    task: Task,
    step: str,
    text: str = "",
    version: int | None = None,
    period: str = "",
) -> Task:
    """Move ``task`` one step (sign, feedback, report, return, close, urge) and record it."""
    rule = STEPS.get(step)
    if rule is None:
        raise InvalidTransition(_("Unknown step."))
    unit = acting_unit(actor, rule.action, task, rule.lead_only)
    if unit is None:
        policy.require(actor, rule.action, task.lead_unit)  # raises: the same 403 everywhere
    task = _locked(task, version)
    if task.state not in rule.sources:
        raise InvalidTransition(
            _("A task that is “%(state)s” cannot take this step.")
            % {"state": task.get_state_display()}
        )
    text = text.strip()
    if rule.needs_text and not text:
        raise DomainError("invalid", _("Write a few words."), {"text": _("Required.")})
    if step == "report" and task.evidence_required and not attachments_of(task).exists():
        raise DomainError(
            "evidence", _("This task needs evidence: attach a file before reporting it done.")
        )
    before = task.state
    if rule.target is not None and not (step == "feedback" and unit != task.lead_unit):
        task.state = rule.target
    now = _now()
    if step == "report":
        task.reported_at = now
    elif step == "close":
        task.closed_at = now
        task.on_time = task.reported_at is not None and (
            timezone.localdate(task.reported_at) <= task.deadline
        )
    task.version += 1
    task.save()
    _event(task, rule.kind, actor, text=text, unit=unit, period=period, before=before)
    transaction.on_commit(lambda: notices.stepped(task, step, text))
    return task


@transaction.atomic
def extension_request(
    *, actor: Actor, task: Task, deadline: date, reason: str, version: int | None = None
) -> Extension:
    """The lead unit asks for a later deadline, with a reason."""
    policy.require(actor, policy.ANSWER, task.lead_unit)
    task = _locked(task, version)
    if task.state not in OPEN_STATES - {S.REPORTED}:
        raise InvalidTransition(_("Only a task being worked on can be extended."))
    if deadline <= task.deadline:
        raise DomainError(
            "invalid",
            _("Ask for a date after the current deadline."),
            {"deadline": _("After %(date)s.") % {"date": task.deadline}},
        )
    if not reason.strip():
        raise DomainError("invalid", _("Give a reason."), {"reason": _("Required.")})
    if task.extensions.filter(decision=Extension.Decision.PENDING).exists():
        raise DomainError("pending", _("An extension of this task is already awaiting a decision."))
    extension = Extension.objects.create(
        task=task,
        requested_deadline=deadline,
        reason=reason.strip(),
        requested_by=_recorded(actor),
        requested_at=_now(),
    )
    _event(
        task, E.EXTENSION_ASKED, actor, text=f"{deadline}: {reason.strip()}", unit=task.lead_unit
    )
    transaction.on_commit(lambda: notices.extension_asked(extension))
    return extension


@transaction.atomic
def extension_decide(
    *, actor: Actor, extension: Extension, grant: bool, note: str = ""
) -> Extension:
    """The plan office grants (the deadline moves) or refuses a pending extension."""
    task = extension.task
    policy.require(actor, policy.SUPERVISE, task.lead_unit)
    task = _locked(task, None)
    extension = Extension.objects.select_for_update().get(pk=extension.pk)
    if extension.decision != Extension.Decision.PENDING:
        raise InvalidTransition(_("This extension has already been decided."))
    if not grant and not note.strip():
        raise DomainError(
            "invalid", _("Say why the extension is refused."), {"note": _("Required.")}
        )
    extension.decision = Extension.Decision.GRANTED if grant else Extension.Decision.REFUSED
    extension.decided_by, extension.decided_at = _recorded(actor), _now()
    extension.note = note.strip()
    extension.save()
    if grant:
        task.deadline = extension.requested_deadline
        task.version += 1
        task.save()
    kind = E.EXTENSION_GRANTED if grant else E.EXTENSION_REFUSED
    _event(task, kind, actor, text=f"{extension.requested_deadline} {extension.note}".strip())
    transaction.on_commit(lambda: notices.extension_decided(extension))
    return extension


@transaction.atomic
def cause_cleared(*, task: Task, text: str) -> Task:
    """An automatic task's cause has gone (the indicator recovered): recorded on the task,
    which the office still verifies; a later recurrence opens a new task."""
    task = _locked(task, None)
    if task.cause_cleared_at is not None:
        return task
    task.cause_cleared_at = _now()
    task.version += 1
    task.save()
    _event(task, E.CAUSE_CLEARED, policy.SYSTEM, text=text)
    transaction.on_commit(lambda: notices.cause_cleared(task))
    return task
