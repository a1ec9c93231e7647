"""Who answers for a figure: the unit itself, or the office that collects that measure for it
(``Collection``). The one rule every channel asks before a figure is entered or locked."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils.translation import gettext as _

from pacesetter.catalogue.models import Collection, Measure
from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError
from pacesetter.core.policy import Actor
from pacesetter.orgunits.models import OrgUnit


def collectors(pairs: Iterable[tuple[int, int]]) -> dict[tuple[int, int], OrgUnit]:
    """(measure pk, unit pk) → the unit collecting that figure, for the collected ones among
    ``pairs``. One query for a whole set of figures."""
    pairs = set(pairs)
    if not pairs:
        return {}
    found = Collection.objects.filter(
        measure__in={m for m, _u in pairs}, orgunit__in={u for _m, u in pairs}
    ).select_related("collector")
    return {
        (c.measure_id, c.orgunit_id): c.collector
        for c in found
        if (c.measure_id, c.orgunit_id) in pairs
    }


def answering_unit(measure: Measure, orgunit: OrgUnit) -> OrgUnit:
    """The unit whose report holds this figure: its collector, else the unit itself."""
    return collectors([(measure.pk, orgunit.pk)]).get((measure.pk, orgunit.pk), orgunit)


def collected_from(orgunit: OrgUnit) -> dict[int, OrgUnit]:
    """measure pk → the office that collects the unit's figure of that measure."""
    return {
        c.measure_id: c.collector
        for c in Collection.objects.filter(orgunit=orgunit).select_related("collector")
    }


def collected_by(collector: OrgUnit) -> list[Collection]:
    """What the collector supplies for others, by measure and then unit."""
    return list(
        Collection.objects.filter(collector=collector)
        .select_related("measure", "orgunit")
        .order_by("measure__code", "orgunit__path")
    )


@transaction.atomic
def collection_set(
    *, actor: Actor, measure: Measure, collector: OrgUnit, units: Iterable[OrgUnit]
) -> int:
    """Make ``collector`` the office that collects ``measure`` for each of ``units`` (a unit
    another office collects it for moves to this one). Only the plan office over both may say
    so. History keeps each assignment. Returns the number of units now collected."""
    units = list(units)
    for unit in [collector, *units]:
        policy.require(actor, policy.MANAGE, unit)
    if any(u.pk == collector.pk for u in units):
        raise DomainError(
            "collector_is_unit", _("A unit cannot collect its own figures for itself.")
        )
    for unit in units:
        current = Collection.objects.filter(measure=measure, orgunit=unit).first()
        if current is None:
            Collection.objects.create(measure=measure, orgunit=unit, collector=collector)
        elif current.collector_id != collector.pk:
            current.collector = collector
            current.save()
    return len(units)


@transaction.atomic
def collection_clear(*, actor: Actor, measure: Measure, units: Iterable[OrgUnit]) -> int:
    """The units report ``measure`` themselves again. Returns how many were collected."""
    units = list(units)
    for unit in units:
        policy.require(actor, policy.MANAGE, unit)
    gone = 0
    for collection in Collection.objects.filter(measure=measure, orgunit__in=units):
        collection.delete()  # history keeps the row it was
        gone += 1
    return gone
