from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BenchdataConfig(AppConfig):
    name = "pacesetter.benchdata"
    verbose_name = _("Benchmark data")
