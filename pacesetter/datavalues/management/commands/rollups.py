from django.core.management.base import BaseCommand, CommandError

from pacesetter.datavalues import rollups


class Command(BaseCommand):
    help = (
        "Compare the kept month totals with the figures (--check, the default) or compute them "
        "again from the figures (--rebuild), e.g. after figures were loaded in bulk."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true")

    def handle(self, *args, rebuild: bool, **options):
        if rebuild:
            self.stdout.write(f"{rollups.rebuild():,} month totals computed from the figures.")
            return
        found = rollups.differences()
        if not found:
            self.stdout.write("The kept month totals agree with the figures.")
            return
        for measure, unit, period, kept, rebuilt in found:
            self.stdout.write(
                f"measure {measure} unit {unit} {period}: kept {kept}, figures {rebuilt}"
            )
        raise CommandError("The kept month totals disagree with the figures: run --rebuild.")
