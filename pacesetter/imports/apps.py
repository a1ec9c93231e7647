from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImportsConfig(AppConfig):
    name = "pacesetter.imports"
    label = "imports"
    verbose_name = _("Data import and export")
