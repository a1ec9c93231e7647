from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Report(models.Model):
    """One unit's monthly submission across every active plan: each measure it owes once,
    and the progress of the projects it leads. Which states are locked and who moves a
    report are the rules of ``reporting.rules``."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        SIGNED = "signed", _("Signed by unit head")
        ACCEPTED = "accepted", _("Accepted")
        RETURNED = "returned", _("Returned")

    orgunit = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("org unit"),
        on_delete=models.PROTECT,
        related_name="reports",
    )
    period = models.CharField(_("period"), max_length=7)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.DRAFT)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    is_demo = models.BooleanField(_("demo data"), default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(fields=["orgunit", "period"], name="unique_unit_report"),
        ]

    def __str__(self) -> str:
        return f"{self.orgunit} {self.period}"


class ReportTransition(models.Model):
    """Who moved a report from one state to another, when and why (append-only)."""

    report = models.ForeignKey(
        Report, verbose_name=_("report"), on_delete=models.CASCADE, related_name="transitions"
    )
    from_state = models.CharField(_("from"), max_length=10, choices=Report.State.choices)
    to_state = models.CharField(_("to"), max_length=10, choices=Report.State.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), auto_now_add=True)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("report transition")
        verbose_name_plural = _("report transitions")
        ordering = ["report", "at", "pk"]

    def __str__(self) -> str:
        return f"{self.report}: {self.from_state} → {self.to_state}"
