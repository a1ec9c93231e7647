"""Reads for automatic tasks: the month a plan is judged on, its rules, their open tasks."""

from __future__ import annotations

from datetime import date

from django.db.models import QuerySet
from django.utils import timezone

from pacesetter.core.periods import Period, latest_closed_month
from pacesetter.datavalues.selectors import latest_accepted_month
from pacesetter.indicators.models import Indicator
from pacesetter.plans.models import Plan
from pacesetter.supervision.models import Task
from pacesetter.triggers.models import Rule


def evaluation_month(plan: Plan, today: date | None = None) -> Period | None:
    """The month the plan's pages open on (web.periods.default_period): the latest month
    within the plan's years whose reporting deadline has passed and that holds accepted
    figures. None when nothing has been accepted: there is nothing to judge."""
    closed = latest_closed_month(today or timezone.localdate())
    first, last = Period.month(plan.first_year, 1), Period.month(plan.last_year, 12)
    if closed < first:
        return None
    return latest_accepted_month(
        measures=Indicator.objects.filter(goal__plan=plan).values("measure"),
        root_path=plan.owner.path,
        upto=min(closed, last),
        since=first,
    )


def rules_of(plan: Plan, *, enabled: bool = True) -> QuerySet[Rule]:
    return Rule.objects.filter(plan=plan, enabled=enabled).select_related("plan__owner")


def open_causes(rule: Rule) -> dict[str, Task]:
    """cause → the rule's task whose cause has not cleared (open, or closed by the office
    while the cause still held: either blocks a second task for the same cause)."""
    tasks = Task.objects.filter(cause__startswith=f"rule{rule.pk}:", cause_cleared_at=None)
    return {t.cause: t for t in tasks}


def tasks_of(rule: Rule) -> QuerySet[Task]:
    return Task.objects.filter(cause__startswith=f"rule{rule.pk}:").order_by("-issued_at")
