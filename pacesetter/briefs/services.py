"""Daily snapshots of each active plan: what tomorrow's brief compares with."""

from __future__ import annotations

from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from pacesetter.briefs.models import Snapshot
from pacesetter.briefs.selectors import LiveState, live_state
from pacesetter.plans.models import Plan


def snapshot_take(plan: Plan, day: date, *, live: LiveState | None = None) -> Snapshot:
    """The plan's snapshot of ``day``, taken once: a second call (the worker's next run, a
    brief opened the same day) returns the first one unchanged. ``live`` is the state a
    brief has just read for the same day, so it is not read twice. A system record: no
    user acts, and there is nothing to check or to keep history of."""
    existing = Snapshot.objects.filter(plan=plan, day=day).first()
    if existing is not None:
        return existing
    if live is None or live.day != day or live.plan.pk != plan.pk:
        live = live_state(plan=plan, today=day)
    try:
        with transaction.atomic():
            return Snapshot.objects.create(
                plan=plan, day=day, period=str(live.period), data=live.data()
            )
    except IntegrityError:  # taken meanwhile by the worker or another reader
        return Snapshot.objects.get(plan=plan, day=day)


def snapshot_all(day: date | None = None) -> int:
    """Today's snapshot of every active plan that has none yet; returns how many were taken."""
    day = day or timezone.localdate()
    taken = 0
    for plan in Plan.objects.filter(status=Plan.Status.ACTIVE).exclude(snapshots__day=day):
        snapshot_take(plan, day)
        taken += 1
    return taken


def snapshot_job() -> str:
    """Run by the worker every hour (``reminders.schedule``); only the first run of a day
    takes anything."""
    return f"{snapshot_all()} snapshots taken"
