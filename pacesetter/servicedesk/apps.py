from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicedeskConfig(AppConfig):
    name = "pacesetter.servicedesk"
    verbose_name = _("Service desk")

    def ready(self) -> None:
        # Files of a request are seen by whoever sees the request (imported here: models
        # are not ready at module import).
        from pacesetter.attachments.registry import register
        from pacesetter.servicedesk.models import ServiceRequest
        from pacesetter.servicedesk.selectors import can_attach, can_see

        register(ServiceRequest, can_view=can_see, can_attach=can_attach)
