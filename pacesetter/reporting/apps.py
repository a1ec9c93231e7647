from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportingConfig(AppConfig):
    name = "pacesetter.reporting"
    verbose_name = _("Reports")

    def ready(self) -> None:
        from pacesetter.datavalues import locks
        from pacesetter.projects import selectors as projects
        from pacesetter.reporting.rules import locked_reasons, month_released

        locks.register(locked_reasons)
        projects.register_released(month_released)
