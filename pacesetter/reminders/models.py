from django.db import models
from django.utils.translation import gettext_lazy as _


class Sent(models.Model):
    """The idempotency log: a reminder goes out iff its key's row is created with it."""

    key = models.CharField(_("key"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20)
    sent_at = models.DateTimeField(_("sent at"))
    summary = models.CharField(_("summary"), max_length=200)

    class Meta:
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        ordering = ["-sent_at", "-pk"]

    def __str__(self) -> str:
        return self.key
