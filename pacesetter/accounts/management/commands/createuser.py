from getpass import getpass

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from pacesetter.accounts.models import Role
from pacesetter.accounts.services import user_ensure
from pacesetter.orgunits.models import OrgUnit


class Command(BaseCommand):
    help = "Create (or update) an account with a role over an org unit."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--unit", help="org unit code (omit only for an administrator)")
        parser.add_argument(
            "--role",
            action="append",
            choices=Role.values,
            help="role over the unit; repeat for several",
        )
        parser.add_argument("--name", default="", help="display name")
        parser.add_argument("--password", help="read from the terminal when omitted")

    def handle(self, *args, username, unit, role, name, password, **options):
        roles = role or ["admin"]
        orgunit = None
        if unit:
            orgunit = OrgUnit.objects.filter(code=unit).first()
            if orgunit is None:
                raise CommandError(f"no org unit with code {unit!r}")
        elif roles != ["admin"]:
            raise CommandError("--unit is required for every role except admin")
        if password is None:
            password = getpass("Password: ")
        try:
            user = user_ensure(
                username=username,
                password=password,
                orgunit=orgunit,
                roles=roles,
                display_name=name,
            )
        except ValidationError as exc:
            raise CommandError("password refused: " + " ".join(exc.messages)) from None
        self.stdout.write(f"account {user.username}: {', '.join(roles)}")
