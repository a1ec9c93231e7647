"""Reads for automatic tasks: the month a plan is judged on, its rules, their open tasks."""

from __future__ import annotations

from datetime import date

from django.db.models import QuerySet

from pacesetter.analytics.months import reported_month
from pacesetter.core.periods import Period
from pacesetter.plans.models import Plan
from pacesetter.supervision.models import Task
from pacesetter.triggers.models import Rule


def evaluation_month(plan: Plan, today: date | None = None) -> Period | None:
    """The month the rules judge: the one the plan's pages open on, when anything is
    accepted (analytics.months); None when there is nothing to judge."""
    return reported_month(plan, today)


def rules_of(plan: Plan, *, enabled: bool = True) -> QuerySet[Rule]:
    return Rule.objects.filter(plan=plan, enabled=enabled).select_related("plan__owner")


def open_causes(rule: Rule) -> dict[str, Task]:
    """cause → the rule's task whose cause has not cleared (open, or closed by the office
    while the cause still held: either blocks a second task for the same cause)."""
    tasks = Task.objects.filter(cause__startswith=f"rule{rule.pk}:", cause_cleared_at=None)
    return {t.cause: t for t in tasks}


def tasks_of(rule: Rule) -> QuerySet[Task]:
    return Task.objects.filter(cause__startswith=f"rule{rule.pk}:").order_by("-issued_at")
