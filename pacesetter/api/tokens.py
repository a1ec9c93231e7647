"""API tokens: create, authenticate, list, revoke. The raw secret is shown once, never stored."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from pacesetter.api.models import ApiToken
from pacesetter.core.exceptions import DomainError

SCHEME = "pst_"  # a recognisable start lets secret scanners and people spot a leaked token
PREFIX_LENGTH = len(SCHEME) + 8
# Recording every use would turn each read into a write; minute precision is enough to audit.
LAST_USED_PRECISION = timedelta(minutes=1)


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def token_create(*, user, name: str = "") -> tuple[ApiToken, str]:
    """A new token for ``user``; returns the stored row and the raw secret to hand over once."""
    for _attempt in range(3):
        raw = SCHEME + secrets.token_urlsafe(32)
        try:
            with transaction.atomic():
                token = ApiToken.objects.create(
                    user=user, name=name, prefix=raw[:PREFIX_LENGTH], digest=_digest(raw)
                )
        except IntegrityError:
            continue  # two tokens sharing a prefix: astronomically rare, draw again
        return token, raw
    raise DomainError("token_collision", _("Could not create a token; try again."))


def token_authenticate(raw: str):
    """The active user owning the unrevoked token ``raw``, or None."""
    raw = (raw or "").strip()
    if not raw.startswith(SCHEME) or len(raw) > 100:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(digest=_digest(raw), revoked_at=None, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user


def token_list(*, user=None) -> QuerySet[ApiToken]:
    tokens = ApiToken.objects.select_related("user").order_by("user__username", "created_at")
    return tokens if user is None else tokens.filter(user=user)


def token_revoke(*, prefix: str) -> ApiToken:
    """Revoke the token identified by its prefix (as ``token list`` shows it)."""
    token = ApiToken.objects.filter(prefix=prefix.strip().rstrip("…")).first()
    if token is None:
        raise DomainError(
            "not_found",
            _("No token with prefix %(prefix)s.") % {"prefix": prefix},
            {"prefix": _("No token with prefix %(prefix)s.") % {"prefix": prefix}},
        )
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token
