"""``pacesetter backup FILE``: database, uploaded files and a manifest in one archive."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from pacesetter.maintenance import services


class Command(BaseCommand):
    help = (
        "Write a backup of the database (SQLite: online backup; PostgreSQL: pg_dump) and "
        "the uploaded files to FILE, a .tar (or .tar.gz) archive with a manifest.json."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help="the archive to write, e.g. backup.tar.gz")
        parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")

    def handle(self, *args, file, force=False, **options):
        log = self.stdout.write if options["verbosity"] > 0 else services._silent
        try:
            manifest = services.backup(file, overwrite=force, log=log)
        except services.BackupError as exc:
            raise CommandError(str(exc)) from None
        if options["verbosity"] > 0:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Backup written to {file} ({manifest['engine']}, "
                    f"{manifest['media_files']} uploaded file(s), {manifest['created_at']})."
                )
            )
