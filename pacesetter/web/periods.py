from django.utils import timezone

from pacesetter.core.periods import Period
from pacesetter.datavalues.selectors import latest_month
from pacesetter.plans.models import Plan


def default_period(plan: Plan) -> Period:
    """The latest month with figures for the plan, else the current month within the plan's years."""
    latest = latest_month(plan=plan)
    if latest:
        return latest
    today = timezone.localdate()
    year = min(max(today.year, plan.first_year), plan.last_year)
    return Period.month(year, today.month if year == today.year else 12)
