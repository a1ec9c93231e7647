from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportingConfig(AppConfig):
    name = "pacesetter.reporting"
    verbose_name = _("Reports")

    def ready(self) -> None:
        from pacesetter.datavalues import locks
        from pacesetter.reporting.rules import locked_reason

        locks.register(locked_reason)
