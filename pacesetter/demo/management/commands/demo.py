from django.core.management.base import BaseCommand

from pacesetter.demo import units
from pacesetter.demo.loader import load_demo
from pacesetter.demo.supervision import load_demo_supervision
from pacesetter.servicedesk.demo import DESK_ACCOUNTS


class Command(BaseCommand):
    help = "Load the Zherong 2023 demo (idempotent) and print the demo logins."

    def handle(self, *args, **options):
        plan = load_demo()
        load_demo_supervision(plan)
        self.stdout.write(f"Demo plan loaded: {plan.name}")
        self.stdout.write(f"Demo logins (password: {units.PASSWORD}):")
        for username, name, _unit, roles in units.ACCOUNTS:
            self.stdout.write(f"  {username:<22} {name} ({', '.join(roles)})")
        for username, name, role in DESK_ACCOUNTS:
            self.stdout.write(f"  {username:<22} {name} ({role})")
