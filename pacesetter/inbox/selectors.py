from django.db.models import QuerySet

from pacesetter.inbox.models import Notification


def notifications_for(*, user, limit: int = 100) -> QuerySet[Notification]:
    """The user's own messages, newest first: nobody reads anyone else's inbox."""
    return Notification.objects.filter(user=user)[:limit]
