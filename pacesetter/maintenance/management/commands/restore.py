"""``pacesetter restore FILE``: replace the database and uploaded files with a backup's."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError

from pacesetter.maintenance import services


class Command(BaseCommand):
    help = (
        "Restore a backup written by `pacesetter backup`: the database and the uploaded "
        "files are replaced. Stop the server first. A backup of another engine or from a "
        "newer schema is refused and nothing is changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help="the archive written by pacesetter backup")
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="do not ask for confirmation",
        )

    def handle(self, *args, file, interactive=True, **options):
        log = self.stdout.write if options["verbosity"] > 0 else services._silent
        try:
            manifest = services.read_manifest(file)
            services.check_manifest(manifest, current_engine=services.engine())
            if interactive and sys.stdin.isatty():
                answer = input(
                    f"Replace the database and the uploaded files with the backup "
                    f"of {manifest.get('created_at')}? Type 'yes' to go on: "
                )
                if answer.strip().lower() != "yes":
                    raise CommandError("Restore cancelled; nothing was changed.")
            result = services.restore(file, log=log)
        except services.BackupError as exc:
            raise CommandError(str(exc)) from None
        if options["verbosity"] > 0:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Restored the backup of {result.get('created_at')} "
                    f"(Pacesetter {result.get('pacesetter_version')})."
                )
            )
        if result["pending"]:
            self.stdout.write(
                self.style.WARNING(
                    f"The backup is from an older schema: run `pacesetter migrate` to apply "
                    f"{len(result['pending'])} migration(s)."
                )
            )
