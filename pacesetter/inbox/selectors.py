from django.db.models import QuerySet

from pacesetter.core.policy import Actor
from pacesetter.inbox.models import Notification


def notifications_for(*, user: Actor, limit: int = 100) -> QuerySet[Notification]:
    """The user's own messages, newest first: nobody reads anyone else's inbox."""
    return Notification.objects.filter(user=user)[:limit]
