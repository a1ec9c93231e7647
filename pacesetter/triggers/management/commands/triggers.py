from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from pacesetter.plans.models import Plan
from pacesetter.triggers.services import Outcome, evaluate, evaluate_all


class Command(BaseCommand):
    help = (
        "Judge the automatic task rules now (the scheduler runs this every hour): open a task "
        "for each new cause, record the causes that cleared. --dry-run lists, changes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--plan", metavar="CODE", help="only this plan")
        parser.add_argument("--dry-run", action="store_true", help="list, change nothing")

    def handle(self, *args: object, plan: str | None, dry_run: bool, **options: object) -> None:
        if plan is None and not dry_run:
            self._show(evaluate_all(), dry_run)
            return
        plans = Plan.objects.filter(status=Plan.Status.ACTIVE)
        if plan is not None:
            plans = Plan.objects.filter(code=plan)
            if not plans.exists():
                raise CommandError(_("No plan with the code %(code)s.") % {"code": plan})
        total = Outcome()
        for each in plans:
            total.merge(evaluate(each, dry_run=dry_run))
        self._show(total, dry_run)

    def _show(self, outcome: Outcome, dry_run: bool) -> None:
        for cause in outcome.opened:
            verb = "would open" if dry_run else "opened"
            self.stdout.write(f"{verb} [{cause.key}] {cause.lead_unit.name}: {cause.title}")
        for task in outcome.cleared:
            verb = "would clear" if dry_run else "cleared"
            self.stdout.write(f"{verb} {task.code} [{task.cause}] {task.title}")
        self.stdout.write(
            f"{len(outcome.opened)} new, {len(outcome.persisting)} still holding, "
            f"{len(outcome.cleared)} cleared{' (dry run: nothing changed)' if dry_run else ''}."
        )
