from django.db import models
from django.utils.translation import gettext_lazy as _


class Snapshot(models.Model):
    """A plan's standing as it was on one day, for the morning brief's "since yesterday".

    ``data`` holds what the brief compares, keyed by codes so a snapshot outlives renamed
    objects: ``statuses`` (indicator code → status), ``ranks`` (unit code → composite rank
    among the owner's children), ``place`` (the owner's rank in the parent plan),
    ``late_milestones`` (ids) and ``overdue_tasks`` (task numbers)."""

    plan = models.ForeignKey(
        "plans.Plan", verbose_name=_("plan"), on_delete=models.CASCADE, related_name="snapshots"
    )
    day = models.DateField(_("day"))
    period = models.CharField(_("period"), max_length=6)  # the month the figures describe
    data = models.JSONField(_("data"), default=dict)
    taken_at = models.DateTimeField(_("taken at"), auto_now_add=True)

    class Meta:
        verbose_name = _("snapshot")
        verbose_name_plural = _("snapshots")
        constraints = [
            models.UniqueConstraint(fields=["plan", "day"], name="snapshot_one_per_plan_and_day")
        ]

    def __str__(self) -> str:
        return f"{self.plan_id} {self.day}"
