"""``pacesetter import-plan FILE --unit CODE --year 2023``: a draft plan for the web review."""

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils.translation import gettext as _

from pacesetter.core.exceptions import DomainError
from pacesetter.orgunits.models import OrgUnit
from pacesetter.planimport import selectors, services


class Command(BaseCommand):
    help = "Read a plan (text, HTML, .docx, PDF) into a draft plan whose candidates await review."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the document to read")
        parser.add_argument("--unit", required=True, help="code of the owning org unit")
        parser.add_argument("--year", required=True, type=int, help="the plan's year")
        parser.add_argument("--name", default="", help="plan name (default: the file's name)")
        parser.add_argument("--code", default="", help="plan code (default: <unit>-<year>-import)")

    def handle(self, *args, **options):
        owner = OrgUnit.objects.filter(code=options["unit"]).first()
        if owner is None:
            raise CommandError(
                _("There is no org unit with the code %(code)s.") % {"code": options["unit"]}
            )
        path = options["file"]
        try:
            # The command line runs as the server's operator: no user, so no policy check.
            draft = services.draft_from_file(
                actor=None,
                source=path,
                file_name=path,
                owner=owner,
                year=options["year"],
                name=options["name"],
                code=options["code"],
            )
        except DomainError as exc:
            raise CommandError(exc.message) from None
        counts = {kind: 0 for kind in ("target", "milestone", "project")}
        for candidate in selectors.candidates_of(draft=draft):
            counts[candidate.kind] += 1
        self.stdout.write(
            _(
                "Draft plan %(code)s “%(name)s”: %(targets)s targets, %(milestones)s "
                "milestones, %(projects)s projects to review at %(url)s"
            )
            % {
                "code": draft.plan.code,
                "name": draft.plan.name,
                "targets": counts["target"],
                "milestones": counts["milestone"],
                "projects": counts["project"],
                "url": reverse("planimport:review", args=[draft.pk]),
            }
        )
