from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from pacesetter.benchdata.generate import NotEmpty, generate
from pacesetter.benchdata.scales import SCALES
from pacesetter.benchdata.world import PASSWORD

OFFERED = ("county", "city", "province")  # "tiny" exists for tests and is not offered


class Command(BaseCommand):
    help = "Benchmark tools: `bench generate` builds a synthetic world into an empty database."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        make = actions.add_parser(
            "generate",
            help="Generate a deterministic world (units, plans, targets, figures, reports).",
        )
        make.add_argument("--scale", required=True, help=f"one of {', '.join(OFFERED)}")
        make.add_argument("--years", type=int, default=None, help="years of monthly figures")
        make.add_argument("--seed", type=int, default=1)
        make.add_argument(
            "--no-history", action="store_true", help="skip the figures' history rows"
        )
        make.add_argument("--no-progress", action="store_true")

    def handle(self, *args, action, **options):
        if action == "generate":
            self._generate(**options)

    def _generate(self, *, scale, years, seed, no_history, no_progress, **_options):
        if scale not in SCALES:
            raise CommandError(
                _("--scale must be one of %(scales)s.") % {"scales": ", ".join(OFFERED)}
            )
        if years is not None and not 1 <= years <= 20:
            raise CommandError(_("--years must be between 1 and 20."))
        try:
            made = generate(
                scale, years=years, seed=seed, progress=not no_progress, history=not no_history
            )
        except NotEmpty as exc:
            raise CommandError(exc.message) from None
        first, last = made["periods"]
        units = ", ".join(f"{n} {kind}" for kind, n in made["units"].items())
        self.stdout.write(f"{made['scale']} world, {first}–{last}, seed {made['seed']}: {units}")
        for key in ("measures", "plans", "indicators", "targets", "figures", "history", "reports"):
            self.stdout.write(f"  {key:<11} {made[key]:>12,}")
        self.stdout.write(f"  projects    {made['projects']:>12,}")
        self.stdout.write(
            "  seconds     " + ", ".join(f"{k} {v}" for k, v in made["seconds"].items())
        )
        self.stdout.write(f"  logins (password {PASSWORD}): {', '.join(made['accounts'])}")
