"""``pacesetter bulletin --plan zherong-2023 --period 202310 --format docx -o FILE``."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pacesetter.bulletins.content import build_bulletin
from pacesetter.bulletins.formats import FORMATS, render
from pacesetter.core.periods import InvalidPeriod, parse_month
from pacesetter.plans.models import Plan


class Command(BaseCommand):
    help = "Draw a plan's monthly bulletin (通报) from the figures accepted so far."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--plan", required=True, help="the plan's code")
        parser.add_argument("--period", required=True, help="the month, as 202310")
        parser.add_argument("--format", choices=FORMATS, default="docx")
        parser.add_argument("-o", "--output", required=True, help="the file to write")
        parser.add_argument("--language", default="zh-hans", choices=["zh-hans", "zh-hant", "en"])

    def handle(self, *args, **options) -> None:
        plan = Plan.objects.filter(code=options["plan"]).select_related("owner").first()
        if plan is None:
            raise CommandError(f"No plan with the code {options['plan']!r}.")
        if plan.status == Plan.Status.DRAFT:
            raise CommandError("A draft plan has no bulletin: accept it first.")
        try:
            period = parse_month(options["period"])
        except InvalidPeriod as error:
            raise CommandError(str(error))
        if not plan.first_year <= period.year <= plan.last_year:
            raise CommandError(
                f"{period} is not a month of this plan ({plan.first_year}–{plan.last_year})."
            )
        bulletin = build_bulletin(plan=plan, period=period, language=options["language"])
        data = render(bulletin, options["format"])
        out = Path(options["output"])
        try:
            out.write_bytes(data)
        except OSError as error:
            raise CommandError(f"Cannot write {out}: {error.strerror}.")
        self.stdout.write(f"{out}: {bulletin.title} ({len(data):,} bytes)")
        if options["format"] != "docx":
            from pacesetter.bulletins.fonts import substitutions

            for choice in substitutions():
                self.stdout.write(f"font {choice.role}: {choice.used} instead of {choice.wanted}")
