from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgunitsConfig(AppConfig):
    name = "pacesetter.orgunits"
    verbose_name = _("Org units")
