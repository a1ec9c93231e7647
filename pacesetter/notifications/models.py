from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Platform(models.TextChoices):
    WECOM = "wecom", _("WeCom group robot")
    DINGTALK = "dingtalk", _("DingTalk custom robot")
    FEISHU = "feishu", _("Feishu custom bot")


class RobotEndpoint(models.Model):
    """A group chat's robot that hears of what happens to a unit."""

    unit = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name=_("org unit"),
        on_delete=models.CASCADE,
        related_name="robots",
    )
    name = models.CharField(_("name"), max_length=60)
    platform = models.CharField(_("platform"), max_length=16, choices=Platform.choices)
    webhook_url = models.URLField(_("webhook URL"), max_length=500)
    # WeCom robots carry their key in the URL; DingTalk (加签) and Feishu sign with this.
    secret = models.CharField(
        _("signing secret"),
        max_length=200,
        blank=True,
        help_text=_("Blank for WeCom, or for a robot without signature checking."),
    )
    enabled = models.BooleanField(_("enabled"), default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("robot")
        verbose_name_plural = _("robots")
        ordering = ["unit__path", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_platform_display()})"


class Delivery(models.Model):
    """One message to send by e-mail or to a robot, retried with back-off until it goes."""

    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        WECOM = Platform.WECOM.value, Platform.WECOM.label
        DINGTALK = Platform.DINGTALK.value, Platform.DINGTALK.label
        FEISHU = Platform.FEISHU.value, Platform.FEISHU.label

    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Gave up")

    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)
    email = models.EmailField(_("e-mail address"), blank=True)
    endpoint = models.ForeignKey(
        RobotEndpoint,
        verbose_name=_("robot"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("body"))
    link = models.CharField(_("link"), max_length=200, blank=True)
    state = models.CharField(_("state"), max_length=8, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="delivery_due")]
        constraints = [
            # An e-mail has an address and no robot; a robot message has its robot.
            models.CheckConstraint(
                condition=(models.Q(channel="email", endpoint__isnull=True) & ~models.Q(email=""))
                | (~models.Q(channel="email") & models.Q(endpoint__isnull=False)),
                name="delivery_has_its_target",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} → {self.target}: {self.subject[:40]}"

    @property
    def target(self) -> str:
        return self.email or str(self.endpoint)
