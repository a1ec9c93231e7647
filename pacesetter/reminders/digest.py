"""The daily digest: one message per leader at ``PACESETTER_DIGEST_HOUR`` (local time) with
the overdue tasks in their scope, the indicators newly red and the units that moved in the
composite ranking of each active plan they oversee.

Bounded: the analytics of a plan are computed once per run whoever reads them, only when a
leader still waits for today's digest, and each list is cut to ``SHOWN`` lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from pacesetter.accounts.models import User
from pacesetter.analytics.months import reported_month
from pacesetter.analytics.selectors import plan_status
from pacesetter.analytics.units import unit_ranking
from pacesetter.core import policy
from pacesetter.core.periods import Period
from pacesetter.plans.models import Plan
from pacesetter.reminders.models import Sent
from pacesetter.reminders.selectors import Reminder, local_date
from pacesetter.supervision.selectors import OWED, tasks_visible

SHOWN = 5  # lines per list; the rest is "and N more"


def digest_hour() -> int:
    return int(getattr(settings, "PACESETTER_DIGEST_HOUR", 8))


@dataclass
class PlanNews:
    plan: Plan
    month: Period
    new_reds: list[str]  # indicator codes and names
    moved: list[str]  # "unit ↑2"


def plan_news(plan: Plan, upto: Period) -> PlanNews:
    """Indicators red at ``upto`` and not the month before; units whose rank moved."""
    now = plan_status(plan=plan, upto=upto).red_list
    before = {r.indicator.pk for r in plan_status(plan=plan, upto=upto.previous()).red_list}
    reds = [f"{r.indicator.code} {r.indicator.name}" for r in now if r.indicator.pk not in before]
    moved = []
    for row in unit_ranking(plan=plan, parent=plan.owner, upto=upto):
        change = row.row.movement
        if change:
            arrow = "↑" if change > 0 else "↓"
            moved.append(f"{row.unit.name} {arrow}{abs(change)}")
    return PlanNews(plan, upto, reds, moved)


def _lines(items: list[str]) -> list[str]:
    shown = [f"  · {item}" for item in items[:SHOWN]]
    if len(items) > SHOWN:
        shown.append("  · " + _("and %(n)d more") % {"n": len(items) - SHOWN})
    return shown


def digests(now: datetime) -> list[Reminder]:
    """Today's digest of every active leader that has not had it, at the configured hour."""
    if timezone.localtime(now).hour != digest_hour():
        return []
    today = local_date(now)
    leaders = list(
        User.objects.filter(is_active=True, roles__role="leader").distinct().order_by("pk")
    )
    done = set(
        Sent.objects.filter(key__in=[f"digest:{u.pk}:{today}" for u in leaders]).values_list(
            "key", flat=True
        )
    )
    waiting = [u for u in leaders if f"digest:{u.pk}:{today}" not in done]
    if not waiting:
        return []
    plans = list(Plan.objects.filter(status=Plan.Status.ACTIVE).select_related("owner"))
    news: dict[int, PlanNews | None] = {}
    found = []
    for leader in waiting:
        roots = policy.roots_for(leader, policy.VIEW)
        overdue = list(
            tasks_visible(leader)
            .filter(state__in=OWED, deadline__lt=today)
            .order_by("deadline", "pk")
            .values_list("code", "title")
        )
        lines = [_("Daily digest for %(date)s") % {"date": today.isoformat()}]
        lines.append(_("Overdue tasks: %(n)d") % {"n": len(overdue)})
        lines += _lines([f"{code} {title}" for code, title in overdue])
        for plan in plans:
            if not any(plan.owner.path.startswith(root) for root in roots):
                continue
            if plan.pk not in news:
                upto = reported_month(plan, today)
                news[plan.pk] = plan_news(plan, upto) if upto is not None else None
            item = news[plan.pk]
            if item is None:
                continue  # nothing accepted yet: no news
            lines.append(
                _("%(plan)s, %(month)s: newly red %(reds)d, units moved %(moved)d")
                % {
                    "plan": plan.name,
                    "month": item.month,
                    "reds": len(item.new_reds),
                    "moved": len(item.moved),
                }
            )
            lines += _lines(item.new_reds) + _lines(item.moved)
        found.append(
            Reminder(f"digest:{leader.pk}:{today}", "digest", "\n".join(lines), "/", [leader])
        )
    return found
