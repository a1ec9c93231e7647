"""Has a unit reported a month? The one rule rankings, unit lists and statuses use.

A unit has reported a month when its report for that month is accepted. Only units that
report themselves are asked: a unit with no report of its own this year (its figures
come from the units below it) is never marked as not having reported. Reports of last year
count for that, so that in January a unit that reported last year is asked too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Max, Q

from pacesetter.core.periods import Period
from pacesetter.reporting.models import Report


@dataclass(frozen=True)
class Reporting:
    """Where the reporting units of one list stand for month ``upto``."""

    upto: Period
    last: dict[int, Period | None]  # reporting unit id → its latest accepted month this year

    def has_reported(self, unit_id: int) -> bool:
        return unit_id not in self.last or self.last[unit_id] == self.upto

    def waiting(self, unit_ids: Iterable[int]) -> list[int]:
        """The units among ``unit_ids`` that report but have not reported ``upto``."""
        return [u for u in unit_ids if not self.has_reported(u)]

    def complete_to(self, unit_ids: Iterable[int]) -> Period | None:
        """The latest month every one of ``unit_ids`` has reported (``upto`` when all have;
        None when one has reported no month yet this year)."""
        months = [self.last[u] for u in unit_ids if u in self.last]
        if not months:
            return self.upto
        known = [m for m in months if m is not None]
        if len(known) < len(months):
            return None
        return min(known)


def reporting(*, unit_ids: Iterable[int], upto: Period) -> Reporting:
    """One query, one row per unit: its latest accepted month of the year up to ``upto``."""
    ids = set(unit_ids)
    this_year = Q(state=Report.State.ACCEPTED, period__gte=f"{upto.year:04d}01")
    rows = (
        (
            Report.objects.filter(
                orgunit_id__in=ids, period__gte=f"{upto.year - 1:04d}01", period__lte=str(upto)
            )
            .values("orgunit_id")
            .annotate(last=Max("period", filter=this_year))
            .values_list("orgunit_id", "last")
        )
        if ids
        else []
    )
    return Reporting(upto, {unit: Period.parse(last) if last else None for unit, last in rows})
