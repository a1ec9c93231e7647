from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlanImportConfig(AppConfig):
    name = "pacesetter.planimport"
    verbose_name = _("Plan import from text")
