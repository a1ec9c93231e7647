from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class Attachment(models.Model):
    """A checked file kept outside the web root under a random name, attached to one object
    (a task, a service request, a problem, a project's monthly progress)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    owner = GenericForeignKey("content_type", "object_id")
    # The name the user gave (cleaned), shown and offered on download; never a path on disk.
    name = models.CharField(_("file name"), max_length=120)
    # Random name under the attachments root; nothing the user typed is part of it.
    stored_as = models.CharField(_("stored as"), max_length=64, unique=True, editable=False)
    content_type_name = models.CharField(_("type"), max_length=80)
    size = models.PositiveIntegerField(_("size (bytes)"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at", "pk"]
        indexes = [models.Index(fields=["content_type", "object_id"], name="attachment_owner")]

    def __str__(self) -> str:
        return self.name
