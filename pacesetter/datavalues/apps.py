from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DatavaluesConfig(AppConfig):
    name = "pacesetter.datavalues"
    verbose_name = _("Data values")
