from django.db.models import Max, Q, QuerySet

from pacesetter.core import policy
from pacesetter.core.periods import Period
from pacesetter.core.policy import Actor
from pacesetter.datavalues.models import DataValue


def latest_accepted_month(*, measures: QuerySet, root_path: str) -> Period | None:
    """The latest month holding an accepted figure of ``measures`` in the subtree at
    ``root_path``. Drafts and submissions move nothing: a draft never changes anyone's month."""
    latest = DataValue.objects.filter(
        measure__in=measures,
        orgunit__path__startswith=root_path,
        state=DataValue.State.ACCEPTED,
        period__regex=r"^\d{6}$",
    ).aggregate(latest=Max("period"))["latest"]
    return Period.parse(latest) if latest else None


def values_visible(*, user: Actor, values: QuerySet[DataValue]) -> QuerySet[DataValue]:
    """Who sees which figures, the one rule: submitted and accepted figures of units the user
    may view; drafts only for the unit's own people (VIEW_DRAFT)."""
    draft = Q(state=DataValue.State.DRAFT)
    return policy.scope(user, policy.VIEW, values.exclude(draft)) | policy.scope(
        user, policy.VIEW_DRAFT, values.filter(draft)
    )
