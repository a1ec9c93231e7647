"""A task's files (evidence, 佐证材料): seen by whoever may see the task, added by its units
while it is open and by the plan office. Registered with attachments in ``apps.ready``."""

from __future__ import annotations

from pacesetter.core import policy
from pacesetter.core.policy import Actor
from pacesetter.supervision import selectors
from pacesetter.supervision.models import Task


def task_can_view(actor: Actor, task: Task) -> bool:
    return selectors.tasks_visible(actor).filter(pk=task.pk).exists()


def task_can_attach(actor: Actor, task: Task) -> bool:
    if not task.is_open:
        return False
    units = [task.lead_unit, *task.co_units.all()]
    return policy.can(actor, policy.SUPERVISE, task.lead_unit) or any(
        policy.can(actor, policy.ANSWER, unit) for unit in units
    )
