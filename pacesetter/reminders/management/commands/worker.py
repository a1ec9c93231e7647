from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django.utils.translation import gettext as _

from pacesetter.reminders.schedule import ensure


class Command(BaseCommand):
    help = (
        "Run the background worker: reminders, deliveries of e-mail and robot messages, "
        "automatic tasks and the daily digest, each on its schedule (django-q2's cluster)."
    )

    def handle(self, *args, **options):
        try:
            names = ensure()
        except DatabaseError as exc:
            raise CommandError(
                _("The worker cannot start (%(error)s): run `pacesetter migrate` first.")
                % {"error": str(exc).strip().splitlines()[0] if str(exc).strip() else exc}
            ) from None
        self.stdout.write(_("Schedules: %(names)s") % {"names": ", ".join(names)})
        self.stdout.flush()
        call_command("qcluster")
