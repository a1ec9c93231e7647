"""The demo plan's automatic task rules (called by the demo loader)."""

from decimal import Decimal

from pacesetter.plans.models import Plan
from pacesetter.supervision.models import Task
from pacesetter.triggers.models import Rule

DEMO_RULES = [
    # kind, threshold, days to deadline, priority
    (Rule.Kind.RED_MONTHS, Decimal(2), 15, Task.Priority.HIGH),
    (Rule.Kind.INVESTMENT_BEHIND, Decimal(10), 20, Task.Priority.NORMAL),
    (Rule.Kind.MILESTONE_OVERDUE, Decimal(0), 10, Task.Priority.NORMAL),
]


def load_demo_rules(plan: Plan) -> list[Rule]:
    """Red two months in a row, investment 10 points behind, milestones overdue: once each,
    however often the demo is loaded."""
    return [
        Rule.objects.update_or_create(
            plan=plan,
            kind=kind,
            is_demo=True,
            defaults={
                "threshold": threshold,
                "deadline_days": days,
                "priority": priority,
                "enabled": True,
            },
        )[0]
        for kind, threshold, days, priority in DEMO_RULES
    ]
