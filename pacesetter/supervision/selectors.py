"""Reads of supervision tasks, each starting from what the acting user may see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from pacesetter.core import policy
from pacesetter.core.policy import Actor
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.supervision.models import Task
from pacesetter.supervision.stats import OWED, unit_counts

S = Task.State


def due_soon_days() -> int:
    return int(getattr(settings, "PACESETTER_TASK_DUE_SOON_DAYS", 3))


def _in_roots(roots: list[str], field: str) -> Q:
    condition = Q(pk__in=[])
    for root in roots:
        condition |= Q(**{f"{field}__path__startswith": root})
    return condition


def tasks_visible(actor: Actor, action: str = policy.VIEW) -> QuerySet[Task]:
    """Tasks whose lead unit or a co-unit lies in the user's subtrees for ``action``."""
    roots = policy.roots_for(actor, action)
    if not roots:
        return Task.objects.none()
    co = Task.co_units.through.objects.filter(task=OuterRef("pk")).filter(
        _in_roots(roots, "orgunit")
    )
    return Task.objects.filter(_in_roots(roots, "lead_unit") | Q(Exists(co))).select_related(
        "lead_unit", "plan"
    )


def task_for(actor: Actor, code: str) -> Task | None:
    """One task by its number, or None when it does not exist or the user may not see it."""
    return tasks_visible(actor).filter(code=code).first()


def inbox(actor: Actor) -> QuerySet[Task]:
    """The tasks the user's units answer for: open first, nearest deadline first."""
    return tasks_visible(actor, policy.ANSWER).exclude(state=S.CLOSED).order_by("deadline", "pk")


def board(
    actor: Actor,
    *,
    plan: Plan | None = None,
    state: str = "",
    unit: OrgUnit | None = None,
    due: str = "",
    today: date | None = None,
) -> QuerySet[Task]:
    """The plan office's board, filtered by plan, state, lead unit and due date
    (``due``: "overdue", "soon" or "")."""
    today = today or timezone.localdate()
    tasks = tasks_visible(actor)
    if plan is not None:
        tasks = tasks.filter(plan=plan)
    if state in S.values:
        tasks = tasks.filter(state=state)
    if unit is not None:
        tasks = tasks.filter(lead_unit__path__startswith=unit.path)
    if due == "overdue":
        tasks = tasks.filter(state__in=OWED, deadline__lt=today)
    elif due == "soon":
        tasks = tasks.filter(
            state__in=OWED, deadline__gte=today, deadline__lte=today + timedelta(due_soon_days())
        )
    return tasks.order_by("deadline", "pk")


@dataclass(frozen=True)
class Due:
    css: str  # "overdue", "soon" or ""
    text: str  # always said in words as well as colour


def due_of(task: Task, today: date | None = None) -> Due:
    """How the deadline stands, in words: overdue by N days, due in N days, or nothing."""
    today = today or timezone.localdate()
    if task.state not in OWED:
        return Due("", "")
    days = (task.deadline - today).days
    if days < 0:
        return Due("overdue", _("Overdue by %(n)d days") % {"n": -days})
    if days == 0:
        return Due("soon", _("Due today"))
    if days <= due_soon_days():
        return Due("soon", _("Due in %(n)d days") % {"n": days})
    return Due("", "")


@dataclass(frozen=True)
class UnitTasks:
    unit_id: int
    closed: int
    on_time: int
    overdue: int
    open: int

    @property
    def on_time_rate(self) -> float | None:
        """Share of closed tasks reported done by their deadline, or None with none closed."""
        return self.on_time / self.closed if self.closed else None


def unit_task_stats(
    actor: Actor, units: list[OrgUnit], *, plan: Plan | None = None, today: date | None = None
) -> dict[int, UnitTasks]:
    """Per unit (its subtree's tasks as lead unit): closed, closed on time, overdue, open."""
    tasks = tasks_visible(actor)
    if plan is not None:
        tasks = tasks.filter(plan=plan)
    counts = unit_counts(tasks, units, today or timezone.localdate())
    return {pk: UnitTasks(pk, **c) for pk, c in counts.items()}


@dataclass(frozen=True)
class TaskPanel:
    units: list[tuple[OrgUnit, UnitTasks]]  # units with any task of the plan, most overdue first
    overdue: int
    open: int
    closed: int
    on_time: int

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.closed if self.closed else None


def plan_task_panel(actor: Actor, plan: Plan) -> TaskPanel:
    """The dashboard's supervision panel: the plan's tasks per unit below its owner."""
    units = list(
        OrgUnit.objects.filter(path__startswith=plan.owner.path, depth=plan.owner.depth + 1)
    )
    stats = unit_task_stats(actor, units, plan=plan)
    rows = sorted(
        ((u, stats[u.pk]) for u in units if stats[u.pk].open or stats[u.pk].closed),
        key=lambda pair: (-pair[1].overdue, -pair[1].open, pair[0].path),
    )
    return TaskPanel(
        units=rows,
        overdue=sum(s.overdue for _u, s in rows),
        open=sum(s.open for _u, s in rows),
        closed=sum(s.closed for _u, s in rows),
        on_time=sum(s.on_time for _u, s in rows),
    )
