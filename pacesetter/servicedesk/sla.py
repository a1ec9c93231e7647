"""Service levels: when a request must be answered and resolved, and how long it took,
in office hours and working days of the public-holiday calendar."""

from __future__ import annotations

from datetime import datetime

from pacesetter.core.workdays import add_working_days, add_working_hours, working_days_between
from pacesetter.core.workdays import working_hours_between as hours_between
from pacesetter.servicedesk.models import Category, ServiceRequest


def due_dates(category: Category, filed_at: datetime) -> tuple[datetime, datetime]:
    """(first response due, resolution due) of a request of ``category`` filed at ``filed_at``."""
    return (
        add_working_hours(filed_at, category.response_hours),
        add_working_days(filed_at, category.resolution_days),
    )


def response_hours(request: ServiceRequest) -> float | None:
    """Office hours until the first response; None while unanswered."""
    if request.responded_at is None:
        return None
    return hours_between(request.filed_at, request.responded_at)


def resolution_days(request: ServiceRequest) -> float | None:
    """Working days until resolution; None while unresolved."""
    if request.resolved_at is None:
        return None
    return working_days_between(request.filed_at, request.resolved_at)


def standing(request: ServiceRequest, now: datetime) -> str:
    """Where a request stands against its service level, as a code the pages put in words and
    colour: ``overdue`` (a due time has passed with nothing done), ``late`` (done, but after
    it), ``ok`` otherwise."""
    pending = [
        due
        for done, due in (
            (request.responded_at, request.response_due),
            (request.resolved_at, request.resolution_due),
        )
        if done is None and request.state != ServiceRequest.State.CLOSED
    ]
    if any(due < now for due in pending):
        return "overdue"
    if (request.responded_at and request.responded_at > request.response_due) or (
        request.resolved_at and request.resolved_at > request.resolution_due
    ):
        return "late"
    return "ok"
