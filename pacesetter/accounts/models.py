from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class User(AbstractUser):
    """An account; it belongs to one org unit and acts on that unit's subtree."""

    orgunit = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("org unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="users",
    )
    display_name = models.CharField(_("display name"), max_length=60, blank=True)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.display_name or self.username


class Role(models.TextChoices):
    ADMIN = "admin", _("Administrator")
    PLAN_OFFICE = "plan_office", _("Plan office")
    REPORTER = "reporter", _("Reporter")
    UNIT_HEAD = "unit_head", _("Unit head")
    LEADER = "leader", _("Leader")
    PUBLIC = "public", _("Public")
    ENTERPRISE = "enterprise", _("Enterprise")


class RoleAssignment(models.Model):
    """A user holds a role over an org unit's subtree; the policy reads these."""

    user = models.ForeignKey(
        User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="roles"
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)
    orgunit = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("org unit"),
        on_delete=models.PROTECT,
        related_name="role_assignments",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role", "orgunit"], name="unique_role_assignment"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.orgunit}"
