"""``pacesetter import-data FILE --user NAME [--plan CODE]``: the upload page, from a shell.

Codes in the file are catalogue measure codes (what the entry template and exports write);
with ``--plan`` the plan's own indicator codes (I10) are understood as well."""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from tqdm import tqdm

from pacesetter.accounts.models import User
from pacesetter.core.exceptions import DomainError
from pacesetter.datavalues.bulk import ImportFailed
from pacesetter.datavalues.preview import REFUSED, Diff
from pacesetter.imports import guards, previews, services
from pacesetter.plans.models import Plan
from pacesetter.plans.selectors import plan_list_visible

LONG = 2000  # rows; shorter files finish before a progress bar would be any use


def progress(iterable, total):
    """A tqdm bar on stderr for long files only, so short runs and pipes stay clean."""
    return tqdm(
        iterable, total=total, unit=_("row"), file=sys.stderr, disable=total is None or total < LONG
    )


def resolve(username: str, plan_code: str | None) -> tuple[User, Plan | None]:
    user = User.objects.filter(username=username, is_active=True).first()
    if user is None:
        raise CommandError(_("No active user %(name)s.") % {"name": username})
    if plan_code is None:
        return user, None
    # A plan the user may not see reads as unknown, as on the web.
    plan = plan_list_visible(user=user).filter(code=plan_code).first()
    if plan is None:
        raise CommandError(_("No plan with code %(code)s.") % {"code": plan_code})
    return user, plan


class Command(BaseCommand):
    help = "Import figures from an .xlsx entry template or a CSV file: all of them or none."

    def add_arguments(self, parser):
        parser.add_argument("file", help="an .xlsx (the entry template) or .csv file")
        parser.add_argument(
            "--user", required=True, help="the account the figures are entered as; its rights apply"
        )
        parser.add_argument(
            "--plan",
            help="read indicator codes as this plan's codes, "
            "e.g. zherong-2023 (catalogue measure codes are always understood)",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="save nothing: print how many figures would be new, changed, unchanged, refused",
        )
        parser.add_argument(
            "--error-report",
            metavar="XLSX",
            help="on failure, also write the problems to this .xlsx file",
        )

    def handle(self, *args, file, user, plan=None, error_report=None, dry_run=False, **options):
        actor, plan = resolve(user, plan)
        path = Path(file)
        if not path.is_file():
            raise CommandError(_("No file %(path)s.") % {"path": file})
        if dry_run:
            return self.dry_run(actor, plan, path, error_report)
        try:
            guards.check_size(path.stat().st_size)  # before reading a huge file into memory
            saved = services.import_file(
                actor=actor, plan=plan, name=path.name, data=path.read_bytes(), track=progress
            )
        except ImportFailed as failed:
            for e in failed.errors:
                self.stderr.write(f"{e.sheet}\t{e.line}\t{e.column}\t{e.message}")
            if error_report:
                Path(error_report).write_bytes(services.error_report(failed.errors))
            raise CommandError(failed.message) from None
        except DomainError as exc:
            raise CommandError(exc.message) from None
        self.stdout.write(
            _("Saved %(n)s figure(s) from %(file)s.") % {"n": saved, "file": path.name}
        )

    def dry_run(self, actor: User, plan: Plan | None, path: Path, error_report: str | None):
        """The diff's counts on stdout, each refused row's problems on stderr; nothing saved."""
        try:
            guards.check_size(path.stat().st_size)
            diff = previews.diff_file(
                actor=actor, plan=plan, name=path.name, data=path.read_bytes(), track=progress
            )
        except ImportFailed as failed:
            diff = Diff([], failed.errors)
        except DomainError as exc:
            raise CommandError(exc.message) from None
        counts = diff.counts
        self.stdout.write(
            _(
                "Dry run of %(file)s, nothing saved: %(new)s new, %(changed)s changed, "
                "%(unchanged)s unchanged, %(refused)s refused."
            )
            % {"file": path.name, **counts}
        )
        for e in diff.errors:
            self.stderr.write(f"{e.sheet}\t{e.line}\t{e.column}\t{e.message}")
        if diff.errors and error_report:
            Path(error_report).write_bytes(services.error_report(diff.errors))
        if diff.errors:
            raise CommandError(
                _("%(n)s row(s) refused: the file would not be imported.")
                % {"n": counts[REFUSED] or len(diff.errors)}
            )
