"""Tasks on other apps' pages, without those apps importing supervision: the due state of a
task, the count in the top bar, and the unit's tasks in its monthly report."""

from __future__ import annotations

from django import template
from django.db.models import Q

from pacesetter.core import policy
from pacesetter.supervision import selectors
from pacesetter.supervision.forms import open_steps
from pacesetter.supervision.models import Task

register = template.Library()


@register.filter
def due(task: Task) -> selectors.Due:
    """``{% with d=task|due %}``: overdue / due soon, in words and as a css class."""
    return selectors.due_of(task)


@register.simple_tag(takes_context=True)
def open_task_count(context: template.Context) -> int:
    """For the top bar: tasks the user's units still owe, or for the plan office those
    reported done and awaiting verification. One count query."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return 0
    if policy.has_any(user, policy.SUPERVISE):
        return (
            selectors.tasks_visible(user, policy.SUPERVISE)
            .filter(state=Task.State.REPORTED)
            .count()
        )
    if policy.has_any(user, policy.ANSWER):
        return selectors.inbox(user).filter(state__in=selectors.OWED).count()
    return 0


@register.inclusion_tag("supervision/_report_tasks.html", takes_context=True)
def report_tasks(context: template.Context, unit, period) -> dict:
    """``{% report_tasks unit period %}``: the unit's open tasks (lead or co-unit) with the
    steps the user may take, posted with the report's month so the record says where."""
    request = context["request"]
    tasks = (
        selectors.inbox(request.user)
        .filter(Q(lead_unit=unit) | Q(co_units=unit))
        .distinct()
        .prefetch_related("co_units")
    )
    return {
        "rows": [(task, open_steps(request.user, task)) for task in tasks],
        "unit": unit,
        "period": str(period),
        "next": request.get_full_path(),
        "request": request,
        "messages": context.get("messages"),
        "csrf_token": context.get("csrf_token"),
    }
