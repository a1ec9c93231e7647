from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "pacesetter.accounts"
    verbose_name = _("Accounts")
