from django.core.management.base import BaseCommand

from pacesetter.notifications.services import deliver_due


class Command(BaseCommand):
    help = (
        "Send the e-mails and robot messages that are due once (the scheduler runs this every "
        "minute); failures are kept and tried again later."
    )

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=200, help="at most this many")

    def handle(self, *args, limit: int, **options):
        self.stdout.write(f"Messages sent: {deliver_due(limit=limit)}.")
