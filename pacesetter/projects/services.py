from decimal import Decimal

from django.db import transaction

from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError
from pacesetter.core.policy import Actor
from pacesetter.datavalues.locks import locked_reason
from pacesetter.projects.models import Problem, ProgressReport, Project


@transaction.atomic
def progress_set(
    *, actor: Actor, project: Project, period: str, investment: Decimal, narrative: str
) -> ProgressReport:
    """Record a project's month; django-simple-history keeps every earlier version."""
    policy.require(actor, policy.ENTER, project.lead_unit)
    if (why := locked_reason(project.lead_unit, period)) is not None:
        raise DomainError("locked", why, {"period": why})
    progress = ProgressReport.objects.filter(project=project, period=period).first()
    if progress and (progress.investment, progress.narrative) == (investment, narrative):
        return progress
    progress = progress or ProgressReport(project=project, period=period)
    recorded = actor if actor is not policy.SYSTEM else None
    progress.investment, progress.narrative, progress.reported_by = investment, narrative, recorded
    progress.save()
    return progress


@transaction.atomic
def problem_raise(*, actor: Actor, project: Project, description: str, period: str = "") -> Problem:
    """A unit reports an obstacle with its monthly progress; the plan office takes it from there."""
    from django.utils import timezone

    policy.require(actor, policy.ENTER, project.lead_unit)
    return Problem.objects.create(
        project=project,
        description=description,
        owner=project.lead_unit,
        raised_at=timezone.localdate(),
        period=period,
    )
