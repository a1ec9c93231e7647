from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords
from treebeard.mp_tree import MP_Node


class Plan(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        ACTIVE = "active", _("Active")
        CLOSED = "closed", _("Closed")

    code = models.SlugField(_("code"), max_length=64, unique=True)
    name = models.CharField(_("name"), max_length=200)
    owner = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("owning unit"),
        on_delete=models.PROTECT,
        related_name="plans",
    )
    first_year = models.PositiveSmallIntegerField(_("first year"))
    last_year = models.PositiveSmallIntegerField(_("last year"))
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.DRAFT
    )
    source_text = models.TextField(_("source text"), blank=True)
    is_published = models.BooleanField(_("published"), default=False)
    # What a published plan shows on its public page (no login); the signed-in "public"
    # role sees the whole plan once it is published. Rankings name units, so they are opt-in.
    publish_targets = models.BooleanField(_("publish targets"), default=True)
    publish_status = models.BooleanField(_("publish status"), default=True)
    publish_rankings = models.BooleanField(_("publish rankings"), default=False)
    publish_bulletins = models.BooleanField(_("publish bulletins"), default=True)
    is_demo = models.BooleanField(_("demo data"), default=False)
    # Status thresholds (PRODUCT.md "Analytics"): yellow within this many points below expected.
    yellow_tolerance = models.DecimalField(
        _("yellow tolerance (points)"), max_digits=5, decimal_places=2, default=5
    )
    # Supervision in the composite ranking (PRODUCT.md "Analytics"): the weight of a unit's
    # on-time closure rate beside its indicators' weights; 0 leaves tasks out of the score.
    task_weight = models.DecimalField(
        _("weight of on-time task closure in the composite"),
        max_digits=6,
        decimal_places=2,
        default=0,
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("plan")
        verbose_name_plural = _("plans")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(last_year__gte=models.F("first_year")), name="plan_years_ordered"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Goal(MP_Node):
    """A node of a plan's goal tree: pillar → campaign → goal."""

    class Level(models.TextChoices):
        PILLAR = "pillar", _("Pillar")
        CAMPAIGN = "campaign", _("Campaign")
        GOAL = "goal", _("Goal")

    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="goals"
    )
    code = models.CharField(_("code"), max_length=32)
    name = models.CharField(_("name"), max_length=200)
    level = models.CharField(_("level"), max_length=8, choices=Level.choices)
    description = models.TextField(_("description"), blank=True)
    history = HistoricalRecords()

    node_order_by = ["code"]

    class Meta:
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        constraints = [models.UniqueConstraint(fields=["plan", "code"], name="unique_goal_code")]

    def __str__(self) -> str:
        return self.name
