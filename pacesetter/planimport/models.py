"""Draft plans read from a text, and the candidates found in it, kept apart from the live plan.

Nothing here is an indicator, target or project yet: the plan office reviews each candidate and
activation turns the accepted ones into the real objects (``services.draft_activate``).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from pacesetter.indicators.models import Target


class ImportedPlan(models.Model):
    """The review state of one draft plan created from a document."""

    plan = models.OneToOneField(
        "plans.Plan", verbose_name=_("plan"), on_delete=models.CASCADE, related_name="import_draft"
    )
    file_name = models.CharField(_("file name"), max_length=255, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("imported at"), auto_now_add=True)
    activated_at = models.DateTimeField(_("activated at"), null=True, blank=True)

    class Meta:
        verbose_name = _("imported plan")
        verbose_name_plural = _("imported plans")

    def __str__(self) -> str:
        return str(self.plan)

    @property
    def is_open(self) -> bool:
        return self.activated_at is None


class Candidate(models.Model):
    """A target, milestone or project the extractor found, as the plan office edits it."""

    class Kind(models.TextChoices):
        TARGET = "target", _("Target")
        MILESTONE = "milestone", _("Milestone")
        PROJECT = "project", _("Project")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACCEPTED = "accepted", _("Accepted into the plan")
        REJECTED = "rejected", _("Rejected")
        MERGED = "merged", _("Merged")

    draft = models.ForeignKey(
        ImportedPlan,
        verbose_name=_("imported plan"),
        on_delete=models.CASCADE,
        related_name="candidates",
    )
    # Document order, shown as "#3" so refusals can name a candidate unambiguously.
    number = models.PositiveIntegerField(_("number"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    quote = models.TextField(_("source quote"))
    # The quote as a reader should see it (no pinyin debris or mojibake); empty on older drafts.
    shown_quote = models.TextField(_("quote as shown"), blank=True)
    # The document's headings above the quote (level 1 and 2), which become the goal tree.
    section = models.CharField(_("section"), max_length=200, blank=True)
    subsection = models.CharField(_("subsection"), max_length=200, blank=True)
    # The lead unit as the text names it (牵头单位：…), whether or not it matched a unit.
    lead_named = models.CharField(_("lead unit named in the text"), max_length=100, blank=True)
    start = models.PositiveIntegerField(_("start offset"))
    end = models.PositiveIntegerField(_("end offset"))
    # The extractor's record exactly as returned; the columns below are the edited values.
    extracted = models.JSONField(_("extracted fields"), default=dict)
    name = models.CharField(_("name"), max_length=200)
    comparator = models.CharField(
        _("comparator"), max_length=8, blank=True, choices=Target.Comparator.choices
    )
    is_growth = models.BooleanField(_("growth rate"), default=False)
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=4, null=True, blank=True)
    value_max = models.DecimalField(
        _("upper value of a range"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    # A code of core.measures, or empty while the document's unit is not one Pacesetter knows.
    unit = models.CharField(_("unit of measure"), max_length=16, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    confidence = models.FloatField(_("confidence"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="absorbed",
    )
    lead_unit = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("lead unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("import candidate")
        verbose_name_plural = _("import candidates")
        ordering = ["draft", "number"]
        constraints = [
            models.UniqueConstraint(fields=["draft", "number"], name="unique_candidate_number")
        ]

    def __str__(self) -> str:
        return f"#{self.number} {self.name}"
