from django.db.models import Max, QuerySet

from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue


def latest_accepted_month(*, measures: QuerySet, root_path: str) -> Period | None:
    """The latest month holding an accepted figure of ``measures`` in the subtree at
    ``root_path``. Drafts and submissions move nothing: a draft never changes anyone's month."""
    latest = (DataValue.objects.filter(
        measure__in=measures, orgunit__path__startswith=root_path,
        state=DataValue.State.ACCEPTED, period__regex=r"^\d{6}$")
        .aggregate(latest=Max("period"))["latest"])
    return Period.parse(latest) if latest else None
