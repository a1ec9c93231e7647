from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupervisionConfig(AppConfig):
    name = "pacesetter.supervision"
    verbose_name = _("Supervision tasks")

    def ready(self) -> None:
        from pacesetter.attachments.registry import register
        from pacesetter.supervision.files import task_can_attach, task_can_view
        from pacesetter.supervision.models import Task

        register(Task, can_view=task_can_view, can_attach=task_can_attach)
