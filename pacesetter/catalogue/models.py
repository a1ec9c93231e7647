from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from pacesetter.core import measures


class Measure(models.Model):
    """What is counted (指标库 entry), defined once for everyone. Figures are keyed by
    measure × org unit × period, whatever the number of plans that track the measure."""

    class ValueType(models.TextChoices):
        NUMBER = "number", _("Number")
        PERCENT = "percent", _("Percent")
        COUNT = "count", _("Count")
        MILESTONE = "milestone", _("Milestone (yes/no)")

    class Aggregation(models.TextChoices):
        CUMULATIVE = "cumulative", _("Cumulative year-to-date")
        LAST = "last", _("Last value")
        AVERAGE = "average", _("Average")

    class Direction(models.TextChoices):
        HIGHER = "higher", _("Higher is better")
        LOWER = "lower", _("Lower is better")

    class Frequency(models.TextChoices):
        MONTH = "month", _("Monthly")
        QUARTER = "quarter", _("Quarterly")
        YEAR = "year", _("Yearly")

    code = models.CharField(_("code"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=200)
    unit = models.CharField(_("unit of measure"), max_length=16, choices=measures.choices())
    value_type = models.CharField(
        _("value type"), max_length=12, choices=ValueType.choices, default=ValueType.NUMBER
    )
    aggregation = models.CharField(
        _("time aggregation"),
        max_length=12,
        choices=Aggregation.choices,
        default=Aggregation.CUMULATIVE,
    )
    # Additive: a unit without its own figure counts as the sum of its children. Rates,
    # shares and growth are not additive: each unit reports its own and nothing is summed.
    additive = models.BooleanField(_("additive over units"), default=True)
    direction = models.CharField(
        _("direction"), max_length=8, choices=Direction.choices, default=Direction.HIGHER
    )
    frequency = models.CharField(
        _("frequency"), max_length=8, choices=Frequency.choices, default=Frequency.MONTH
    )
    definition = models.TextField(_("definition (口径)"), blank=True)
    owner = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("unit owning the definition"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="defined_measures",
    )
    is_demo = models.BooleanField(_("demo data"), default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.name} ({self.unit})"


class Collection(models.Model):
    """One office collects a measure's figure for another unit (统一采集, 代报): the tourism
    bureau registers every township's guesthouses. The unit is never asked for that figure
    again; the collector enters it in its own monthly report, and the figure is submitted,
    locked and accepted with the collector's report. One collector per measure and unit."""

    measure = models.ForeignKey(
        Measure, verbose_name=_("measure"), on_delete=models.CASCADE, related_name="collections"
    )
    orgunit = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("unit whose figure is collected"),
        on_delete=models.CASCADE,
        related_name="collected_figures",
    )
    collector = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("collecting unit"),
        on_delete=models.PROTECT,
        related_name="collections",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("collected figure")
        verbose_name_plural = _("collected figures")
        constraints = [
            models.UniqueConstraint(fields=["measure", "orgunit"], name="unique_collection"),
            models.CheckConstraint(
                condition=~models.Q(orgunit=models.F("collector")), name="collection_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.measure} · {self.orgunit} ← {self.collector}"

    @property
    def name(self) -> str:
        """How a refused cell of the collector's grid is named: the unit's measure."""
        return f"{self.orgunit.name} · {self.measure.name}"
