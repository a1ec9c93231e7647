from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PublishedBulletin(models.Model):
    """A bulletin as it was published: its content and the three files, kept unchanged even
    when figures change later (what was published stays as published). Never edited: a
    correction is a new publication of the same period."""

    plan = models.ForeignKey(
        "plans.Plan", on_delete=models.PROTECT, related_name="bulletins", verbose_name=_("plan")
    )
    period = models.CharField(_("period"), max_length=6)  # "202310"
    title = models.CharField(_("title"), max_length=300)
    number = models.CharField(_("number"), max_length=60, blank=True)
    content = models.JSONField(_("content"))  # Bulletin.to_json()
    docx = models.BinaryField(_("Word file"))
    pdf = models.BinaryField(_("PDF file"))
    xlsx = models.BinaryField(_("Excel annex"))
    published_at = models.DateTimeField(_("published at"), auto_now_add=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("published by"),
    )

    class Meta:
        verbose_name = _("published bulletin")
        verbose_name_plural = _("published bulletins")
        ordering = ["-period", "-published_at"]
        indexes = [models.Index(fields=["plan", "period"])]

    def __str__(self) -> str:
        return self.title
