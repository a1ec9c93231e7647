"""Supervision in the demo: tasks in each state, dated from today so that reminders, due
dates and the board read as they would in a live county. All invented."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from pacesetter.core import policy
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.projects.models import Project
from pacesetter.servicedesk.demo import load_demo_desk
from pacesetter.supervision.models import Task
from pacesetter.supervision.services import task_create, task_step
from pacesetter.triggers.demo import load_demo_rules
from pacesetter.triggers.services import evaluate

S = policy.SYSTEM
# (title, instruction, lead unit, source, project code, days to deadline, steps taken, late)
TASKS = [
    (
        "协调解决东源乡项目征迁问题",
        "请县住建局会同东源乡，十日内拿出征迁方案并报县效能办。",
        "ZR-ZJJ",
        Task.Source.MEETING,
        None,
        6,
        ("sign", "feedback"),
        False,
    ),
    (
        "督促双城镇加快市场主体培育",
        "双城镇新增市场主体连续两月落后，请镇政府说明原因并提出追赶措施。",
        "350926100",
        Task.Source.INSTRUCTION,
        None,
        2,
        (),
        False,
    ),
    (
        "太子参生产线投产前安全检查",
        "请县工信局在投产前完成安全生产检查并报结。",
        "ZR-GXJ",
        Task.Source.MEETING,
        "XM08",
        12,
        ("sign", "report", "close"),
        False,
    ),
    (
        "商贸综合体招商进度",
        "请县商务局报告商贸综合体招商签约进展。",
        "ZR-SWJ",
        Task.Source.INSTRUCTION,
        None,
        8,
        ("sign", "report", "close"),
        True,
    ),
    (
        "黄柏乡报表逾期问题整改",
        "黄柏乡多次逾期报送月报，请说明原因并落实专人负责。",
        "350926203",
        Task.Source.MEETING,
        None,
        1,
        ("sign",),
        True,
    ),
]


@transaction.atomic
def load_demo_tasks(plan: Plan) -> None:
    """Idempotent: the demo's tasks are written once."""
    if Task.objects.filter(plan=plan, is_demo=True).exists():
        return
    today = timezone.localdate()
    for title, text, unit_code, source, project_code, days, steps, late in TASKS:
        project = Project.objects.filter(plan=plan, code=project_code).first()
        task = task_create(
            actor=S,
            source=source,
            title=title,
            instruction=text,
            lead_unit=OrgUnit.objects.get(code=unit_code),
            deadline=today + timedelta(days=days),
            plan=plan,
            project=project,
        )
        # The story's clock: a late task ran past its deadline before anything was done.
        deadline = today - timedelta(days=3) if late else task.deadline
        Task.objects.filter(pk=task.pk).update(is_demo=True, deadline=deadline)
        for step in steps:
            task = task_step(
                actor=S, task=Task.objects.get(pk=task.pk), step=step, text="已按要求办理"
            )


def load_demo_supervision(plan: Plan) -> None:
    """The demo's service desk, automatic rules and tasks, after the plan itself."""
    load_demo_desk(plan.owner)
    load_demo_rules(plan)
    load_demo_tasks(plan)
    evaluate(plan)  # the automatic tasks the rules open on the demo's figures
