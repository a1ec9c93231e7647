from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ValidationConfig(AppConfig):
    name = "pacesetter.validation"
    verbose_name = _("Validation")

    def ready(self) -> None:
        # The bulk import path lives below this app (in datavalues); hand it the checks.
        from pacesetter.datavalues import bulk
        from pacesetter.validation.checks import Entry, check

        bulk.register_checks(entry=Entry, check=check)
