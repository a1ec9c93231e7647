"""Bearer-token authentication and the per-user throttle of the API."""

from __future__ import annotations

from ninja.security import HttpBearer
from ninja.throttling import AuthRateThrottle

from pacesetter.api.tokens import token_authenticate

# Generous: a script syncing a province's month of figures stays well below it, while a
# runaway loop is slowed down before it hurts other users.
DEFAULT_RATE = "1200/m"


class BearerToken(HttpBearer):
    def authenticate(self, request, token: str):
        user = token_authenticate(token)
        if user is not None:
            # History rows (django-simple-history) and the policy read request.user.
            request.user = user
        return user


class UserRateThrottle(AuthRateThrottle):
    """Counted per user rather than per str(request.auth), as display names are not unique.
    Counts live in Django's cache: per process with the default local-memory cache."""

    def __init__(self, rate: str = DEFAULT_RATE):
        super().__init__(rate)

    def get_cache_key(self, request) -> str:
        return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}
