from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DataValue(models.Model):
    """One figure: measure × org unit × period, entered once for every plan that tracks the
    measure. Each period holds its own value (a month's output for cumulative measures);
    year-to-date is derived."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        ACCEPTED = "accepted", _("Accepted")

    # No index of their own: unique_datavalue (measure, unit, period) and datavalue_unit_period
    # lead with them. A second index on the unit alone drew PostgreSQL to read every figure
    # of the units a ranking shows (all years) instead of the year's (EXPLAIN, city scale).
    measure = models.ForeignKey(
        "catalogue.Measure",
        verbose_name=_("measure"),
        on_delete=models.PROTECT,
        related_name="values",
        db_index=False,
    )
    orgunit = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("org unit"),
        on_delete=models.PROTECT,
        related_name="values",
        db_index=False,
    )
    period = models.CharField(_("period"), max_length=7, db_index=True)
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=4, null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.DRAFT)
    # Raised on every change; a save based on an older version is refused (no lost updates).
    version = models.PositiveIntegerField(_("version"), default=1)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("data value")
        verbose_name_plural = _("data values")
        constraints = [
            models.UniqueConstraint(
                fields=["measure", "orgunit", "period"], name="unique_datavalue"
            ),
        ]
        indexes = [models.Index(fields=["orgunit", "period"], name="datavalue_unit_period")]

    def __str__(self) -> str:
        return f"{self.measure} · {self.orgunit} · {self.period}: {self.value}"


class DataValueChange(models.Model):
    """Append-only history of a data value: nothing is overwritten silently."""

    class Channel(models.TextChoices):
        WEB = "web", _("Web")
        API = "api", _("API")
        IMPORT = "import", _("Import")
        SYSTEM = "system", _("System")

    datavalue = models.ForeignKey(
        DataValue, verbose_name=_("data value"), on_delete=models.PROTECT, related_name="changes"
    )
    version = models.PositiveIntegerField(_("version"))
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    old_value = models.DecimalField(_("old value"), max_digits=20, decimal_places=4, null=True)
    new_value = models.DecimalField(_("new value"), max_digits=20, decimal_places=4, null=True)
    old_comment = models.TextField(_("old comment"), blank=True)
    new_comment = models.TextField(_("new comment"), blank=True)
    reason = models.TextField(_("reason"), blank=True)
    channel = models.CharField(
        _("channel"), max_length=8, choices=Channel.choices, default=Channel.WEB
    )

    class Meta:
        verbose_name = _("data value change")
        verbose_name_plural = _("data value changes")
        ordering = ["datavalue", "version"]

    def __str__(self) -> str:
        return f"{self.datavalue_id} v{self.version}: {self.old_value} → {self.new_value}"

    def save(self, *args, **kwargs):
        # Append-only: an existing history row is never rewritten.
        if self.pk is not None:
            raise ValueError("data value history is append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("data value history is append-only")


class MonthTotal(models.Model):
    """Kept aggregate: the accepted total of a measure (``rollups.is_kept``) in a unit's
    subtree for one period, own figure wins (a unit's own figure, else the sum of its
    children's totals); for a ``last`` measure, the month's change of the sum of each unit's
    latest figure (``datavalues.stocks``).

    Maintained in the transaction that accepts or reopens a unit's month
    (``datavalues.rollups.refresh``), so pages read a few of these rows instead of scanning
    the figures below a city or a province; ``pacesetter rollups --check`` rebuilds it from
    the figures and compares."""

    # Indexed by the composite indexes below, which lead with the unit (as DataValue).
    measure = models.ForeignKey(
        "catalogue.Measure", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    orgunit = models.ForeignKey(
        "orgunits.OrgUnit", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    period = models.CharField(max_length=7)
    total = models.DecimalField(max_digits=24, decimal_places=4)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["orgunit", "measure", "period"], name="unique_month_total"
            ),
        ]
        # Pages read the totals of a few units (the groups shown) for a year or two: by unit
        # and period. An index led by the measure made PostgreSQL read every unit's totals
        # of the measures (208,000 rows for 19,200 at city scale).
        indexes = [models.Index(fields=["orgunit", "period"], name="month_total_unit_period")]
