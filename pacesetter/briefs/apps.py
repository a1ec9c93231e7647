from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BriefsConfig(AppConfig):
    name = "pacesetter.briefs"
    verbose_name = _("Morning briefs")
