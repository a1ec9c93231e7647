"""Task counts per unit subtree, grouped in the database: the dashboard's and the ranking's.

A unit's subtree is the paths that start with its own; siblings share a path length, so one
grouped query per length counts every unit asked for.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import Substr
from django.utils import timezone

from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.supervision.models import Task

S = Task.State
# States in which the unit still owes work: a task reported done waits on the office.
OWED = (S.ASSIGNED, S.SIGNED, S.IN_PROGRESS, S.RETURNED)


def grouped(tasks: QuerySet[Task], units: list[OrgUnit], **counts: Count) -> dict[int, dict]:
    """``counts`` per unit of ``units`` over ``tasks`` led by the unit's subtree."""
    result: dict[int, dict] = {u.pk: dict.fromkeys(counts, 0) for u in units}
    by_length: dict[int, dict[str, int]] = {}
    for unit in units:
        by_length.setdefault(len(unit.path), {})[unit.path] = unit.pk
    for length, paths in by_length.items():
        rows = (
            tasks.annotate(prefix=Substr("lead_unit__path", 1, length))
            .filter(prefix__in=list(paths))
            .values("prefix")
            .annotate(**counts)
            .order_by()
        )
        for row in rows:
            values: dict = dict(row)
            result[paths[values.pop("prefix")]] = values
    return result


def unit_counts(tasks: QuerySet[Task], units: list[OrgUnit], today: date) -> dict[int, dict]:
    return grouped(
        tasks,
        units,
        closed=Count("pk", filter=Q(state=S.CLOSED)),
        on_time=Count("pk", filter=Q(state=S.CLOSED, on_time=True)),
        overdue=Count("pk", filter=Q(state__in=OWED, deadline__lt=today)),
        open=Count("pk", filter=~Q(state=S.CLOSED)),
    )


def on_time_rates(units: list[OrgUnit], *, plan: Plan, until: date) -> dict[int, Decimal | None]:
    """Per unit, the share of the plan's tasks closed by the end of ``until`` that were
    reported done by their deadline; None where none was closed. For the composite ranking,
    whose page has already checked the reader may see the plan."""
    end = timezone.make_aware(datetime.combine(until + timedelta(days=1), time.min))
    closed = Task.objects.filter(plan=plan, state=S.CLOSED, closed_at__lt=end)
    counts = grouped(closed, units, closed=Count("pk"), on_time=Count("pk", filter=Q(on_time=True)))
    return {
        pk: (Decimal(c["on_time"]) / c["closed"] if c["closed"] else None)
        for pk, c in counts.items()
    }
