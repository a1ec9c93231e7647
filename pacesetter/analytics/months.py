"""Which month of a plan is news: the one pages open on, rules judge and digests report."""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from pacesetter.core.periods import Period, latest_closed_month
from pacesetter.datavalues.selectors import latest_accepted_month
from pacesetter.indicators.models import Indicator
from pacesetter.plans.models import Plan


def reported_month(plan: Plan, today: date | None = None) -> Period | None:
    """The latest month within the plan's years whose reporting deadline has passed and that
    holds accepted figures; None when nothing is accepted yet. Never moved by a draft."""
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


def default_period(plan: Plan, today: date | None = None) -> Period:
    """The month a page opens on: the reported month, else the latest closed month within
    the plan's years (a month no one has reported yet is not news)."""
    closed = latest_closed_month(today or timezone.localdate())
    first, last = Period.month(plan.first_year, 1), Period.month(plan.last_year, 12)
    return reported_month(plan, today) or max(first, min(closed, last))
