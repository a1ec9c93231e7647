"""Sending reminders once each: a reminder goes out iff its key's row in the log is created
in the same transaction as its announcement, so a second run (or a second worker) sends
nothing twice."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from pacesetter.notifications.services import announce
from pacesetter.reminders.digest import digests
from pacesetter.reminders.models import Sent
from pacesetter.reminders.selectors import Reminder, due_reminders, unsent


def remind(now: datetime | None = None, dry_run: bool = False) -> list[Reminder]:
    """Send the reminders due at ``now`` that were not sent before; return those sent (with
    ``dry_run``: those that would be, writing nothing)."""
    now = now or timezone.now()
    return _send_all(unsent(due_reminders(now)), now, dry_run)


def digest(now: datetime | None = None, dry_run: bool = False) -> list[Reminder]:
    """Only the leaders' daily digests (they go out at the configured hour)."""
    now = now or timezone.now()
    return _send_all(unsent(digests(now)), now, dry_run)


def _send_all(reminders: list[Reminder], now: datetime, dry_run: bool) -> list[Reminder]:
    if dry_run:
        return reminders
    return [r for r in reminders if _send(r, now)]


def _send(reminder: Reminder, now: datetime) -> bool:
    """Log and announce one reminder together; False when another run logged it first."""
    with transaction.atomic():
        _row, created = Sent.objects.get_or_create(
            key=reminder.key,
            defaults={
                "kind": reminder.kind,
                "sent_at": now,
                "summary": reminder.message.splitlines()[0][:200] if reminder.message else "",
            },
        )
        if created:
            announce(
                users=reminder.users,
                units=reminder.units,
                message=reminder.message,
                link=reminder.link,
            )
    return created
