from datetime import date

from django.utils import timezone

from pacesetter.core.periods import Period, latest_closed_month
from pacesetter.datavalues.selectors import latest_accepted_month
from pacesetter.indicators.models import Indicator
from pacesetter.plans.models import Plan


def default_period(plan: Plan, today: date | None = None) -> Period:
    """The month a page opens on: the latest month whose reporting deadline has passed,
    within the plan's years, and no later than the latest month anything was accepted for
    (a month no one has reported yet is not news). Never moved by a draft."""
    closed = latest_closed_month(today or timezone.localdate())
    first, last = Period.month(plan.first_year, 1), Period.month(plan.last_year, 12)
    month = max(first, min(closed, last))
    accepted = latest_accepted_month(
        measures=Indicator.objects.filter(goal__plan=plan).values("measure"),
        root_path=plan.owner.path,
        upto=month,
        since=first,
    )
    return accepted or month
