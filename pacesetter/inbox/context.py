from pacesetter.inbox.models import Notification


def unread(request) -> dict:
    """The unread count in the top bar: one small query per page for signed-in users."""
    user = getattr(request, "user", None)
    if not user or not user.is_authenticated:
        return {}
    return {"unread_count": Notification.objects.filter(user=user, read_at=None).count()}
