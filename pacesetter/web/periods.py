from django.utils import timezone

from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.plans.models import Plan


def default_period(plan: Plan) -> Period:
    """The latest month with figures for the plan, else the current month within the plan's years."""
    latest = (DataValue.objects.filter(indicator__goal__plan=plan, period__regex=r"^\d{6}$")
              .order_by("-period").values_list("period", flat=True).first())
    if latest:
        return Period.parse(latest)
    today = timezone.localdate()
    year = min(max(today.year, plan.first_year), plan.last_year)
    return Period.month(year, today.month if year == today.year else 12)
