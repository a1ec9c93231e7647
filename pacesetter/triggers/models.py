from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from pacesetter.supervision.models import Task

MAX_MONTHS = 12  # a look-back longer than a year would read last year's targets too


class Rule(models.Model):
    """A plan's rule that opens a supervision task on its own, one per cause, and records
    on it when the cause clears (PRODUCT.md, issue 12 item 1)."""

    class Kind(models.TextChoices):
        RED_MONTHS = "red_months", _("Indicator red for N consecutive months")
        INVESTMENT_BEHIND = "investment_behind", _("Project investment behind time by X points")
        MILESTONE_OVERDUE = "milestone_overdue", _("Milestone overdue")

    plan = models.ForeignKey(
        "plans.Plan", verbose_name=_("plan"), on_delete=models.CASCADE, related_name="rules"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    # N months (red_months) or X percentage points (investment_behind); unused for milestones.
    threshold = models.DecimalField(
        _("threshold"),
        max_digits=5,
        decimal_places=1,
        default=Decimal(1),
        validators=[MinValueValidator(Decimal(0))],
        help_text=_("Months in a row for red indicators; points behind for investment."),
    )
    deadline_days = models.PositiveSmallIntegerField(
        _("days to deadline"), default=15, validators=[MinValueValidator(1)]
    )
    priority = models.CharField(
        _("priority"), max_length=8, choices=Task.Priority.choices, default=Task.Priority.NORMAL
    )
    enabled = models.BooleanField(_("enabled"), default=True)
    is_demo = models.BooleanField(_("demo data"), default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("automatic task rule")
        verbose_name_plural = _("automatic task rules")
        ordering = ["plan", "kind", "pk"]

    def __str__(self) -> str:
        return f"{self.plan.code}: {self.get_kind_display()}"

    @property
    def months(self) -> int:
        return int(self.threshold)

    def clean(self) -> None:
        if self.kind == self.Kind.RED_MONTHS and (
            self.threshold != int(self.threshold) or not 1 <= self.threshold <= MAX_MONTHS
        ):
            raise ValidationError(
                {
                    "threshold": _("Give a whole number of months from 1 to %(max)d.")
                    % {"max": MAX_MONTHS}
                }
            )
        if self.kind == self.Kind.INVESTMENT_BEHIND and self.threshold <= 0:
            raise ValidationError({"threshold": _("Give the points behind, more than 0.")})
