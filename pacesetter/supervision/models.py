from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Task(models.Model):
    """A supervision task (督办件): who must do what by when, followed until verified."""

    class Source(models.TextChoices):
        INSTRUCTION = "instruction", _("Leader's instruction")
        MEETING = "meeting", _("Meeting decision")
        PROBLEM = "problem", _("Escalated problem")
        SERVICE = "service", _("Service request")
        RULE = "rule", _("Automatic rule")

    class State(models.TextChoices):
        ASSIGNED = "assigned", _("Assigned")
        SIGNED = "signed", _("Signed for")
        IN_PROGRESS = "in_progress", _("In progress")
        REPORTED = "reported", _("Reported done")
        RETURNED = "returned", _("Returned")
        CLOSED = "closed", _("Verified and closed")

    class Priority(models.TextChoices):
        URGENT = "urgent", _("Urgent")
        HIGH = "high", _("High")
        NORMAL = "normal", _("Normal")

    code = models.CharField(_("task number"), max_length=20, unique=True)
    title = models.CharField(_("title"), max_length=200)
    instruction = models.TextField(_("instruction"))
    source = models.CharField(_("source"), max_length=12, choices=Source.choices)
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.ASSIGNED
    )
    priority = models.CharField(
        _("priority"), max_length=8, choices=Priority.choices, default=Priority.NORMAL
    )
    plan = models.ForeignKey(
        "plans.Plan",
        verbose_name=_("plan"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="tasks",
    )
    lead_unit = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("lead unit"),
        on_delete=models.PROTECT,
        related_name="led_tasks",
    )
    co_units = models.ManyToManyField(
        "orgunits.OrgUnit", verbose_name=_("co-units"), blank=True, related_name="co_tasks"
    )
    deadline = models.DateField(_("deadline"))
    evidence_required = models.BooleanField(_("evidence needed to close"), default=False)
    # What the task is about: the page it was written on, or the cause that opened it.
    indicator = models.ForeignKey(
        "indicators.Indicator",
        verbose_name=_("indicator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tasks",
    )
    project = models.ForeignKey(
        "projects.Project",
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tasks",
    )
    problem = models.ForeignKey(
        "projects.Problem",
        verbose_name=_("problem"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tasks",
    )
    # An automatic task's cause ("rule 3: indicator 7 red at unit 12"): one open task per cause.
    cause = models.CharField(_("cause"), max_length=120, blank=True)
    cause_cleared_at = models.DateTimeField(_("cause cleared at"), null=True, blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    issued_at = models.DateTimeField(_("issued at"))
    reported_at = models.DateTimeField(_("reported done at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    # Reported done by the deadline in force then; set when the office verifies.
    on_time = models.BooleanField(_("closed on time"), null=True, blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    is_demo = models.BooleanField(_("demo data"), default=False)
    history = HistoricalRecords(m2m_fields=[co_units])

    class Meta:
        verbose_name = _("supervision task")
        verbose_name_plural = _("supervision tasks")
        ordering = ["deadline", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["cause"],
                condition=~models.Q(cause="") & models.Q(cause_cleared_at__isnull=True),
                name="one_open_task_per_cause",
            ),
        ]
        indexes = [models.Index(fields=["lead_unit", "state"], name="task_unit_state")]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def is_open(self) -> bool:
        return self.state != self.State.CLOSED


class TaskEvent(models.Model):
    """One entry of a task's record: a transition, a feedback, a reminder, a cleared cause."""

    class Kind(models.TextChoices):
        CREATED = "created", _("Issued")
        SIGNED = "signed", _("Signed for")
        FEEDBACK = "feedback", _("Progress")
        REPORTED = "reported", _("Reported done")
        RETURNED = "returned", _("Returned")
        CLOSED = "closed", _("Verified and closed")
        EXTENSION_ASKED = "ext_asked", _("Extension requested")
        EXTENSION_GRANTED = "ext_granted", _("Extension granted")
        EXTENSION_REFUSED = "ext_refused", _("Extension refused")
        URGED = "urged", _("Urged")
        CAUSE_CLEARED = "cleared", _("Cause cleared")
        CAUSE_PERSISTS = "persists", _("Cause persists")

    task = models.ForeignKey(
        Task, verbose_name=_("task"), on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
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
    from_state = models.CharField(_("from"), max_length=12, blank=True)
    to_state = models.CharField(_("to"), max_length=12, blank=True)
    # The monthly report it was written in, when answered there.
    period = models.CharField(_("report month"), max_length=7, blank=True)

    class Meta:
        verbose_name = _("task event")
        verbose_name_plural = _("task events")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.task.code} {self.kind}"


class Extension(models.Model):
    """A unit asks for more time (延期) with a reason; the office grants or refuses it."""

    class Decision(models.TextChoices):
        PENDING = "pending", _("Pending")
        GRANTED = "granted", _("Granted")
        REFUSED = "refused", _("Refused")

    task = models.ForeignKey(
        Task, verbose_name=_("task"), on_delete=models.CASCADE, related_name="extensions"
    )
    requested_deadline = models.DateField(_("requested deadline"))
    reason = models.TextField(_("reason"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    requested_at = models.DateTimeField(_("requested at"))
    decision = models.CharField(
        _("decision"), max_length=8, choices=Decision.choices, default=Decision.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("extension")
        verbose_name_plural = _("extensions")
        ordering = ["requested_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["task"],
                condition=models.Q(decision="pending"),
                name="one_pending_extension",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.task.code} → {self.requested_deadline}"
