from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MaintenanceConfig(AppConfig):
    name = "pacesetter.maintenance"
    verbose_name = _("Maintenance")
