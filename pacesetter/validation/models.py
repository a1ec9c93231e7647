from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class ValidationRule(models.Model):
    """A user-defined rule ``left op right`` over indicator expressions, e.g.
    ``children(I10) <= I10``: the townships' sum may not exceed the county's figure."""

    class Operator(models.TextChoices):
        LTE = "<=", "≤"
        LT = "<", "<"
        GTE = ">=", "≥"
        GT = ">", ">"
        EQ = "==", "="
        NE = "!=", "≠"

    class Severity(models.TextChoices):
        ERROR = "error", _("Error: blocks submission")
        WARNING = "warning", _("Warning: needs a comment")

    plan = models.ForeignKey(
        "plans.Plan",
        verbose_name=_("plan"),
        on_delete=models.CASCADE,
        related_name="validation_rules",
    )
    name = models.CharField(_("name"), max_length=120)
    left = models.CharField(_("left side"), max_length=300)
    operator = models.CharField(_("operator"), max_length=2, choices=Operator.choices)
    right = models.CharField(_("right side"), max_length=300)
    severity = models.CharField(
        _("severity"), max_length=8, choices=Severity.choices, default=Severity.ERROR
    )
    message = models.CharField(_("message"), max_length=200, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("validation rule")
        verbose_name_plural = _("validation rules")

    def __str__(self) -> str:
        return f"{self.name}: {self.left} {self.operator} {self.right}"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        from pacesetter.validation.expressions import ExpressionError, parse

        for field in ("left", "right"):
            try:
                parse(getattr(self, field))
            except ExpressionError as exc:
                raise ValidationError({field: str(exc)}) from None
