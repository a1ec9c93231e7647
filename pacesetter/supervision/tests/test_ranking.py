"""A plan that counts supervision ranks a unit that closes its tasks on time above one that
closes late; a plan that does not, ranks them on their indicators alone."""

from datetime import date, datetime, timedelta
from decimal import Decimal as D

import pytest
from django.utils import timezone

from pacesetter.analytics.tests import worlds
from pacesetter.analytics.units import unit_ranking
from pacesetter.core import policy
from pacesetter.core.periods import Period
from pacesetter.supervision.models import Task
from pacesetter.supervision.services import task_create, task_step

pytestmark = pytest.mark.django_db


def _closed(plan, unit, *, late: bool, closed_on: date) -> Task:
    task = task_create(
        actor=policy.SYSTEM,
        source=Task.Source.MEETING,
        title="会议交办",
        instruction="落实会议决定",
        lead_unit=unit,
        deadline=timezone.localdate() + timedelta(days=5),
        plan=plan,
    )
    for step, text in (("sign", ""), ("report", "已完成")):
        task = task_step(actor=policy.SYSTEM, task=task, step=step, text=text)
    if late:  # the clock of the story: reported after a deadline long past
        Task.objects.filter(pk=task.pk).update(deadline=date(2000, 1, 1))
        task.refresh_from_db()
    task = task_step(actor=policy.SYSTEM, task=task, step="close")
    moment = timezone.make_aware(datetime.combine(closed_on, datetime.min.time()))
    Task.objects.filter(pk=task.pk).update(closed_at=moment)
    return task


def _world():
    u = worlds.units()
    m = worlds.measure("X")
    p = worlds.plan(u["Z"])
    worlds.indicator(p, "I1", m, u["Z"], target=120, unit_targets={u["Z1"]: 60, u["Z2"]: 60})
    for town in (u["Z1"], u["Z2"]):
        worlds.report(town, "202301", {m: 5})
        worlds.report(town, "202302", {m: 5})
    _closed(p, u["Z1"], late=False, closed_on=date(2023, 2, 10))
    _closed(p, u["Z2"], late=True, closed_on=date(2023, 2, 10))
    return u, p


def _places(p, u):
    rows = unit_ranking(plan=p, parent=u["Z"], upto=Period.parse("202302"))
    return {r.unit.code: r.row.rank for r in rows}


def test_tasks_count_only_where_the_plan_says_so():
    u, p = _world()
    assert _places(p, u) == {"Z1": 1, "Z2": 1}  # equal figures, tasks left out
    p.task_weight = D(1)
    p.save()
    assert _places(p, u) == {"Z1": 1, "Z2": 2}
    # Tasks closed after the month shown do not count in it.
    Task.objects.update(closed_at=timezone.make_aware(datetime(2023, 3, 5)))
    assert _places(p, u) == {"Z1": 1, "Z2": 1}
