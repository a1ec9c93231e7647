from decimal import Decimal

from django.db import transaction

from pacesetter.core import policy
from pacesetter.projects.models import ProgressReport, Project


@transaction.atomic
def progress_set(*, actor, project: Project, period: str, investment: Decimal, narrative: str
                 ) -> ProgressReport:
    """Record a project's month; django-simple-history keeps every earlier version."""
    policy.require(actor, policy.ENTER, project.lead_unit)
    progress = ProgressReport.objects.filter(project=project, period=period).first()
    if progress and (progress.investment, progress.narrative) == (investment, narrative):
        return progress
    progress = progress or ProgressReport(project=project, period=period)
    progress.investment, progress.narrative, progress.reported_by = investment, narrative, actor
    progress.save()
    return progress
