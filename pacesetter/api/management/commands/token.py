"""``pacesetter token create|list|revoke``: API tokens from the console."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _

from pacesetter.accounts.models import User
from pacesetter.api.tokens import token_create, token_list, token_revoke
from pacesetter.core.exceptions import DomainError


class Command(BaseCommand):
    help = "Create, list or revoke REST API tokens."

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="action", required=True)
        create = commands.add_parser("create", help="print a new token for USER (shown once)")
        create.add_argument("username")
        create.add_argument("--name", default="", help="what the token is for")
        listing = commands.add_parser("list", help="tokens of USER, or of everyone")
        listing.add_argument("username", nargs="?")
        revoke = commands.add_parser("revoke", help="revoke the token with this prefix")
        revoke.add_argument("prefix")

    def handle(self, *args, action, **options):
        getattr(self, f"_{action}")(**options)

    def _user(self, username: str) -> User:
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("No user named %(name)s.") % {"name": username})
        return user

    def _create(self, *, username, name, **options):
        token, raw = token_create(user=self._user(username), name=name)
        # Only the secret goes to stdout, so a script can capture it: $(pacesetter token create …)
        self.stdout.write(raw)
        self.stderr.write(
            _(
                "Keep this token secret: it is shown only now. Its prefix %(prefix)s "
                "identifies it in token list and token revoke."
            )
            % {"prefix": token.prefix}
        )

    def _list(self, *, username=None, **options):
        tokens = token_list(user=self._user(username) if username else None)
        for token in tokens:
            state = _("revoked") if token.revoked_at else _("active")
            created, used = (
                timezone.localtime(at).isoformat(timespec="minutes") if at else "-"
                for at in (token.created_at, token.last_used_at)
            )
            self.stdout.write(
                "\t".join([token.prefix, token.user.username, state, created, used, token.name])
            )

    def _revoke(self, *, prefix, **options):
        try:
            token = token_revoke(prefix=prefix)
        except DomainError as exc:
            raise CommandError(exc.message) from None
        self.stdout.write(
            _("Revoked %(prefix)s of %(user)s.")
            % {"prefix": token.prefix, "user": token.user.username}
        )
