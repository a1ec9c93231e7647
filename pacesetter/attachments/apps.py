from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AttachmentsConfig(AppConfig):
    name = "pacesetter.attachments"
    verbose_name = _("Attachments")

    def ready(self) -> None:
        from pacesetter.attachments import owners
        from pacesetter.attachments.registry import register
        from pacesetter.projects.models import Problem, ProgressReport

        register(Problem, can_view=owners.problem_can_view, can_attach=owners.problem_can_attach)
        register(
            ProgressReport,
            can_view=owners.progress_can_view,
            can_attach=owners.progress_can_attach,
        )
