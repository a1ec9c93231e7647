from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicPagesConfig(AppConfig):
    name = "pacesetter.publicpages"
    verbose_name = _("Public pages")
