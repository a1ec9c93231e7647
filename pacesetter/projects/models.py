from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

MONEY = {"max_digits": 16, "decimal_places": 2}  # 万元, two decimals


class Project(models.Model):
    """A key project (重点项目); money in 万元, as county project ledgers keep it."""

    class Stage(models.TextChoices):
        PREPARATION = "preparation", _("Preparation")
        NEW = "new", _("New start")
        CONTINUING = "continuing", _("Continuing")
        COMPLETED = "completed", _("Completed")
        OPERATING = "operating", _("In operation")

    plan = models.ForeignKey(
        "plans.Plan", verbose_name=_("plan"), on_delete=models.PROTECT, related_name="projects"
    )
    code = models.CharField(_("code"), max_length=32)
    name = models.CharField(_("name"), max_length=200)
    category = models.CharField(_("category"), max_length=40, blank=True)
    stage = models.CharField(
        _("stage"), max_length=12, choices=Stage.choices, default=Stage.PREPARATION
    )
    lead_unit = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("lead unit"),
        on_delete=models.PROTECT,
        related_name="led_projects",
    )
    co_units = models.ManyToManyField(
        "orgunits.OrgUnit", verbose_name=_("co-units"), blank=True, related_name="co_projects"
    )
    township = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("township"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    lead_official = models.CharField(_("lead official"), max_length=60, blank=True)
    total_investment = models.DecimalField(_("total investment (10k yuan)"), **MONEY)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    source_quote = models.TextField(_("source quote"), blank=True)
    is_demo = models.BooleanField(_("demo data"), default=False)
    history = HistoricalRecords(m2m_fields=[co_units])

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        constraints = [models.UniqueConstraint(fields=["plan", "code"], name="unique_project_code")]

    def __str__(self) -> str:
        return self.name


class InvestmentPlan(models.Model):
    project = models.ForeignKey(
        Project,
        verbose_name=_("project"),
        on_delete=models.CASCADE,
        related_name="investment_plans",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    amount = models.DecimalField(_("planned investment (10k yuan)"), **MONEY)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("yearly investment plan")
        verbose_name_plural = _("yearly investment plans")
        constraints = [
            models.UniqueConstraint(fields=["project", "year"], name="unique_invest_year")
        ]

    def __str__(self) -> str:
        return f"{self.project} {self.year}: {self.amount}"


class Milestone(models.Model):
    project = models.ForeignKey(
        Project, verbose_name=_("project"), on_delete=models.CASCADE, related_name="milestones"
    )
    name = models.CharField(_("name"), max_length=200)
    planned_date = models.DateField(_("planned date"))
    actual_date = models.DateField(_("actual date"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["project", "planned_date"]

    def __str__(self) -> str:
        return f"{self.project}: {self.name}"


class ProgressReport(models.Model):
    """A project's progress in one month: money spent and the works' state (形象进度)."""

    project = models.ForeignKey(
        Project, verbose_name=_("project"), on_delete=models.CASCADE, related_name="progress"
    )
    period = models.CharField(_("period"), max_length=7)
    investment = models.DecimalField(_("investment this month (10k yuan)"), **MONEY)
    narrative = models.TextField(_("progress narrative"), blank=True)
    photo = models.ImageField(_("photo"), upload_to="progress/", blank=True)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("monthly progress")
        verbose_name_plural = _("monthly progress")
        constraints = [
            models.UniqueConstraint(fields=["project", "period"], name="unique_progress")
        ]
        ordering = ["project", "period"]

    def __str__(self) -> str:
        return f"{self.project} {self.period}"


class Problem(models.Model):
    """An obstacle raised on a project or an indicator, owned until resolved."""

    class Level(models.TextChoices):
        UNIT = "unit", _("Unit level")
        COUNTY = "county", _("County")
        CITY = "city", _("City")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        COORDINATING = "coordinating", _("Coordinating")
        RESOLVED = "resolved", _("Resolved")

    project = models.ForeignKey(
        Project,
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="problems",
    )
    indicator = models.ForeignKey(
        "indicators.Indicator",
        verbose_name=_("indicator"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="problems",
    )
    description = models.TextField(_("description"))
    level = models.CharField(_("level"), max_length=8, choices=Level.choices, default=Level.UNIT)
    owner = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("owner"),
        on_delete=models.PROTECT,
        related_name="problems",
    )
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=14, choices=Status.choices, default=Status.OPEN
    )
    raised_at = models.DateField(_("raised on"))
    # The month whose report raised it: the problem is the unit's own until that report is
    # submitted. Empty when raised outside a report (by the plan office, say).
    period = models.CharField(_("raised in report of"), max_length=7, blank=True)
    is_demo = models.BooleanField(_("demo data"), default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("problem")
        verbose_name_plural = _("problems")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(project__isnull=False) | models.Q(indicator__isnull=False),
                name="problem_has_subject",
            ),
        ]

    def __str__(self) -> str:
        return self.description[:40]
