from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, QuerySet
from django.urls import reverse

from pacesetter.attachments import registry
from pacesetter.attachments.models import Attachment
from pacesetter.core.policy import Actor


def attachments_of(obj: Model) -> QuerySet[Attachment]:
    """The files attached to ``obj``, oldest first (the caller has checked it may see ``obj``)."""
    return Attachment.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
    )


@dataclass(frozen=True)
class AttachmentItem:
    name: str
    size: int
    link: str
    content_type: str
    uploaded_at: datetime
    uploaded_by: str


def attachment_items(obj: Model) -> list[AttachmentItem]:
    """``obj``'s files as a page lists them (``attachments/_list.html``)."""
    return [
        AttachmentItem(
            name=a.name,
            size=a.size,
            link=reverse("attachments:download", args=[a.pk]),
            content_type=a.content_type_name,
            uploaded_at=a.uploaded_at,
            uploaded_by=str(a.uploaded_by) if a.uploaded_by else "",
        )
        for a in attachments_of(obj).select_related("uploaded_by")
    ]


def attachment_visible(*, user: Actor, pk: int) -> Attachment | None:
    """The attachment if ``user`` may see what it is attached to; None otherwise, so that a
    file one may not see and one that does not exist look the same."""
    attachment = Attachment.objects.select_related("content_type").filter(pk=pk).first()
    if attachment is None:
        return None
    model = attachment.content_type.model_class()
    if model is None or registry.model_for(registry.kind_of(model)) is None:
        return None
    owner = model._default_manager.filter(pk=attachment.object_id).first()
    return attachment if registry.can_view(user, owner) else None
