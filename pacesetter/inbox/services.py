from collections.abc import Iterable

from django.utils import timezone

from pacesetter.core.policy import Actor
from pacesetter.inbox.models import Notification


def notify(*, users: Iterable, message: str, link: str = "") -> None:
    Notification.objects.bulk_create(
        [Notification(user=u, message=message, link=link) for u in set(users)]
    )


def notification_mark_read(*, user: Actor, pk: int) -> None:
    Notification.objects.filter(user=user, pk=pk, read_at=None).update(read_at=timezone.now())


def notifications_mark_all_read(*, user: Actor) -> int:
    """Mark every unread message of the user read (a POST: reading the inbox changes nothing)."""
    return Notification.objects.filter(user=user, read_at=None).update(read_at=timezone.now())
