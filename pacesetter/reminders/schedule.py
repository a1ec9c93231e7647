"""The jobs the worker (django-q2's cluster) runs by itself, as ``Schedule`` rows kept up to
date by ``ensure()`` when the worker starts."""

from __future__ import annotations

import importlib
from datetime import timedelta

from django.utils import timezone

# name → (function run by the worker, minutes between runs)
JOBS = {
    "pacesetter: reminders": ("pacesetter.reminders.schedule.remind_job", 5),
    "pacesetter: deliveries": ("pacesetter.reminders.schedule.deliver_job", 1),
    "pacesetter: automatic tasks": ("pacesetter.reminders.schedule.triggers_job", 60),
    "pacesetter: daily digest": ("pacesetter.reminders.schedule.digest_job", 60),
    # The morning brief's daily snapshots: hourly, but only the first run of a day takes any.
    "pacesetter: brief snapshots": ("pacesetter.briefs.services.snapshot_job", 60),
}
TRIGGERS = "pacesetter.triggers.services"


def ensure() -> list[str]:
    """Create or update the schedules (idempotent); a changed interval or function is
    updated, the time of the next run is kept. Returns the names of the schedules."""
    from django_q.models import Schedule

    for name, (func, minutes) in JOBS.items():
        row = Schedule.objects.filter(name=name).first()
        if row is None:
            Schedule.objects.create(
                name=name,
                func=func,
                schedule_type=Schedule.MINUTES,
                minutes=minutes,
                repeats=-1,
                next_run=timezone.now() + timedelta(seconds=30),
            )
        elif (row.func, row.schedule_type, row.minutes, row.repeats) != (
            func,
            Schedule.MINUTES,
            minutes,
            -1,
        ):
            row.func, row.schedule_type, row.minutes, row.repeats = (
                func,
                Schedule.MINUTES,
                minutes,
                -1,
            )
            row.save()
    return list(JOBS)


# The jobs return a short text, stored by django-q as the result (not the reminders).


def remind_job() -> str:
    from pacesetter.reminders.services import remind

    return f"{len(remind())} reminders sent"


def digest_job() -> str:
    from pacesetter.reminders.services import digest

    return f"{len(digest())} digests sent"


def deliver_job() -> str:
    from pacesetter.notifications.services import deliver_due

    return f"{deliver_due()} messages sent"


def triggers_job() -> str:
    """The automatic-task rules, once their app provides ``evaluate_all``."""
    try:
        evaluate_all = importlib.import_module(TRIGGERS).evaluate_all
    except (ImportError, AttributeError):
        return "automatic task rules are not installed"
    return str(evaluate_all())
