"""Reads of the service desk: who sees which request, a unit's queue, the service-level
metrics and the requests near their due times."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from pacesetter.core import policy
from pacesetter.core.policy import Actor
from pacesetter.core.workdays import (
    add_working_hours,
    working_days_between,
    working_hours_between,
)
from pacesetter.orgunits.models import OrgUnit
from pacesetter.servicedesk.models import Category, RequestReply, ServiceRequest

OPEN = [
    ServiceRequest.State.FILED,
    ServiceRequest.State.ANSWERED,
    ServiceRequest.State.ESCALATED,
]


def is_enterprise(actor: Actor) -> bool:
    """Holds the enterprise role: may file requests (and sees only its own)."""
    return any(role == "enterprise" for role, _path in policy.assignments(actor))


def requests_visible(user: Actor) -> QuerySet[ServiceRequest]:
    """The one visibility rule: the enterprise that filed a request, and whoever may view
    its unit."""
    requests = ServiceRequest.objects.select_related("category", "unit", "filed_by", "task")
    by_unit = policy.scope(user, policy.VIEW, requests, unit_field="unit")
    if getattr(user, "pk", None) is None:
        return by_unit
    return by_unit | requests.filter(filed_by=user)


def can_see(user: Actor, request: ServiceRequest) -> bool:
    return requests_visible(user).filter(pk=request.pk).exists()


def can_attach(user: Actor, request: ServiceRequest) -> bool:
    """Files are added by the enterprise to its own request and by the unit answering it."""
    own = getattr(user, "pk", None) is not None and request.filed_by_id == user.pk
    return own or policy.can(user, policy.ANSWER, request.unit)


def request_get(*, user: Actor, code: str) -> ServiceRequest:
    """The request numbered ``code``; DoesNotExist when it is not there or not visible."""
    return requests_visible(user).get(code=code)


def thread(request: ServiceRequest) -> QuerySet[RequestReply]:
    return request.replies.select_related("author", "unit")


def categories_open() -> QuerySet[Category]:
    return Category.objects.filter(active=True).select_related("unit")


def unit_queue(*, user: Actor) -> QuerySet[ServiceRequest]:
    """Open requests of the units ``user`` answers for, the most pressing first."""
    requests = ServiceRequest.objects.filter(state__in=OPEN).select_related(
        "category", "unit", "task"
    )
    return policy.scope(user, policy.ANSWER, requests, unit_field="unit").order_by(
        "resolution_due", "pk"
    )


def near_sla(now: datetime, within_hours: float) -> list[tuple[ServiceRequest, str, datetime]]:
    """Open requests whose first response or resolution falls due within ``within_hours``
    office hours of ``now``, or is already past: (request, "response"|"resolution", due)."""
    horizon = add_working_hours(now, within_hours)
    requests = ServiceRequest.objects.filter(state__in=OPEN).select_related("unit", "category")
    found: list[tuple[ServiceRequest, str, datetime]] = []
    for request in requests.filter(responded_at__isnull=True, response_due__lte=horizon):
        found.append((request, "response", request.response_due))
    for request in requests.filter(resolved_at__isnull=True, resolution_due__lte=horizon):
        found.append((request, "resolution", request.resolution_due))
    return sorted(found, key=lambda item: (item[2], item[0].pk, item[1]))


@dataclass(frozen=True)
class Metric:
    """Service-level figures of one unit or category over a period."""

    key: str
    label: str
    count: int
    answered: int
    resolved: int
    median_response_hours: float | None
    median_resolution_days: float | None
    response_in_time: float | None  # share of requests answered (or due) that were on time
    resolution_in_time: float | None


def metrics(
    actor: Actor,
    since: date,
    until: date,
    now: datetime | None = None,
    within: OrgUnit | None = None,
) -> dict[str, list[Metric]]:
    """Per unit and per category, over requests ``actor`` may see filed from ``since`` to
    ``until`` (to units in ``within``'s subtree, if given): counts and shares in time from the
    database, medians of the durations."""
    now = now or timezone.now()
    requests = requests_visible(actor).filter(filed_at__date__gte=since, filed_at__date__lte=until)
    if within is not None:
        requests = requests.filter(unit__path__startswith=within.path)
    durations: dict[str, dict[object, tuple[list[float], list[float]]]] = {
        "unit": defaultdict(lambda: ([], [])),
        "category": defaultdict(lambda: ([], [])),
    }
    for unit, category, filed, responded, resolved in requests.values_list(
        "unit_id", "category_id", "filed_at", "responded_at", "resolved_at"
    ):
        # Each duration is worked out once and counted for its unit and its category.
        took_hours = working_hours_between(filed, responded) if responded is not None else None
        took_days = working_days_between(filed, resolved) if resolved is not None else None
        for field, key in (("unit", unit), ("category", category)):
            hours, days = durations[field][key]
            if took_hours is not None:
                hours.append(took_hours)
            if took_days is not None:
                days.append(took_days)
    return {
        "units": _grouped(requests, "unit", "unit__name", now, durations["unit"]),
        "categories": _grouped(requests, "category", "category__name", now, durations["category"]),
    }


def _grouped(
    requests: QuerySet[ServiceRequest],
    field: str,
    label: str,
    now: datetime,
    durations: dict[object, tuple[list[float], list[float]]],
) -> list[Metric]:
    rows = (
        requests.order_by()
        .values(field, f"{field}__code", label)
        .annotate(
            count=Count("pk"),
            answered=Count("pk", filter=Q(responded_at__isnull=False)),
            resolved=Count("pk", filter=Q(resolved_at__isnull=False)),
            response_judged=Count(
                "pk", filter=Q(responded_at__isnull=False) | Q(response_due__lt=now)
            ),
            response_ok=Count("pk", filter=Q(responded_at__lte=F("response_due"))),
            resolution_judged=Count(
                "pk", filter=Q(resolved_at__isnull=False) | Q(resolution_due__lt=now)
            ),
            resolution_ok=Count("pk", filter=Q(resolved_at__lte=F("resolution_due"))),
        )
        .order_by(label)
    )
    return [
        Metric(
            key=row[f"{field}__code"],
            label=row[label],
            count=row["count"],
            answered=row["answered"],
            resolved=row["resolved"],
            median_response_hours=_median(durations[row[field]][0]),
            median_resolution_days=_median(durations[row[field]][1]),
            response_in_time=_share(row["response_ok"], row["response_judged"]),
            resolution_in_time=_share(row["resolution_ok"], row["resolution_judged"]),
        )
        for row in rows
    ]


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def _share(ok: int, of: int) -> float | None:
    return ok / of if of else None
