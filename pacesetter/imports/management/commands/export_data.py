"""``pacesetter export-data --user NAME --plan CODE --period P --format csv|xlsx [--output F]``."""

from __future__ import annotations

import io
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from pacesetter.core.periods import InvalidPeriod, Period
from pacesetter.imports import services
from pacesetter.imports.management.commands.import_data import progress, resolve


class Command(BaseCommand):
    help = (
        "Export a plan's figures for a month, quarter or year as CSV or .xlsx; only what "
        "the user may read (drafts only of units whose drafts the user may see)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--user", required=True, help="the account whose rights apply")
        parser.add_argument("--plan", required=True, help="plan code, e.g. zherong-2023")
        parser.add_argument("--period", required=True, help="202310, 2023Q3 or 2023")
        parser.add_argument("--format", choices=("csv", "xlsx"), default="csv")
        parser.add_argument(
            "--output", metavar="FILE", help="write here instead of standard output"
        )

    def handle(self, *args, user, plan, period, format, output=None, **options):
        actor, plan = resolve(user, plan)
        try:
            period = Period.parse(period)
        except InvalidPeriod as exc:
            raise CommandError(str(exc)) from None
        if format == "xlsx":
            if not output:
                raise CommandError(_("An .xlsx file is binary: give --output FILE."))
            Path(output).write_bytes(
                services.export_xlsx(user=actor, plan=plan, period=period, track=progress)
            )
            return
        text = io.StringIO()
        services.export_csv(user=actor, plan=plan, period=period, out=text, track=progress)
        if output:
            # utf-8-sig: Excel opens a BOM-marked CSV with the Chinese intact.
            Path(output).write_bytes(text.getvalue().encode("utf-8-sig"))
        else:
            self.stdout.write(text.getvalue(), ending="")
