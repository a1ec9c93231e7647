from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Category(models.Model):
    """A kind of request (审批服务, 招商引资 …), routed to one unit, with its service level."""

    code = models.CharField(_("code"), max_length=30, unique=True)
    name = models.CharField(_("name"), max_length=60)
    unit = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("routed to"),
        on_delete=models.PROTECT,
        related_name="service_categories",
    )
    response_hours = models.PositiveSmallIntegerField(
        _("first response within (working hours)"), default=4
    )
    resolution_days = models.PositiveSmallIntegerField(
        _("resolved within (working days)"), default=5
    )
    active = models.BooleanField(_("open for requests"), default=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("service category")
        verbose_name_plural = _("service categories")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class ServiceRequest(models.Model):
    """An enterprise's request (柘好办), answered and resolved by the unit of its category."""

    class State(models.TextChoices):
        FILED = "filed", _("Filed")
        ANSWERED = "answered", _("Answered")
        ESCALATED = "escalated", _("Under supervision")
        RESOLVED = "resolved", _("Resolved")
        CLOSED = "closed", _("Confirmed by the enterprise")

    code = models.CharField(_("request number"), max_length=20, unique=True)
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="requests"
    )
    # Copied from the category at filing: re-routing a category later moves no old request.
    unit = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="service_requests",
    )
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("filed by"),
        on_delete=models.PROTECT,
        related_name="service_requests",
    )
    enterprise = models.CharField(_("enterprise"), max_length=100)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"))
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.FILED)
    filed_at = models.DateTimeField(_("filed at"))
    responded_at = models.DateTimeField(_("first response at"), null=True, blank=True)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    response_due = models.DateTimeField(_("first response due"))
    resolution_due = models.DateTimeField(_("resolution due"))
    task = models.ForeignKey(
        "supervision.Task",
        verbose_name=_("supervision task"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="service_requests",
    )
    version = models.PositiveIntegerField(_("version"), default=1)
    is_demo = models.BooleanField(_("demo data"), default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("service request")
        verbose_name_plural = _("service requests")
        ordering = ["-filed_at", "-pk"]
        indexes = [models.Index(fields=["unit", "state"], name="request_unit_state")]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def is_open(self) -> bool:
        return self.state not in (self.State.RESOLVED, self.State.CLOSED)


class RequestReply(models.Model):
    """One entry of a request's thread: the unit's reply or resolution, the enterprise's
    note, the escalation."""

    class Kind(models.TextChoices):
        REPLY = "reply", _("Reply")
        RESOLVE = "resolve", _("Resolution")
        NOTE = "note", _("Note by the enterprise")
        ESCALATE = "escalate", _("Made a supervision task")
        CLOSE = "close", _("Confirmed by the enterprise")

    request = models.ForeignKey(
        ServiceRequest,
        verbose_name=_("request"),
        on_delete=models.CASCADE,
        related_name="replies",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The unit the author answered for; empty for the enterprise's own notes.
    unit = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("at"))
    text = models.TextField(_("text"), blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)

    class Meta:
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.request.code} {self.kind}"
