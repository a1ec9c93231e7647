"""Attachment rules for the projects app's objects (registered in ``apps.ready``): files follow
the object they belong to, so they are read by whoever may read it and added by the unit
that enters it."""

from __future__ import annotations

from pacesetter.core import policy
from pacesetter.core.policy import Actor
from pacesetter.projects.models import Problem, ProgressReport
from pacesetter.projects.selectors import problems_visible
from pacesetter.reporting.rules import month_released


def _problem_units(problem: Problem) -> list:
    # The unit working on it, and the project's lead unit when it is a project's problem.
    units = [problem.owner]
    if problem.project is not None:
        units.append(problem.project.lead_unit)
    return units


def problem_can_view(actor: Actor, problem: Problem) -> bool:
    """VIEW over its unit, and — raised in a report not yet submitted — VIEW_DRAFT too."""
    if not any(policy.can(actor, policy.VIEW, unit) for unit in _problem_units(problem)):
        return False
    return problems_visible(user=actor, queryset=Problem.objects.filter(pk=problem.pk)).exists()


def problem_can_attach(actor: Actor, problem: Problem) -> bool:
    return any(policy.can(actor, policy.ENTER, unit) for unit in _problem_units(problem))


def progress_can_view(actor: Actor, progress: ProgressReport) -> bool:
    """As the report page: a month's progress is the unit's own until its report is submitted."""
    unit = progress.project.lead_unit
    if policy.can(actor, policy.VIEW_DRAFT, unit):
        return True
    if not policy.can(actor, policy.VIEW, unit):
        return False
    released = month_released("project__lead_unit", "period", accepted_only=False)
    return ProgressReport.objects.filter(pk=progress.pk).filter(released).exists()


def progress_can_attach(actor: Actor, progress: ProgressReport) -> bool:
    return policy.can(actor, policy.ENTER, progress.project.lead_unit)
