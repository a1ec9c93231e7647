from django.db.models import QuerySet

from pacesetter.orgunits.models import OrgUnit


def orgunit_subtree(*, root: OrgUnit, include_self: bool = True) -> QuerySet[OrgUnit]:
    """The unit and everything below it, in one query on the materialised path."""
    qs = OrgUnit.objects.filter(path__startswith=root.path)
    if not include_self:
        qs = qs.exclude(pk=root.pk)
    return qs.order_by("path")


def orgunit_siblings(*, unit: OrgUnit, kind: str | None = None) -> QuerySet[OrgUnit]:
    """Units under the same parent (the set a ranking compares), including ``unit``."""
    qs = OrgUnit.objects.get_siblings(unit)
    if kind:
        qs = qs.filter(kind=kind)
    return qs
