"""Telling people: the in-app inbox at once; e-mail and group robots queued beside it and sent
by ``deliver_due`` (every minute from the scheduler, or ``pacesetter deliver``)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import connection, transaction
from django.utils import timezone

from pacesetter.inbox.services import notify
from pacesetter.notifications import robots
from pacesetter.notifications.models import Delivery, RobotEndpoint
from pacesetter.orgunits.models import OrgUnit

log = logging.getLogger(__name__)

# While a worker sends the rows it claimed, no other worker may claim them; a worker that dies
# mid-way leaves its rows to be tried again after this long.
CLAIM_LEASE = timedelta(minutes=10)
FIRST_RETRY = timedelta(minutes=1)
# Given up at once: trying again cannot help until an administrator enables the robot.
DISABLED = "the robot is disabled"


def announce(
    *, users: Iterable, units: Iterable[OrgUnit] = (), message: str, link: str = ""
) -> None:
    """Tell ``users`` in their inbox and by e-mail, and ``units``' enabled robots.

    Only rows are written (in the caller's transaction, if any); nothing is sent here, so a
    mail server or robot that is down never fails the action that caused the message.
    """
    users = list(users)
    with transaction.atomic():
        notify(users=users, message=message, link=link)
        deliveries_queue(users=users, units=units, message=message, link=link)


def deliveries_queue(
    *, users: Iterable, units: Iterable[OrgUnit] = (), message: str, link: str = ""
) -> list[Delivery]:
    """One pending delivery per distinct e-mail address of active ``users`` and per enabled
    robot of ``units``."""
    subject = _subject(message)
    common = {"subject": subject, "body": message, "link": link[:200]}
    addresses = sorted({u.email.strip() for u in users if u.email.strip() and u.is_active})
    rows = [Delivery(channel=Delivery.Channel.EMAIL, email=a, **common) for a in addresses]
    endpoints = RobotEndpoint.objects.filter(unit__in=list(units), enabled=True).order_by("pk")
    rows += [Delivery(channel=e.platform, endpoint=e, **common) for e in endpoints]
    return Delivery.objects.bulk_create(rows)


def _subject(message: str) -> str:
    first = (message.strip().splitlines() or [""])[0]
    subject = f"[{settings.PACESETTER_SITE_NAME}] {first}"
    return subject if len(subject) <= 200 else subject[:199] + "…"


def deliver_due(now: datetime | None = None, limit: int = 200) -> int:
    """Send the pending deliveries that are due; return how many went out.

    Failures are recorded on the delivery and tried again after 1, 2, 4, 8… minutes; after
    ``PACESETTER_DELIVERY_ATTEMPTS`` attempts the delivery is given up (state failed).
    """
    now = now or timezone.now()
    sent = 0
    for delivery in _claim(now, limit):
        error = _attempt(delivery)
        _record(delivery, error, now)
        sent += error is None
    return sent


def _claim(now: datetime, limit: int) -> list[Delivery]:
    """Take the due rows for this worker: locked rows are skipped (PostgreSQL), and the claimed
    rows are pushed out of every other worker's reach before the lock is released. (SQLite
    takes its write lock when the transaction begins, so claims queue there.)"""
    with transaction.atomic():
        due = Delivery.objects.filter(state=Delivery.State.PENDING, next_attempt_at__lte=now)
        if connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True)
        ids = list(due.order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:limit])
        Delivery.objects.filter(pk__in=ids).update(next_attempt_at=now + CLAIM_LEASE)
    return list(Delivery.objects.filter(pk__in=ids).select_related("endpoint").order_by("pk"))


def _attempt(delivery: Delivery) -> str | None:
    """Send one delivery; the reason it did not go, or None."""
    url = absolute(delivery.link)
    try:
        if delivery.channel == Delivery.Channel.EMAIL:
            body = f"{delivery.body}\n\n{url}" if url else delivery.body
            send_mail(delivery.subject, body, None, [delivery.email])
            return None
        endpoint = delivery.endpoint
        if endpoint is None or not endpoint.enabled:
            return DISABLED
        robots.send(endpoint, robots.Message(delivery.subject, delivery.body, url))
        return None
    except robots.DeliveryError as exc:
        return str(exc) or "refused"
    except Exception as exc:  # a mail server's or library's failure must not stop the batch
        log.warning("delivery %s failed", delivery.pk, exc_info=True)
        return f"{type(exc).__name__}: {exc}"


def _record(delivery: Delivery, error: str | None, now: datetime) -> None:
    delivery.attempts += 1
    if error is None:
        delivery.state, delivery.sent_at, delivery.last_error = Delivery.State.SENT, now, ""
    else:
        delivery.last_error = error[:2000]
        if error == DISABLED or delivery.attempts >= _max_attempts():
            delivery.state = Delivery.State.FAILED
        else:
            delivery.next_attempt_at = now + backoff(delivery.attempts)
    delivery.save(update_fields=["attempts", "state", "sent_at", "last_error", "next_attempt_at"])


def _max_attempts() -> int:
    return int(getattr(settings, "PACESETTER_DELIVERY_ATTEMPTS", 6))


def backoff(attempts: int) -> timedelta:
    """The wait after the ``attempts``-th failure: 1, 2, 4, 8, 16… minutes."""
    return FIRST_RETRY * 2 ** max(attempts - 1, 0)


def absolute(link: str) -> str:
    """A site link as a full URL for mail and chat (PACESETTER_SITE_URL), else as it is."""
    site = getattr(settings, "PACESETTER_SITE_URL", "")
    return f"{site}{link}" if link.startswith("/") and site else link


def deliveries_retry(*, ids: Iterable[int], now: datetime | None = None) -> int:
    """Give deliveries that were given up a fresh start (after a robot or mail server is fixed)."""
    return Delivery.objects.filter(pk__in=list(ids), state=Delivery.State.FAILED).update(
        state=Delivery.State.PENDING, attempts=0, next_attempt_at=now or timezone.now()
    )
