from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue


def latest_month(*, plan) -> Period | None:
    """The latest month for which the plan holds any figure."""
    latest = (DataValue.objects.filter(indicator__goal__plan=plan, period__regex=r"^\d{6}$")
              .order_by("-period").values_list("period", flat=True).first())
    return Period.parse(latest) if latest else None
