from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from pacesetter.reminders.services import remind


class Command(BaseCommand):
    help = (
        "Send the reminders and escalations that are due now and were not sent before "
        "(the worker runs this every 5 minutes); --dry-run lists them and sends nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="list, send nothing")
        parser.add_argument(
            "--now", help="pretend it is this moment (ISO 8601, local time unless zoned)"
        )

    def handle(self, *args, dry_run: bool, now: str | None, **options):
        moment = _moment(now) if now else timezone.now()
        reminders = remind(now=moment, dry_run=dry_run)
        for reminder in reminders:
            self.stdout.write(reminder.summary)
        if dry_run:
            self.stdout.write(_("Would send %(n)d reminders.") % {"n": len(reminders)})
        else:
            self.stdout.write(_("Reminders sent: %(n)d.") % {"n": len(reminders)})


def _moment(text: str):
    try:
        moment = parse_datetime(text.strip())
    except ValueError:
        moment = None
    if moment is None:
        raise CommandError(
            _("%(text)s is not a date and time: use one such as 2026-03-01T09:00.") % {"text": text}
        )
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment
