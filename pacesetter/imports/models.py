"""A dry run kept for applying later: the diff an upload (or an API set) would make."""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# A preview is applied within this time or not at all; an older one is refused, and removed
# when the next preview is made (a day covers checking a file and coming back to it).
PREVIEW_LIFETIME = timedelta(hours=24)


class ImportPreview(models.Model):
    """One dry run: every row's fate (``datavalues.preview.RowDiff.as_json``, refused first)
    with the version of each figure it was compared with. Only its owner sees and applies it;
    it is applied once. The id is a random UUID: it names the preview in addresses and the
    API without telling how many others exist."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        APPLIED = "applied", _("Applied")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)
    file_name = models.CharField(_("file name"), max_length=255, blank=True)
    channel = models.CharField(_("channel"), max_length=10)  # of the history rows on apply
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    applied_at = models.DateTimeField(_("applied at"), null=True, blank=True)
    rows = models.JSONField(_("rows"), default=list)
    errors = models.JSONField(_("problems"), default=list)  # [sheet, line, column, message]
    counts = models.JSONField(_("counts"), default=dict)  # state → rows

    class Meta:
        verbose_name = _("import preview")
        verbose_name_plural = _("import previews")

    def __str__(self) -> str:
        return f"{self.file_name} ({self.created_at:%Y-%m-%d %H:%M})"

    @property
    def expires_at(self):
        return self.created_at + PREVIEW_LIFETIME

    @property
    def expired(self) -> bool:
        return timezone.now() >= self.expires_at

    @property
    def changes(self) -> int:
        return self.counts.get("new", 0) + self.counts.get("changed", 0)

    @property
    def applicable(self) -> bool:
        return (
            self.status == self.Status.OPEN
            and not self.expired
            and self.counts.get("refused", 0) == 0
            and self.changes > 0
        )
