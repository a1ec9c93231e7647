from django.db.models import Max

from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue


def latest_accepted_month(*, plan) -> Period | None:
    """The latest month holding an accepted figure of the plan's measures in its subtree.
    Drafts and submissions move nothing: one unit's draft never changes anyone's month."""
    from pacesetter.indicators.models import Indicator

    latest = (DataValue.objects.filter(
        measure__in=Indicator.objects.filter(goal__plan=plan).values("measure"),
        orgunit__path__startswith=plan.owner.path, state=DataValue.State.ACCEPTED,
        period__regex=r"^\d{6}$").aggregate(latest=Max("period"))["latest"])
    return Period.parse(latest) if latest else None
