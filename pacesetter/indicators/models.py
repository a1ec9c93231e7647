from decimal import Decimal
from itertools import pairwise

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from pacesetter.catalogue.models import Measure
from pacesetter.core import measures


class Indicator(models.Model):
    """A catalogue measure placed in one plan's goal tree, with the plan's own lead unit,
    co-units, weight and targets. Its figures are the measure's, shared by every plan."""

    ValueType = Measure.ValueType
    Aggregation = Measure.Aggregation
    Direction = Measure.Direction
    Frequency = Measure.Frequency

    goal = models.ForeignKey(
        "plans.Goal", verbose_name=_("goal"), on_delete=models.PROTECT, related_name="indicators"
    )
    code = models.CharField(_("code"), max_length=32)
    name = models.CharField(_("name"), max_length=200)
    measure = models.ForeignKey(
        "catalogue.Measure",
        verbose_name=_("measure"),
        on_delete=models.PROTECT,
        related_name="indicators",
    )
    lead_unit = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("lead unit"),
        on_delete=models.PROTECT,
        related_name="led_indicators",
    )
    co_units = models.ManyToManyField(
        "orgunits.OrgUnit", verbose_name=_("co-units"), blank=True, related_name="co_indicators"
    )
    weight = models.DecimalField(_("weight"), max_digits=6, decimal_places=2, default=Decimal(1))
    source_quote = models.TextField(_("source quote"), blank=True)
    is_demo = models.BooleanField(_("demo data"), default=False)
    history = HistoricalRecords(m2m_fields=[co_units])

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        constraints = [
            models.UniqueConstraint(fields=["goal", "code"], name="unique_indicator_code")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def plan_id(self) -> int:
        return self.goal.plan_id

    # What is counted and how is the measure's, defined once in the catalogue.
    @property
    def unit(self) -> str:
        return self.measure.unit

    @property
    def value_type(self) -> str:
        return self.measure.value_type

    @property
    def aggregation(self) -> str:
        return self.measure.aggregation

    @property
    def direction(self) -> str:
        return self.measure.direction

    @property
    def frequency(self) -> str:
        return self.measure.frequency

    def get_unit_display(self) -> str:
        return self.measure.get_unit_display()

    def get_aggregation_display(self) -> str:
        return self.measure.get_aggregation_display()

    def get_direction_display(self) -> str:
        return self.measure.get_direction_display()

    def get_value_type_display(self) -> str:
        return self.measure.get_value_type_display()


class Target(models.Model):
    """What an indicator must reach in a year, for the whole plan or for one unit."""

    class Comparator(models.TextChoices):
        GTE = ">=", _("at least (≥)")
        GT = ">", _("more than (>)")
        LTE = "<=", _("at most (≤)")
        LT = "<", _("less than (<)")
        EQ = "=", _("reach (=)")
        APPROX = "~", _("approximately (≈)")

    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.CASCADE, related_name="targets"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    orgunit = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("org unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="targets",
        help_text=_("Empty: the target of the whole plan."),
    )
    comparator = models.CharField(
        _("comparator"), max_length=8, choices=Comparator.choices, default=Comparator.GTE
    )
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=4)
    value_max = models.DecimalField(
        _("upper value of a range"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    # A growth target (增长8%以上) compares the rate of change against the baseline, not the level.
    is_growth = models.BooleanField(_("growth rate"), default=False)
    stretch_value = models.DecimalField(
        _("stretch value"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    baseline = models.DecimalField(
        _("baseline (last year)"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    # Twelve cumulative shares of the year (0..1) when progress is not linear in time.
    monthly_profile = models.JSONField(_("monthly profile"), null=True, blank=True)
    # A plan may adopt the target its owning unit was given in a parent plan (the city's
    # share for the county) as its own; the adopted target is shown as such.
    adopted_from = models.ForeignKey(
        "self",
        verbose_name=_("adopted from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="adoptions",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "year", "orgunit"], name="unique_unit_target"
            ),
            models.UniqueConstraint(
                fields=["indicator", "year"],
                condition=models.Q(orgunit=None),
                name="unique_plan_target",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator} {self.year} {self.comparator} {self.value}"

    def clean(self) -> None:
        profile = self.monthly_profile
        if profile is None:
            return
        if (
            not isinstance(profile, list)
            or len(profile) != 12
            or any(not isinstance(x, int | float) for x in profile)
            or any(b < a for a, b in pairwise(profile))
            or not 0 <= profile[0]
            or profile[-1] != 1
        ):
            raise ValidationError(
                {
                    "monthly_profile": _(
                        "Give twelve rising cumulative shares from January to December, ending at 1."
                    )
                }
            )

    @property
    def base_value(self) -> Decimal:
        return measures.to_base(self.value, self.indicator.unit)
